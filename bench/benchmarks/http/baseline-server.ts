// The baselines the portal's pages are measured against, run as their own process as the portal
// is: a bare Fastify 5 server that answers GET / with a 3 KB static HTML page, and POST / by
// parsing the same form fields (@fastify/formbody) and redirecting, as an accepted form does.
// GET /replay answers with the headers and body in the JSON file REPLAY_ANSWER names (a copy of
// the portal's form page): what sending just those bytes through Fastify costs, for scale.
// With ROWS_DATABASE set, POST /with-rows parses the same form and then writes, with the
// portal's own schema, statements and ids, the three rows an accepted post leaves (the request, its
// outbox row, the used bot-check solution), committed with the other posts of the same turn as
// the portal commits them, before it answers: what any server that keeps each accepted post
// must do at least, for scale.
// Prints its port on stdout once it listens.
import { readFileSync } from 'node:fs';
import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import { isoUtc, systemClock } from '../../../src/clock.js';
import { createGroupCommit } from '../../../src/db/group-commit.js';
import { openDatabase } from '../../../src/db/open.js';
import { CONFIRMATION_TEMPLATE } from '../../../src/delist/request-status.js';
import { createDelistRequests } from '../../../src/delist/requests.js';
import { createOutbox } from '../../../src/mail/outbox.js';
import { timeOrderedId } from '../../../src/time-ordered-id.js';

const paragraph =
  '<p>This paragraph stands in for the text of a form page: a title, some help, a few labels.</p>\n';
const head =
  '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Static page</title></head>\n<body>\n';
const tail = '</body>\n</html>\n';
const repeats = Math.ceil((3 * 1024 - head.length - tail.length) / paragraph.length);
/** About 3 KB of HTML, built once. */
const STATIC_PAGE = head + paragraph.repeat(repeats) + tail;

const app = Fastify({ logger: false });
await app.register(formbody);
app.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').send(STATIC_PAGE));

/** The form's fields, or undefined when one is missing. */
function formFields(body: unknown): { email: string; ip: string } | undefined {
  const fields = body as Record<string, unknown>;
  const email = typeof fields.email === 'string' ? fields.email : '';
  const ip = typeof fields.ip === 'string' ? fields.ip : '';
  return email && ip && fields.ack === 'yes' ? { email, ip } : undefined;
}

app.post('/', (request, reply) => {
  const fields = formFields(request.body);
  if (!fields) return reply.code(400).send('missing fields');
  return reply.redirect(`/request?token=${encodeURIComponent(fields.ip)}`, 303);
});

if (process.env.ROWS_DATABASE) {
  const clock = systemClock;
  const db = openDatabase(process.env.ROWS_DATABASE, clock);
  const requests = createDelistRequests(db, clock);
  const outbox = createOutbox(db, clock);
  const useSolution = db.prepare('INSERT INTO bot_check_used (challenge_id, expires_at) VALUES (?, ?)');
  const groupCommit = createGroupCommit(db);
  const writeRows = (email: string, ip: string) => {
    useSolution.run(timeOrderedId(clock.now(), 12), isoUtc(clock.now() + 30 * 60_000));
    const { publicId } = requests.create({
      publicId: timeOrderedId(clock.now()),
      email,
      ip,
      network: `${ip}/128`,
      locale: 'en',
      expiresAt: clock.now() + 24 * 3600_000,
    });
    outbox.enqueue({
      template: CONFIRMATION_TEMPLATE,
      recipient: email,
      locale: 'en',
      payload: { requestId: publicId },
      subjectId: publicId,
    });
    return publicId;
  };
  app.post('/with-rows', async (request, reply) => {
    const fields = formFields(request.body);
    if (!fields) return reply.code(400).send('missing fields');
    const publicId = await groupCommit.run(() => writeRows(fields.email, fields.ip));
    return reply.redirect(`/request?token=${publicId}`, 303);
  });
}
if (process.env.REPLAY_ANSWER) {
  const answer = JSON.parse(readFileSync(process.env.REPLAY_ANSWER, 'utf8')) as {
    headers: Record<string, string>;
    body: string;
  };
  const { 'content-type': type = 'text/html; charset=utf-8', ...others } = answer.headers;
  const headers = Object.entries(others);
  // Bytes, as the portal sends them: the page has characters outside Latin-1, and a string of
  // them is encoded again for every answer (under wrk, half the rate of the same bytes).
  const body = Buffer.from(answer.body);
  app.get('/replay', (_request, reply) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    return reply.type(type).send(body);
  });
}
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
