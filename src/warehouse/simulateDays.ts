import type { ClientProfile } from './ClientProfile.js';
import type { GenerationModel } from './GenerationModel.js';
import type { Prng } from './Prng.js';

/** One client on one day. The emitter may not keep the object. */
export interface DayRow {
  day: number;
  active: boolean;
  daysSinceSeen: number;
  /** Bit 0 is this day, bit n the day n days before: 1 when active. */
  daysSeenBits: number;
  seconds: number;
  searches: number;
  tagged: number;
  /** The country reported while away from home, else null. */
  travelCountry: string | null;
}

/**
 * Walks a client through the calendar from its first day, deciding each
 * day whether it was active. Days before the calendar's first day are
 * simulated but not emitted, so days_since_seen and the seen bits are
 * already right when writing starts. Emits a row for every day the client
 * was active or seen within the last-seen window.
 */
export function simulateDays(
  profile: ClientProfile,
  rng: Prng,
  model: GenerationModel,
  emit: (row: DayRow) => void,
): void {
  const { firstDay, lastDay, warmStart, window } = model.calendar;
  const start = Math.max(profile.firstSeen, warmStart);
  const mask = 2 ** window - 1;
  const row = emptyRow();
  let lastActive = -Infinity;

  for (let day = start; day <= lastDay; day += 1) {
    const active = day === profile.firstSeen ||
      (day <= profile.lastActiveDay && rng.chance(profile.activityRate));
    if (active) lastActive = day;
    row.daysSeenBits = ((row.daysSeenBits << 1) | (active ? 1 : 0)) & mask;
    row.daysSinceSeen = day - lastActive;
    if (day < firstDay || row.daysSinceSeen >= window) continue;

    row.day = day;
    row.active = active;
    if (active) drawUsage(row, profile, rng, model);
    else clearUsage(row);
    emit(row);
  }
}

function drawUsage(
  row: DayRow,
  profile: ClientProfile,
  rng: Prng,
  model: GenerationModel,
): void {
  const seconds = rng.lognormal(profile.secondsMedian, profile.secondsSpread);
  row.seconds = Math.min(profile.maxDaySeconds, Math.round(seconds));

  const dayMean = profile.searchMean === 0
    ? 0
    : rng.lognormal(profile.searchMean, model.spec.search.day_spread);
  row.searches = rng.poisson(dayMean);
  row.tagged = rng.binomial(row.searches, profile.taggedShare);

  const travelling = rng.chance(model.spec.geography.travel_share);
  row.travelCountry = travelling ? model.travelCountries.pick(rng) : null;
}

function clearUsage(row: DayRow): void {
  row.seconds = 0;
  row.searches = 0;
  row.tagged = 0;
  row.travelCountry = null;
}

function emptyRow(): DayRow {
  return {
    day: 0, active: false, daysSinceSeen: 0, daysSeenBits: 0,
    seconds: 0, searches: 0, tagged: 0, travelCountry: null,
  };
}
