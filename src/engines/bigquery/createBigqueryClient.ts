import { BigQuery, type BigQueryOptions } from '@google-cloud/bigquery';
import { OAuth2Client } from 'google-auth-library';
import type { BigqueryConnection } from './BigqueryConnection.js';

/** Sent to an emulator, which ignores it; it grants nothing anywhere. */
const PLACEHOLDER_TOKEN = 'sizing-emulator-placeholder-token';

/**
 * A BigQuery client. In production it authenticates the usual way, with
 * Application Default Credentials. Pointed at an emulator it is handed an
 * auth client that already holds a token and has no way to refresh it,
 * so the auth library never searches for credentials or probes a
 * metadata server. The project is always given, for the same reason:
 * the client would otherwise ask the auth library for one.
 */
export function createBigqueryClient(connection: BigqueryConnection): BigQuery {
  const options: BigQueryOptions = {
    projectId: connection.project,
    // Retries are ours: bounded per target, with an injectable clock.
    retryOptions: { autoRetry: false },
  };
  if (connection.location) options.location = connection.location;
  if (connection.apiEndpoint) {
    options.apiEndpoint = connection.apiEndpoint;
    options.authClient = placeholderAuth();
  }
  return new BigQuery(options);
}

function placeholderAuth(): OAuth2Client {
  const client = new OAuth2Client();
  // No expiry date: the token never counts as stale, so no refresh.
  client.setCredentials({ access_token: PLACEHOLDER_TOKEN });
  return client;
}
