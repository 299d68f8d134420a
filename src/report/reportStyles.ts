import { SYSTEM_FONTS } from './chartFont.js';

/** The report's whole style sheet, inlined so nothing is fetched. */
export const reportStyles = `
:root { color-scheme: light; --line: #d9d9de; --muted: #5c5c66; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 ${SYSTEM_FONTS}; color: #1d1d24;
  background: #f6f6f8; }
.layout { display: grid; grid-template-columns: 300px minmax(0, 1fr); }
.index { position: sticky; top: 0; height: 100vh; overflow-y: auto;
  padding: 16px; background: #fff; border-right: 1px solid var(--line); }
.index form { display: grid; gap: 8px; }
.index label { display: grid; grid-template-columns: 72px 1fr;
  align-items: center; font-size: 13px; color: var(--muted); }
.index select, .index input, .index button { font: inherit; padding: 3px; }
.index button { justify-self: end; }
#count { font-weight: 600; margin: 12px 0 6px; }
.index ul { list-style: none; margin: 0; padding: 0; font-size: 12px; }
.index li { display: flex; justify-content: space-between; gap: 6px;
  padding: 3px 0; border-bottom: 1px solid #f0f0f2; }
.index a { color: #1f4fa8; text-decoration: none; overflow-wrap: anywhere; }
.index a:hover { text-decoration: underline; }
.clients { color: var(--muted); font-variant-numeric: tabular-nums; }
main { padding: 16px 24px; min-width: 0; }
.run h1 { font-size: 22px; margin: 0 0 6px; }
.run p { margin: 2px 0; color: var(--muted); }
.legend span { padding: 0 5px; border-radius: 3px; }
.target { background: #fff; border: 1px solid var(--line);
  border-radius: 6px; padding: 12px 16px; margin: 16px 0;
  scroll-margin-top: 12px; }
.target h2 { font-size: 16px; margin: 0; overflow-wrap: anywhere; }
.values { margin: 2px 0 10px; color: var(--muted); }
.panels { display: flex; flex-wrap: wrap; gap: 16px; align-items: start; }
.table-wrap { overflow-x: auto; max-width: 100%; }
.sizes { border-collapse: collapse; font-size: 12px; }
.sizes th, .sizes td { border: 1px solid var(--line); padding: 3px 6px; }
.sizes thead th { background: #f0f0f4; font-weight: 600; }
.sizes tbody th { text-align: left; font-weight: 500; }
.num { text-align: right; font-variant-numeric: tabular-nums;
  white-space: nowrap; }
.na { color: var(--muted); font-style: italic; }
.cheap { background: #dcefdc; }
.feasible { background: #fdf0cc; }
.infeasible { background: #f7dada; }
.chart { margin: 0; }
.chart svg { display: block; max-width: 100%; height: auto; }
.no-chart { color: var(--muted); font-style: italic; }
#empty { color: var(--muted); }
[hidden] { display: none !important; }
@media (max-width: 800px) {
  .layout { grid-template-columns: 1fr; }
  .index { position: static; height: auto; border-right: 0; }
  .index ul { max-height: 40vh; overflow-y: auto; }
}
`;
