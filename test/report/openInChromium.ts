import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

/** Debian's browser, installed by scripts/install-chromium.sh. */
export const CHROMIUM = '/usr/bin/chromium';

/*
 * The binary behind Debian's launcher script. Started directly, it gets
 * none of the launcher's Google API keys, so it has no account or
 * service to call home to.
 */
const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

/**
 * Flags that keep the browser off the network whatever it would like to
 * do in the background: no updates, sync or QUIC, every host name fails
 * to resolve, and no proxy is asked either.
 */
const OFFLINE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // Should anything still try, it reaches a closed port on loopback.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for, its own included, in order. */
  requests: string[];
  /** Console errors (a blocked load says so there) and script errors. */
  problems: string[];
  close: () => Promise<void>;
}

/** Opens a URL in a fresh headless Chromium profile, recording requests. */
export async function openInChromium(url: string): Promise<OpenedPage> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh ` +
      '(as root) to install Debian\'s chromium');
  }

  const profile = mkdtempSync(join(tmpdir(), 'sizing-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: existsSync(CHROMIUM_BINARY) ? CHROMIUM_BINARY : CHROMIUM,
    env: { ...process.env, GOOGLE_API_KEY: 'no', GOOGLE_DEFAULT_CLIENT_ID: 'no',
      GOOGLE_DEFAULT_CLIENT_SECRET: 'no' },
    headless: true,
    args: OFFLINE_FLAGS,
    viewport: { width: 1280, height: 900 },
  });

  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? await context.newPage();
  const problems = watch(page, requests);

  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, problems, close: () => context.close() };
}

function watch(page: Page, requests: string[]): string[] {
  const problems: string[] = [];
  page.on('websocket', (socket) => requests.push(socket.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}
