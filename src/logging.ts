// Log settings for the server: structured (pino), and no query strings in request lines,
// since a confirmation link carries its token there.
import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino from 'pino';
import { pathOnly } from './url-path.js';

export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (request: { method?: string; url?: string; ip?: string }) => ({
        method: request.method,
        url: pathOnly(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}

/** What of pino's a request line is written with: its stream, the time and the bindings. */
interface PinoParts {
  levelVal: number;
  [pino.symbols.streamSym]?: { write(line: string): unknown };
  [pino.symbols.timeSym]?: () => string;
  [pino.symbols.chindingsSym]?: string;
}

const INFO = 30;

/** Whether request lines are written at all: false above the info level. */
export function logsRequests(log: FastifyBaseLogger): boolean {
  const level = (log as unknown as PinoParts).levelVal;
  return level === undefined || level <= INFO;
}

/** What a request line says of its request; `ip` is read only when the line is written. */
export interface RequestLineFields {
  method: string;
  url: string;
  readonly ip: string | undefined;
  /** For a logger whose bindings do not carry the request's id already. */
  reqId?: string;
}

/**
 * The line pino would write for `log.info({ req, res, responseTime }, 'request completed')`,
 * built here and handed to the logger's own stream. Through pino the line cost a lookup API
 * answer 18-21 µs of CPU, a sixth of all it costs (bench/http-notes.md, round six): its
 * serializers and object walk, for four fields whose shape never changes.
 * Returns false when the logger is not one whose parts this can use.
 */
export function writeRequestLine(
  log: FastifyBaseLogger,
  request: RequestLineFields,
  status: number,
  ms: number,
): boolean {
  const parts = log as unknown as PinoParts;
  const stream = parts[pino.symbols.streamSym];
  const time = parts[pino.symbols.timeSym];
  const bindings = parts[pino.symbols.chindingsSym];
  if (!stream || !time || bindings === undefined) return false;
  if (parts.levelVal > INFO) return true;
  const reqId = request.reqId === undefined ? '' : `,"reqId":${JSON.stringify(request.reqId)}`;
  // A socket already gone has no address; pino leaves an undefined field out.
  const client = request.ip === undefined ? '' : `,"remoteAddress":${JSON.stringify(request.ip)}`;
  const req = `{"method":${JSON.stringify(request.method)},"url":${JSON.stringify(pathOnly(request.url))}${client}}`;
  stream.write(
    `{"level":${INFO}${time()}${bindings}${reqId},"req":${req},"res":{"statusCode":${status}},"responseTime":${ms},"msg":"request completed"}\n`,
  );
  return true;
}

/**
 * One line per request, when its answer has gone: what was asked (method, path, client), the
 * status and the time taken. Fastify writes two (one on arrival, one on answer), each a write to
 * stdout of its own: at the default level they were a third of what a lookup API answer cost.
 * Errors are logged as Fastify logs them.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) {
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    } else if (!writeRequestLine(reply.log, request, reply.statusCode, reply.elapsedTime)) {
      reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }
}
