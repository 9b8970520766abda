// Our emails are put together by src/mail/mime-message.ts. Each is read back with mailparser, the
// way a mail client would, and compared with what went in and with what nodemailer's own composer
// makes of the same email; then sent through a real SMTP server and written to the capture folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressObject, simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { composeMessage, type MessageParts, parseSender } from '../src/mail/mime-message.js';
import { createMailTransport } from '../src/mail/transport.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';

const AT = Date.parse('2026-12-02T04:52:21.000Z');
const LONG_URL = `https://portal.example/confirm?token=a.${'x'.repeat(140)}`;

const EMAILS: Record<string, MessageParts> = {
  english: {
    to: 'sender@example.com',
    subject: 'Confirm the removal of 203.0.113.7 from the blocked senders list of portal.example',
    text: `Hello,\n\nSomeone asked to remove 203.0.113.7.\n\n${LONG_URL}\n\n.\n.a line with a dot\nFrom the portal\n`,
    html: `<!doctype html><html><body><p>Hello,</p><p><a href="${LONG_URL}">Confirm</a></p></body></html>`,
  },
  japanese: {
    to: 'sender@xn--r8jz45g.jp',
    subject: 'ブロックされた送信者リストから 203.0.113.7 を削除する依頼を確認してください（portal.example）',
    text: `こんにちは。\n\n${'ブロックされた送信者リストから 203.0.113.7 を削除する依頼がありました。'.repeat(4)}\n\n${LONG_URL}\n`,
    html: `<p>こんにちは。</p><p>${'削除する依頼がありました。'.repeat(12)}</p><p><a href="${LONG_URL}">確認</a></p>`,
  },
  'Latin with accents, Windows line breaks, trailing spaces': {
    to: 'sender@example.com',
    subject: 'Bestätigen Sie die Entfernung von 203.0.113.7 aus der Liste blockierter Absender',
    text: 'Grüße,\r\nzweite Zeile mit Leerzeichen am Ende   \r\ndritte Zeile\n',
    html: '<p>Grüße</p>',
  },
  'a subject that tries to add a header': {
    to: 'sender@example.com',
    subject: 'Hello\r\nBcc: victim@example.org',
    text: 'Hello\n',
    html: '<p>Hello</p>',
  },
};

const SENDERS = [
  'Delist portal <delist@portal.example>',
  'delist@portal.example',
  '"Portal, Delist Desk" <delist@portal.example>',
  'Équipe de radiation <delist@portal.example>',
  'Delist <delist@bücher.example>',
];

function addressesOf(field: AddressObject | AddressObject[] | undefined) {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects.flatMap((object) => object.value.map(({ name, address }) => ({ name, address })));
}

async function readBack(source: string | Buffer) {
  const mail = await simpleParser(source);
  return {
    from: addressesOf(mail.from),
    to: addressesOf(mail.to),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    bcc: mail.bcc,
  };
}

async function byNodemailer(from: string, email: MessageParts): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await composer.sendMail({ from, ...email });
  return info.message as Buffer;
}

describe('composeMessage', () => {
  for (const [name, email] of Object.entries(EMAILS)) {
    it(`reads back as it went in, and as nodemailer's own would: ${name}`, async () => {
      for (const from of SENDERS) {
        const sender = parseSender(from);
        if (!sender) throw new Error(`no sender in ${from}`);
        const { source, messageId } = composeMessage(sender, email, AT);
        const ours = await readBack(source);
        expect(ours).toEqual(await readBack(await byNodemailer(from, email)));
        expect(ours.subject).toBe(email.subject.replace(/[\r\n]+/g, ' '));
        expect(ours.text).toBe(email.text.replace(/\r\n/g, '\n'));
        expect(ours.html).toBe(email.html);
        expect(ours.bcc).toBeUndefined();

        const mail = await simpleParser(source);
        expect(mail.date?.toISOString()).toBe(new Date(AT).toISOString());
        expect(mail.messageId).toBe(messageId);
        expect(messageId).toMatch(/^<[0-9a-f-]{36}@[a-z0-9.-]+>$/);
        expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
        // Every line short enough for any mail server, every byte ASCII, every break CRLF.
        for (const line of source.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
        expect(source).toMatch(/^[\x20-\x7e\r\n\t]*$/);
        expect(source.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }
    });
  }

  it('writes an international sender domain in ASCII, and takes no MAIL_FROM without an address', () => {
    expect(parseSender('Delist <delist@bücher.example>')?.address).toBe('delist@xn--bcher-kva.example');
    expect(parseSender('Delist portal')).toBeUndefined();
    expect(parseSender('')).toBeUndefined();
  });
});

describe('the transports', () => {
  let smtp: SmtpSink | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await smtp?.stop();
    smtp = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('hands the message to a real SMTP server, envelope and dot-stuffing included', async () => {
    smtp = await startSmtpSink();
    const email = EMAILS.english as MessageParts;
    const transport = createMailTransport({
      smtpUrl: smtp.url,
      mailFrom: 'Delist portal <delist@portal.example>',
      captureDir: '',
      clock: { now: () => AT },
    });
    try {
      const { messageId } = await transport.send(email);
      const mail = await smtp.waitForMail();
      expect(mail.messageId).toBe(messageId);
      expect(mail.text).toBe(email.text);
      expect(mail.html).toBe(email.html);
      expect(smtp.raw[0]?.recipients).toEqual([email.to]);
    } finally {
      transport.close();
    }
  });

  it('sends over one connection when SMTP_URL asks for a pool, and over one each otherwise', async () => {
    smtp = await startSmtpSink();
    const email = EMAILS.english as MessageParts;
    for (const [query, connections] of [
      ['?pool=true', 1],
      ['', 3],
    ] as const) {
      const before = smtp.connections();
      const arrived = smtp.mails.length;
      const transport = createMailTransport({
        smtpUrl: `${smtp.url}${query}`,
        mailFrom: 'delist@portal.example',
        captureDir: '',
        clock: { now: () => AT },
      });
      try {
        for (let n = 0; n < 3; n++) await transport.send({ ...email, to: `sender${n}@example.com` });
        await smtp.waitForMail(arrived + 3);
      } finally {
        transport.close();
      }
      expect(smtp.connections() - before, query || 'no pool').toBe(connections);
    }
    expect(smtp.raw.slice(-3).map((message) => message.recipients)).toEqual([
      ['sender0@example.com'],
      ['sender1@example.com'],
      ['sender2@example.com'],
    ]);
  });

  it('writes the message to the capture folder with the line breaks of this machine', async () => {
    dir = mkdtempSync(join(tmpdir(), 'delist-capture-'));
    const email = EMAILS.japanese as MessageParts;
    const transport = createMailTransport({
      smtpUrl: undefined,
      mailFrom: 'Delist portal <delist@portal.example>',
      captureDir: dir,
      clock: { now: () => AT },
    });
    const { messageId } = await transport.send(email);
    const [file] = readdirSync(dir);
    const source = readFileSync(join(dir, file as string), 'utf8');
    expect(source).not.toContain('\r');
    const mail = await simpleParser(source);
    expect(mail.messageId).toBe(messageId);
    expect(mail.subject).toBe(email.subject);
    expect(mail.text).toBe(email.text);
  });
});
