// What the policy service answers one request: the NDR for a listed client address, DUNNO
// (no opinion, Postfix goes on with its other restrictions) for everything else. Any doubt
// about the request is DUNNO too: a policy service must never stop mail it cannot judge.
import { parseSenderAddress, type SenderAddress } from '../blocklist/index.js';

/** The listing check the service asks; the SQLite list today, any index that follows it later. */
export type IsListed = (address: SenderAddress) => boolean;

export type Verdict =
  | { outcome: 'reject'; action: string; address: string }
  | { outcome: 'dunno'; action: 'DUNNO'; why: DunnoReason; address?: string };

export type DunnoReason =
  | 'not-listed'
  /** A private, loopback or other non-public address: never on the list. */
  | 'not-public'
  | 'not-an-access-policy-request'
  | 'no-client-address'
  | 'client-address-not-an-ip';

/** Reasons that mean the client sent something Postfix would not: worth a log line. */
export const SUSPICIOUS: ReadonlySet<DunnoReason> = new Set([
  'not-an-access-policy-request',
  'no-client-address',
  'client-address-not-an-ip',
]);

const UNPARSEABLE = new Set(['empty', 'list', 'cidr', 'zone', 'ipv4-spelling', 'not-an-ip']);

export interface AnswerDeps {
  isListed: IsListed;
  /** The rejection text for an address: NDR_TEMPLATE with the IP and PUBLIC_URL filled in. */
  rejection: (ip: string) => string;
}

function dunno(why: DunnoReason, address?: string): Verdict {
  return address === undefined
    ? { outcome: 'dunno', action: 'DUNNO', why }
    : { outcome: 'dunno', action: 'DUNNO', why, address };
}

// protocol_state is not consulted: a listed client is refused whichever restriction list the
// operator put the check in (CONNECT, HELO, MAIL, RCPT, DATA...). Postfix's own
// smtpd_delay_reject already moves early refusals to RCPT, where the log shows the recipient.
export function createPolicyAnswer(deps: AnswerDeps) {
  return function answer(attributes: ReadonlyMap<string, string>): Verdict {
    if (attributes.get('request') !== 'smtpd_access_policy') return dunno('not-an-access-policy-request');
    const clientAddress = attributes.get('client_address');
    if (clientAddress === undefined || clientAddress === '') return dunno('no-client-address');
    const parsed = parseSenderAddress(clientAddress);
    if (!parsed.ok) {
      return dunno(UNPARSEABLE.has(parsed.problem) ? 'client-address-not-an-ip' : 'not-public');
    }
    const address = parsed.value.address;
    if (!deps.isListed(parsed.value)) return dunno('not-listed', address);
    // One line whatever the configuration holds: a newline would end the reply early.
    const text = deps.rejection(address).replace(/[\r\n]+/g, ' ');
    return { outcome: 'reject', action: text, address };
  };
}

export type PolicyAnswer = ReturnType<typeof createPolicyAnswer>;

/** The reply on the wire: one attribute and the empty line that ends it. */
export function replyText(action: string): string {
  return `action=${action}\n\n`;
}
