// A log destination for a test: every line the app writes, kept in order, to read afterwards.
import { Writable } from 'node:stream';

export function logLines(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

/** The fields of a "request completed" line, in pino's order, as an operator's log tools see them. */
export const REQUEST_LINE_FIELDS = [
  'level',
  'time',
  'pid',
  'hostname',
  'reqId',
  'req',
  'res',
  'responseTime',
  'msg',
];
