import type { RowGrain } from './RowGrain.js';
import { STAGED_CLIENTS, STAGED_DAYS } from './stagingTables.js';
import type { WarehouseField } from './WarehouseField.js';

/** Where the rows of one grain come from in the staging tables. */
export interface RowSource {
  from: string;
  where: string;
  fields: Partial<Record<WarehouseField, string>>;
}

const asDate = (dayNumber: string) => `DATE '1970-01-01' + ${dayNumber}`;

const CLIENT_FIELDS = {
  client_id: 'c.client_id',
  sample_id: 'c.sample_id',
  first_seen_date: asDate('c.recorded_first_seen'),
  locale: 'c.locale',
  channel: 'c.channel',
  app_label: 'c.app_label',
  search_engine: 'c.engine',
} as const;

const SEEN_FIELDS = {
  ...CLIENT_FIELDS,
  submission_date: asDate('d.day'),
  country: 'COALESCE(d.travel_country, c.country)',
  days_since_seen: 'd.days_since_seen',
  days_seen_bits: 'd.days_seen_bits',
} as const;

const ACTIVE_FIELDS = {
  ...SEEN_FIELDS,
  active_seconds: 'd.seconds',
  active_hours: 'd.seconds / 3600.0',
  searches: 'd.searches',
  tagged_searches: 'd.tagged',
} as const;

const DAYS_FROM =
  `${STAGED_DAYS.name} d JOIN ${STAGED_CLIENTS.name} c ON c.client = d.client`;

// Rows go in client by client, as generated: runs of one client_id
// compress several times better than rows sorted by date, and the tables
// are small enough that date pruning saves nothing measurable.
const ROW_SOURCES: Record<RowGrain, RowSource> = {
  active_days: { from: DAYS_FROM, where: 'd.active', fields: ACTIVE_FIELDS },
  seen_days: { from: DAYS_FROM, where: 'TRUE', fields: SEEN_FIELDS },
  search_days: {
    from: DAYS_FROM,
    where: 'd.active AND d.searches > 0',
    fields: ACTIVE_FIELDS,
  },
  first_seen: {
    from: `${STAGED_CLIENTS.name} c`,
    where: 'TRUE',
    fields: {
      ...CLIENT_FIELDS,
      submission_date: asDate('c.first_seen'),
      country: 'c.country',
    },
  },
};

export function rowSourceFor(grain: RowGrain): RowSource {
  return ROW_SOURCES[grain];
}

export function grainProvides(grain: RowGrain, field: WarehouseField): boolean {
  return field in ROW_SOURCES[grain].fields;
}
