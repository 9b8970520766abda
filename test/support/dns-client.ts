// Asks a DNS server questions the way a resolver does, over a real UDP socket or TCP
// connection on loopback, with dns-packet writing the queries and reading the answers.
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import * as dnsPacket from 'dns-packet';

/** What dns-packet decodes, with the fields its typings leave out. */
export interface DnsAnswer extends dnsPacket.Packet {
  rcode: string;
  flag_aa: boolean;
  flag_tc: boolean;
  flag_rd: boolean;
  opcode: string;
  answers: dnsPacket.Answer[];
  authorities: dnsPacket.Answer[];
  additionals: dnsPacket.Answer[];
  questions: dnsPacket.Question[];
}

export function query(
  name: string,
  type: dnsPacket.RecordType | 'ANY' = 'A',
  options: { edns?: number; id?: number } = {},
): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id: options.id ?? 4242,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ name, type: type as dnsPacket.RecordType, class: 'IN' }],
    additionals:
      options.edns === undefined
        ? []
        : [
            {
              type: 'OPT',
              name: '.',
              udpPayloadSize: options.edns,
              extendedRcode: 0,
              ednsVersion: 0,
              flags: 0,
              flag_do: false,
              options: [],
            },
          ],
  });
}

export const decode = (packet: Buffer) => dnsPacket.decode(packet) as unknown as DnsAnswer;

/** Sends one datagram; resolves with the raw answer, or undefined when none came within waitMs. */
export function askUdp(port: number, packet: Buffer, waitMs = 2000): Promise<Buffer | undefined> {
  const socket = createSocket('udp4');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(undefined), waitMs);
    const finish = (answer: Buffer | undefined) => {
      clearTimeout(timer);
      socket.close();
      resolve(answer);
    };
    socket.once('error', reject);
    socket.once('message', (answer) => finish(answer));
    socket.send(packet, port, '127.0.0.1');
  });
}

/**
 * Sends these messages over one TCP connection, written in pieces of `chunkSize` bytes, and
 * resolves with the answers read (each without its length prefix) once `expect` have come.
 */
export function askTcp(
  port: number,
  packets: Buffer[],
  options: { chunkSize?: number; expect?: number } = {},
): Promise<Buffer[]> {
  const framed = Buffer.concat(
    packets.map((packet) => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(packet.length);
      return Buffer.concat([length, packet]);
    }),
  );
  const expected = options.expect ?? packets.length;
  return new Promise((resolve, reject) => {
    const answers: Buffer[] = [];
    let pending = Buffer.alloc(0);
    const socket = connect(port, '127.0.0.1', async () => {
      const size = options.chunkSize ?? framed.length;
      for (let at = 0; at < framed.length; at += size) {
        socket.write(framed.subarray(at, at + size));
        if (size < framed.length) await new Promise((next) => setImmediate(next));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answers));
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        answers.push(pending.subarray(2, 2 + pending.readUInt16BE(0)));
        pending = pending.subarray(2 + pending.readUInt16BE(0));
      }
      if (answers.length >= expected) socket.end();
    });
  });
}

/** The DNSBL name of an address: reversed octets, or 32 reversed nibbles, under the zone. */
export function dnsblName(ip: string, zone: string): string {
  if (!ip.includes(':')) return `${ip.split('.').reverse().join('.')}.${zone}`;
  const [head = '', tail = ''] = ip.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const missing = 8 - groups(head).length - groups(tail).length;
  const full = [...groups(head), ...Array(ip.includes('::') ? missing : 0).fill('0'), ...groups(tail)];
  const nibbles = full.map((group) => group.padStart(4, '0')).join('');
  return `${[...nibbles].reverse().join('.')}.${zone}`;
}
