import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runDatesFor } from '../../src/dates/RunDates.js';
import { resolveRelativeDay } from '../../src/warehouse/resolveRelativeDay.js';

const dates = runDatesFor('2026-06-01');

test('days are counted from the run dates', () => {
  assert.is(resolveRelativeDay('S', dates), '2026-04-26');
  assert.is(resolveRelativeDay('S-28', dates), '2026-03-29');
  assert.is(resolveRelativeDay('S-30', dates), '2026-03-27');
  assert.is(resolveRelativeDay('E', dates), '2026-05-02');
  assert.is(resolveRelativeDay('E+1', dates), '2026-05-03');
  assert.is(resolveRelativeDay('R-1', dates), '2026-05-31');
});

test('other enrollment lengths move S and E', () => {
  const short = runDatesFor('2026-06-01', 3, 14);
  assert.is(resolveRelativeDay('S', short), '2026-05-14');
  assert.is(resolveRelativeDay('E', short), '2026-05-16');
});

test.run();
