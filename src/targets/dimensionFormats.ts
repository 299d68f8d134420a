/**
 * Accepted spellings of dimension values. They are checked before any value
 * reaches SQL, and every literal is still escaped by the dialect.
 */
export const LOCALE_FORMAT = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const COUNTRY_FORMAT = /^[A-Za-z]{2}$/;
export const CHANNEL_FORMAT = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
export const NAME_FORMAT = /^[a-z][a-z0-9_]{0,62}$/;

/** The value that drops a dimension's condition. */
export const ALL = 'all';
