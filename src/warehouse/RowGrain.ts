/** What one row of a generated table stands for (see data/warehouse.toml). */
export const ROW_GRAINS = [
  'active_days',
  'seen_days',
  'first_seen',
  'search_days',
] as const;

export type RowGrain = (typeof ROW_GRAINS)[number];
