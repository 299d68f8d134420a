import { EXIT_USAGE, SizingError } from '../../SizingError.js';
import type { BigqueryConnection } from './BigqueryConnection.js';
import { parseByteCount } from './parseByteCount.js';

/** The execute flags that only mean something on BigQuery. */
export interface BigqueryFlags {
  project?: string;
  location?: string;
  maxBytes?: string;
  concurrency?: string;
  dryRun?: boolean;
  apiEndpoint?: string;
}

export interface BigqueryRunSettings {
  connection: BigqueryConnection;
  maxBytes?: number;
  concurrency: number;
  dryRun: boolean;
}

export const API_ENDPOINT_VARIABLE = 'SIZING_BIGQUERY_API_ENDPOINT';
export const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 100;

const FLAG_NAMES: Record<keyof BigqueryFlags, string> = {
  project: '--project',
  location: '--location',
  maxBytes: '--max-bytes',
  concurrency: '--concurrency',
  dryRun: '--dry-run',
  apiEndpoint: '--api-endpoint',
};

/** Checks the BigQuery flags, with the endpoint's environment variable. */
export function parseBigqueryFlags(
  flags: BigqueryFlags,
  env: NodeJS.ProcessEnv = process.env,
): BigqueryRunSettings {
  const connection: BigqueryConnection = { project: projectOf(flags) };
  if (flags.location !== undefined) {
    connection.location = locationOf(flags.location);
  }

  const endpoint = apiEndpointOf(flags.apiEndpoint, env);
  if (endpoint !== undefined) connection.apiEndpoint = endpoint;

  return {
    connection,
    ...(flags.maxBytes === undefined
      ? {}
      : { maxBytes: parseByteCount(flags.maxBytes, '--max-bytes') }),
    concurrency: concurrencyOf(flags.concurrency),
    dryRun: flags.dryRun === true,
  };
}

/** The embedded engine has none of these: say so rather than ignore them. */
export function refuseBigqueryFlags(flags: BigqueryFlags): void {
  const given = Object.entries(FLAG_NAMES)
    .filter(([key]) => flags[key as keyof BigqueryFlags] !== undefined)
    .map(([, name]) => name);
  if (given.length > 0) {
    throw usage(`${given.join(', ')}: only with --engine bigquery`);
  }
}

function projectOf(flags: BigqueryFlags): string {
  const project = flags.project;
  if (project === undefined) {
    throw usage(
      '--project: required with --engine bigquery ' +
        '(the Google Cloud project that runs the jobs and is billed)',
    );
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9.:_-]*$/.test(project)) {
    throw usage(`--project: "${project}" is not a project id`);
  }
  return project;
}

function locationOf(location: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(location)) {
    throw usage(`--location: "${location}" is not a location such as US or EU`);
  }
  return location;
}

function concurrencyOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_CONCURRENCY;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > MAX_CONCURRENCY) {
    throw usage(
      `--concurrency: "${text}" is not a whole number ` +
        `from 1 to ${MAX_CONCURRENCY}`,
    );
  }
  return value;
}

/**
 * The flag wins over the variable. The client library would silently
 * prefer BIGQUERY_EMULATOR_HOST to either, and with real credentials,
 * so that variable is refused rather than half honoured.
 */
function apiEndpointOf(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): string | undefined {
  if (env.BIGQUERY_EMULATOR_HOST !== undefined) {
    throw usage(
      'BIGQUERY_EMULATOR_HOST is set: unset it and give the ' +
        `emulator with --api-endpoint or ${API_ENDPOINT_VARIABLE}`,
    );
  }

  const where = flag === undefined ? API_ENDPOINT_VARIABLE : '--api-endpoint';
  const text = flag ?? env[API_ENDPOINT_VARIABLE];
  if (text === undefined) return undefined;
  // An empty value must not quietly mean "the real service, with ADC".
  if (text.trim() === '') throw usage(`${where}: is empty; give a URL`);
  return checkedEndpoint(text, where);
}

function checkedEndpoint(text: string, where: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usage(
      `${where}: "${text}" is not a URL such as http://127.0.0.1:9050`,
    );
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usage(`${where}: "${text}" must start with http:// or https://`);
  }
  // The endpoint is printed and recorded in results; keep secrets out.
  if (url.username !== '' || url.password !== '') {
    throw usage(`${where}: must not hold a user name or password`);
  }
  return text.replace(/\/+$/, '');
}

function usage(message: string): SizingError {
  return new SizingError(message, EXIT_USAGE);
}
