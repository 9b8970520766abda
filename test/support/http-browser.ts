// A client that uses the portal over real HTTP the way a browser does: it keeps its cookies (the
// language), says where its posts come from (Fetch Metadata, Origin), solves the bot check, and
// does not follow redirects by itself.
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

/**
 * The headers a browser sends with a form it posts from one of the portal's own pages at `url`
 * (Fetch Metadata and Origin); a post from another site's page says `cross-site` instead.
 */
export function sameOriginPost(url: string): Record<string, string> {
  return { 'sec-fetch-site': 'same-origin', origin: new URL(url).origin };
}

export function httpBrowser(baseUrl: string, headers: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const send = (path: string, init: RequestInit = {}) =>
    fetch(new URL(path, baseUrl), {
      ...init,
      headers: { ...headers, ...(init.headers as Record<string, string>), cookie: cookieHeader() },
      redirect: 'manual',
    });
  const keepCookies = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };

  async function get(path: string): Promise<Response> {
    return keepCookies(await send(path));
  }

  async function solvedBotCheck(): Promise<string> {
    const challenge = (await (await get('/bot-check/challenge')).json()) as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey });
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  }

  return {
    get,
    /** Opens `pagePath`, then posts its form to `action` with `fields`. */
    async submit(pagePath: string, action: string, fields: Record<string, string>): Promise<Response> {
      await (await get(pagePath)).text();
      const body = new URLSearchParams({ ...fields, altcha: await solvedBotCheck() });
      return keepCookies(
        await send(action, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...sameOriginPost(baseUrl) },
          body,
        }),
      );
    },
  };
}
