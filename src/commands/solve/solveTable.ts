import type { PointResult, SolveOutcome, SolvePoint } from './runSolve.js';
import type { SolveRequest } from './SolveRequest.js';

/**
 * The human-readable answer: the method, the settings, and a short table
 * with one row per point. Client counts are rounded up to whole clients
 * here (the JSON keeps them unrounded), each arm on its own, and the total
 * adds up the rounded arms, so the row is consistent as shown.
 */

/** Above this, digits beyond the fourth are noise: use 1.235e+20. */
const LARGEST_SPELLED_OUT = 1e15;

function clients(x: number): string {
  const whole = Math.ceil(x);
  if (whole < LARGEST_SPELLED_OUT) {
    return whole.toLocaleString('en-US', { useGrouping: true });
  }
  return exponentRoundedUp(x);
}

/** Four significant digits, rounded up like the whole-client counts. */
function exponentRoundedUp(x: number): string {
  const nearest = x.toExponential(3);
  if (Number(nearest) >= x) return nearest;

  const [mantissa = '', exponent = ''] = nearest.split('e');
  const digits = Math.round(Number(mantissa) * 1000) + 1;
  if (digits < 10000) return `${(digits / 1000).toFixed(3)}e${exponent}`;
  return `1.000e+${Number(exponent) + 1}`;
}

const ROUNDING_NOTE =
  'Clients are rounded up per arm; the total adds the rounded arms.';

const short = (x: number) => Number(x.toPrecision(4)).toString();

const percent = (x: number) => `${short(100 * x)}%`;

type Column = [title: string, cell: (point: SolvePoint) => string];

function inputColumns(outcome: SolveOutcome): Column[] {
  const first = outcome.points[0]?.inputs ?? {};
  const columns: Column[] = [];
  const add = (title: string, key: keyof typeof first, show = short) => {
    if (first[key] === undefined) return;
    columns.push([title, (p) => show(p.inputs[key] as number)]);
  };

  add('effect size', 'effect_size');
  add('d', 'd');
  add('power', 'power');
  add('n (control)', 'n', clients);
  return columns;
}

function field(result: PointResult, show: (r: PointResult) => string) {
  return 'not_computable' in result ? '-' : show(result);
}

/** Control plus each treatment arm, every arm rounded up first. */
function roundedTotal(result: PointResult, arms: number): string {
  const { control, treatment } = result as Record<string, number>;
  const whole = (x = 0) => Math.ceil(x);
  return clients(whole(control) + (arms - 1) * whole(treatment));
}

function resultColumns(request: SolveRequest): Column[] {
  const cell = (show: (r: PointResult) => string) => (p: SolvePoint) =>
    field(p.result, show);
  const pick = <K extends string>(key: K, show: (x: number) => string) =>
    cell((r) => show((r as Record<K, number>)[key]));

  if (request.solve === 'power') return [['power', pick('power', short)]];
  if (request.solve === 'n') {
    const arms = request.study.arms;
    return [
      ['control', pick('control', clients)],
      ['treatment', pick('treatment', clients)],
      ['total', cell((r) => roundedTotal(r, arms))],
    ];
  }

  const mde = (key: 'relative' | 'absolute' | 'd', show = short) =>
    cell((r) => {
      const value = (r as { mde: Record<string, number | undefined> }).mde[key];
      return value === undefined ? '' : show(value);
    });
  const columns: Column[] = [
    ['MDE relative', mde('relative', percent)],
    ['MDE absolute', mde('absolute')],
    ['MDE d', mde('d')],
  ];
  return columns;
}

/** Drops columns with no value in any row (e.g. d for a proportion). */
function nonEmpty(columns: Column[], points: SolvePoint[]): Column[] {
  return columns.filter(([, cell]) =>
    points.some((p) => !['', '-'].includes(cell(p))),
  );
}

function render(columns: Column[], points: SolvePoint[]): string {
  const rows = [
    columns.map(([title]) => title),
    ...points.map((p) => columns.map(([, cell]) => cell(p))),
  ];
  const widths = columns.map((_, i) =>
    Math.max(...rows.map((row) => (row[i] ?? '').length)),
  );
  return rows
    .map((row) =>
      row.map((text, i) => text.padStart(widths[i] ?? 0)).join('  '),
    )
    .join('\n');
}

function settings(request: SolveRequest): string {
  const { study } = request;
  const parts = [`alpha ${study.alpha} ${study.alternative}`];
  if (request.powers.length === 1) parts.push(`power ${request.powers[0]}`);
  parts.push(`ratio ${study.ratio}`, `${study.arms} arms`);
  return parts.join(', ');
}

function reasons(outcome: SolveOutcome): string[] {
  return outcome.points.flatMap((point, i) =>
    'not_computable' in point.result
      ? [`not computable (row ${i + 1}): ${point.result.not_computable}`]
      : [],
  );
}

export function solveTable(request: SolveRequest, outcome: SolveOutcome) {
  const header = [outcome.method, settings(request), ''];
  const only = outcome.points[0];
  if (outcome.points.length === 1 && only && 'not_computable' in only.result) {
    return [...header, `not computable: ${only.result.not_computable}`].join(
      '\n',
    );
  }

  const columns = nonEmpty(
    [...inputColumns(outcome), ...resultColumns(request)],
    outcome.points,
  );
  const notes = reasons(outcome);
  if (request.solve === 'n') notes.unshift(ROUNDING_NOTE);
  const table = render(columns, outcome.points);
  return [...header, table, ...(notes.length ? ['', ...notes] : [])].join('\n');
}
