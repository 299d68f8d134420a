import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  authorization?: string;
  body: JobBody | undefined;
}

export interface JobBody {
  jobReference?: { projectId?: string; jobId?: string; location?: string };
  configuration: {
    dryRun?: boolean;
    labels?: Record<string, string>;
    query: {
      query: string;
      useLegacySql?: boolean;
      parameterMode?: string;
      maximumBytesBilled?: string;
      queryParameters?: {
        name: string;
        parameterType: { type: string };
        parameterValue: { value: string };
      }[];
    };
  };
}

/** The REST calls the client makes, for scripting failures. */
export type Step = 'dryRun' | 'insert' | 'get' | 'results';

/** An HTTP error answered instead of the normal response. */
export interface Fault {
  step: Step;
  /** Only this target's requests; every target's when absent. */
  slug?: string;
  status: number;
  reason: string;
  /** How many matching requests fail; then they succeed. */
  times?: number;
  /** For inserts: the job is created anyway, as when a reply is lost. */
  created?: boolean;
}

interface FakeJob {
  id: string;
  slug: string;
  body: JobBody;
  location: string;
  polls: number;
  error?: { reason: string; message: string };
}

type Cell = string | number | null;

/** HTTP status and JSON body. */
type Reply = [number, unknown];

const ROUTE =
  /^\/bigquery\/v2\/projects\/([^/]+)\/(jobs|queries)(?:\/([^/]+))?$/;

const INTEGER_COLUMN = /^clients_targeted$|_kept$/;

/**
 * A BigQuery REST API on 127.0.0.1, just large enough for the jobs this
 * tool sends: insert (and dry run), get, and query results. It answers
 * the one aggregate row every target query returns, with INT64 values as
 * strings and FLOAT64 values as numbers or strings, as BigQuery and its
 * emulators do.
 */
export class FakeBigquery {
  readonly requests: RecordedRequest[] = [];
  readonly jobs = new Map<string, FakeJob>();
  readonly faults: Fault[] = [];
  /** Job failures: the next insert of `slug` makes a job that ends in error. */
  readonly jobErrors: { slug: string; reason: string }[] = [];
  /** How many status requests a new job answers RUNNING before DONE. */
  runningPolls = 0;
  bytes: (slug: string) => number = () => 5_000_000;
  row: (slug: string, columns: string[]) => Record<string, Cell> = defaultRow;
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<FakeBigquery> {
    const server = createServer();
    const fake = new FakeBigquery(server);
    server.on('request', (request, response) =>
      void fake.#handle(request, response));
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Job inserts that are not dry runs, in arrival order. */
  inserts(): RecordedRequest[] {
    return this.requests.filter((request) =>
      request.method === 'POST' && request.body?.configuration.dryRun !== true);
  }

  dryRuns(): RecordedRequest[] {
    return this.requests.filter((request) =>
      request.body?.configuration.dryRun === true);
  }

  reset(): void {
    this.requests.length = 0;
    this.jobs.clear();
    this.faults.length = 0;
    this.jobErrors.length = 0;
    this.runningPolls = 0;
    this.bytes = () => 5_000_000;
    this.row = defaultRow;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  async #handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake');
    const text = await readBody(request);
    const body = text === '' ? undefined : JSON.parse(text) as JobBody;
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname,
      search: url.searchParams,
      authorization: request.headers.authorization,
      body,
    });

    const method = request.method ?? '';
    const [status, payload] = this.#route(method, url.pathname, body);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(payload));
  }

  #route(method: string, path: string, body?: JobBody): Reply {
    const match = ROUTE.exec(path);
    if (!match) return httpError(404, 'notFound', `no route ${path}`);

    const [, project, kind, id] = match;
    if (method === 'POST' && kind === 'jobs' && id === undefined) {
      return this.#insert(project!, body!);
    }
    const job = this.jobs.get(decodeURIComponent(id ?? ''));
    if (method === 'GET' && kind === 'jobs') return this.#get(job, project!);
    if (method === 'GET' && kind === 'queries') return this.#results(job);
    return httpError(404, 'notFound', `no route ${method} ${path}`);
  }

  #insert(project: string, body: JobBody): Reply {
    const slug = slugOf(body.configuration.query.query);
    const dry = body.configuration.dryRun === true;
    const fault = this.#fault(dry ? 'dryRun' : 'insert', slug);
    if (dry && fault) return faultResponse(fault);
    if (dry) return [200, this.#dryRun(project, body, slug)];

    const id = body.jobReference?.jobId ?? '';
    if (this.jobs.has(id)) {
      const name = `${project}:US.${id}`;
      return httpError(409, 'duplicate', `Already Exists: Job ${name}`);
    }
    if (fault && !fault.created) return faultResponse(fault);

    const job = this.#create(id, slug, body);
    if (fault) return faultResponse(fault);
    const finished = job.error === undefined && this.runningPolls === 0;
    return [200, this.#resource(job, project, finished ? 'DONE' : 'RUNNING')];
  }

  #create(id: string, slug: string, body: JobBody): FakeJob {
    const job: FakeJob = {
      id, slug, body, polls: 0,
      location: body.jobReference?.location ?? 'US',
    };
    const cap = body.configuration.query.maximumBytesBilled;
    const failure = this.jobErrors.findIndex((item) => item.slug === slug);
    if (cap !== undefined && this.bytes(slug) > Number(cap)) {
      job.error = {
        reason: 'bytesBilledLimitExceeded',
        message: 'Query exceeded limit for bytes billed',
      };
    } else if (failure >= 0) {
      const { reason } = this.jobErrors.splice(failure, 1)[0]!;
      job.error = { reason, message: `job failed: ${reason}` };
    }
    this.jobs.set(id, job);
    return job;
  }

  #get(job: FakeJob | undefined, project: string): Reply {
    if (!job) return httpError(404, 'notFound', 'Not found: Job');
    const fault = this.#fault('get', job.slug);
    if (fault) return faultResponse(fault);

    job.polls += 1;
    const state = job.polls <= this.runningPolls ? 'RUNNING' : 'DONE';
    return [200, this.#resource(job, project, state)];
  }

  #results(job: FakeJob | undefined): Reply {
    if (!job) return httpError(404, 'notFound', 'Not found: Job');
    const fault = this.#fault('results', job.slug);
    if (fault) return faultResponse(fault);
    if (job.error) return httpError(400, job.error.reason, job.error.message);

    const columns = resultColumns(job.body.configuration.query.query);
    const row = this.row(job.slug, columns);
    return [200, {
      kind: 'bigquery#getQueryResultsResponse',
      jobReference: { jobId: job.id, location: job.location },
      jobComplete: true,
      totalRows: '1',
      schema: {
        fields: columns.map((name) => ({ name, type: columnType(name) })),
      },
      rows: [{ f: columns.map((name) => ({ v: row[name] ?? null })) }],
    }];
  }

  #resource(job: FakeJob, project: string, state: string) {
    const done = state === 'DONE';
    const bytes = String(done && !job.error ? this.bytes(job.slug) : 0);
    return {
      kind: 'bigquery#job',
      id: `${project}:${job.location}.${job.id}`,
      jobReference: {
        projectId: project, jobId: job.id, location: job.location,
      },
      configuration: job.body.configuration,
      status: done && job.error
        ? { state, errorResult: job.error, errors: [job.error] }
        : { state },
      statistics: statistics(bytes),
    };
  }

  #dryRun(project: string, body: JobBody, slug: string) {
    const bytes = String(this.bytes(slug));
    return {
      kind: 'bigquery#job',
      jobReference: { projectId: project, location: 'US' },
      configuration: body.configuration,
      status: { state: 'DONE' },
      statistics: statistics(bytes),
    };
  }

  #fault(step: Step, slug: string): Fault | undefined {
    const index = this.faults.findIndex((fault) =>
      fault.step === step && (fault.slug === undefined || fault.slug === slug));
    const fault = this.faults[index];
    if (!fault) return undefined;

    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => { text += chunk; });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

function slugOf(sql: string): string {
  return /^-- sizing target (\S+)$/m.exec(sql)?.[1] ?? 'unknown';
}

/** The names after AS in the query's last SELECT: its result columns. */
export function resultColumns(sql: string): string[] {
  const last = sql.slice(sql.lastIndexOf('\nSELECT\n'));
  return [...last.matchAll(/ AS (\w+),?$/gm)].map((match) => match[1]!);
}

function columnType(name: string): string {
  return INTEGER_COLUMN.test(name) ? 'INTEGER' : 'FLOAT';
}

/** Counts as strings (INT64); floats alternately as strings and numbers. */
function defaultRow(_slug: string, columns: string[]): Record<string, Cell> {
  const values: Record<string, Cell> = {};
  for (const name of columns) {
    if (name === 'clients_targeted') values[name] = '1000';
    else if (name.endsWith('_kept')) values[name] = '995';
    else if (name.endsWith('_threshold')) values[name] = 40.5;
    else if (name.endsWith('_mean')) values[name] = '4.25';
    else values[name] = 3.5;
  }
  return values;
}

function faultResponse(fault: Fault): Reply {
  return httpError(fault.status, fault.reason, `scripted ${fault.reason}`);
}

function statistics(bytes: string) {
  return { totalBytesProcessed: bytes, query: { totalBytesProcessed: bytes } };
}

function httpError(status: number, reason: string, message: string): Reply {
  const errors = [{ reason, message, domain: 'global' }];
  return [status, { error: { code: status, message, errors } }];
}
