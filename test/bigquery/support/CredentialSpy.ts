import { GoogleAuth, OAuth2Client } from 'google-auth-library';

/**
 * The auth library's ways of finding credentials, a project or a
 * metadata server, and of refreshing a token. Each is replaced by one
 * that records the call and fails, so a lookup is both seen and stopped.
 */
const WATCHED: [object, string[]][] = [
  [GoogleAuth.prototype, [
    'getApplicationDefaultAsync',
    '_checkIsGCE',
    'getProjectIdAsync',
    'findAndCacheProjectId',
    'getUniverseDomainFromMetadataServer',
    '_tryGetApplicationCredentialsFromEnvironmentVariable',
    '_tryGetApplicationCredentialsFromWellKnownFile',
    'getGCEProjectId',
  ]],
  [OAuth2Client.prototype, [
    'refreshToken',
    'refreshTokenNoCache',
    'refreshAccessTokenAsync',
  ]],
];

export class CredentialSpy {
  readonly calls: string[] = [];
  readonly #saved: [Record<string, unknown>, string, unknown][] = [];

  install(): void {
    for (const [prototype, names] of WATCHED) {
      const target = prototype as Record<string, unknown>;
      for (const name of names) this.#watch(target, name);
    }
  }

  uninstall(): void {
    for (const [target, name, original] of this.#saved) target[name] = original;
    this.#saved.length = 0;
  }

  #watch(target: Record<string, unknown>, name: string): void {
    // A renamed method would silently escape the spy: fail instead.
    if (typeof target[name] !== 'function') {
      throw new Error(`google-auth-library has no method ${name} to watch`);
    }
    this.#saved.push([target, name, target[name]]);
    target[name] = async () => {
      this.calls.push(name);
      throw new Error(`credential lookup (${name}) refused by the test`);
    };
  }
}
