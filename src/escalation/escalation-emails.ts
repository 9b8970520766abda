// The two emails of an escalation: the link that confirms the sender's address, and the
// operator's answer. Like every email of the portal they repeat nothing a stranger typed except
// the IP address; the answer is the operator's own text.

import type { TokenSigner } from '../delist/index.js';
import { DEFAULT_LOCALE, formatUtc, isLocale, translator } from '../i18n/index.js';
import type { EmailRenderer, EmailRendererFn, OutboxRow } from '../mail/index.js';
import type { Escalation, Escalations } from './escalations.js';

// Links name the email's language, so the page opens in it (see confirmationLink).
export function escalationLink(publicUrl: string, token: string, locale: string): string {
  return `${publicUrl}/escalation?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(locale)}`;
}

function emailContext(escalations: Escalations, row: OutboxRow) {
  const { escalationId } = JSON.parse(row.payload) as { escalationId: string };
  const escalation = escalations.findByPublicId(escalationId);
  if (!escalation) throw new Error('the escalation of this email no longer exists');
  const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
  const t = translator(locale);
  const utc = (iso: string) => t('time.utc', { time: formatUtc(locale, Date.parse(iso)) });
  return { escalation, locale, t, utc };
}

export function createEscalationEmails(deps: {
  escalations: Escalations;
  signer: TokenSigner;
  publicUrl: string;
  render: EmailRendererFn;
}): { verification: EmailRenderer; answer: EmailRenderer } {
  return {
    verification: (row) => {
      const { escalation, locale, t, utc } = emailContext(deps.escalations, row);
      const token = deps.signer.sign('escalation', escalation.publicId, Date.parse(escalation.expiresAt));
      return deps.render('escalation-verification', t('email.escalation.subject', { ip: escalation.ip }), {
        t,
        locale,
        ip: escalation.ip,
        link: escalationLink(deps.publicUrl, token, locale),
        requestedAt: utc(escalation.createdAt),
        expiresAt: utc(escalation.expiresAt),
      });
    },
    answer: (row) => {
      const { escalation, locale, t, utc } = emailContext(deps.escalations, row);
      const answered = escalation as Escalation & { answer: string; answeredAt: string };
      return deps.render('escalation-answer', t('email.answer.subject', { ip: escalation.ip }), {
        t,
        locale,
        ip: escalation.ip,
        answer: answered.answer,
        requestedAt: utc(escalation.createdAt),
        lookupLink: `${deps.publicUrl}/lookup?ip=${encodeURIComponent(escalation.ip)}&lang=${encodeURIComponent(locale)}`,
      });
    },
  };
}
