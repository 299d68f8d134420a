/**
 * Fonts already on the reader's machine: the report must open offline,
 * so it never names a font that would have to be downloaded.
 */
export const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", ' +
  'Arial, "Noto Sans", "Liberation Sans", sans-serif';
