/** Where the sample warehouse lives, relative to the project folder. */
export const DEFAULT_WAREHOUSE = 'warehouse/sample.duckdb';
