// /dev/mailbox: in capture mode (no SMTP_URL) the emails the portal "sent" are listed here, so
// the confirmation link can be followed on a laptop. The routes do not exist in SMTP mode.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listCapturedFiles, readCapturedMail } from '../../mail/captured-mail.js';
import type { Portal } from '../../portal.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** The text part as HTML, with its web links clickable. */
function textWithLinks(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<>"]+/g, (url) => `<a href="${url}">${url}</a>`);
}

const FileParams = z.object({ file: z.string().max(64) });

export default async function devMailboxRoutes(app: FastifyInstance, { portal }: { portal: Portal }) {
  const dir = portal.config.mailCaptureDir;

  app.get('/dev/mailbox', { schema: {} }, async (request, reply) => {
    const files = listCapturedFiles(dir).slice(0, 100);
    const mails = (await Promise.all(files.map((file) => readCapturedMail(dir, file)))).filter(
      (mail) => mail,
    );
    return reply.view('pages/dev-mailbox.eta', { title: request.page.t('mailbox.title'), mails });
  });

  app.get('/dev/mailbox/:file', { schema: { params: FileParams } }, async (request, reply) => {
    const mail = await readCapturedMail(dir, (request.params as { file: string }).file);
    if (!mail) return reply.callNotFound();
    return reply.view('pages/dev-message.eta', {
      title: mail.subject,
      mail,
      bodyHtml: textWithLinks(mail.text),
    });
  });

  app.get('/dev/mailbox/:file/html', { schema: { params: FileParams } }, async (request, reply) => {
    const mail = await readCapturedMail(dir, (request.params as { file: string }).file);
    if (!mail?.html) return reply.callNotFound();
    // The email's own HTML, shown as the recipient's mail program would: no scripts, no forms.
    return reply
      .header(
        'Content-Security-Policy',
        "sandbox allow-popups allow-top-navigation-by-user-activation; default-src 'none'; style-src 'unsafe-inline'",
      )
      .type('text/html; charset=utf-8')
      .send(mail.html);
  });
}
