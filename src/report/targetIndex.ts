import { formatCount } from '../execute/targetTable.js';
import type { TargetResult } from '../results/TargetResult.js';
import { escapeHtml } from './escapeHtml.js';
import { filterAttributes } from './filterAttributes.js';
import { sectionId } from './targetSection.js';
import { targetPopulation } from './targetPopulation.js';

/** The side panel: filters, a count of what they show, and links. */
export function targetIndex(results: TargetResult[]): string {
  const targets = results.map(({ target }) => target);

  return [
    '<nav class="index" aria-label="targets">',
    '<form id="filters" autocomplete="off">',
    choice('app', 'app', targets.map((t) => t.app_id)),
    choice('channel', 'channel', targets.map((t) => t.channel)),
    choice('user', 'user type', targets.map((t) => t.user_type)),
    '<label>text <input name="text" type="search" ' +
      'placeholder="slug, locale, country…"></label>',
    '<button type="reset">clear</button>',
    '</form>',
    `<p id="count" aria-live="polite">${results.length} targets</p>`,
    '<ul>',
    ...results.map(entry),
    '</ul>',
    '</nav>',
  ].join('\n');
}

function choice(name: string, label: string, values: string[]): string {
  const options = [...new Set(values)].sort().map((value) =>
    `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`);

  return `<label>${label} <select name="${name}">` +
    `<option value="">any</option>${options.join('')}</select></label>`;
}

function entry(result: TargetResult): string {
  const { slug } = result.target;
  const clients = formatCount(targetPopulation(result));
  return `<li ${filterAttributes(result)}>` +
    `<a href="#${escapeHtml(sectionId(slug))}">${escapeHtml(slug)}</a>` +
    `<span class="clients">${clients}</span></li>`;
}
