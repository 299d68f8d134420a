import * as assert from 'uvu/assert';
import {
  DEFAULT_RETRY_POLICY,
} from '../../../src/engines/bigquery/RetryPolicy.js';
import { CredentialSpy } from './CredentialSpy.js';
import { FakeBigquery } from './FakeBigquery.js';
import { FakeClock } from './FakeClock.js';
import { LoopbackGuard } from './LoopbackGuard.js';
import { runSizing, type SizingRun } from './runSizing.js';

/** A run date whose analysis period is long over. */
export const DATE = '2026-03-01';
export const GCP_PROJECT = 'sizing-test';
export const PLACEHOLDER_AUTHORIZATION =
  'Bearer sizing-emulator-placeholder-token';

/**
 * Everything a BigQuery test needs: the fake server, a guard that lets
 * this process reach nothing but that server, a spy on credential
 * lookups, and a clock that never waits.
 */
export class Harness {
  readonly guard = new LoopbackGuard();
  readonly spy = new CredentialSpy();
  clock = new FakeClock();

  private constructor(readonly fake: FakeBigquery) {}

  /** Starts the server; the guards wait for `install`, see there. */
  static async start(): Promise<Harness> {
    const harness = new Harness(await FakeBigquery.start());
    harness.guard.allow(harness.fake.port);
    return harness;
  }

  /**
   * Call from `test.before`, not at import: uvu imports every test file
   * before running any, and guards installed then would stack.
   */
  install(): void {
    this.guard.install();
    this.spy.install();
  }

  async stop(): Promise<void> {
    this.spy.uninstall();
    this.guard.uninstall();
    await this.fake.close();
  }

  /** Back to an empty server and a fresh clock between tests. */
  reset(): void {
    this.fake.reset();
    this.clock = new FakeClock();
  }

  /** `sizing execute --engine bigquery` on the fake server, for `root`. */
  run(root: string, ...flags: string[]): Promise<SizingRun> {
    return runSizing([
      '--engine', 'bigquery',
      '--project', GCP_PROJECT,
      '--api-endpoint', this.fake.endpoint,
      '--project-dir', root,
      '--date', DATE,
      ...flags,
    ], { clock: this.clock, retry: DEFAULT_RETRY_POLICY, env: {} });
  }

  /**
   * Nothing left loopback, no credentials were looked up, and every
   * request the server saw carried the placeholder token.
   */
  assertStayedLocal(): void {
    assert.equal(this.guard.refused(), [], 'connections refused by the guard');
    assert.ok(this.guard.attempts.every((attempt) =>
      attempt.host === '127.0.0.1' && attempt.port === this.fake.port));
    assert.equal(this.guard.lookups, [], 'host-name lookups');
    assert.equal(this.spy.calls, [], 'credential lookups');
    assert.ok(this.fake.requests.every((request) =>
      request.authorization === PLACEHOLDER_AUTHORIZATION));
  }
}
