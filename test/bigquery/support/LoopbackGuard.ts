import dns from 'node:dns';
import net from 'node:net';

/** A connection some code tried to open, and whether it was let through. */
export interface Attempt {
  host: string;
  port: number;
  allowed: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY',
  'https_proxy', 'NO_PROXY', 'no_proxy'];

type Connect = net.Socket['connect'];
type Lookup = typeof dns.lookup;

/**
 * Lets a process connect only to the listed ports on loopback. Every TCP
 * connection in Node, whether from http, https, node-fetch or the
 * built-in fetch, goes through `net.Socket.prototype.connect`, so
 * wrapping it sees them all before a packet leaves; a refused one is
 * destroyed before it connects. Host-name lookups are recorded and
 * refused for anything but localhost, so no DNS query leaves either.
 */
export class LoopbackGuard {
  readonly attempts: Attempt[] = [];
  readonly lookups: string[] = [];
  readonly #ports = new Set<number>();
  #restore: (() => void) | undefined;

  allow(port: number): void {
    this.#ports.add(port);
  }

  /** Attempts that were refused: each one a bug to find. */
  refused(): Attempt[] {
    return this.attempts.filter((attempt) => !attempt.allowed);
  }

  install(): void {
    const connect = net.Socket.prototype.connect;
    const lookup = dns.lookup;
    const proxies = withoutProxies();

    net.Socket.prototype.connect = this.#connect(connect);
    dns.lookup = this.#lookup(lookup);
    this.#restore = () => {
      net.Socket.prototype.connect = connect;
      dns.lookup = lookup;
      Object.assign(process.env, proxies);
    };
  }

  uninstall(): void {
    this.#restore?.();
    this.#restore = undefined;
  }

  #connect(original: Connect): Connect {
    const guard = this;
    return function connect(this: net.Socket, ...args: unknown[]) {
      const pass = () => Reflect.apply(original, this, args) as net.Socket;
      const target = destination(args);
      if (target === undefined) return pass();

      const { host, port } = target;
      const allowed = LOOPBACK.has(host) && guard.#ports.has(port);
      guard.attempts.push({ host, port, allowed });
      if (allowed) return pass();

      const refusal = new Error(`refused by the test: ${host}:${port}`);
      process.nextTick(() => this.destroy(refusal));
      return this;
    } as Connect;
  }

  #lookup(original: Lookup): Lookup {
    const guard = this;
    return function lookup(hostname: string, ...rest: unknown[]) {
      guard.lookups.push(hostname);
      if (LOOPBACK.has(hostname)) {
        return Reflect.apply(original, dns, [hostname, ...rest]);
      }

      const callback = [...rest].reverse()
        .find((item) => typeof item === 'function');
      const refusal = Object.assign(
        new Error(`lookup of ${hostname} refused by the test`),
        { code: 'ENOTFOUND' });
      process.nextTick(() => (callback as (error: Error) => void)(refusal));
    } as Lookup;
  }
}

/** Where `socket.connect(...)` was asked to go; undefined for a pipe. */
type Destination = { host: string; port: number } | undefined;

function destination(args: unknown[]): Destination {
  // net.connect hands over its already normalized arguments as an array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as {
      host?: string;
      port?: number | string;
      path?: string | null;
    };
    // The same test net itself makes: a path, and only a path, means a pipe.
    if (options.path) return undefined;
    return { host: options.host ?? 'localhost', port: Number(options.port) };
  }
  const pipe = typeof first === 'string' && Number.isNaN(Number(first));
  if (pipe) return undefined;
  const host = typeof args[1] === 'string' ? args[1] : 'localhost';
  return { host, port: Number(first) };
}

/** Proxy settings would send loopback traffic to a proxy: drop them. */
function withoutProxies(): Record<string, string> {
  const saved: Record<string, string> = {};
  for (const name of PROXY_VARIABLES) {
    const value = process.env[name];
    if (value !== undefined) saved[name] = value;
    delete process.env[name];
  }
  return saved;
}
