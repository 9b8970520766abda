// The baseline for the lookup API: Fastify 5 with one JSON route of the same path, answering
// without any lookup. Run as its own process, like the portal: node dist/bench/bare-fastify.js PORT
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/api/v1/lookup/:ip', (request) => {
  const { ip } = request.params as { ip: string };
  return { ip, listed: false, listing: null };
});
app.get('/healthz', () => ({ ok: true }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
