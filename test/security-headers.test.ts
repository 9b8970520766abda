// The security headers a browser gets: the full set on pages, the set the OWASP REST Security
// Cheat Sheet lists on JSON, none that only vanished browsers read, and HSTS only over https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from './support/test-portal.js';

const GONE = [
  'x-xss-protection',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'x-dns-prefetch-control',
];

let portal: TestPortal;
let https: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
  https = await startTestPortal({ env: { PUBLIC_URL: 'https://delist.example.net' } });
});
afterAll(async () => {
  await portal.close();
  await https.close();
});

describe('a page', () => {
  it('may run only our own scripts and styles, may not be framed or sniffed, and sends no Referer', async () => {
    const { headers } = await portal.app.inject({ method: 'GET', url: '/help' });
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    for (const name of GONE) expect(headers[name], name).toBeUndefined();
  });
});

describe('an API answer', () => {
  it('may not be framed, sniffed or loaded by another site, and carries no page-only headers', async () => {
    const { headers, statusCode } = await portal.app.inject({
      method: 'GET',
      url: '/api/v1/lookup/192.0.2.1',
    });
    expect(statusCode).toBe(200);
    expect(headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['referrer-policy']).toBeUndefined();
    expect(headers['cross-origin-opener-policy']).toBeUndefined();
    for (const name of GONE) expect(headers[name], name).toBeUndefined();
  });

  it('is a problem answer with the same headers when the path is wrong', async () => {
    const { headers, statusCode } = await portal.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(statusCode).toBe(404);
    expect(headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent on pages and API answers when the portal is served over https', async () => {
    for (const url of ['/', '/api/v1/lookup/192.0.2.1']) {
      const { headers } = await https.app.inject({ method: 'GET', url });
      expect(headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('is not sent over plain http, where browsers ignore it', async () => {
    for (const url of ['/', '/api/v1/lookup/192.0.2.1']) {
      const { headers } = await portal.app.inject({ method: 'GET', url });
      expect(headers['strict-transport-security'], url).toBeUndefined();
    }
  });
});

describe("the router's own errors", () => {
  it('carry the same headers as every other answer', async () => {
    const page = await portal.app.inject({ method: 'GET', url: '/%E0%A4%A' });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const api = await portal.app.inject({ method: 'GET', url: `/api/v1/lookup/${'x'.repeat(600)}` });
    expect(api.statusCode).toBe(414);
    expect(api.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  });
});
