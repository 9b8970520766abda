// delist-portal escalations / answer: the operators' side of escalation requests. An answer is
// queued in the outbox; the running portal emails it to the sender's confirmed address.
import type { Command } from 'commander';
import { systemClock } from '../clock.js';
import {
  createEscalationAnswer,
  createEscalations,
  ESCALATION_STATES,
  type Escalation,
  type EscalationState,
} from '../escalation/index.js';
import { createOutbox } from '../mail/index.js';
import { UsageError } from './network-argument.js';
import { actor, withDatabase } from './operator-database.js';

const ANSWER_MAX = 10_000;

function positiveWhole(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name} must be a whole number above 0`);
  return value;
}

function formatEscalation(escalation: Escalation, full: boolean): string {
  const head = `#${escalation.id}  ${escalation.createdAt}  ${escalation.ip}  ${escalation.email}  ${escalation.state}  ${escalation.cause}`;
  if (!full) {
    const firstLine = escalation.description.split('\n')[0] ?? '';
    return `${head}\n    ${firstLine.length > 100 ? `${firstLine.slice(0, 99)}…` : firstLine}`;
  }
  const lines = [
    head,
    `listing: ${escalation.network ?? '-'}    confirmed: ${escalation.verifiedAt ?? 'not yet'}`,
    '',
    escalation.description,
  ];
  if (escalation.headers) lines.push('', 'HEADERS', escalation.headers);
  if (escalation.answer)
    lines.push('', `ANSWER (${escalation.answeredBy}, ${escalation.answeredAt})`, escalation.answer);
  return lines.join('\n');
}

export function addEscalationCommands(program: Command): void {
  program
    .command('escalations')
    .description('List escalation requests (confirmed ones wait for an answer), newest first')
    .option('-s, --state <state>', `only this state: ${ESCALATION_STATES.join(', ')}`, 'open')
    .option('--all', 'every state')
    .option('--id <id>', 'show one escalation in full: description, headers, answer')
    .option('-n, --limit <count>', 'at most this many', '50')
    .option('--json', 'one JSON array, for scripts')
    .action(async (options: { state: string; all?: boolean; id?: string; limit: string; json?: boolean }) => {
      if (!(ESCALATION_STATES as readonly string[]).includes(options.state))
        throw new UsageError(`--state must be one of ${ESCALATION_STATES.join(', ')}`);
      const limit = positiveWhole(options.limit, '--limit');
      const id = options.id === undefined ? undefined : positiveWhole(options.id, '--id');
      const rows = await withDatabase((db) => {
        const escalations = createEscalations(db, systemClock);
        if (id !== undefined) return [escalations.find(id)].filter((row) => row !== undefined);
        return escalations.recent(options.all ? undefined : (options.state as EscalationState), limit);
      });
      if (id !== undefined && rows.length === 0) {
        process.stderr.write(`escalation #${id} does not exist\n`);
        process.exitCode = 1;
        return;
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        process.stderr.write(`no escalations${options.all ? '' : ` in state ${options.state}`}\n`);
        return;
      }
      process.stdout.write(`${rows.map((row) => formatEscalation(row, id !== undefined)).join('\n')}\n`);
    });

  program
    .command('answer')
    .description('Answer a confirmed escalation; the portal emails the answer to its sender')
    .argument('<id>', 'the escalation number (see escalations)')
    .requiredOption('-m, --message <text>', 'the answer, as the sender will read it')
    .option('--by <name>', 'operator name kept with the answer (default: your user name)')
    .action(async (idText: string, options: { message: string; by?: string }) => {
      const id = positiveWhole(idText, '<id>');
      const message = options.message.replace(/\r\n?/g, '\n').trim();
      if (!message) throw new UsageError('--message must not be empty');
      if (message.length > ANSWER_MAX)
        throw new UsageError(`--message must be at most ${ANSWER_MAX} characters`);
      const outcome = await withDatabase((db) =>
        createEscalationAnswer({
          db,
          escalations: createEscalations(db, systemClock),
          outbox: createOutbox(db, systemClock),
        })(id, message, actor(options.by)),
      );
      switch (outcome.kind) {
        case 'unknown':
          process.stderr.write(`escalation #${id} does not exist\n`);
          process.exitCode = 1;
          return;
        case 'not-open': {
          const { state, answeredAt } = outcome.escalation;
          const why =
            state === 'answered'
              ? `it was answered already, at ${answeredAt}`
              : state === 'unverified'
                ? 'its sender has not confirmed the email address yet'
                : `it is ${state}`;
          process.stderr.write(`escalation #${id} cannot be answered: ${why}\n`);
          process.exitCode = 1;
          return;
        }
        case 'answered':
          process.stdout.write(
            `escalation #${id} answered; the portal emails the answer to ${outcome.escalation.email}\n`,
          );
      }
    });
}
