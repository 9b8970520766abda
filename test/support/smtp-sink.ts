// A real SMTP server (smtp-server) on a loopback port that parses what it receives (mailparser),
// so tests read the confirmation email the way a recipient would. It can be stopped and started
// again on the same port to play a mail server that goes down and comes back.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  url: string;
  mails: ParsedMail[];
  /** Each message exactly as it arrived, with its SMTP envelope recipients. */
  raw: Array<{ source: string; recipients: string[] }>;
  /** How many SMTP connections clients have opened so far. */
  connections(): number;
  waitForMail(count?: number, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface SinkOptions {
  /** Port to listen on (0: any free one). */
  port?: number;
  /** How long the server takes to accept a message after receiving it, like a slow mail server. */
  acceptAfterMs?: number;
}

function createServer(
  mails: ParsedMail[],
  raw: SmtpSink['raw'],
  arrived: () => void,
  acceptAfterMs: number,
  connected: () => void,
): SMTPServer {
  return new SMTPServer({
    onConnect(_session, callback) {
      connected();
      callback();
    },
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Like many mail servers: no SMTPUTF8, so addresses must arrive in ASCII.
    hideSMTPUTF8: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const source = Buffer.concat(chunks);
        raw.push({
          source: source.toString('latin1'),
          recipients: session.envelope.rcptTo.map((r) => r.address),
        });
      });
      simpleParser(stream)
        .then((mail) => {
          setTimeout(() => {
            mails.push(mail);
            arrived();
            callback();
          }, acceptAfterMs);
        })
        .catch(callback);
    },
  });
}

export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const acceptAfterMs = options.acceptAfterMs ?? 0;
  const mails: ParsedMail[] = [];
  const raw: SmtpSink['raw'] = [];
  let waiters: Array<() => void> = [];
  const arrived = () => {
    for (const wake of waiters) wake();
    waiters = [];
  };
  let connections = 0;
  const connected = () => {
    connections++;
  };
  let server = createServer(mails, raw, arrived, acceptAfterMs, connected);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    raw,
    connections: () => connections,
    async waitForMail(count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} email(s), got ${mails.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return mails[count - 1] as ParsedMail;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async start() {
      server = createServer(mails, raw, arrived, acceptAfterMs, connected);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
  };
}
