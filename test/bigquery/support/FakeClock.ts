import type { Clock } from '../../../src/engines/bigquery/Clock.js';

/** Time that passes only when code sleeps, and sleeps take no time. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  time = 0;

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }

  random(): number {
    return 0.5;
  }
}
