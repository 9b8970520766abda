// Pages are Eta templates in views/pages, each rendered inside views/layout.eta.
import view from '@fastify/view';
import { Eta } from 'eta';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { viewsDir } from '../../paths.js';

export default fp(
  async (app: FastifyInstance) => {
    await app.register(view, {
      engine: { eta: new Eta({ autoEscape: true }) },
      templates: viewsDir,
      layout: 'layout.eta',
      // Compile each template once; without it every request recompiles.
      production: true,
    });
  },
  { name: 'views' },
);
