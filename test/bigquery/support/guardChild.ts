/**
 * Loaded with `node --import` into a CLI process a test starts: lets it
 * reach only the fake server's port and stops credential lookups, then
 * writes what it saw to a file for the test to check.
 */
import { writeFileSync } from 'node:fs';
import { CredentialSpy } from './CredentialSpy.js';
import { LoopbackGuard } from './LoopbackGuard.js';

const guard = new LoopbackGuard();
const spy = new CredentialSpy();
guard.allow(Number(process.env.SIZING_TEST_ALLOWED_PORT));
guard.install();
spy.install();

process.on('exit', () => {
  const report = {
    attempts: guard.attempts,
    lookups: guard.lookups,
    credentialLookups: spy.calls,
  };
  writeFileSync(process.env.SIZING_TEST_GUARD_REPORT!, JSON.stringify(report));
});
