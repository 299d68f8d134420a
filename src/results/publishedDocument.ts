import { legacyLocaleText } from '../targets/parseLocaleSet.js';
import type { SampleSizeEntry } from '../execute/sampleSizesFor.js';
import type { TargetResult } from './TargetResult.js';

interface PublishedEntry {
  target_recipe: {
    app_id: string;
    channel: string;
    locale: string;
    country: string;
    new_or_existing: string;
  };
  sample_sizes: Record<string, SampleSizeEntry>;
}

export type PublishedDocument = Record<string, Record<string, PublishedEntry>>;

/**
 * The document the experiment UI reads: targets grouped under
 * `app:channel:['LOCALES']:country`, one entry per user type.
 */
export function publishedDocument(results: TargetResult[]): PublishedDocument {
  const document: PublishedDocument = {};

  for (const { target, sample_sizes } of results) {
    const key = [
      target.app_id,
      target.channel,
      localeKey(target.locale),
      target.country,
    ].join(':');
    document[key] ??= {};
    document[key][target.user_type] = {
      target_recipe: {
        app_id: target.app_id,
        channel: target.channel,
        locale: legacyLocaleText(target.locale),
        country: target.country,
        new_or_existing: target.user_type,
      },
      sample_sizes,
    };
  }
  return document;
}

/** Sorted codes as `['EN-CA','EN-GB','EN-US']`; `all` stays a word. */
export function localeKey(locales: string[] | 'all'): string {
  if (locales === 'all') return 'all';
  const codes = [...new Set(locales)].sort();
  return `[${codes.map((code) => `'${code}'`).join(',')}]`;
}
