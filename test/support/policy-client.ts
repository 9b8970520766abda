// A policy client over a real TCP connection, as Postfix's smtpd is one: it writes requests
// (whole, pipelined, or a byte at a time) and reads the replies, each ended by an empty line.
import { connect, type Socket } from 'node:net';

export interface PolicyClient {
  socket: Socket;
  /** Writes raw bytes as they are. */
  send(data: string | Buffer): Promise<void>;
  /** Resolves with the next `count` replies (their `action=` values), in order. */
  replies(count: number): Promise<string[]>;
  /** One request, one reply. */
  ask(attributes: Record<string, string>): Promise<string>;
  /** Resolves when the server has closed the connection. */
  closed: Promise<void>;
  /** Everything received that is not a whole reply yet. */
  leftover(): string;
  close(): void;
}

/** The attributes Postfix sends at RCPT, with these ones changed. */
export function postfixRequest(attributes: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    request: 'smtpd_access_policy',
    protocol_state: 'RCPT',
    protocol_name: 'ESMTP',
    helo_name: 'mail.sender.example',
    queue_id: '',
    sender: 'alice@sender.example',
    recipient: 'bob@provider.example',
    recipient_count: '0',
    client_address: '192.0.2.1',
    client_name: 'mail.sender.example',
    reverse_client_name: 'mail.sender.example',
    instance: '1f2e.6a6d3c0b.4a1e2.0',
    sasl_method: '',
    sasl_username: '',
    sasl_sender: '',
    size: '0',
    ccert_subject: '',
    ccert_issuer: '',
    ccert_fingerprint: '',
    encryption_protocol: 'TLSv1.3',
    encryption_cipher: 'TLS_AES_256_GCM_SHA384',
    encryption_keysize: '256',
    etrn_domain: '',
    stress: '',
    server_address: '198.51.100.25',
    server_port: '25',
    ...attributes,
  };
  return `${Object.entries(all)
    .map(([name, value]) => `${name}=${value}\n`)
    .join('')}\n`;
}

export function connectPolicy(port: number): Promise<PolicyClient> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', noDelay: true });
    let received = '';
    const waiting: Array<{ count: number; resolve: (replies: string[]) => void }> = [];
    const whole: string[] = [];
    const deliver = () => {
      let end = received.indexOf('\n\n');
      while (end !== -1) {
        whole.push(received.slice(0, end));
        received = received.slice(end + 2);
        end = received.indexOf('\n\n');
      }
      while (waiting[0] && whole.length >= waiting[0].count) {
        const next = waiting.shift();
        next?.resolve(whole.splice(0, next.count).map((reply) => reply.replace(/^action=/, '')));
      }
    };
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      deliver();
    });
    // A reset by the server shows up as `closed`; the tests look at what arrived before it.
    socket.on('error', () => {});
    socket.once('connect', () => {
      socket.off('error', reject);
      const client: PolicyClient = {
        socket,
        send: (data) =>
          new Promise((done, fail) => socket.write(data, (error) => (error ? fail(error) : done()))),
        replies: (count) =>
          new Promise((done) => {
            waiting.push({ count, resolve: done });
            deliver();
          }),
        async ask(attributes) {
          const reply = client.replies(1);
          await client.send(postfixRequest(attributes));
          return (await reply)[0] ?? '';
        },
        closed,
        leftover: () => received,
        close: () => socket.destroy(),
      };
      resolve(client);
    });
    socket.once('error', reject);
  });
}
