import type { ClientProfile } from './ClientProfile.js';
import { assignExactly } from './assignExactly.js';
import type { GenerationModel, LocaleSpelling } from './GenerationModel.js';
import { hashText } from './mixSeed.js';
import { Prng } from './Prng.js';
import { WeightedChoice } from './WeightedChoice.js';
import type { AppSpec, OutlierSpec } from './WarehouseSpec.js';

const DAY_SECONDS = 86_400;

/** Broken and automated clients run on most days. */
const OUTLIER_ACTIVITY = 0.85;

/** Broken clients report absurd times, but not beyond 32-bit integers. */
const BROKEN_DAY_SECONDS = 10_000_000;

/** Everything one client needs drawn, and the stream to draw it from. */
export interface DrawnClient {
  profile: ClientProfile;
  rng: Prng;
}

/**
 * Draws the clients of one app. Cohorts and outliers are assigned in
 * exact proportions; everything else is drawn per client from a stream of
 * its own, seeded by (seed, app, index).
 */
export function* profileClients(
  model: GenerationModel,
  app: string,
  seed: number,
  clients: number,
): Generator<DrawnClient> {
  const appSpec = model.spec.apps[app]!;
  const appSeed = hashText(app);
  const shuffler = new Prng(seed, appSeed, 0x5eed);
  const shares = model.cohorts.map((cohort) => cohort.share);
  const cohorts = assignExactly(shares, clients, shuffler);
  const { active_seconds: busy, searches: bots } = model.spec.outliers;
  const busyClients = assignOutliers(busy, clients, shuffler);
  const searchBots = assignOutliers(bots, clients, shuffler);
  const channels = WeightedChoice.of(appSpec.channels);

  for (let index = 0; index < clients; index += 1) {
    const rng = new Prng(seed, appSeed, index);
    const draw: ClientDraw = {
      model, appSpec, channels, rng, index,
      cohort: cohorts[index]!,
      busy: busyClients[index] === 1 ? busy : null,
      bot: searchBots[index] === 1 ? bots : null,
    };
    yield { profile: drawProfile(draw), rng };
  }
}

interface ClientDraw {
  model: GenerationModel;
  appSpec: AppSpec;
  channels: WeightedChoice<string>;
  rng: Prng;
  index: number;
  cohort: number;
  busy: OutlierSpec | null;
  bot: OutlierSpec | null;
}

function assignOutliers(spec: OutlierSpec, clients: number, rng: Prng) {
  return assignExactly([1 - spec.share, spec.share], clients, rng);
}

/** Field order is draw order: keep it, or every warehouse changes. */
function drawProfile(draw: ClientDraw): ClientProfile {
  const { model, rng } = draw;
  const words = [1, 2, 3, 4].map(() => rng.nextUint32());
  const cohort = model.cohorts[draw.cohort]!;
  const firstSeen = between(rng, ...cohort.firstSeen);

  return {
    index: draw.index,
    clientId: uuidOf(words),
    sampleId: words[0]! % 100,
    firstSeen,
    firstSeenRecorded: cohort.recorded,
    activityRate: drawActivity(draw),
    lastActiveDay: lastActiveDay(draw, firstSeen, cohort.churn),
    ...drawPlace(draw),
    channel: draw.channels.pick(rng),
    engine: model.engines.pick(rng),
    ...drawUsage(draw),
  };
}

function between(rng: Prng, from: number, to: number): number {
  return from + rng.below(to - from + 1);
}

/**
 * Churners stop a few days after first use or, when that was before the
 * simulation starts, after a random day of it.
 */
function lastActiveDay(draw: ClientDraw, firstSeen: number, churn: number) {
  const { calendar } = draw.model;
  if (!draw.rng.chance(churn)) return calendar.lastDay;

  const span = calendar.lastDay - calendar.warmStart + 1;
  const start = firstSeen >= calendar.warmStart
    ? firstSeen
    : calendar.warmStart + draw.rng.below(span);
  const days = draw.rng.geometric(draw.model.spec.activity.churn_mean_days);
  return start + days - 1;
}

function drawPlace(draw: ClientDraw) {
  const { model, rng } = draw;
  if (rng.chance(model.spec.geography.missing_share)) {
    return { locale: null, country: null };
  }

  const locale = model.locales.pick(rng);
  const country = locale.countries.pick(rng);
  return { locale: spell(locale.code, model.spellings.pick(rng)), country };
}

/** "EN-US" as listed, as a browser reports it ("en-US") or lower case. */
function spell(code: string, spelling: LocaleSpelling): string {
  if (spelling === 'lower') return code.toLowerCase();
  if (spelling === 'as_listed') return code;
  const [language, ...rest] = code.split('-');
  return [language!.toLowerCase(), ...rest].join('-');
}

function drawActivity(draw: ClientDraw): number {
  const { alpha, beta } = draw.model.spec.activity;
  const rate = draw.rng.beta(alpha, beta);
  const outlier = draw.busy !== null || draw.bot !== null;
  return outlier ? Math.max(rate, OUTLIER_ACTIVITY) : rate;
}

function drawUsage(draw: ClientDraw) {
  const { alpha, beta } = draw.model.spec.search.tagged;
  return {
    secondsMedian: drawSeconds(draw),
    secondsSpread: draw.appSpec.active_seconds.day_spread,
    maxDaySeconds: draw.busy === null ? DAY_SECONDS : BROKEN_DAY_SECONDS,
    searchMean: drawSearches(draw),
    taggedShare: draw.rng.beta(alpha, beta),
  };
}

/** Outliers ignore their own draw: their usage is the app's, times a lot. */
function drawSeconds(draw: ClientDraw): number {
  const usage = draw.appSpec.active_seconds;
  const median = draw.rng.lognormal(usage.median, usage.client_spread);
  if (draw.busy === null) return median;
  return usage.median * draw.rng.pareto(draw.busy.scale, draw.busy.shape);
}

function drawSearches(draw: ClientDraw): number {
  const searches = draw.appSpec.searches;
  const searching = draw.rng.chance(searches.searching_share);
  const mean = draw.rng.lognormal(searches.median, searches.client_spread);
  if (draw.bot !== null) {
    return searches.median * draw.rng.pareto(draw.bot.scale, draw.bot.shape);
  }
  return searching ? mean : 0;
}

function uuidOf(words: readonly number[]): string {
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  // Version 4 and the RFC 4122 variant, as real client ids carry.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
