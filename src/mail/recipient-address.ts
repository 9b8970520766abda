// Who we are willing to send a confirmation email to: exactly one plain address, nothing around
// it. Strict on purpose, because a stranger types it: no display name, no second address, no
// line breaks (header injection), no quoted or IP-literal forms. International domain names are
// accepted and written in their ASCII (punycode) form, which every mail server understands.
import { domainToASCII } from 'node:url';

export type RecipientProblem = 'required' | 'too-long' | 'local-part' | 'invalid';

const LOCAL_PART = /^[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*$/;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);

export function parseRecipient(
  input: string,
): { ok: true; address: string } | { ok: false; problem: RecipientProblem } {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'required' };
  if (text.length > 254) return { ok: false, problem: 'too-long' };
  const at = text.lastIndexOf('@');
  if (at < 1 || /[\s<>,;"\\]/.test(text)) return { ok: false, problem: 'invalid' };
  const local = text.slice(0, at);
  if (local.length > 64) return { ok: false, problem: 'too-long' };
  // Anything beyond ASCII in the local part needs SMTPUTF8, which many mail servers lack.
  if (!LOCAL_PART.test(local))
    return { ok: false, problem: /[^\x20-\x7e]/.test(local) ? 'local-part' : 'invalid' };
  const domain = domainToASCII(text.slice(at + 1).toLowerCase());
  if (!DOMAIN.test(domain) || domain.length > 253) return { ok: false, problem: 'invalid' };
  const address = `${local}@${domain}`;
  return address.length > 254 ? { ok: false, problem: 'too-long' } : { ok: true, address };
}
