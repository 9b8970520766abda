// GET /not-me shows the "I did not ask for this" question for the request a link names, and
// changes nothing; POST /not-me cancels it and stops further emails about that IP to the address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DeclineOutcome } from '../../delist/index.js';
import { maskEmail } from '../../mail/index.js';
import type { Portal } from '../../portal.js';
import { recordOutcome } from '../form-outcome.js';
import { sendMessagePage } from '../message-page.js';
import { protectTokenPages, sendDeadEnd, TokenBody, TokenQuery, tokenOf } from '../signed-links.js';

const ANSWERS = {
  cancelled: ['decline.done.title', 'decline.done.body'],
  'too-late': ['decline.tooLate.title', 'decline.tooLate.body'],
  already: ['decline.already.title', 'decline.already.body'],
} as const;

export default async function declineRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  protectTokenPages(app);

  function send(request: FastifyRequest, reply: FastifyReply, outcome: DeclineOutcome, token: string) {
    const { t } = request.page;
    if (!('request' in outcome)) {
      return sendDeadEnd(request, reply, outcome.kind, { tokenTtlMs: portal.config.tokenTtlMs });
    }
    const { ip, email } = outcome.request;
    if (outcome.kind === 'ask') {
      return reply.view('pages/decline.eta', {
        title: t('decline.title'),
        ip,
        maskedEmail: maskEmail(email),
        token,
      });
    }
    const [title, body] = ANSWERS[outcome.kind];
    return sendMessagePage(request, reply, 200, { title: t(title), paragraphs: [t(body, { ip })] });
  }

  app.get('/not-me', { schema: { querystring: TokenQuery }, attachValidation: true }, (request, reply) => {
    const token = tokenOf(request, request.query);
    return send(request, reply, portal.decline.inspect(token), token);
  });

  app.post('/not-me', { schema: { body: TokenBody }, attachValidation: true }, (request, reply) => {
    const token = tokenOf(request, request.body);
    const outcome = portal.decline.decline(token);
    recordOutcome(request, 'delist request declined by recipient', outcome.kind);
    return send(request, reply, outcome, token);
  });
}
