import type { TargetResult } from '../results/TargetResult.js';

/** The target's values in words, for headings and the text filter. */
export function targetLabel({ target }: TargetResult): string {
  const locales = target.locale === 'all'
    ? 'all locales'
    : target.locale.join(', ');
  const country = target.country === 'all'
    ? 'all countries'
    : target.country;
  return [target.app_id, target.channel, locales, country,
    `${target.user_type} users`].join(' · ');
}
