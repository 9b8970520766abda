// Slow and oversized clients on a real listening socket: a client that dribbles its headers is
// disconnected after HEADERS_TIMEOUT, and many of them do not keep anyone else from being served.
import { connect, type Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from './support/test-portal.js';

let portal: TestPortal;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await portal.close();
});

async function listen(): Promise<number> {
  await portal.app.listen({ port: 0, host: '127.0.0.1' });
  const address = portal.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return address.port;
}

/** Opens a connection that starts a request and then sends one header line every 200 ms, forever. */
function slowClient(port: number): Promise<{ closedAfterMs: number; answer: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: portal.test\r\n'));
    sockets.push(socket);
    const drip = setInterval(() => socket.writable && socket.write(`X-Slow-${Date.now()}: 1\r\n`), 200);
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(drip);
      resolve({ closedAfterMs: Date.now() - started, answer });
    });
  });
}

it('disconnects a client that never finishes its headers, and keeps serving others meanwhile', async () => {
  portal = await startTestPortal({ env: { HEADERS_TIMEOUT: '1s', REQUEST_TIMEOUT: '2s' } });
  const port = await listen();
  const slow = Array.from({ length: 20 }, () => slowClient(port));
  const meanwhile = await fetch(`http://127.0.0.1:${port}/`);
  expect(meanwhile.status).toBe(200);
  const results = await Promise.all(slow);
  for (const result of results) {
    expect(result.answer).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(result.closedAfterMs).toBeLessThan(15_000);
  }
}, 30_000);

it('answers oversized headers with 431 and never reaches the app', async () => {
  portal = await startTestPortal();
  const port = await listen();
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-big': 'a'.repeat(20_000) } });
  expect(response.status).toBe(431);
});
