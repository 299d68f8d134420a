import type { ALL } from './dimensionFormats.js';

export type UserType = 'new' | 'existing' | 'all';

/** One population to size: an app and one value of every dimension. */
export interface Target {
  /** Stable, readable name built only from the values below. */
  slug: string;
  app: string;
  /** Locale codes in the order written, or `all`. */
  locales: string[] | typeof ALL;
  channel: string;
  country: string;
  userType: UserType;
}
