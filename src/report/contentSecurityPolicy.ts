import { createHash } from 'node:crypto';

/**
 * A policy that lets the page run its one inline script and styles and
 * nothing else: no fetch, image, font, frame or form target of any kind,
 * so even a mistake in the report cannot reach the network.
 */
export function contentSecurityPolicy(script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
