// The portal's two busiest pages against bare Fastify servers, in one run on one machine:
// GET / (the form page: templates, language, CSRF token, security headers) against a static 3 KB
// page, and an accepted POST / (CSRF and bot check, validation, the SQLite write and the outbox
// row) against a server that only parses the same form. Portal and baseline take turns under the
// same load, so the machine's noise falls on both.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../../src/server-flags.js';
import type { Benchmark, BenchResult } from '../benchmark.js';
import { requireTool } from '../tools.js';
import { formPoster, outboxDrained, postLoad } from './http/form-posts.js';
import {
  CONNECTIONS,
  cpuPerAnswer,
  describeOthers,
  type LoadFigures,
  perSecond,
  runLoad,
} from './http/load.js';
import { type Listener, type PortalProcess, startBaseline, startPortal } from './http/processes.js';
import { type PageLoad, runWrk, WRK } from './http/wrk.js';

const SECONDS = 10;
const ROUNDS = 2;
const WARM_UP_SECONDS = 2;
// Pages are cheap to ask for, so their loads alternate more often: the machine's other work comes
// and goes over seconds, and shorter turns share it out more evenly between the servers.
const PAGE_SECONDS = 5;
const PAGE_ROUNDS = 6;

const formPage: PageLoad = {
  path: '/',
  headers: { 'accept-language': 'en-GB,en;q=0.8' },
  good: (status, body) => status === 200 && body.includes('</html>'),
};

function result(
  measure: string,
  baseline: string,
  figures: { ours: LoadFigures[]; base: LoadFigures[] },
  goal: number,
  notes: string,
): BenchResult {
  const ours = perSecond(figures.ours);
  const base = perSecond(figures.base);
  const ratio = ours / base;
  const others = `Not counted: ours ${describeOthers(figures.ours)}; baseline ${describeOthers(figures.base)}`;
  const rates = (list: LoadFigures[]) => list.map((f) => Math.round(f.good / f.seconds)).join(', ');
  const rounds = ` Requests/s per round: ours ${rates(figures.ours)}; baseline ${rates(figures.base)}.`;
  const oursCpu = cpuPerAnswer(figures.ours);
  const baseCpu = cpuPerAnswer(figures.base);
  const cpu =
    oursCpu === undefined || baseCpu === undefined
      ? ''
      : ` Server CPU time per answer: ours ${Math.round(oursCpu)} µs, baseline ${Math.round(baseCpu)} µs (less noisy than the rates on a shared machine).`;
  return {
    measure,
    baseline,
    ours: `${Math.round(ours)} req/s`,
    base: `${Math.round(base)} req/s`,
    ratio,
    goal: `≥ ${goal}×`,
    met: ratio >= goal,
    notes: `${notes}${rounds}${cpu} ${others}. What the profiles showed: bench/http-notes.md.`,
  };
}

/** The portal's form page as it answers it, for the baseline to replay. */
async function saveFormPage(portal: PortalProcess): Promise<string> {
  const answer = await fetch(`${portal.url}/`, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
  const skip = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  const headers = Object.fromEntries([...answer.headers].filter(([name]) => !skip.has(name)));
  // The form page sets no cookie, so no header here is one the Fetch API folds (Set-Cookie).
  const file = join(portal.dir, 'form-page.json');
  writeFileSync(file, JSON.stringify({ headers, body: await answer.text() }));
  return file;
}

async function measureFormPage(portal: Listener, baseline: Listener): Promise<BenchResult> {
  // The baseline's copy of our answer, at its own path, asked for with the same headers.
  const replay: PageLoad = { ...formPage, path: '/replay' };
  await runWrk(portal, formPage, WARM_UP_SECONDS);
  await runWrk(baseline, formPage, WARM_UP_SECONDS);
  await runWrk(baseline, replay, WARM_UP_SECONDS);
  const figures = { ours: [] as LoadFigures[], base: [] as LoadFigures[], replay: [] as LoadFigures[] };
  for (let round = 0; round < PAGE_ROUNDS; round++) {
    figures.ours.push(await runWrk(portal, formPage, PAGE_SECONDS));
    figures.base.push(await runWrk(baseline, formPage, PAGE_SECONDS));
    figures.replay.push(await runWrk(baseline, replay, PAGE_SECONDS));
  }
  const replayed = perSecond(figures.replay);
  return result(
    'GET / (form page)',
    'bare Fastify 5, static 3 KB HTML page',
    figures,
    0.8,
    `wrk, one thread, ${CONNECTIONS} connections, ${PAGE_ROUNDS} × ${PAGE_SECONDS} s each, alternating, after ${WARM_UP_SECONDS} s of warm-up each. ` +
      'Each request is a first visit (no cookie, Accept-Language: en-GB); counted: 2xx answers, after one answer of each server was checked to be a 200 with a whole page. ' +
      `For scale: the same bare Fastify server sending a copy of the portal's answer (its headers and body as bytes, doing no other work) ` +
      `ran at ${Math.round(replayed)} req/s, ${(replayed / perSecond(figures.base)).toFixed(2)}× the static page; ` +
      "the portal answers this request from memory before Fastify routes it, so it skips Fastify's work for the answer too. " +
      'wrk rather than autocannon here: autocannon shares the two cores with the servers and costs more per answer byte, ' +
      'so under it a copy of our 5 KB answer ran at about 0.7× the 3 KB page whatever the server did, and the ratio measured autocannon.',
  );
}

async function measureAcceptedPost(portal: PortalProcess, baseline: Listener): Promise<BenchResult> {
  const poster = await formPoster(portal);
  type Posts = Awaited<ReturnType<typeof poster.batch>>;
  const oursWith = async (posts: Posts, seconds: number) => {
    const figures = await runLoad(portal, postLoad(portal.url, posts, false), seconds, posts.length);
    await outboxDrained(portal.url);
    return figures;
  };
  // The bare parse, and the same parse with the rows an accepted post leaves (for scale).
  const baseWith = (posts: Posts, seconds: number) =>
    runLoad(baseline, postLoad(baseline.url, posts, true), seconds);
  const rowsWith = (posts: Posts, seconds: number) =>
    runLoad(baseline, postLoad(baseline.url, posts, true, '/with-rows'), seconds);

  // The warm-up also tells how many posts a round can take: each needs its own solution.
  const warmUpPosts = await poster.batch(2000);
  const warmUp = await oursWith(warmUpPosts, WARM_UP_SECONDS);
  await baseWith(warmUpPosts, WARM_UP_SECONDS);
  await rowsWith(warmUpPosts, WARM_UP_SECONDS);
  const perRound = Math.ceil((warmUp.good / warmUp.seconds) * SECONDS * 2) + 500;
  const rounds: Posts[] = [];
  for (let round = 0; round < ROUNDS; round++) rounds.push(await poster.batch(perRound));

  // Ours, bare, with rows, ours...: the same seconds each, so the machine's noise falls on all.
  const figures = { ours: [] as LoadFigures[], base: [] as LoadFigures[] };
  const withRows: LoadFigures[] = [];
  for (const posts of rounds) {
    figures.ours.push(await oursWith(posts, SECONDS));
    figures.base.push(await baseWith(posts, SECONDS));
    withRows.push(await rowsWith(posts, SECONDS));
  }
  const rowsRate = perSecond(withRows);
  const rowsCpu = cpuPerAnswer(withRows);
  return result(
    'POST / accepted (request + outbox row)',
    'bare Fastify 5 + @fastify/formbody, same form, 303',
    figures,
    0.3,
    `autocannon (each post its own body), ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each, in turn, after ${WARM_UP_SECONDS} s of warm-up each. ` +
      `Every post is a different listed address (${poster.used()} imported with the CLI beforehand) and recipient, ` +
      "sent with the headers of a post from the portal's own page (Sec-Fetch-Site, Origin) and its own bot-check solution solved beforehand " +
      '(POW_DIFFICULTY=2), so no limit refuses it; counted: 303 answers to the request status page. ' +
      'The captured confirmation emails are written after the answers, and the next load waits until the outbox is empty. ' +
      `For scale, the least a server that keeps each accepted post can do: the same bare server, after the same parse, writing the three rows an accepted post leaves ` +
      `(the request, its outbox row, the used solution; the portal's schema, statements, ids and group commit) ran at ${Math.round(rowsRate)} req/s, ` +
      `${(rowsRate / perSecond(figures.base)).toFixed(2)}× the bare parse` +
      (rowsCpu === undefined ? '' : ` (${Math.round(rowsCpu)} µs CPU per answer)`) +
      `; ours ran at ${(perSecond(figures.ours) / rowsRate).toFixed(2)}× that.`,
  );
}

const httpPages: Benchmark = {
  name: 'http-pages',
  description:
    `The compiled portal (\`node ${SERVER_NODE_FLAGS.join(' ')} dist/src/server.js\`, as npm start runs it; fresh data folder, LOG_LEVEL=silent, mail captured) ` +
    'against bare Fastify 5 servers in another process, both on 127.0.0.1, loaded in turn by wrk (GET /) and autocannon (POST /).',
  async run() {
    requireTool(WRK);
    const portal = await startPortal();
    const baseline = await startBaseline(await saveFormPage(portal)).catch(async (error: unknown) => {
      await portal.stop();
      throw error;
    });
    try {
      return [await measureFormPage(portal, baseline), await measureAcceptedPost(portal, baseline)];
    } finally {
      await Promise.all([portal.stop(), baseline.stop()]);
    }
  },
};

export default httpPages;
