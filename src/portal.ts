// Wires the modules together once: the list, delist requests, the outbox and its sender, the
// bot check, the sweeper. The web app, the server's jobs and the tests all use this one set.
import { Resolver } from 'node:dns/promises';
import type { FastifyBaseLogger } from 'fastify';
import {
  createAbuseIntake,
  createAbuseReports,
  createReportNoticeEmail,
  REPORT_NOTICE_TEMPLATE,
} from './abuse/index.js';
import { createBlocklist, createCaughtUpIndex, createListedIndex } from './blocklist/index.js';
import { createBotCheck } from './bot-check/proof-of-work.js';
import type { Clock } from './clock.js';
import type { Config, TokenKey } from './config.js';
import { createGroupCommit } from './db/group-commit.js';
import type { Db } from './db/open.js';
import {
  CONFIRMATION_TEMPLATE,
  createAddressPolicy,
  createConfirmationEmail,
  createDecline,
  createDelistFlow,
  createDelistRequests,
  createLinkLookup,
  createLookup,
  createRequestStatus,
  createSelfDelistLimit,
  createSelfDelistTimes,
  createSendLimits,
  createSuppressions,
  createTokenSigner,
} from './delist/index.js';
import {
  createEscalationEmails,
  createEscalationFlow,
  createEscalations,
  ESCALATION_ANSWER_TEMPLATE,
  ESCALATION_VERIFICATION_TEMPLATE,
} from './escalation/index.js';
import { createHealth } from './jobs/health.js';
import { createSweeper } from './jobs/sweeper.js';
import {
  createEmailRenderer,
  createMailTransport,
  createOutbox,
  createOutboxSender,
  type MailTransport,
} from './mail/index.js';
import { createListOperations } from './operator/list-operations.js';

export interface PortalDeps {
  config: Config;
  db: Db;
  clock: Clock;
  tokenKeys: readonly TokenKey[];
  log: FastifyBaseLogger;
  /** Defaults to the transport the config names. */
  transport?: MailTransport;
}

export function createPortal(deps: PortalDeps) {
  const { config, db, clock, log } = deps;
  const blocklist = createBlocklist(db, clock);
  const groupCommit = createGroupCommit(db);
  const listedIndex = createCaughtUpIndex(createListedIndex({ db, clock }), blocklist.find);
  const requests = createDelistRequests(db, clock);
  const suppressions = createSuppressions(db, clock);
  const outbox = createOutbox(db, clock);
  const abuseReports = createAbuseReports(db, clock);
  const signer = createTokenSigner(deps.tokenKeys);
  const findLinked = createLinkLookup({ signer, requests, clock });
  const limits = createSendLimits({ clock, outbox, requests, settings: config.limits });
  const selfDelistTimes = createSelfDelistTimes(db, requests);
  const selfDelistLimit = createSelfDelistLimit({
    clock,
    requests: selfDelistTimes,
    settings: config.selfDelist,
  });
  const escalations = createEscalations(db, clock);
  const resolver = new Resolver({ timeout: config.dnsTimeoutMs, tries: 2 });
  if (config.dnsServers) resolver.setServers(config.dnsServers);
  const botCheck = createBotCheck({
    db,
    groupCommit,
    clock,
    secret: deps.tokenKeys[0]?.secret ?? '',
    difficulty: config.powDifficulty,
  });
  const transport =
    deps.transport ??
    createMailTransport({
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      captureDir: config.mailCaptureDir,
      clock,
    });
  const render = createEmailRenderer();
  const escalationEmails = createEscalationEmails({
    escalations,
    signer,
    publicUrl: config.publicUrl,
    render,
  });
  const outboxSender = createOutboxSender({
    db,
    clock,
    outbox,
    transport,
    maxAgeMs: config.outboxMaxAgeMs,
    // A request whose only confirmation email never arrived is marked so, never left waiting.
    onGivenUp: (row) => {
      if (!row.subjectId) return;
      if (row.template === CONFIRMATION_TEMPLATE) requests.markUndeliverable(row.subjectId);
      if (row.template === ESCALATION_VERIFICATION_TEMPLATE) escalations.markUndeliverable(row.subjectId);
    },
    log: log.child({ module: 'outbox' }),
    renderers: {
      [CONFIRMATION_TEMPLATE]: createConfirmationEmail({
        requests,
        signer,
        publicUrl: config.publicUrl,
        render,
      }),
      [ESCALATION_VERIFICATION_TEMPLATE]: escalationEmails.verification,
      [ESCALATION_ANSWER_TEMPLATE]: escalationEmails.answer,
      [REPORT_NOTICE_TEMPLATE]: createReportNoticeEmail({ reports: abuseReports, render }),
    },
  });
  return {
    config,
    clock,
    blocklist,
    requests,
    selfDelistTimes,
    outbox,
    outboxSender,
    transport,
    signer,
    botCheck,
    flow: createDelistFlow({
      db,
      groupCommit,
      clock,
      blocklist,
      index: listedIndex,
      requests,
      outbox,
      findLinked,
      suppressions,
      addressPolicy: createAddressPolicy(config.confirmAddressPolicy, resolver),
      limits,
      selfDelistLimit,
      delistDelayMs: config.delistDelayMs,
      tokenTtlMs: config.tokenTtlMs,
    }),
    decline: createDecline({ db, findLinked, requests, suppressions }),
    selfDelistLimit,
    escalations,
    escalationFlow: createEscalationFlow({
      db,
      clock,
      blocklist,
      escalations,
      outbox,
      signer,
      suppressions,
      limits,
      selfDelistLimit,
      tokenTtlMs: config.tokenTtlMs,
    }),
    /** The list in memory, caught up before each use: the lookup API's quick "not listed". */
    listedIndex,
    lookup: createLookup({ db, blocklist, selfDelistLimit, clock, index: listedIndex }),
    health: createHealth({ db, clock, blocklist, requests, escalations, abuseReports, outbox }),
    requestStatus: createRequestStatus({
      db,
      clock,
      findLinked,
      outbox,
      limits,
      signer,
      resendCooldownMs: config.resendCooldownMs,
    }),
    abuseReports,
    abuseIntake: createAbuseIntake({
      db,
      clock,
      reports: abuseReports,
      ownNetworks: config.abuseReports.ownNetworks,
      reportsPerClientPerDay: config.abuseReports.perClientPerDay,
      outbox,
      notify: config.abuseReports.notify,
    }),
    listOperations: createListOperations({ db, blocklist, requests }),
    sweeper: createSweeper({
      db,
      blocklist,
      requests,
      escalations,
      botCheck,
      log: log.child({ module: 'sweeper' }),
    }),
  };
}

export type Portal = ReturnType<typeof createPortal>;
