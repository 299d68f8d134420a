import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Draws a Vega-Lite chart to an SVG string in Node. The renderer is
 * 'none' because nothing is drawn on screen: toSVG builds the markup from
 * the scene graph, so the report needs no chart library when opened.
 */
export async function renderChart(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });

  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
