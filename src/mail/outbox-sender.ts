// Drains the outbox: renders each due email at the moment it is sent (so no working link is
// ever stored), hands it to the transport, and records the outcome. One drain runs at a time.
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import { maskEmail, redactEmails } from './mask-email.js';
import type { Outbox, OutboxRow } from './outbox.js';
import type { MailTransport, OutgoingEmail } from './transport.js';

export type EmailRenderer = (row: OutboxRow) => Omit<OutgoingEmail, 'to'>;

export function createOutboxSender(deps: {
  outbox: Outbox;
  transport: MailTransport;
  renderers: Record<string, EmailRenderer>;
  clock: Clock;
  /** An email the mail server has not taken by this age is given up. */
  maxAgeMs: number;
  /** Called, in the same transaction, for an email that was given up. */
  onGivenUp?: (row: OutboxRow) => void;
  db: Db;
  log: FastifyBaseLogger;
}) {
  const giveUp = writeTransaction(deps.db, (row: OutboxRow, error: string) => {
    deps.outbox.markFailed(row, error, true);
    deps.onGivenUp?.(row);
  });
  let running: Promise<void> | undefined;
  let again = false;

  async function sendOne(row: OutboxRow): Promise<boolean> {
    const log = deps.log.child({ outboxId: row.id, template: row.template, to: maskEmail(row.recipient) });
    try {
      const render = deps.renderers[row.template];
      if (!render) throw new Error(`no renderer for template "${row.template}"`);
      const { messageId } = await deps.transport.send({ to: row.recipient, ...render(row) });
      deps.outbox.markSent(row.id, messageId);
      log.info({ attempt: row.attempts + 1 }, 'email sent');
      return true;
    } catch (error) {
      const message = redactEmails(error instanceof Error ? error.message : String(error));
      if (deps.clock.now() - Date.parse(row.createdAt) >= deps.maxAgeMs) {
        giveUp(row, message);
        log.error(
          { attempt: row.attempts + 1, error: message },
          'email given up: the mail server never took it',
        );
      } else {
        deps.outbox.markFailed(row, message, false);
        log.warn({ attempt: row.attempts + 1, error: message }, 'email not sent; will retry');
      }
      return false;
    }
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      for (let batch = deps.outbox.due(); batch.length > 0; batch = deps.outbox.due()) {
        let sentAny = false;
        for (const row of batch) sentAny = (await sendOne(row)) || sentAny;
        // Every row of the batch failed and is now waiting for its retry time.
        if (!sentAny) break;
      }
    } while (again);
  }

  return {
    /** Sends everything that is due; resolves when the outbox has been drained once. */
    flush(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = drain().finally(() => {
        running = undefined;
      });
      return running;
    },
    /** Starts a flush without waiting for it, e.g. right after a request was accepted. */
    kick(): void {
      this.flush().catch((error: unknown) => deps.log.error({ err: error }, 'outbox flush failed'));
    },
    /** Waits for a flush in progress, so shutdown does not cut an attempt in half. */
    async idle(): Promise<void> {
      await running;
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
