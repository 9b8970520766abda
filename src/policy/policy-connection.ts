// One Postfix connection: many requests, answered in order as they complete, until the peer
// leaves, stays idle too long, or sends something no Postfix would (then it is answered DUNNO
// once more and dropped). Nothing a peer sends can throw out of here.
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { type PolicyAnswer, replyText, SUSPICIOUS } from './policy-answer.js';
import { createRequestReader, type ReaderLimits } from './request-reader.js';

export interface ConnectionDeps {
  answer: PolicyAnswer;
  log: FastifyBaseLogger;
  idleTimeoutMs: number;
  limits: ReaderLimits;
}

// Enough to see what a confused client does wrong; a flood of bad requests is not a flood of logs.
const WARNINGS_PER_CONNECTION = 10;

const DUNNO = replyText('DUNNO');

export interface PolicyConnection {
  /** Closes the connection once no request is half received (at once when none is). */
  closeWhenIdle(): void;
}

export function serveConnection(socket: Socket, deps: ConnectionDeps): PolicyConnection {
  const peer = { remoteAddress: socket.remoteAddress, remotePort: socket.remotePort };
  const log = deps.log.child(peer);
  const reader = createRequestReader(deps.limits);
  let requests = 0;
  let warnings = 0;
  let closing = false;

  function endIfIdle(): void {
    if (closing && !reader.midRequest() && !socket.writableEnded) socket.end(() => socket.destroy());
  }

  function warn(details: Record<string, unknown>, message: string): void {
    warnings += 1;
    if (warnings <= WARNINGS_PER_CONNECTION) log.warn(details, message);
    if (warnings === WARNINGS_PER_CONNECTION)
      log.warn('further problems on this policy connection are not logged');
  }

  socket.setNoDelay(true);
  socket.setTimeout(deps.idleTimeoutMs);
  socket.on('timeout', () => {
    log.info({ requests, idleMs: deps.idleTimeoutMs }, 'policy connection idle too long: closed');
    socket.destroy();
  });
  // A reset or a broken pipe ends this connection, never the process.
  socket.on('error', (error) => log.debug({ err: error }, 'policy connection error'));
  socket.on('close', () => {
    if (reader.midRequest()) log.info({ requests }, 'policy client left in the middle of a request');
  });
  socket.on('drain', () => socket.resume());

  // A peer that pipelines requests without reading the answers stops being read until it does,
  // so it cannot make the server buffer without end.
  function reply(text: string): void {
    if (!socket.write(text)) socket.pause();
  }

  function answerOne(attributes: ReadonlyMap<string, string>): string {
    try {
      const verdict = deps.answer(attributes);
      if (verdict.outcome === 'reject') {
        log.debug({ client: verdict.address }, 'policy: listed, rejected');
      } else if (SUSPICIOUS.has(verdict.why)) {
        warn({ problem: verdict.why }, 'policy request answered DUNNO: it cannot be judged');
      }
      return replyText(verdict.action);
    } catch (error) {
      // The list could not be read (a locked or closed database): mail is let through rather
      // than refused on a guess, as smtpd_policy_service_default_action=DUNNO would.
      log.error({ err: error }, 'policy lookup failed: answered DUNNO');
      return DUNNO;
    }
  }

  socket.on('data', (chunk: Buffer) => {
    // Once this side has ended (stopping, or a hostile peer) nothing more is read or answered.
    if (socket.writableEnded) return;
    for (const event of reader.push(chunk)) {
      requests += 1;
      if (event.kind === 'request') {
        reply(answerOne(event.attributes));
      } else if (event.kind === 'malformed') {
        warn({ problem: event.problem, line: event.line }, 'malformed policy request answered DUNNO');
        reply(DUNNO);
      } else {
        log.warn(
          { problem: event.problem },
          'policy client sent what no Postfix sends: answered DUNNO and dropped',
        );
        socket.end(DUNNO, () => socket.destroy());
      }
    }
    endIfIdle();
  });

  return {
    closeWhenIdle() {
      closing = true;
      endIfIdle();
    },
  };
}
