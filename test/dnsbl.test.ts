// The DNSBL on real loopback sockets: Node's own resolver pointed at it, and raw queries over
// UDP and TCP, against a portal whose clock the test moves.
import { Resolver } from 'node:dns/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dnsblText } from '../src/blocklist/index.js';
import { createListedIndex, type ListedIndex } from '../src/blocklist/listed-index.js';
import { rbldnsdLines } from '../src/cli/export-command.js';
import { type DnsblService, startDnsbl } from '../src/dnsbl/index.js';
import { askTcp, askUdp, decode, dnsblName, query } from './support/dns-client.js';
import { listNetwork, scheduleRemoval, startTestPortal, type TestPortal } from './support/test-portal.js';

const ZONE = 'bl.example.net';
let portal: TestPortal;
let index: ListedIndex;
let dnsbl: DnsblService;
let resolver: Resolver;

async function start(env: Record<string, string> = {}) {
  portal = await startTestPortal({ env });
  index = createListedIndex({ db: portal.db, clock: portal.clock });
  index.start();
  dnsbl = await startDnsbl({
    settings: {
      zone: ZONE,
      host: '127.0.0.1',
      port: 0,
      ttlSeconds: 300,
      nameserver: 'ns1.example.net',
      workers: 1,
    },
    publicUrl: portal.config.publicUrl,
    db: portal.db,
    clock: portal.clock,
    log: portal.app.log,
    index,
  });
  resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([`127.0.0.1:${dnsbl.port}`]);
}

afterEach(async () => {
  await dnsbl.close();
  index.close();
  await portal.close();
});

const name = (ip: string) => dnsblName(ip, ZONE);
const ask = async (ip: string, type: 'A' | 'TXT' | 'ANY' | 'AAAA' = 'A') =>
  decode((await askUdp(dnsbl.port, query(name(ip), type))) as Buffer);

describe('answers a resolver', () => {
  beforeEach(async () => {
    await start();
    for (const text of ['203.0.113.7', '198.51.100.0/24', '2001:db8::7', '2001:db8:1::/48'])
      listNetwork(portal, text);
    index.refresh();
  });

  it('lists an address with A 127.0.0.2 and the text that tells how to get removed', async () => {
    expect(await resolver.resolve4('7.113.0.203.bl.example.net')).toEqual(['127.0.0.2']);
    expect(await resolver.resolveTxt('7.113.0.203.bl.example.net')).toEqual([
      [dnsblText('203.0.113.7', 'http://portal.test')],
    ]);
    expect(dnsblText('203.0.113.7', 'http://portal.test')).toBe(
      'Banned sending IP 203.0.113.7; to request removal visit http://portal.test/?ip=203.0.113.7',
    );
  });

  it('says what the rbldnsd zone export says', async () => {
    const zone = rbldnsdLines(portal.app.portal.blocklist.listActive(), 4, portal.config.publicUrl, 0);
    const [, defaultAnswer] = zone;
    expect(defaultAnswer).toMatch(/^:127\.0\.0\.2:/);
    // rbldnsd puts the address where the dataset has "$".
    const exported = defaultAnswer?.slice(':127.0.0.2:'.length).replaceAll('$', '198.51.100.9');
    expect(await resolver.resolveTxt(name('198.51.100.9'))).toEqual([[exported]]);
  });

  it('answers for every address of a listed network, IPv4 and IPv6 alike', async () => {
    expect(await resolver.resolve4(name('198.51.100.250'))).toEqual(['127.0.0.2']);
    expect(await resolver.resolve4(name('2001:db8::7'))).toEqual(['127.0.0.2']);
    expect(await resolver.resolve4(name('2001:db8:1:ffff::1'))).toEqual(['127.0.0.2']);
    expect(await resolver.resolveTxt(name('2001:db8:1:ffff::1'))).toEqual([
      [dnsblText('2001:db8:1:ffff::1', 'http://portal.test')],
    ]);
    await expect(resolver.resolve4(name('2001:db8::8'))).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(resolver.resolve4(name('198.51.101.1'))).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('has the RFC 5782 test entries: 127.0.0.2 listed, 127.0.0.1 not, and the IPv6 ones', async () => {
    expect(await resolver.resolve4('2.0.0.127.bl.example.net')).toEqual(['127.0.0.2']);
    await expect(resolver.resolve4('1.0.0.127.bl.example.net')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    expect(await resolver.resolve4(name('::ffff:7f00:2'))).toEqual(['127.0.0.2']);
    await expect(resolver.resolve4(name('::ffff:7f00:1'))).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('reads names in any letter case and answers with the question as it was asked', async () => {
    const mixed = name('2001:db8::7').toUpperCase().replace('BL.EXAMPLE', 'bL.ExAmPlE');
    const answer = decode((await askUdp(dnsbl.port, query(mixed))) as Buffer);
    expect(answer.rcode).toBe('NOERROR');
    expect(answer.questions[0]?.name).toBe(mixed);
    expect(answer.answers).toMatchObject([{ type: 'A', data: '127.0.0.2' }]);
  });
});

describe('the zone', () => {
  beforeEach(() => start());

  it('answers NXDOMAIN for an address not listed, with the SOA (and its serial) in the authority section', async () => {
    const before = await ask('203.0.113.9');
    expect(before).toMatchObject({ rcode: 'NXDOMAIN', flag_aa: true, answers: [] });
    expect(before.authorities).toMatchObject([
      {
        type: 'SOA',
        name: ZONE,
        ttl: 300,
        data: { mname: 'ns1.example.net', rname: `hostmaster.${ZONE}`, minimum: 300 },
      },
    ]);
    listNetwork(portal, '203.0.113.200');
    index.refresh();
    const after = await ask('203.0.113.9');
    const serial = (a: typeof after) =>
      (a.authorities[0] as unknown as { data: { serial: number } }).data.serial;
    expect(serial(after)).toBeGreaterThan(serial(before));
  });

  it('has SOA and NS at the apex, and no records at the start of an address', async () => {
    const soa = decode((await askUdp(dnsbl.port, query('BL.example.NET', 'SOA'))) as Buffer);
    expect(soa).toMatchObject({
      rcode: 'NOERROR',
      flag_aa: true,
      answers: [{ type: 'SOA', name: 'BL.example.NET' }],
    });
    const ns = decode((await askUdp(dnsbl.port, query(ZONE, 'NS'))) as Buffer);
    expect(ns.answers).toMatchObject([{ type: 'NS', name: ZONE, data: 'ns1.example.net' }]);
    // 113.0.203.bl.example.net exists (names below it do) but has no A: NOERROR, empty, SOA.
    for (const branch of ['113.0.203', 'd.0.1.0.0.2']) {
      const answer = decode((await askUdp(dnsbl.port, query(`${branch}.${ZONE}`))) as Buffer);
      expect(answer).toMatchObject({ rcode: 'NOERROR', answers: [], authorities: [{ type: 'SOA' }] });
    }
    const other = decode((await askUdp(dnsbl.port, query(`www.${ZONE}`))) as Buffer);
    expect(other).toMatchObject({ rcode: 'NXDOMAIN', authorities: [{ type: 'SOA' }] });
    // Not an address: a leading zero, an octet too large, a nibble that is not hex.
    for (const bad of [
      '07.113.0.203',
      '256.113.0.203',
      `g${name('2001:db8::7').slice(1, -ZONE.length - 1)}`,
    ]) {
      const answer = decode((await askUdp(dnsbl.port, query(`${bad}.${ZONE}`))) as Buffer);
      expect(answer.rcode, bad).toBe('NXDOMAIN');
    }
  });

  it('refuses names outside the zone and other classes', async () => {
    for (const outside of ['example.net', 'bl.example.org', '7.113.0.203.xbl.example.net', 'net']) {
      const answer = decode((await askUdp(dnsbl.port, query(outside))) as Buffer);
      expect(answer, outside).toMatchObject({ rcode: 'REFUSED', flag_aa: false, answers: [] });
    }
    // No zone transfers: the rbldnsd export is how the list is copied.
    const [axfr] = await askTcp(dnsbl.port, [query(ZONE, 'AXFR')]);
    expect(decode(axfr as Buffer).rcode).toBe('REFUSED');
    const chaos = Buffer.from(query('version.bind', 'TXT'));
    chaos.writeUInt16BE(3, chaos.length - 2);
    expect(decode((await askUdp(dnsbl.port, chaos)) as Buffer).rcode).toBe('REFUSED');
  });

  it('answers FORMERR to broken packets, NOTIMP to other opcodes, and nothing to answers', async () => {
    const good = query(name('203.0.113.7'));
    const broken = [
      good.subarray(0, good.length - 3), // cut inside the question
      Buffer.concat([good, Buffer.from([0])]), // a byte after the last section
      (() => {
        const two = Buffer.from(good);
        two.writeUInt16BE(2, 4); // two questions announced, one sent
        return two;
      })(),
      (() => {
        const long = Buffer.from(good);
        long[12] = 64; // a label longer than 63
        return long;
      })(),
    ];
    for (const packet of broken) {
      const answer = (await askUdp(dnsbl.port, packet)) as Buffer;
      expect(answer.readUInt16BE(0)).toBe(4242);
      expect(decode(answer)).toMatchObject({ rcode: 'FORMERR', questions: [], answers: [] });
      expect(answer.length).toBeLessThanOrEqual(packet.length);
    }
    // EDNS: a version we do not speak gets BADVERS (16: 1 in the OPT's extended rcode), and two
    // OPT records are a broken packet.
    const future = Buffer.from(query(name('203.0.113.7'), 'A', { edns: 1232 }));
    future[future.length - 5] = 1;
    const badvers = decode((await askUdp(dnsbl.port, future)) as Buffer);
    expect(badvers).toMatchObject({ answers: [], additionals: [{ type: 'OPT', extendedRcode: 1 }] });
    const withOpt = query(name('203.0.113.7'), 'A', { edns: 1232 });
    const twoOpts = Buffer.concat([withOpt, withOpt.subarray(withOpt.length - 11)]);
    twoOpts.writeUInt16BE(2, 10);
    expect(decode((await askUdp(dnsbl.port, twoOpts)) as Buffer).rcode).toBe('FORMERR');
    const status = Buffer.from(good);
    status.writeUInt16BE(0x1000 | 0x0100, 2); // opcode 2 (STATUS)
    expect(decode((await askUdp(dnsbl.port, status)) as Buffer).rcode).toBe('NOTIMP');
    const response = Buffer.from(good);
    response.writeUInt16BE(0x8000, 2);
    expect(await askUdp(dnsbl.port, response, 300)).toBeUndefined();
    expect(await askUdp(dnsbl.port, Buffer.from([1, 2, 3]), 300)).toBeUndefined();
  });
});

describe('the exact moment', () => {
  beforeEach(() => start());

  it('stops answering at delist_at, and never lets a cache keep the answer longer', async () => {
    listNetwork(portal, '203.0.113.0/24');
    listNetwork(portal, '203.0.113.7');
    const delistAt = portal.clock.now() + 90_500;
    scheduleRemoval(portal, '203.0.113.7/32', '203.0.113.7', delistAt);
    const outer = portal.clock.now() + 120_000;
    scheduleRemoval(portal, '203.0.113.0/24', '203.0.113.1', outer);
    index.refresh();

    expect((await ask('203.0.113.7')).answers).toMatchObject([{ type: 'A', ttl: 90 }]);
    portal.clock.set(delistAt - 1);
    expect((await ask('203.0.113.7')).answers).toMatchObject([{ type: 'A', ttl: 0 }]);
    // The /32 is gone; the /24 around it counts until its own removal.
    portal.clock.set(delistAt);
    expect((await ask('203.0.113.7')).answers).toMatchObject([{ type: 'A', ttl: 29 }]);
    portal.clock.set(outer - 1);
    expect((await ask('203.0.113.7', 'TXT')).answers).toMatchObject([{ type: 'TXT', ttl: 0 }]);
    portal.clock.set(outer);
    expect((await ask('203.0.113.7')).rcode).toBe('NXDOMAIN');
  });
});

describe('size: truncation, TCP and amplification', () => {
  // A long portal address makes the TXT answer larger than 512 bytes.
  const longUrl = `https://delist.example.net/${'x'.repeat(600)}`;
  beforeEach(async () => {
    await start({ PUBLIC_URL: longUrl });
    listNetwork(portal, '203.0.113.7');
    index.refresh();
  });

  it('truncates what does not fit in UDP, answers it over TCP, and resolvers follow', async () => {
    const udp = decode((await askUdp(dnsbl.port, query(name('203.0.113.7'), 'TXT'))) as Buffer);
    expect(udp).toMatchObject({ rcode: 'NOERROR', flag_tc: true, answers: [] });
    const [tcp] = await askTcp(dnsbl.port, [query(name('203.0.113.7'), 'TXT')]);
    const text = dnsblText('203.0.113.7', longUrl);
    expect(decode(tcp as Buffer)).toMatchObject({ flag_tc: false, answers: [{ type: 'TXT' }] });
    const strings = [text.slice(0, 255), text.slice(255, 510), text.slice(510)];
    expect(await resolver.resolveTxt(name('203.0.113.7'))).toEqual([strings]);
    // With EDNS the requester can take up to 1232 bytes over UDP, and we say so in our OPT.
    const edns = decode(
      (await askUdp(dnsbl.port, query(name('203.0.113.7'), 'TXT', { edns: 4096 }))) as Buffer,
    );
    expect(edns).toMatchObject({ flag_tc: false, answers: [{ type: 'TXT' }] });
    expect(edns.additionals).toMatchObject([{ type: 'OPT', udpPayloadSize: 1232 }]);
  });

  it('answers ANY over UDP with one record, and both over TCP', async () => {
    const question = query(name('203.0.113.7'), 'ANY');
    const udp = (await askUdp(dnsbl.port, question)) as Buffer;
    expect(decode(udp).answers).toMatchObject([{ type: 'A' }]);
    expect(udp.length).toBeLessThanOrEqual(question.length + 16);
    const [tcp] = await askTcp(dnsbl.port, [question]);
    expect(decode(tcp as Buffer).answers.map((answer) => answer.type)).toEqual(['A', 'TXT']);
  });

  it('answers queries sent together or a byte at a time over one TCP connection, in order', async () => {
    const questions = [
      query(name('203.0.113.7'), 'A', { id: 1 }),
      query(name('203.0.113.8'), 'A', { id: 2 }),
    ];
    for (const chunkSize of [undefined, 1]) {
      const answers = (await askTcp(dnsbl.port, questions, { chunkSize })).map(decode);
      expect(answers.map((a) => [a.id, a.rcode])).toEqual([
        [1, 'NOERROR'],
        [2, 'NXDOMAIN'],
      ]);
    }
  });
});
