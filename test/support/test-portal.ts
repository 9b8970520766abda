// A portal for one test: its own SQLite file in a fresh folder, a manual clock, fixed token keys,
// and mail sent to a real SMTP server (or captured, when no SMTP URL is given).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { FastifyServerOptions } from 'fastify';
import type { ParsedMail } from 'mailparser';
import { buildApp } from '../../src/app.js';
import { parseNetwork } from '../../src/blocklist/index.js';
import { isoUtc } from '../../src/clock.js';
import { type Config, loadConfig, type TokenKey } from '../../src/config.js';
import { type Db, openDatabase } from '../../src/db/open.js';
import { sameOriginPost } from './http-browser.js';
import { createManualClock, type ManualClock } from './manual-clock.js';

export const KEY_A: TokenKey = { id: 'a', secret: 'a'.repeat(40) };
export const KEY_B: TokenKey = { id: 'b', secret: 'b'.repeat(40) };

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface TestPortal {
  app: App;
  db: Db;
  clock: ManualClock;
  config: Config;
  dir: string;
  /** Closes the app and database, as a stop or crash would, and starts a new one on the same file. */
  restart(options?: { tokenKeys?: TokenKey[] }): Promise<void>;
  close(): Promise<void>;
}

export async function startTestPortal(
  options: {
    smtpUrl?: string;
    env?: Record<string, string>;
    tokenKeys?: TokenKey[];
    clock?: ManualClock;
    /** Fastify's logger options, e.g. a stream that keeps the lines; no logging by default. */
    logger?: FastifyServerOptions['logger'];
    /** false: every page rendered afresh, as the reference for the page cache. */
    cachePages?: boolean;
  } = {},
): Promise<TestPortal> {
  const dir = mkdtempSync(join(tmpdir(), 'delist-test-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'delist.db'),
    MAIL_CAPTURE_DIR: join(dir, 'mail'),
    PUBLIC_URL: 'http://portal.test',
    // Tests that are not about the per-client limit post more than a person would.
    POSTS_PER_MINUTE: '1000',
    // A puzzle a test solves in a moment; the default is sized for browsers.
    POW_DIFFICULTY: '20',
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...options.env,
  });
  const clock = options.clock ?? createManualClock();
  const open = async (tokenKeys: TokenKey[]) => {
    const db = openDatabase(config.databasePath, clock, { busyTimeoutMs: config.databaseBusyTimeoutMs });
    const app = await buildApp({
      config,
      db,
      clock,
      tokenKeys,
      logger: options.logger ?? false,
      cachePages: options.cachePages ?? true,
    });
    return { db, app };
  };
  let current = await open(options.tokenKeys ?? [KEY_A]);
  const portal: TestPortal = {
    get app() {
      return current.app;
    },
    get db() {
      return current.db;
    },
    clock,
    config,
    dir,
    async restart(restartOptions = {}) {
      await current.app.close();
      current.db.close();
      current = await open(restartOptions.tokenKeys ?? options.tokenKeys ?? [KEY_A]);
    },
    async close() {
      await current.app.close();
      current.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return portal;
}

/** What a browser sends with a form it posts from one of this portal's own pages. */
export const SAME_ORIGIN_POST = sameOriginPost('http://portal.test');

/** What a browser sends with a form that a page of another site made it post. */
export const CROSS_SITE_POST: Record<string, string> = {
  'sec-fetch-site': 'cross-site',
  origin: 'https://forms.attacker.example',
};

/** What the bot-check widget posts: a solved challenge from the portal, base64 JSON. */
export async function solveBotCheck(app: App): Promise<string> {
  const challenge = (await app.inject({ method: 'GET', url: '/bot-check/challenge' })).json() as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the bot check');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export interface PostOptions {
  /** The headers that say where the form was posted from; SAME_ORIGIN_POST by default. */
  from?: Record<string, string>;
  /** A Cookie header the browser holds (the language). */
  cookie?: string;
  /** The bot-check payload; a fresh solution by default, none with null. */
  botCheck?: string | null;
  /** false: return a 303 answer itself instead of the page it redirects to. */
  follow?: boolean;
}

/** Posts a form as a browser would from one of the portal's pages, with a solved bot check. */
export async function postForm(
  app: App,
  url: string,
  fields: Record<string, string | string[]>,
  options: PostOptions = {},
) {
  const botCheck = options.botCheck === undefined ? await solveBotCheck(app) : options.botCheck;
  const body = new URLSearchParams();
  if (botCheck !== null) body.append('altcha', botCheck);
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  }
  const response = await app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.from ?? SAME_ORIGIN_POST),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    payload: body.toString(),
  });
  // A browser follows the redirect after a form to the page it names.
  if (response.statusCode !== 303 || options.follow === false) return response;
  const headers = options.cookie ? { cookie: options.cookie } : {};
  return app.inject({ method: 'GET', url: String(response.headers.location), headers });
}

/** Posts the delist form. */
export function submitForm(app: App, fields: Record<string, string | string[]>, options?: PostOptions) {
  return postForm(app, '/', fields, options);
}

/** Presses Delist IP on a confirmation page. */
export function pressDelist(app: App, token: string, options?: PostOptions) {
  return postForm(app, '/delist', { token }, options);
}

/** The confirmation link in an email's text part, as a path and query on the portal. */
export function confirmationPath(mail: ParsedMail): string {
  const match = /http:\/\/portal\.test(\/confirm\?token=[^\s]+)/.exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`no confirmation link in: ${mail.text}`);
  return match[1];
}

export function tokenOf(path: string): string {
  return decodeURIComponent(new URL(path, 'http://portal.test').searchParams.get('token') ?? '');
}

/** Every row of the tables a request can touch, to prove that something changed nothing. */
export function snapshot(db: Db, more: string[] = []): string {
  const tables = ['blocked_senders', 'blocklist_history', 'delist_requests', 'outbox', ...more];
  return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
}

/** Puts an address or CIDR on the list as an operator would. */
export function listNetwork(portal: { app: App }, text: string, reason = 'spam') {
  const parsed = parseNetwork(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return portal.app.portal.listOperations.block(parsed.value, { reason }, 'cli:test');
}

/** A removal of a listed network confirmed by a sender: a request for `ip`, scheduled for `delistAt`. */
export function scheduleRemoval(portal: { app: App }, network: string, ip: string, delistAt: number) {
  const { requests, blocklist } = portal.app.portal;
  const request = requests.create({
    publicId: `request-for-${ip}-xxxxxxxx`,
    email: `ops@${ip}.example`,
    ip,
    network,
    locale: 'en',
    expiresAt: delistAt + 86_400_000,
  });
  blocklist.scheduleRemoval({ network, delistAt, requestId: request.id, actor: 'sender' });
  requests.markScheduled(request.id, isoUtc(delistAt));
}
