// The proof-of-work bot check: every form that sends email or writes rows needs a fresh,
// unexpired, correctly solved challenge from this portal, and each solution counts once.
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  listNetwork,
  pressDelist,
  snapshot,
  solveBotCheck,
  startTestPortal,
  submitForm,
  type TestPortal,
} from './support/test-portal.js';

let portal: TestPortal;
const form = { email: 'ops@sender.example', ip: '203.0.113.7', ack: 'yes' };

beforeEach(async () => {
  portal = await startTestPortal();
  listNetwork(portal, '203.0.113.7/32', 'spam');
});

afterEach(() => portal.close());

const decode = (payload: string) => JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

async function refusedWith(botCheck: string | null, message: string) {
  await portal.app.portal.outboxSender.idle();
  const before = snapshot(portal.db);
  const response = await submitForm(portal.app, form, { botCheck });
  expect(response.statusCode).toBe(400);
  expect(response.body).toContain(message);
  expect(response.body).toContain('value="ops@sender.example"');
  expect(response.body).toContain('href="#altcha"');
  expect(snapshot(portal.db)).toBe(before);
}

it('shows the widget, served from our own origin, and says what to do without JavaScript', async () => {
  const page = await portal.app.inject({ method: 'GET', url: '/' });
  expect(page.body).toContain('<altcha-widget id="altcha" challenge="/bot-check/challenge" name="altcha"');
  expect(page.body).toContain('<noscript>');
  expect(page.body).toContain('Turn on JavaScript for this site and reload the page.');
  expect(page.body).toContain('&quot;label&quot;:&quot;I am not a robot&quot;');
  for (const path of [
    '/vendor/altcha/external/altcha.js',
    '/vendor/altcha/workers/sha.js',
    '/static/bot-check.js',
  ]) {
    const asset = await portal.app.inject({ method: 'GET', url: path });
    expect(asset.statusCode, path).toBe(200);
    expect(asset.headers['content-type'], path).toContain('javascript');
  }
  expect((await portal.app.inject({ method: 'GET', url: '/vendor/altcha/main/altcha.js' })).statusCode).toBe(
    404,
  );
  expect((await portal.app.inject({ method: 'GET', url: '/vendor/altcha/../package.json' })).statusCode).toBe(
    404,
  );
});

it('hands out fresh, signed, uncacheable challenges', async () => {
  const first = await portal.app.inject({ method: 'GET', url: '/bot-check/challenge' });
  const second = await portal.app.inject({ method: 'GET', url: '/bot-check/challenge' });
  expect(first.headers['cache-control']).toBe('no-store');
  const [a, b] = [first.json(), second.json()];
  expect(a.parameters.algorithm).toBe('SHA-256');
  expect(a.signature).toMatch(/^[0-9a-f]{64}$/);
  expect(a.parameters.nonce).not.toBe(b.parameters.nonce);
});

it('accepts a solved challenge once', async () => {
  const payload = await solveBotCheck(portal.app);
  expect((await submitForm(portal.app, form, { botCheck: payload })).statusCode).toBe(200);
  await refusedWith(payload, 'This check was already used for another form.');
});

it('counts a solution once when two forms bring it at the same moment', async () => {
  const payload = await solveBotCheck(portal.app);
  const answers = await Promise.all([
    submitForm(portal.app, form, { botCheck: payload, follow: false }),
    submitForm(portal.app, form, { botCheck: payload, follow: false }),
  ]);
  expect(answers.map((answer) => answer.statusCode).sort()).toEqual([303, 400]);
  const refused = answers.find((answer) => answer.statusCode === 400);
  expect(refused?.body).toContain('This check was already used for another form.');
  expect(portal.db.prepare('SELECT count(*) FROM delist_requests').pluck().get()).toBe(1);
});

it('refuses a form without a solution', () =>
  refusedWith(null, 'Select “I am not a robot” and wait for its tick'));

it('refuses garbage', async () => {
  await refusedWith('not base64 at all!', 'The check that you are a person did not succeed.');
  await refusedWith(encode({ challenge: 1, solution: 2 }), 'did not succeed');
  await refusedWith('x'.repeat(10_000), 'did not succeed');
});

it('refuses a wrong solution and a changed challenge', async () => {
  const payload = decode(await solveBotCheck(portal.app));
  await refusedWith(
    encode({ ...payload, solution: { ...payload.solution, derivedKey: '00'.repeat(32) } }),
    'did not succeed',
  );
  const stretched = {
    ...payload.challenge.parameters.data,
    expiresAt: payload.challenge.parameters.data.expiresAt + 1,
  };
  await refusedWith(
    encode({
      ...payload,
      challenge: { ...payload.challenge, parameters: { ...payload.challenge.parameters, data: stretched } },
    }),
    'did not succeed',
  );
});

it('refuses a solution whose challenge expired', async () => {
  const payload = await solveBotCheck(portal.app);
  portal.clock.advance(30 * 60_000);
  await refusedWith(payload, 'The check that you are a person has expired.');
});

it('guards the Delist IP button too', async () => {
  const response = await pressDelist(portal.app, 'a.b.c.d', { botCheck: null });
  expect(response.statusCode).toBe(400);
  expect(response.body).toContain('Please confirm that you are a person');
});

it('forgets used challenges once they have expired', async () => {
  await submitForm(portal.app, form);
  const used = () => portal.db.prepare('SELECT count(*) FROM bot_check_used').pluck().get();
  expect(used()).toBe(1);
  portal.clock.advance(30 * 60_000);
  portal.app.portal.sweeper.sweep();
  expect(used()).toBe(0);
});
