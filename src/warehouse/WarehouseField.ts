/**
 * The values the generator produces for a row. data/warehouse.toml maps
 * each column of each table to one of them; the column's SQL type follows
 * from the value, so the file cannot give a column a type that lies.
 */
export const FIELD_TYPES = {
  client_id: 'VARCHAR',
  sample_id: 'INTEGER',
  submission_date: 'DATE',
  first_seen_date: 'DATE',
  locale: 'VARCHAR',
  country: 'VARCHAR',
  channel: 'VARCHAR',
  app_label: 'VARCHAR',
  search_engine: 'VARCHAR',
  days_since_seen: 'INTEGER',
  days_seen_bits: 'INTEGER',
  active_seconds: 'BIGINT',
  active_hours: 'DOUBLE',
  searches: 'BIGINT',
  tagged_searches: 'BIGINT',
} as const;

export type WarehouseField = keyof typeof FIELD_TYPES;

export const WAREHOUSE_FIELDS = Object.keys(FIELD_TYPES) as [
  WarehouseField,
  ...WarehouseField[],
];
