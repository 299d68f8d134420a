import type { TopLevelSpec } from 'vega-lite';
import { SYSTEM_FONTS } from './chartFont.js';
import { decadeDomain, decadeTicks } from './decades.js';
import {
  CHEAP_BELOW_PERCENT,
  INFEASIBLE_ABOVE_PERCENT,
} from './feasibility.js';
import type { SizingPoint } from './SizingPoint.js';

/** What a layered chart may hold: a mark, or layers of their own. */
type Layer = TopLevelSpec extends infer T
  ? T extends { layer: (infer L)[] } ? L : never
  : never;

const BAND_COLORS = {
  cheap: '#2e7d32',
  feasible: '#f9a825',
  infeasible: '#c62828',
};

/**
 * Sample size per branch against effect size, one line per metric, on
 * log scales where n ∝ 1 / effect² is a straight line. The left axis
 * counts clients, the right one the same heights as shares of the
 * target, and shaded bands show which sizes are cheap, feasible or out
 * of reach. `population` is the target's client count (positive).
 */
export function sizingChartSpec(
  points: SizingPoint[],
  population: number,
): TopLevelSpec {
  const thresholds = [CHEAP_BELOW_PERCENT, INFEASIBLE_ABOVE_PERCENT]
    .map((percent) => (percent * population) / 100);
  const clients = decadeDomain([...points.map((p) => p.perBranch),
    ...thresholds]);
  const shares = clients.map((n) => (100 * n) / population) as
    [number, number];

  return {
    width: 380,
    height: 240,
    background: 'white',
    config: { font: SYSTEM_FONTS, view: { stroke: '#ccc' } },
    layer: [
      { layer: [bands(clients, thresholds), bandLabels(clients, thresholds),
        lines(points, clients)] },
      shareAxis(points, shares),
    ],
    resolve: { scale: { y: 'independent' } },
  };
}

function effectAxis(points: SizingPoint[]) {
  const effects = [...new Set(points.map((p) => p.effectSize))];
  const low = Math.min(...effects) / 1.25;
  const high = Math.max(...effects) * 1.25;
  return {
    field: 'effectSize',
    type: 'quantitative' as const,
    title: 'effect size (relative change of the mean)',
    scale: { type: 'log' as const, domain: [low, high], nice: false },
    axis: { values: effects, format: '.1~%', grid: false },
  };
}

function clientsScale(domain: [number, number]) {
  return { type: 'log' as const, domain, nice: false };
}

function bandRows(domain: [number, number], [cheap, full]: number[]) {
  return [
    { band: 'cheap', label: `cheap: < ${CHEAP_BELOW_PERCENT} %`,
      low: domain[0], high: cheap },
    { band: 'feasible', label: 'feasible', low: cheap, high: full },
    { band: 'infeasible', label: `infeasible: > ${INFEASIBLE_ABOVE_PERCENT} %`,
      low: full, high: domain[1] },
  ];
}

function bands(domain: [number, number], thresholds: number[]): Layer {
  const names = Object.keys(BAND_COLORS);
  return {
    data: { values: bandRows(domain, thresholds) },
    mark: { type: 'rect', fillOpacity: 0.13 },
    encoding: {
      x: { value: 0 },
      x2: { value: 'width' },
      y: { field: 'low', type: 'quantitative', scale: clientsScale(domain) },
      y2: { field: 'high' },
      fill: {
        field: 'band',
        scale: { domain: names, range: Object.values(BAND_COLORS) },
        legend: null,
      },
    },
  };
}

// Labels sit in each band's lower left corner, which the falling lines
// leave free.
function bandLabels(domain: [number, number], thresholds: number[]): Layer {
  return {
    data: { values: bandRows(domain, thresholds) },
    mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -3,
      fontSize: 10, fill: '#555' },
    encoding: {
      x: { value: 0 },
      y: { field: 'low', type: 'quantitative', scale: clientsScale(domain) },
      text: { field: 'label' },
    },
  };
}

function lines(points: SizingPoint[], domain: [number, number]): Layer {
  const powers = new Set(points.map((p) => p.power));
  return {
    data: { values: points },
    mark: { type: 'line', point: true, strokeWidth: 2 },
    encoding: {
      x: effectAxis(points),
      y: {
        field: 'perBranch',
        type: 'quantitative',
        title: 'clients per branch',
        scale: clientsScale(domain),
        axis: { values: decadeTicks(domain), labelExpr: CLIENT_LABEL },
      },
      color: { field: 'metric', type: 'nominal', title: 'metric',
        legend: { orient: 'bottom', direction: 'horizontal', columns: 3 } },
      ...(powers.size > 1
        ? { strokeDash: { field: 'power', type: 'nominal' as const } }
        : {}),
    },
  };
}

/** 100 clients stay 100; 20000 become 20k. */
const CLIENT_LABEL =
  "datum.value < 1000 ? format(datum.value, ',~r') : format(datum.value, '~s')";

// Invisible points at the shares of the visible ones: they only carry the
// right-hand axis, whose domain is the left one scaled by 100 / population.
function shareAxis(points: SizingPoint[], domain: [number, number]): Layer {
  return {
    data: { values: points },
    mark: { type: 'point', opacity: 0 },
    encoding: {
      x: effectAxis(points),
      y: {
        field: 'percent',
        type: 'quantitative',
        title: '% of the target per branch',
        scale: clientsScale(domain),
        axis: {
          orient: 'right',
          grid: false,
          values: decadeTicks(domain),
          labelExpr: "format(datum.value, ',~r') + ' %'",
        },
      },
    },
  };
}
