// What each accepted POST / needs, prepared before the clock starts so that only the portal's
// work is measured: a freshly solved single-use bot-check solution, a new email address and a
// listed address of its own (so the per-recipient and per-IP limits never refuse one). Each is
// sent with the headers a browser sends with a form from the portal's own page.
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Load } from './load.js';
import type { PortalProcess } from './processes.js';

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
export function formBodies(solutions: string[], firstAddress: number): string[] {
  return solutions.map((altcha, index) => {
    const n = firstAddress + index;
    return new URLSearchParams({
      altcha,
      email: `postmaster+${n}@sender.example.org`,
      ip: benchAddress(n),
      ack: 'yes',
    }).toString();
  });
}

/** An accepted post is answered with a 303 to its request's status page. */
const accepted = (status: number, headers: Record<string, string>) =>
  status === 303 && (headers.location ?? '').startsWith('/request?token=');

/** What a browser sends with a form posted from one of the portal's pages. */
function formHeaders(url: string): Record<string, string> {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'sec-fetch-site': 'same-origin',
    origin: new URL(url).origin,
  };
}

/**
 * Posts these forms to `url` (at `path`) in turn: each once, or round and round (for a baseline
 * that refuses nothing it has seen before).
 */
export function postLoad(url: string, bodies: string[], cycle: boolean, path = '/'): Load {
  const headers = formHeaders(url);
  let index = 0;
  return {
    next() {
      const body = cycle ? bodies[index++ % bodies.length] : bodies[index++];
      if (body === undefined) return undefined;
      return { method: 'POST', path, headers, body };
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
 * A poster for one portal: for each batch asked for, new listed addresses (imported with the
 * CLI, as an operator would) and solved bot checks.
 */
export async function formPoster(portal: PortalProcess) {
  let nextAddress = 0;
  return {
    /** How many listed addresses the batches so far used. */
    used: () => nextAddress,
    async batch(count: number) {
      const first = nextAddress;
      nextAddress += count;
      await portal.importList(Array.from({ length: count }, (_, i) => benchAddress(first + i)));
      return formBodies(await solveBotChecks(portal.url, count), first);
    },
  };
}
