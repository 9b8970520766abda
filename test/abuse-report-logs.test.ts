// An abuse report leaves one structured log line an operator can act on (reference, category,
// sending IP, the reporter masked) and never the pasted message, the reporter's words or address.
import { expect, it } from 'vitest';
import { loggerOptions } from '../src/logging.js';
import { logLines } from './support/log-lines.js';
import { postForm, startTestPortal } from './support/test-portal.js';

it('logs the report without its content', async () => {
  const { lines, stream } = logLines();
  const portal = await startTestPortal({ logger: { ...loggerOptions('trace'), stream } });
  const { app } = portal;
  const headers =
    'Received: from a (a [203.0.113.5]) by mx.example\nSubject: Marker-Subject-7731\n\nMarker body';
  try {
    const fields = {
      category: 'spam',
      headers,
      description: 'Marker words 4412',
      email: 'private.reporter@home.example',
    };
    expect((await postForm(app, '/report', fields)).statusCode).toBe(200);
    // A refused one too: its values are not logged either.
    expect((await postForm(app, '/report', { ...fields, category: 'nope' })).statusCode).toBe(400);
  } finally {
    await portal.close();
  }

  const log = lines.join('\n');
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  const filed = lines.map((line) => JSON.parse(line)).find((entry) => entry.outcome === 'filed');
  expect(filed).toMatchObject({
    msg: 'abuse report',
    bytes: String(Buffer.byteLength(headers)),
    category: 'spam',
    source: 'pasted',
    sendingIp: '203.0.113.5',
    basis: 'earliest-public',
    reporter: 'p***@home.example',
  });
  expect(filed.report).toMatch(/^AR-/);
  expect(log).not.toContain('private.reporter');
  expect(log).not.toContain('Marker');
});
