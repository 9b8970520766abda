// Log settings for the server: structured (pino), and no query strings in request lines,
// since a confirmation link carries its token there.
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

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
    } else {
      reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }
}
