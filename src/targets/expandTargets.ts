import { ConfigError } from '../config/ConfigError.js';
import type { TargetLists } from '../config/TargetLists.js';
import { parseLocaleSet } from './parseLocaleSet.js';
import type { Target, UserType } from './Target.js';
import { targetSlug } from './targetSlug.js';

/** The preset grid: every app crossed with every dimension's values. */
export function expandTargets(lists: TargetLists): Target[] {
  const { apps, locale, release_channel, country, user_type } = lists.targets;
  const localeSets = locale.map(toCodes);
  const targets: Target[] = [];

  for (const app of apps) {
    for (const locales of localeSets) {
      for (const channel of release_channel) {
        for (const place of country) {
          for (const userType of user_type as UserType[]) {
            const values = { app, locales, channel, country: place, userType };
            targets.push({ slug: targetSlug(values), ...values });
          }
        }
      }
    }
  }

  assertUniqueSlugs(targets);
  return targets;
}

function toCodes(entry: string | string[]): string[] | 'all' {
  const parsed = parseLocaleSet(entry);
  if ('error' in parsed) throw new Error(`unvalidated locale: ${parsed.error}`);
  return parsed.codes;
}

function assertUniqueSlugs(targets: Target[]): void {
  const seen = new Set<string>();
  const clashes = targets.filter(
    ({ slug }) => seen.size === seen.add(slug).size,
  );
  if (clashes.length === 0) return;

  throw new ConfigError(
    clashes.map(({ slug }) => ({
      file: 'data/target_lists.toml',
      key: 'targets',
      message:
        `two targets share the name "${slug}": list values differ ` +
        'only in case or punctuation',
    })),
  );
}
