import type { BuildCalendar } from './planCalendar.js';
import { WeightedChoice } from './WeightedChoice.js';
import type { WarehouseSpec } from './WarehouseSpec.js';

export type LocaleSpelling = 'as_listed' | 'browser' | 'lower';

export interface CohortModel {
  name: string;
  share: number;
  /** Inclusive day numbers, or null when the first-seen date is unknown. */
  firstSeen: readonly [number, number] | null;
  churn: number;
}

export interface LocaleModel {
  code: string;
  countries: WeightedChoice<string>;
}

/** data/warehouse.toml turned into ready-to-draw choices for one build. */
export interface GenerationModel {
  spec: WarehouseSpec;
  calendar: BuildCalendar;
  cohorts: CohortModel[];
  locales: WeightedChoice<LocaleModel>;
  /** Where travellers report from: the overall mix of countries. */
  travelCountries: WeightedChoice<string>;
  spellings: WeightedChoice<LocaleSpelling>;
  engines: WeightedChoice<string>;
}

export function prepareModel(
  spec: WarehouseSpec,
  calendar: BuildCalendar,
): GenerationModel {
  return {
    spec,
    calendar,
    cohorts: cohortModels(spec, calendar),
    locales: localeChoice(spec),
    travelCountries: new WeightedChoice(countryMix(spec)),
    spellings: new WeightedChoice(
      Object.entries(spec.geography.spelling) as [LocaleSpelling, number][],
    ),
    engines: WeightedChoice.of(spec.search.engines),
  };
}

function cohortModels(spec: WarehouseSpec, calendar: BuildCalendar) {
  return Object.entries(spec.cohorts).map(([name, cohort]): CohortModel => {
    const range = cohort.first_seen;
    const firstSeen = range === 'unknown'
      ? null
      : ([calendar.resolve(range[0]), calendar.resolve(range[1])] as const);
    return { name, share: cohort.share, firstSeen, churn: cohort.churn };
  });
}

function localeChoice(spec: WarehouseSpec): WeightedChoice<LocaleModel> {
  return new WeightedChoice(
    Object.entries(spec.locales).map(([code, locale]) => [
      { code, countries: WeightedChoice.of(locale.countries) },
      locale.share,
    ] as const),
  );
}

/** Each country's share of all clients, over every locale. */
function countryMix(spec: WarehouseSpec): Map<string, number> {
  const mix = new Map<string, number>();
  for (const locale of Object.values(spec.locales)) {
    const total = Object.values(locale.countries).reduce((s, w) => s + w, 0);
    for (const [country, weight] of Object.entries(locale.countries)) {
      const share = (locale.share * weight) / total;
      mix.set(country, (mix.get(country) ?? 0) + share);
    }
  }
  return mix;
}
