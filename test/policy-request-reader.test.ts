// The request reader on its own: however the bytes of a stream are cut into chunks, it reads
// the same requests, because TCP keeps no message boundaries.
import { expect, it } from 'vitest';
import { createRequestReader, type ReaderEvent } from '../src/policy/request-reader.js';
import { postfixRequest } from './support/policy-client.js';

const stream = Buffer.from(
  postfixRequest({ client_address: '203.0.113.7' }) +
    'hello\n\n' +
    postfixRequest({ client_address: '2001:db8::7', helo_name: 'é.example' }),
);

function readAll(chunks: Buffer[]): ReaderEvent[] {
  const reader = createRequestReader();
  return chunks.flatMap((chunk) => reader.push(chunk));
}

it('reads the same requests from every cut of the stream into two chunks', () => {
  const whole = readAll([stream]);
  expect(whole.map((event) => event.kind)).toEqual(['request', 'malformed', 'request']);
  const [first, , last] = whole;
  expect(first?.kind === 'request' && first.attributes.get('client_address')).toBe('203.0.113.7');
  expect(last?.kind === 'request' && last.attributes.get('helo_name')).toBe('é.example');
  for (let cut = 0; cut <= stream.length; cut++) {
    expect(readAll([stream.subarray(0, cut), stream.subarray(cut)])).toEqual(whole);
  }
});

it('reads the same requests from one byte at a time', () => {
  const bytes = Array.from(stream, (byte) => Buffer.from([byte]));
  expect(readAll(bytes)).toEqual(readAll([stream]));
});
