// The confirmation email of a delist request. The link is signed when the email is sent, so the
// outbox never stores a working link.
import { DEFAULT_LOCALE, formatUtc, isLocale, translator } from '../i18n/index.js';
import type { EmailRenderer, EmailRendererFn } from '../mail/index.js';
import type { DelistRequests } from './requests.js';
import type { TokenSigner } from './tokens.js';

// Each link names the email's language, so the page it opens speaks the language the email was
// written in, whatever the browser that opens it prefers.
export function confirmationLink(publicUrl: string, token: string, locale: string): string {
  return `${publicUrl}/confirm?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(locale)}`;
}

export function declineLink(publicUrl: string, token: string, locale: string): string {
  return `${publicUrl}/not-me?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(locale)}`;
}

export function createConfirmationEmail(deps: {
  requests: DelistRequests;
  signer: TokenSigner;
  publicUrl: string;
  render: EmailRendererFn;
}): EmailRenderer {
  return (row) => {
    const { requestId } = JSON.parse(row.payload) as { requestId: string };
    const request = deps.requests.findByPublicId(requestId);
    if (!request) throw new Error('the request of this email no longer exists');
    const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
    const t = translator(locale);
    const expiresAt = Date.parse(request.expiresAt);
    const utc = (iso: string) => t('time.utc', { time: formatUtc(locale, Date.parse(iso)) });
    return deps.render('delist-confirmation', t('email.confirm.subject', { ip: request.ip }), {
      t,
      locale,
      ip: request.ip,
      link: confirmationLink(
        deps.publicUrl,
        deps.signer.sign('confirm', request.publicId, expiresAt),
        locale,
      ),
      declineLink: declineLink(
        deps.publicUrl,
        deps.signer.sign('decline', request.publicId, expiresAt),
        locale,
      ),
      requestedAt: utc(request.createdAt),
      expiresAt: utc(request.expiresAt),
    });
  };
}
