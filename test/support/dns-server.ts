// A small authoritative DNS server on a loopback UDP port (dns-packet for the wire format), so
// tests query real DNS with Node's own resolver. Names not in the table answer NXDOMAIN; names
// listed under `silent` get no answer at all, like a broken server.
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import * as dnsPacket from 'dns-packet';

export interface DnsRecords {
  PTR?: string[];
  A?: string[];
  AAAA?: string[];
}

export interface DnsServer {
  /** For DNS_SERVERS / Resolver.setServers. */
  address: string;
  close(): Promise<void>;
}

export async function startDnsServer(
  zone: Record<string, DnsRecords>,
  silent: string[] = [],
): Promise<DnsServer> {
  const socket = createSocket('udp4');
  socket.on('message', (message, peer) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    if (silent.includes(name)) return;
    const records = zone[name];
    const type = question.type as keyof DnsRecords;
    const answers = (records?.[type] ?? []).map((data) => ({ type, name: question.name, ttl: 60, data }));
    const reply = dnsPacket.encode({
      id: query.id,
      type: 'response',
      // The low four bits of the flags are the response code: 3 is NXDOMAIN.
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (records ? 0 : 3),
      questions: [question],
      answers: answers as dnsPacket.Answer[],
    });
    socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
