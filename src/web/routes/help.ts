// GET /help: what the NDR means and what to do, with the provider's own name and NDR text.
import type { FastifyInstance } from 'fastify';
import { ndrText } from '../../blocklist/index.js';
import type { Portal } from '../../portal.js';

export default async function helpRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const { config } = portal;
  app.get('/help', { schema: {} }, (request, reply) => {
    const { t, duration } = request.page;
    return reply.view('pages/help.eta', {
      title: t('help.title'),
      provider: config.providerName,
      ndrExample: ndrText(config.ndrTemplate, '203.0.113.7', config.publicUrl),
      delay: duration(config.delistDelayMs),
      contact: config.supportContact,
    });
  });
}
