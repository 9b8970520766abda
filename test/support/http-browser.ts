// A client that uses the portal over real HTTP the way a browser does: it keeps the CSRF cookie,
// reads the form's token, solves the bot check, and does not follow redirects by itself.
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

export function httpBrowser(baseUrl: string) {
  let cookie = '';

  async function get(path: string): Promise<Response> {
    const response = await fetch(new URL(path, baseUrl), {
      headers: cookie ? { cookie } : {},
      redirect: 'manual',
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
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
      const page = await (await get(pagePath)).text();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
      const body = new URLSearchParams({ ...fields, _csrf: csrf, altcha: await solvedBotCheck() });
      return fetch(new URL(action, baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body,
        redirect: 'manual',
      });
    },
  };
}
