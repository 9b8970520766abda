// Logs are structured JSON and never hold a token, a key or a whole email address, even at the
// most verbose level and through every step of the flow.

import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { loggerOptions } from '../src/logging.js';
import { logLines, REQUEST_LINE_FIELDS } from './support/log-lines.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import {
  confirmationPath,
  KEY_A,
  pressDelist,
  startTestPortal,
  submitForm,
  tokenOf,
} from './support/test-portal.js';

let smtp: SmtpSink | undefined;

/** One request written byte for byte, so nothing on the way encodes its path. */
function rawGet({ port }: AddressInfo, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.end(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    );
    socket.on('data', () => {});
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

afterEach(async () => {
  await smtp?.stop();
});

it('keeps tokens, keys and email addresses out of the log', async () => {
  smtp = await startSmtpSink();
  const { lines, stream } = logLines();
  const portal = await startTestPortal({ smtpUrl: smtp.url, logger: { ...loggerOptions('trace'), stream } });
  const { app } = portal;
  try {
    app.portal.listOperations.block(
      { cidr: '203.0.113.7/32', family: 4, prefixLength: 32 },
      { reason: 'spam' },
      'cli:t',
    );
    await submitForm(app, { email: 'secret.person@sender.example', ip: '203.0.113.7', ack: 'yes' });
    const path = confirmationPath(await smtp.waitForMail());
    await app.portal.outboxSender.idle();
    const token = tokenOf(path);
    await app.inject({ method: 'GET', url: path });
    await pressDelist(app, token);
    await pressDelist(app, `${token}x`);
  } finally {
    await portal.close();
  }

  const log = lines.join('\n');
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  expect(log).toContain('"url":"/confirm"');
  expect(log).toContain('s***@sender.example');
  expect(log).toContain('email sent');
  expect(log).not.toContain('secret.person');
  expect(log).not.toContain(KEY_A.secret);
  expect(log).not.toMatch(/token=/);
  expect(log).not.toMatch(/a\.[A-Za-z0-9_-]{16,}\.[0-9a-z]+\.[A-Za-z0-9_-]{43}/);
});

it('writes one line per request when it is answered: method, path without query, client, status, time', async () => {
  const { lines, stream } = logLines();
  const portal = await startTestPortal({ logger: { ...loggerOptions('info'), stream } });
  const { app } = portal;
  try {
    await app.inject({ method: 'GET', url: '/api/v1/lookup/203.0.113.7?lang=de' });
    await app.inject({ method: 'GET', url: '/api/v1/lookup/10.0.0.1' });
  } finally {
    await portal.close();
  }
  const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.reqId !== undefined);
  expect(requests).toHaveLength(2);
  expect(requests[0]).toMatchObject({
    msg: 'request completed',
    req: { method: 'GET', url: '/api/v1/lookup/203.0.113.7', remoteAddress: '127.0.0.1' },
    res: { statusCode: 200 },
  });
  expect(typeof requests[0].responseTime).toBe('number');
  expect(requests[1]).toMatchObject({ req: { url: '/api/v1/lookup/10.0.0.1' }, res: { statusCode: 400 } });
});

it('writes the request line as pino would, fields in its order, whatever the path holds', async () => {
  const { lines, stream } = logLines();
  const portal = await startTestPortal({ logger: { ...loggerOptions('info'), stream } });
  try {
    // Sent as raw bytes: a quote and a backslash reach the route as they are, and must be escaped.
    await portal.app.listen({ port: 0, host: '127.0.0.1' });
    await rawGet(portal.app.server.address() as AddressInfo, '/no/such/"page\\?token=abc');
    portal.app.log.child({ reqId: 'req-x' }).info({ responseTime: 1.5 }, 'by pino');
  } finally {
    await portal.close();
  }
  const entries = lines.map((line) => JSON.parse(line));
  const request = entries.find((entry) => entry.msg === 'request completed');
  const byPino = entries.find((entry) => entry.msg === 'by pino');
  expect(request.req).toEqual({ method: 'GET', url: '/no/such/"page\\', remoteAddress: '127.0.0.1' });
  expect(request.res).toEqual({ statusCode: 404 });
  expect(Object.keys(request)).toEqual(REQUEST_LINE_FIELDS);
  // The same level, clock and bindings as pino's own lines.
  expect(request.level).toBe(byPino.level);
  expect(Math.abs(request.time - byPino.time)).toBeLessThan(5000);
  expect([request.pid, request.hostname]).toEqual([byPino.pid, byPino.hostname]);
  expect(lines.join('\n')).not.toContain('abc');
});

it('writes no request line above the info level', async () => {
  const { lines, stream } = logLines();
  const portal = await startTestPortal({ logger: { ...loggerOptions('warn'), stream } });
  try {
    await portal.app.inject({ method: 'GET', url: '/api/v1/lookup/203.0.113.7' });
  } finally {
    await portal.close();
  }
  expect(lines.filter((line) => line.includes('request completed'))).toEqual([]);
});
