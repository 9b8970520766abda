// Configuration: one schema over the environment, defaults that run a portal on a laptop, and a
// message naming the variable for every bad value.
import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { parseDuration } from '../src/duration.js';

const KEY = 'k'.repeat(32);

it('runs on defaults alone', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({
    port: 3000,
    host: '127.0.0.1',
    publicUrl: 'http://localhost:3000',
    databasePath: 'data/delist.db',
    delistDelayMs: 3_600_000,
    tokenTtlMs: 86_400_000,
    mailCaptureDir: 'data/mail',
    tokenKeys: undefined,
    smtpUrl: undefined,
    trustProxy: false,
  });
  expect(Object.isFrozen(config)).toBe(true);
});

it.each([
  ['0', 0],
  ['90s', 90_000],
  ['30m', 1_800_000],
  ['24h', 86_400_000],
  ['1h30m', 5_400_000],
  ['7d', 604_800_000],
  ['500ms', 500],
])('reads the duration %s', (text, ms) => {
  expect(parseDuration(text)).toBe(ms);
  expect(loadConfig({ DELIST_DELAY: text }).delistDelayMs).toBe(ms);
});

it.each([
  [{ DELIST_DELAY: '5x' }, 'DELIST_DELAY'],
  [{ DELIST_DELAY: '-1h' }, 'DELIST_DELAY'],
  [{ DELIST_DELAY: '1.5h' }, 'DELIST_DELAY'],
  [{ DELIST_DELAY: '10' }, 'DELIST_DELAY'],
  [{ TOKEN_TTL: '30s' }, 'TOKEN_TTL'],
  [{ PORT: 'abc' }, 'PORT'],
  [{ PORT: '70000' }, 'PORT'],
  [{ PUBLIC_URL: 'delist.example.net' }, 'PUBLIC_URL'],
  [{ PUBLIC_URL: 'ftp://delist.example.net' }, 'PUBLIC_URL'],
  [{ SMTP_URL: 'http://mail.example.net' }, 'SMTP_URL'],
  [{ TOKEN_KEYS: 'short:abc' }, 'TOKEN_KEYS'],
  [{ TOKEN_KEYS: KEY }, 'TOKEN_KEYS'],
  [{ TOKEN_KEYS: `a:${KEY},a:${KEY}` }, 'TOKEN_KEYS'],
  [{ TOKEN_KEYS: `bad id:${KEY}` }, 'TOKEN_KEYS'],
  [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  [{ POSTS_PER_MINUTE: '0' }, 'POSTS_PER_MINUTE'],
  [{ CONFIRM_ADDRESS_POLICY: 'strict' }, 'CONFIRM_ADDRESS_POLICY'],
  [{ TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY'],
  [{ HEADERS_TIMEOUT: '1m', REQUEST_TIMEOUT: '30s' }, 'HEADERS_TIMEOUT'],
  [{ DNSBL_ZONE: 'bl.example.net' }, 'DNSBL_ZONE'],
  [{ DNSBL_PORT: '5353' }, 'DNSBL_ZONE'],
  [{ DNSBL_ZONE: 'bl_list.example.net', DNSBL_PORT: '5353' }, 'DNSBL_ZONE'],
  [{ DNSBL_ZONE: 'localhost', DNSBL_PORT: '5353' }, 'DNSBL_ZONE'],
  [{ DNSBL_ZONE: 'bl.example.net', DNSBL_PORT: '99999' }, 'DNSBL_PORT'],
  [{ DNSBL_ZONE: 'bl.example.net', DNSBL_PORT: '53', DNSBL_TTL: '2d' }, 'DNSBL_TTL'],
  [{ DNSBL_ZONE: 'bl.example.net', DNSBL_PORT: '53', DNSBL_NS: 'ns 1.example.net' }, 'DNSBL_NS'],
  [{ DNSBL_ZONE: 'bl.example.net', DNSBL_PORT: '53', DNSBL_WORKERS: '0' }, 'DNSBL_WORKERS'],
  [{ MAIL_FROM: 'Delist portal' }, 'MAIL_FROM'],
])('refuses %o with a message naming %s', (env, name) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(new RegExp(`${name}: `));
});

it('reads token keys in order, trims the public URL and treats empty values as unset', () => {
  const config = loadConfig({
    TOKEN_KEYS: `new:${KEY}, old:${'o'.repeat(40)}`,
    PUBLIC_URL: 'https://delist.example.net/',
    SMTP_URL: '',
    PORT: '',
  });
  expect(config.tokenKeys?.map((key) => key.id)).toEqual(['new', 'old']);
  expect(config.publicUrl).toBe('https://delist.example.net');
  expect(config.smtpUrl).toBeUndefined();
  expect(config.port).toBe(3000);
});

it.each([
  ['false', false],
  ['true', true],
  ['2', 2],
  ['10.0.0.1, 10.0.1.0/24', ['10.0.0.1', '10.0.1.0/24']],
])('reads TRUST_PROXY=%s', (text, value) => {
  expect(loadConfig({ TRUST_PROXY: text }).trustProxy).toEqual(value);
});

it('serves the DNSBL only when a zone and a port are set, naming the portal host as its server', () => {
  expect(loadConfig({}).dnsbl).toBeUndefined();
  expect(
    loadConfig({
      DNSBL_ZONE: 'BL.Example.NET.',
      DNSBL_PORT: '5353',
      PUBLIC_URL: 'https://delist.example.net',
    }).dnsbl,
  ).toEqual({
    zone: 'bl.example.net',
    host: '127.0.0.1',
    port: 5353,
    ttlSeconds: 300,
    nameserver: 'delist.example.net',
    workers: 1,
  });
  expect(
    loadConfig({
      DNSBL_ZONE: 'bl.example.net',
      DNSBL_PORT: '53',
      DNSBL_TTL: '90s',
      DNSBL_NS: 'ns1.example.net',
    }).dnsbl,
  ).toMatchObject({ ttlSeconds: 90, nameserver: 'ns1.example.net' });
});

it('starts no policy service unless POLICY_PORT is set, and refuses a bad one by name', () => {
  expect(loadConfig({}).policy).toEqual({ port: undefined, host: '127.0.0.1', idleTimeoutMs: 600_000 });
  expect(loadConfig({ POLICY_PORT: '10040', POLICY_IDLE_TIMEOUT: '30s' }).policy).toMatchObject({
    port: 10040,
    idleTimeoutMs: 30_000,
  });
  for (const env of [{ POLICY_PORT: '70000' }, { POLICY_PORT: 'smtp' }, { POLICY_IDLE_TIMEOUT: '10ms' }]) {
    expect(() => loadConfig(env)).toThrow(new RegExp(`${Object.keys(env)[0]}: `));
  }
});
