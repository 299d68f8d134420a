/**
 * Columns the query adds per metric (templates/aggregates.sql.njk) and
 * for every client. A metric named like one of them would share its
 * column with another, and an engine would quietly read the wrong one.
 */
export const METRIC_COLUMN_SUFFIXES = [
  '_rank',
  '_position',
  '_fraction',
  '_below',
  '_above',
  '_threshold',
  '_kept',
  '_mean',
  '_sd',
];
export const RESERVED_COLUMNS = [
  'client_id',
  'enrollment_date',
  'clients_targeted',
];

/** Why each clashing metric name cannot be used, by its position. */
export function metricNameClashes(names: string[]): Map<number, string> {
  const clashes = new Map<number, string>();

  names.forEach((name, index) => {
    if (RESERVED_COLUMNS.includes(name)) {
      clashes.set(index, `"${name}" is a column every query has`);
      return;
    }
    const owner = names.find((other) =>
      METRIC_COLUMN_SUFFIXES.some((suffix) => name === other + suffix),
    );
    if (owner !== undefined) {
      clashes.set(
        index,
        `"${name}" is the name of a column the query ` +
          `computes for metric "${owner}"; choose another name`,
      );
    }
  });
  return clashes;
}
