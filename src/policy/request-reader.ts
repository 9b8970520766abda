// Reads Postfix policy delegation requests from a byte stream: `name=value` lines, each request
// ended by an empty line (SMTPD_POLICY_README). Chunks may split a line anywhere or carry many
// requests at once. Memory per connection is bounded: a line longer than the limit is skipped,
// not kept, and a peer that sends far more than any Postfix would is called hostile.

export interface ReaderLimits {
  /** Longest line kept, in bytes; Postfix's attributes are far shorter. */
  maxLineBytes: number;
  /** Most attributes in one request; Postfix sends a few dozen. */
  maxAttributes: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = { maxLineBytes: 4096, maxAttributes: 100 };

// Past these multiples of the limits the peer is not a confused Postfix but something else
// (a port scanner, a binary protocol, a flood): its connection is dropped.
const HOSTILE_FACTOR = 16;

export type RequestProblem =
  | 'line-too-long'
  | 'too-many-attributes'
  | 'not-an-attribute'
  | 'control-character'
  | 'duplicate-attribute';

export type HostileProblem = 'line-far-too-long' | 'request-far-too-long';

export type ReaderEvent =
  | { kind: 'request'; attributes: ReadonlyMap<string, string> }
  | { kind: 'malformed'; problem: RequestProblem; line: number }
  | { kind: 'hostile'; problem: HostileProblem };

const NEWLINE = 0x0a;
const ATTRIBUTE_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
// Anything below space except tab, and DEL: no Postfix attribute carries them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

export function createRequestReader(limits: ReaderLimits = DEFAULT_READER_LIMITS) {
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let skippingLine = false;
  let attributes = new Map<string, string>();
  let lines = 0;
  let problem: { problem: RequestProblem; line: number } | undefined;
  let hostile = false;

  function fail(what: RequestProblem): void {
    problem ??= { problem: what, line: lines };
  }

  function endRequest(): ReaderEvent {
    const event: ReaderEvent = problem ? { kind: 'malformed', ...problem } : { kind: 'request', attributes };
    attributes = new Map();
    lines = 0;
    problem = undefined;
    return event;
  }

  /** One whole line, without its newline; an event when it ends a request. */
  function takeLine(bytes: Buffer): ReaderEvent | undefined {
    const text = bytes.toString('utf8').replace(/\r$/, '');
    if (text === '') return endRequest();
    lines += 1;
    if (lines > limits.maxAttributes * HOSTILE_FACTOR) {
      hostile = true;
      return { kind: 'hostile', problem: 'request-far-too-long' };
    }
    if (lines > limits.maxAttributes) fail('too-many-attributes');
    if (problem) return undefined;
    const equals = text.indexOf('=');
    const name = text.slice(0, equals);
    if (equals <= 0 || !ATTRIBUTE_NAME.test(name)) fail('not-an-attribute');
    else if (CONTROL.test(text)) fail('control-character');
    else if (attributes.has(name)) fail('duplicate-attribute');
    else attributes.set(name, text.slice(equals + 1));
    return undefined;
  }

  /** Keeps the start of a line until its newline comes, or skips it once it is too long. */
  function keepPartial(bytes: Buffer): ReaderEvent | undefined {
    partialBytes += bytes.length;
    if (partialBytes > limits.maxLineBytes * HOSTILE_FACTOR) {
      hostile = true;
      return { kind: 'hostile', problem: 'line-far-too-long' };
    }
    if (skippingLine) return undefined;
    if (partialBytes > limits.maxLineBytes) {
      skippingLine = true;
      partial = [];
      lines += 1;
      fail('line-too-long');
      return undefined;
    }
    partial.push(bytes);
    return undefined;
  }

  return {
    /** Every request (or problem) that this chunk completes, in order; nothing after hostile. */
    push(chunk: Buffer): ReaderEvent[] {
      const events: ReaderEvent[] = [];
      let start = 0;
      while (!hostile && start < chunk.length) {
        const newline = chunk.indexOf(NEWLINE, start);
        const end = newline === -1 ? chunk.length : newline;
        const piece = chunk.subarray(start, end);
        start = end + 1;
        const event = keepPartial(piece);
        if (event) events.push(event);
        if (newline === -1 || hostile) break;
        if (skippingLine) {
          skippingLine = false;
        } else {
          const line = takeLine(partial.length === 1 ? (partial[0] as Buffer) : Buffer.concat(partial));
          if (line) events.push(line);
        }
        partial = [];
        partialBytes = 0;
      }
      return events;
    },

    /** True when bytes of an unfinished request are waiting (for the log when a peer leaves). */
    midRequest(): boolean {
      return partialBytes > 0 || lines > 0;
    },
  };
}

export type RequestReader = ReturnType<typeof createRequestReader>;
