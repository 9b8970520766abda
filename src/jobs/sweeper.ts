// Tidies after the clock: moves listings whose removal time has come into the history and
// finishes their requests. Readers never wait for it (a due row already does not count), so a
// late or missed sweep delays nothing; it only keeps the table and request states current.
import type { FastifyBaseLogger } from 'fastify';
import type { Blocklist } from '../blocklist/index.js';
import type { BotCheck } from '../bot-check/proof-of-work.js';
import type { Db } from '../db/open.js';
import { writeTransaction } from '../db/write-transaction.js';
import type { DelistRequests } from '../delist/index.js';
import type { Escalations } from '../escalation/index.js';

export function createSweeper(deps: {
  db: Db;
  blocklist: Blocklist;
  requests: DelistRequests;
  escalations: Escalations;
  botCheck: BotCheck;
  log: FastifyBaseLogger;
}) {
  const sweep = writeTransaction(deps.db, () => {
    const removed = deps.blocklist.removeDue();
    const finished = deps.requests.finishDue();
    const escalationsExpired = deps.escalations.expireDue();
    deps.botCheck.forgetExpired();
    return { removed: removed.length, ...finished, escalationsExpired };
  });
  return {
    sweep(): { removed: number; delisted: number; expired: number; escalationsExpired: number } {
      const result = sweep();
      if (Object.values(result).some(Boolean)) deps.log.info(result, 'sweep');
      return result;
    },
  };
}

export type Sweeper = ReturnType<typeof createSweeper>;
