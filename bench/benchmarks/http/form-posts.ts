// What each accepted POST / needs, prepared before the clock starts so that only the portal's
// work is measured: the CSRF cookie and token a browser gets with the form page (a pair stays
// valid for every post from that browser), a freshly solved single-use bot-check solution, a new
// email address and a listed address of its own (so the per-recipient and per-IP limits never
// refuse one).
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { CONNECTIONS, type Load } from './load.js';
import type { PortalProcess } from './processes.js';

export interface FormSession {
  cookie: string;
  csrf: string;
}

/** Opens the form page as a browser would and keeps its CSRF cookie and token. */
export async function openFormSession(url: string): Promise<FormSession> {
  const page = await fetch(`${url}/`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  const cookie = page.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('_csrf='));
  if (!csrf || !cookie) throw new Error('the form page gave no CSRF cookie and token');
  return { cookie, csrf };
}

async function solvedBotCheck(url: string): Promise<string> {
  const challenge = (await (await fetch(`${url}/bot-check/challenge`)).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the bot check');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** `count` solutions, fetched a few at a time. */
export async function solveBotChecks(url: string, count: number): Promise<string[]> {
  const solutions: string[] = [];
  const worker = async () => {
    while (solutions.length < count) {
      solutions.push(await solvedBotCheck(url));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return solutions.slice(0, count);
}

/** The n-th listed address: IPv6 documentation space, which the portal treats as public. */
export function benchAddress(n: number): string {
  return `2001:db8:b:${(n >>> 16).toString(16)}::${(n & 0xffff).toString(16)}`;
}

/** One form body per solution, each for its own address and recipient. */
export function formBodies(sessions: FormSession[], solutions: string[], firstAddress: number) {
  return solutions.map((altcha, index) => {
    const session = sessions[index % sessions.length] as FormSession;
    const n = firstAddress + index;
    const body = new URLSearchParams({
      _csrf: session.csrf,
      altcha,
      email: `postmaster+${n}@sender.example.org`,
      ip: benchAddress(n),
      ack: 'yes',
    }).toString();
    return { cookie: session.cookie, body };
  });
}

/** An accepted post is answered with a 303 to its request's status page. */
const accepted = (status: number, headers: Record<string, string>) =>
  status === 303 && (headers.location ?? '').startsWith('/request?token=');

/** Posts these forms in turn: each once, or round and round (for a baseline that keeps no state). */
export function postLoad(posts: Array<{ cookie: string; body: string }>, cycle: boolean): Load {
  let index = 0;
  return {
    next() {
      const post = cycle ? posts[index++ % posts.length] : posts[index++];
      if (!post) return undefined;
      return {
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: post.cookie },
        body: post.body,
      };
    },
    good: (status, headers) => accepted(status, headers),
  };
}

/** Waits until the portal has sent (here: captured) every email the posts queued. */
export async function outboxDrained(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { outbox: { queued: number } };
    if (health.outbox.queued === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A poster for one portal: one form session per connection, and then, for each batch asked for,
 * new listed addresses (imported with the CLI, as an operator would) and solved bot checks.
 */
export async function formPoster(portal: PortalProcess) {
  const sessions = await Promise.all(Array.from({ length: CONNECTIONS }, () => openFormSession(portal.url)));
  let nextAddress = 0;
  return {
    /** How many listed addresses the batches so far used. */
    used: () => nextAddress,
    async batch(count: number) {
      const first = nextAddress;
      nextAddress += count;
      await portal.importList(Array.from({ length: count }, (_, i) => benchAddress(first + i)));
      return formBodies(sessions, await solveBotChecks(portal.url, count), first);
    },
  };
}
