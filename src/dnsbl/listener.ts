// The DNSBL's sockets: UDP and TCP on the same address and port (RFC 7766: TCP is not
// optional). Over TCP each message carries a two-byte length; a connection may send many
// queries, they are answered in order, and an idle one is closed.
import { createSocket, type Socket, type SocketOptions } from 'node:dgram';
import { lookup } from 'node:dns';
import { createServer, isIP, type Socket as NetSocket, type Server } from 'node:net';
import type { DnsblResponder } from './responder.js';

/** Where socket errors go: the server's logger, or a worker's line to it. */
export interface ListenerLog {
  warn(details: object, message: string): void;
}

export interface DnsblListener {
  /** The port both sockets are bound to (useful when 0 asked for any free one). */
  port: number;
  close(): Promise<void>;
}

const TCP_IDLE_MS = 10_000;
const TCP_MAX_CONNECTIONS = 256;
// Room for bursts while the process is busy elsewhere (the kernel caps it at net.core.rmem_max).
const UDP_BUFFER_BYTES = 4 << 20;

// A datagram's sender is always a numeric address: handing it straight back skips dgram's
// default DNS lookup on every send, which roughly halves the cost of an answer. A host name
// (DNSBL_HOST=localhost, say) still goes through the resolver when binding.
const numericFirst: SocketOptions['lookup'] = (address, options, callback) => {
  const family = isIP(address);
  if (family === 0) lookup(address, options, callback);
  else callback(null, address, family);
};

function bindUdp(responder: DnsblResponder, host: string, port: number, log: ListenerLog): Promise<Socket> {
  const socket = createSocket({
    type: host.includes(':') ? 'udp6' : 'udp4',
    lookup: numericFirst,
    recvBufferSize: UDP_BUFFER_BYTES,
    sendBufferSize: UDP_BUFFER_BYTES,
  });
  socket.on('message', (message, peer) => {
    if (peer.port === 0) return;
    const answer = responder.answer(message, 'udp');
    if (answer) socket.send(answer, peer.port, peer.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      socket.on('error', (error) => log.warn({ err: error }, 'dnsbl udp socket error'));
      resolve(socket);
    });
  });
}

function listenTcp(
  responder: DnsblResponder,
  host: string,
  port: number,
  open: Set<NetSocket>,
): Promise<Server> {
  const server = createServer((connection) => {
    open.add(connection);
    connection.on('close', () => open.delete(connection));
    let pending: Buffer = Buffer.alloc(0);
    connection.setTimeout(TCP_IDLE_MS, () => connection.destroy());
    connection.on('error', () => connection.destroy());
    connection.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      while (pending.length >= 2) {
        const length = pending.readUInt16BE(0);
        if (pending.length < 2 + length) break;
        const message = pending.subarray(2, 2 + length);
        pending = pending.subarray(2 + length);
        const answer = responder.answer(message, 'tcp');
        // A packet not worth an answer over UDP ends the conversation over TCP.
        if (!answer) {
          connection.destroy();
          return;
        }
        const framed = Buffer.alloc(2 + answer.length);
        framed.writeUInt16BE(answer.length, 0);
        answer.copy(framed, 2);
        connection.write(framed);
      }
    });
  });
  server.maxConnections = TCP_MAX_CONNECTIONS;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

const closeUdp = (socket: Socket) => new Promise<void>((resolve) => socket.close(() => resolve()));

export async function startDnsblListener(deps: {
  responder: DnsblResponder;
  host: string;
  port: number;
  log: ListenerLog;
}): Promise<DnsblListener> {
  const { responder, host, log } = deps;
  // With port 0 the UDP port is chosen first and TCP takes the same number; if that number is
  // taken for TCP, another is tried.
  for (let attempt = 0; ; attempt++) {
    const udp = await bindUdp(responder, host, deps.port, log);
    const port = udp.address().port;
    const connections = new Set<NetSocket>();
    try {
      const tcp = await listenTcp(responder, host, port, connections);
      return {
        port,
        async close() {
          await closeUdp(udp);
          await new Promise<void>((resolve) => {
            tcp.close(() => resolve());
            // Connections still open are resolvers between questions; they can ask again elsewhere.
            for (const connection of connections) connection.destroy();
          });
        },
      };
    } catch (error) {
      await closeUdp(udp);
      if (deps.port !== 0 || attempt >= 5) throw error;
    }
  }
}
