import dns from 'node:dns';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LoopbackGuard } from './support/LoopbackGuard.js';

/**
 * The guard the other BigQuery tests rely on must itself be trusted: it
 * has to see and stop connections from both HTTP stacks the client
 * libraries use. A trap server on loopback, whose port is not allowed,
 * stands in for a forbidden host, so checking costs no outside traffic.
 */
const trap = net.createServer();
let trapConnections = 0;
trap.on('connection', (socket) => {
  trapConnections += 1;
  socket.destroy();
});
await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
const trapPort = (trap.address() as AddressInfo).port;
const trapUrl = `http://127.0.0.1:${trapPort}/`;

const originalConnect = net.Socket.prototype.connect;
const originalLookup = dns.lookup;
const guard = new LoopbackGuard();

test.before(() => guard.install());
test.after(async () => {
  guard.uninstall();
  await new Promise((resolve) => trap.close(resolve));
});

test('a request through http (as node-fetch makes) is stopped', async () => {
  const error = await new Promise<Error>((resolve) => {
    http.get(trapUrl, () => resolve(new Error('answered')))
      .on('error', resolve);
  });

  assert.match(error.message, `refused by the test: 127.0.0.1:${trapPort}`);
  assert.is(trapConnections, 0);
});

test('a request through the built-in fetch is stopped', async () => {
  const error = await fetch(trapUrl)
    .then(() => undefined, (reason: unknown) => reason);

  assert.instance(error, Error);
  assert.is(trapConnections, 0);
  assert.is(guard.refused().length, 2);
  assert.ok(guard.refused().every((attempt) => attempt.port === trapPort));
});

test('a connection to the metadata server never starts', async () => {
  // Only ever dialled through the guard: check that it is in place first.
  assert.is.not(net.Socket.prototype.connect, originalConnect);

  const socket = new net.Socket();
  const error = await new Promise<Error>((resolve) => {
    socket.on('error', resolve);
    socket.connect({ host: '169.254.169.254', port: 80 });
  });
  assert.match(error.message, 'refused by the test: 169.254.169.254:80');
  assert.equal(guard.refused().at(-1),
    { host: '169.254.169.254', port: 80, allowed: false });
});

test('host-name lookups are recorded and refused', async () => {
  assert.is.not(dns.lookup, originalLookup);
  type Done = (error: Error | null) => void;
  const lookup = dns.lookup as unknown as (name: string, done: Done) => void;
  const error = await new Promise<Error | null>((resolve) =>
    lookup('metadata.google.internal', resolve));

  assert.match(error?.message ?? '',
    'lookup of metadata.google.internal refused');
  assert.equal(guard.lookups, ['metadata.google.internal']);
});

test('an allowed port still connects', async () => {
  guard.allow(trapPort);
  const before = trapConnections;
  await new Promise<void>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: trapPort });
    socket.on('close', () => resolve());
    socket.on('error', () => undefined);
  });

  assert.is(trapConnections, before + 1);
});

test.run();
