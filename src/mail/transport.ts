// Hands finished emails to a mail server (SMTP_URL), or, when none is configured, keeps each
// one as an .eml file in the capture folder so the link in it can be opened locally.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Clock } from '../clock.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  readonly mode: 'smtp' | 'capture';
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

// Our emails are machine-written; RFC 3834 asks auto-responders not to answer them.
const HEADERS = { 'Auto-Submitted': 'auto-generated' };

export function createMailTransport(options: {
  smtpUrl: string | undefined;
  mailFrom: string;
  captureDir: string;
  clock: Clock;
}): MailTransport {
  if (options.smtpUrl) {
    // A mail server that hangs must not hold the outbox for nodemailer's default ten minutes.
    // Options in the URL's query (?tls.rejectUnauthorized=false, ?socketTimeout=…) win over these.
    const transporter = nodemailer.createTransport({
      url: options.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
    return {
      mode: 'smtp',
      async send(email) {
        const info = await transporter.sendMail({ from: options.mailFrom, headers: HEADERS, ...email });
        return { messageId: info.messageId };
      },
      close: () => transporter.close(),
    };
  }

  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  // The folder is made once; if someone removes it meanwhile, the write fails and makes it again.
  let folderMade = false;
  async function writeInFolder(path: string, message: Buffer): Promise<void> {
    if (!folderMade) {
      await mkdir(options.captureDir, { recursive: true });
      folderMade = true;
    }
    try {
      await writeFile(path, message);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(options.captureDir, { recursive: true });
      await writeFile(path, message);
    }
  }
  return {
    mode: 'capture',
    async send(email) {
      const info = await writer.sendMail({ from: options.mailFrom, headers: HEADERS, ...email });
      // The file system works off the event loop: opening a file in a folder of thousands took
      // a sixth of the server's time while forms were being posted.
      const stamp = new Date(options.clock.now()).toISOString().replace(/[-:.]/g, '');
      const name = `${stamp}-${randomBytes(4).toString('hex')}.eml`;
      // Written under a temporary name first, so the mailbox page never reads half a message.
      const temporary = join(options.captureDir, `.${name}.tmp`);
      await writeInFolder(temporary, info.message as Buffer);
      await rename(temporary, join(options.captureDir, name));
      return { messageId: info.messageId };
    },
    close: () => writer.close(),
  };
}
