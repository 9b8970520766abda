// The checks every form post goes through (where it came from, the bot check) are attached to each route that takes
// a POST rather than run at the root for every request: a route added later must get them too.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CROSS_SITE_POST,
  SAME_ORIGIN_POST,
  snapshot,
  startTestPortal,
  type TestPortal,
} from './support/test-portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.close());

/** Every path the app takes a POST on, read from Fastify's tree of them (each level 4 wide). */
function postPaths(): string[] {
  const tree = portal.app.printRoutes({ method: 'POST', commonPrefix: false });
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of tree.split('\n')) {
    const node = /^([│ ]*)[├└]── (\S+)( \(POST\))?$/.exec(line);
    if (!node) continue;
    const depth = (node[1] ?? '').length / 4;
    const parent = depth === 0 ? '' : (parents[depth - 1] ?? '');
    const path = parent === '' || parent.endsWith('/') ? parent + node[2] : `${parent}/${node[2]}`;
    parents[depth] = path;
    if (node[3]) paths.push(path);
  }
  return paths;
}

it('finds the forms it knows of among the POST routes', () => {
  expect(postPaths()).toEqual(
    expect.arrayContaining([
      '/',
      '/delist',
      '/request/resend',
      '/escalate',
      '/escalation',
      '/not-me',
      '/report',
    ]),
  );
});

it('refuses a post from another site on every POST route, and writes nothing', async () => {
  const paths = postPaths();
  expect(paths.length).toBeGreaterThanOrEqual(7);
  for (const url of paths) {
    const before = snapshot(portal.db);
    const response = await portal.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...CROSS_SITE_POST },
      payload: 'email=a%40b.example&ip=203.0.113.7&token=x',
    });
    expect({ url, status: response.statusCode }).toEqual({ url, status: 403 });
    expect(response.body).toContain('Send the form from this portal');
    expect(snapshot(portal.db)).toBe(before);
  }
});

it('refuses a post from our own page but with no solved bot check on every POST route, and writes nothing', async () => {
  for (const url of postPaths()) {
    const before = snapshot(portal.db);
    const response = await portal.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...SAME_ORIGIN_POST },
      payload: 'email=a%40b.example&ip=203.0.113.7&token=x',
    });
    expect({ url, status: response.statusCode }).toEqual({ url, status: 400 });
    expect(response.body).toContain('Select “I am not a robot” and wait for its tick');
    expect(snapshot(portal.db)).toBe(before);
  }
});

it('answers a method a path does not take with 405 and the methods it does take, and writes nothing', async () => {
  const cases = [
    { method: 'POST', url: '/help', allow: 'GET, HEAD' },
    { method: 'POST', url: '/lookup?ip=203.0.113.7', allow: 'GET, HEAD' },
    { method: 'DELETE', url: '/', allow: 'GET, HEAD, POST' },
    { method: 'PUT', url: '/static/portal.css', allow: 'GET, HEAD' },
  ] as const;
  for (const { method, url, allow } of cases) {
    const before = snapshot(portal.db);
    const response = await portal.app.inject({ method, url, headers: { 'accept-language': 'sv' } });
    expect({ url, status: response.statusCode, allow: response.headers.allow }).toEqual({
      url,
      status: 405,
      allow,
    });
    expect(response.headers['content-language']).toBe('sv');
    expect(response.body).toContain('<h1>');
    expect(snapshot(portal.db)).toBe(before);
  }
  const api = await portal.app.inject({ method: 'POST', url: '/api/v1/lookup/203.0.113.7' });
  expect(api.statusCode).toBe(405);
  expect(api.headers.allow).toBe('GET, HEAD');
  expect(api.json()).toMatchObject({ error: { code: 'method-not-allowed' } });
});

it('still says a path that no route takes, or a file that is not there, does not exist', async () => {
  for (const [method, url] of [
    ['POST', '/no-such-page'],
    ['GET', '/no-such-page'],
    ['GET', '/static/no-such-file.css'],
  ] as const) {
    const response = await portal.app.inject({ method, url });
    expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 404 });
    expect(response.headers.allow).toBeUndefined();
  }
});
