// "Is my IP listed?" as a page and as JSON, with its OpenAPI document.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseNetwork } from '../src/blocklist/index.js';
import {
  listNetwork,
  snapshot,
  startTestPortal,
  submitForm,
  type TestPortal,
} from './support/test-portal.js';

let portal: TestPortal;

beforeEach(async () => {
  portal = await startTestPortal();
});
afterEach(() => portal.close());

const api = (ip: string) =>
  portal.app.inject({ method: 'GET', url: `/api/v1/lookup/${encodeURIComponent(ip)}` });

it('answers JSON for listed and unlisted addresses, never showing the internal reason', async () => {
  const network = parseNetwork('203.0.113.7');
  if (!network.ok) throw new Error('network');
  portal.app.portal.listOperations.block(
    network.value,
    { reason: 'trap hit #4471', category: 'malware' },
    'cli:ops',
  );

  const listed = await api('203.0.113.7');
  expect(listed.statusCode).toBe(200);
  expect(listed.json()).toEqual({
    ip: '203.0.113.7',
    listed: true,
    listing: {
      network: '203.0.113.7/32',
      listedSince: '2026-11-24T09:00:00.000Z',
      category: 'malware',
      removalScheduledAt: null,
      expiresAt: null,
      selfServiceAvailable: true,
    },
  });
  expect(listed.body).not.toContain('4471');
  expect((await api('198.51.100.1')).json()).toEqual({ ip: '198.51.100.1', listed: false, listing: null });
});

it('answers for every address inside a listed network, which self-service cannot remove', async () => {
  listNetwork(portal, '198.51.100.0/24');
  const answer = (await api('198.51.100.77')).json();
  expect(answer.listing.network).toBe('198.51.100.0/24');
  expect(answer.listing.selfServiceAvailable).toBe(false);
});

it('says when a confirmed removal takes effect', async () => {
  listNetwork(portal, '2001:db8::25');
  const flow = portal.app.portal.flow;
  const request = await submitForm(portal.app, {
    email: 'ops@sender.example',
    ip: '2001:db8::25',
    ack: 'yes',
  });
  expect(request.statusCode).toBe(200);
  const row = portal.db.prepare('SELECT public_id, expires_at FROM delist_requests').get() as Record<
    string,
    string
  >;
  const token = portal.app.portal.signer.sign(
    'confirm',
    String(row.public_id),
    Date.parse(String(row.expires_at)),
  );
  flow.confirm(token);
  const answer = (await api('2001:DB8::25')).json();
  expect(answer.ip).toBe('2001:db8::25');
  expect(answer.listing.removalScheduledAt).toBe('2026-11-24T10:00:00.000Z');
  expect(answer.listing.selfServiceAvailable).toBe(false);
});

it.each([
  ['10.0.0.1', 'This is a private address'],
  ['0x7f.1', 'Write an IPv4 address as four numbers'],
  ['nonsense', 'This is not an IP address.'],
  ['a'.repeat(200), 'This is not an IP address.'],
])('refuses %s with a JSON error naming the field', async (ip, message) => {
  const before = snapshot(portal.db);
  const response = await api(ip);
  expect(response.statusCode).toBe(400);
  const body = response.json();
  expect(body.error.code).toBe('invalid-ip');
  expect(body.error.field).toBe('ip');
  expect(body.error.message).toContain(message);
  expect(snapshot(portal.db)).toBe(before);
});

it('answers unknown API paths in JSON', async () => {
  const response = await portal.app.inject({ method: 'GET', url: '/api/v1/nothing' });
  expect(response.statusCode).toBe(404);
  expect(response.json().error.code).toBe('not-found');
});

it('shows the answer as a page, with the way to the delist form', async () => {
  listNetwork(portal, '203.0.113.7');
  const empty = await portal.app.inject({ method: 'GET', url: '/lookup' });
  expect(empty.statusCode).toBe(200);
  expect(empty.body).toContain('Is my IP address listed?');
  const listed = await portal.app.inject({ method: 'GET', url: '/lookup?ip=203.0.113.7' });
  expect(listed.body).toContain('203.0.113.7 is on the blocked senders list.');
  expect(listed.body).toContain('Spam was sent from this address.');
  expect(listed.body).toContain('href="/?ip=203.0.113.7"');
  const bad = await portal.app.inject({ method: 'GET', url: '/lookup?ip=10.1.2.3' });
  expect(bad.statusCode).toBe(400);
  expect(bad.body).toContain('This is a private address');
});

it('documents the API in OpenAPI, generated from the route schemas', async () => {
  const document = (await portal.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  expect(document.openapi).toBe('3.1.0');
  const operation = document.paths['/api/v1/lookup/{ip}'].get;
  expect(operation.parameters[0]).toMatchObject({ name: 'ip', in: 'path', required: true });
  expect(operation.responses['200'].content['application/json'].schema).toEqual({
    $ref: '#/components/schemas/LookupAnswer',
  });
  const { LookupAnswer, Error: ApiError } = document.components.schemas;
  expect(LookupAnswer.properties.listing.anyOf[0].properties.category.enum).toContain('malware');
  expect(ApiError.properties.error.required).toEqual(['code', 'message']);
});
