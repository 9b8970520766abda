// The emails in the language of the request they are about: the confirmation email and the review
// request's, sent to a real SMTP server, their links opening the pages in that language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNetwork } from '../src/blocklist/index.js';
import { formatUtc, translator } from '../src/i18n/index.js';
import { httpBrowser } from './support/http-browser.js';
import { htmlLang, OTHERS, readable, text } from './support/page-text.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import {
  confirmationPath,
  listNetwork,
  postForm,
  startTestPortal,
  type TestPortal,
  tokenOf,
} from './support/test-portal.js';

let portal: TestPortal;

afterEach(async () => {
  await portal.close();
});

describe('the emails', () => {
  let smtp: SmtpSink;
  beforeEach(async () => {
    smtp = await startSmtpSink();
    portal = await startTestPortal({ smtpUrl: smtp.url });
    listNetwork(portal, '203.0.113.7/32');
  });
  afterEach(async () => {
    await smtp.stop();
  });

  it.each(OTHERS)(
    'is written in %s when the request was, and its links open the pages in it',
    async (locale) => {
      const submitted = await postForm(
        portal.app,
        '/',
        { email: 'postmaster@sender.example', ip: '203.0.113.7', ack: 'yes' },
        { cookie: `lang=${locale}`, follow: false },
      );
      expect(submitted.statusCode).toBe(303);
      // The status page the sender lands on speaks the request's language too.
      const status = await portal.app.inject({ method: 'GET', url: String(submitted.headers.location) });
      expect(htmlLang(status.body)).toBe(locale);
      expect(readable(status.body)).toContain(text(locale, 'status.titlePending'));
      expect(portal.db.prepare('SELECT locale FROM delist_requests').pluck().get()).toBe(locale);

      const mail = await smtp.waitForMail();
      await portal.app.portal.outboxSender.idle();
      const t = translator(locale);
      expect(mail.subject).toBe(t('email.confirm.subject', { ip: '203.0.113.7' }));
      expect(mail.text).toContain(t('email.confirm.action'));
      expect(mail.text).toContain(t('email.confirm.ignore'));
      expect(mail.text).toContain(t('email.confirm.signature'));
      expect(mail.text).not.toContain(text('en', 'email.confirm.action'));
      expect(mail.html).toContain(`<html lang="${locale}">`);
      expect(readable(String(mail.html))).toContain(t('email.confirm.button'));
      // Its times are written the way the language writes dates (Intl), not in English.
      const expiresAt = portal.db.prepare('SELECT expires_at FROM delist_requests').pluck().get() as string;
      const until = t('time.utc', { time: formatUtc(locale, Date.parse(expiresAt)) });
      expect(mail.text).toContain(t('email.confirm.expiry', { time: until }));
      expect(mail.text).not.toContain(formatUtc('en', Date.parse(expiresAt)));

      // The link opens in the email's language even in a browser that prefers English.
      const path = confirmationPath(mail);
      expect(new URL(path, 'http://portal.test').searchParams.get('lang')).toBe(locale);
      const browser = httpBrowser(await portal.app.listen({ port: 0, host: '127.0.0.1' }), {
        'accept-language': 'en-US,en;q=0.9',
      });
      const page = await (await browser.get(path)).text();
      expect(htmlLang(page)).toBe(locale);
      expect(readable(page)).toContain(t('confirm.title', { ip: '203.0.113.7' }));
      expect(readable(page)).toContain(t('confirm.button'));

      // Delist IP answers in it as well: the link left the language in the browser's cookie.
      const pressed = await browser.submit(path, '/delist', { token: tokenOf(path) });
      expect(pressed.status).toBe(200);
      const done = readable(await pressed.text());
      expect(htmlLang(done)).toBe(locale);
      expect(done).toContain(t('scheduled.title', { ip: '203.0.113.7' }));

      const decline = /http:\/\/portal\.test(\/not-me\?\S+)/.exec(mail.text ?? '')?.[1] ?? '';
      expect(new URL(decline, 'http://portal.test').searchParams.get('lang')).toBe(locale);
    },
  );

  it.each(OTHERS)('of a review request is written in %s too, and its link opens in it', async (locale) => {
    const parsed = parseNetwork('198.51.100.0/24');
    if (!parsed.ok) throw new Error('network');
    portal.app.portal.listOperations.block(parsed.value, { reason: 'botnet' }, 'cli:test');
    const sent = await postForm(
      portal.app,
      '/escalate',
      { email: 'postmaster@sender.example', ip: '198.51.100.9', description: 'We closed the open relay.' },
      { cookie: `lang=${locale}` },
    );
    expect(sent.statusCode).toBe(200);
    expect(htmlLang(sent.body)).toBe(locale);
    expect(readable(sent.body)).toContain(text(locale, 'queued.title'));

    const mail = await smtp.waitForMail();
    expect(mail.subject).toBe(text(locale, 'email.escalation.subject', { ip: '198.51.100.9' }));
    expect(mail.text).toContain(text(locale, 'email.escalation.action'));
    const path = /http:\/\/portal\.test(\/escalation\?\S+)/.exec(mail.text ?? '')?.[1] ?? '';
    expect(new URL(path, 'http://portal.test').searchParams.get('lang')).toBe(locale);
    const page = await portal.app.inject({ method: 'GET', url: path, headers: { 'accept-language': 'en' } });
    expect(htmlLang(page.body)).toBe(locale);
    expect(readable(page.body)).toContain(text(locale, 'escalation.button'));
  });
});
