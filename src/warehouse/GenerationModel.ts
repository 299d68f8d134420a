import { ConfigError } from '../config/ConfigError.js';
import { WAREHOUSE_FILE } from './loadWarehouseSpec.js';
import type { BuildCalendar } from './planCalendar.js';
import { WeightedChoice } from './WeightedChoice.js';
import type { WarehouseSpec } from './WarehouseSpec.js';

export type LocaleSpelling = 'as_listed' | 'browser' | 'lower';

export interface CohortModel {
  name: string;
  share: number;
  /** Inclusive range of day numbers. */
  firstSeen: readonly [number, number];
  /** Whether first_seen_date holds the date; else it is NULL. */
  recorded: boolean;
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
    const [from, to] = cohort.first_seen.map(calendar.resolve);
    if (to! < from!) {
      throw new ConfigError([{
        file: WAREHOUSE_FILE,
        key: `cohorts.${name}.first_seen`,
        message: 'ends before it starts',
      }]);
    }

    const { share, recorded, churn } = cohort;
    return { name, share, firstSeen: [from!, to!], recorded, churn };
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
