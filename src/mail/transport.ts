// Hands finished emails to a mail server (SMTP_URL), or, when none is configured, keeps each
// one as an .eml file in the capture folder so the link in it can be opened locally.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Clock } from '../clock.js';
import { composeMessage, parseSender } from './mime-message.js';

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

export function createMailTransport(options: {
  smtpUrl: string | undefined;
  mailFrom: string;
  captureDir: string;
  clock: Clock;
}): MailTransport {
  const sender = parseSender(options.mailFrom);
  // The config's schema checks MAIL_FROM; this is for callers that build options themselves.
  if (!sender) throw new Error(`MAIL_FROM names no address: ${options.mailFrom}`);
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
        const { messageId, source } = composeMessage(sender, email, options.clock.now());
        // A finished message goes as it is; nodemailer adds the SMTP envelope and the dot-stuffing.
        await transporter.sendMail({ envelope: { from: sender.address, to: [email.to] }, raw: source });
        return { messageId };
      },
      close: () => transporter.close(),
    };
  }

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
      const at = options.clock.now();
      const { messageId, source } = composeMessage(sender, email, at);
      // Files keep the line breaks of the machine they are read on.
      const message = Buffer.from(source.replace(/\r\n/g, '\n'));
      // The file system works off the event loop: opening a file in a folder of thousands took
      // a sixth of the server's time while forms were being posted.
      const stamp = new Date(at).toISOString().replace(/[-:.]/g, '');
      const name = `${stamp}-${randomBytes(4).toString('hex')}.eml`;
      // Written under a temporary name first, so the mailbox page never reads half a message.
      const temporary = join(options.captureDir, `.${name}.tmp`);
      await writeInFolder(temporary, message);
      await rename(temporary, join(options.captureDir, name));
      return { messageId };
    },
    close: () => {},
  };
}
