import type { TargetResult } from '../results/TargetResult.js';
import { escapeHtml } from './escapeHtml.js';
import { targetLabel } from './targetLabel.js';

/**
 * The data-* attributes the filter script reads. The index entry and the
 * section of a target carry the same ones, so both hide together.
 */
export function filterAttributes(result: TargetResult): string {
  const { target } = result;
  const text = `${target.slug} ${targetLabel(result)}`.toLowerCase();
  const values = {
    'data-target': target.slug,
    'data-app': target.app_id,
    'data-channel': target.channel,
    'data-user-type': target.user_type,
    'data-text': text,
  };
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
}
