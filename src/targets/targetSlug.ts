import type { Target } from './Target.js';

/**
 * Builds the slug from the target's own values, never from positions in a
 * list, so adding a value to a list adds targets and renames none.
 * Example: `fenix-beta-en_ca.en_gb.en_us-all-existing`.
 */
export function targetSlug(target: Omit<Target, 'slug'>): string {
  const locales =
    target.locales === 'all'
      ? 'all'
      : [...new Set(target.locales.map(part))].sort().join('.');

  return [
    target.app,
    part(target.channel),
    locales,
    part(target.country),
    target.userType,
  ].join('-');
}

function part(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}
