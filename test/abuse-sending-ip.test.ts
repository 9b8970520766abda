// Which address sent a reported message, read from its Received headers the way real mail
// servers write them: folded lines, brackets, IPv6 literals, internal relays, made-up hops.
import { describe, expect, it } from 'vitest';
import {
  chooseSendingIp,
  newReference,
  normalReference,
  parseHeaderFields,
  parseOwnNetworks,
  readPastedMessage,
  readUploadedMessage,
  receivedHops,
} from '../src/abuse/index.js';
import { loadConfig } from '../src/config.js';

const OWN = ['198.51.100.0/24', '2001:db8:100::/48'];

function hopsOf(headers: string) {
  const fields = parseHeaderFields(headers);
  if (!fields) throw new Error('not a message');
  return receivedHops(fields);
}

const sendingIp = (headers: string, own: string[] = []) => chooseSendingIp(hopsOf(headers), own);

// Newest first: the recipient's MX, our outbound relay, the customer's server connecting to it.
const THROUGH_OUR_RELAY = [
  'Return-Path: <bounce@shop.example>',
  'Delivered-To: victim@recipient.example',
  'Received: from relay2.provider.example (relay2.provider.example [198.51.100.25])',
  '\tby mx1.recipient.example (Postfix) with ESMTPS id 4Bc9kQ1xyz',
  '\tfor <victim@recipient.example>; Tue, 1 Dec 2026 18:02:11 +0000 (UTC)',
  'Received: from relay-int.provider.example ([10.20.0.5])',
  '        by relay2.provider.example with ESMTP id 0AB12; Tue, 1 Dec 2026 18:02:10 +0000',
  'Received: from shop.example (customer-7.provider.example [198.51.100.77])',
  '\tby relay-int.provider.example (Postfix) with SMTP id 99F1;',
  '\tTue, 1 Dec 2026 18:02:09 +0000',
  'Received: from fake.example (fake.example [203.0.113.200])',
  '\tby made-up.example with SMTP; Tue, 1 Dec 2026 18:00:00 +0000',
  'From: "Cheap watches" <sales@shop.example>',
  'To: victim@recipient.example',
  'Subject: Buy now',
  '',
  'Body text with a Received: from line [192.0.2.99] that is not a header.',
].join('\r\n');

describe('reading Received headers', () => {
  it('unfolds continued lines and stops at the body', () => {
    const fields = parseHeaderFields(THROUGH_OUR_RELAY);
    expect(fields?.filter((field) => field.name === 'received')).toHaveLength(4);
    expect(fields?.[2]?.value).toBe(
      'from relay2.provider.example (relay2.provider.example [198.51.100.25]) by mx1.recipient.example (Postfix) with ESMTPS id 4Bc9kQ1xyz for <victim@recipient.example>; Tue, 1 Dec 2026 18:02:11 +0000 (UTC)',
    );
    expect(fields?.at(-1)).toEqual({ name: 'subject', value: 'Buy now' });
  });

  it('takes the address each server saw, not the HELO name the sender chose', () => {
    const hops = hopsOf(
      [
        'Received: from [192.0.2.1] (rdns.example [203.0.113.9]) by mx.example; Tue, 1 Dec 2026 18:00:00 +0000',
        'Received: from mail.example ([203.0.113.10]:51234 helo=[192.0.2.2]) by mx.example with esmtp',
        'Received: from unknown (HELO [192.0.2.3]) (203.0.113.11) by mx.example with SMTP',
        'Received: from HOST01.corp.example (2001:db8:5::25) by HOST02.corp.example (2001:db8:5::26) with Microsoft SMTP Server',
        'Received: from helo.example (helo.example. [IPv6:2001:DB8:0:0:0:0:0:1]) by mx.example',
        'Received: from mapped.example (mapped.example [IPv6:::ffff:203.0.113.12]) by mx.example',
        'Received: from [203.0.113.13] (port=40000 helo=anything) by mx.example',
        'Received: by mx.example (Postfix, from userid 1000) id 1234; Tue, 1 Dec 2026 18:00:00 +0000',
        'Received: (qmail 4321 invoked by uid 89); 1 Dec 2026 18:00:00 -0000',
        'Received: from host (host [203.0.113.14] (may be forged)) by mx.example',
        'Received: from mail-sor-f41.example.com (mail-sor-f41.example.com. [198.51.100.41])',
        '        by mx.example.com with SMTPS id a640c23a62f3a-12345sor.7.2026.12.01.10.02.11',
        'Received: by 2001:db8:6a10:1a4c:b0:5a1:1234:5678 with SMTP id 12345csp; Tue, 1 Dec 2026',
        'Received: from DM6PR01MB1234.example.com (2001:db8:5:1c0::15) by DM6PR01MB5678.example.com',
        ' (2001:db8:5:1c0::16) with Microsoft SMTP Server (version=TLS1_2) id 15.20.5123.14 via Frontend Transport',
        'Received: from [192.168.1.10] (unknown [203.0.113.50]) (Authenticated sender: user@provider.example)',
        '\tby smtp.provider.example (Postfix) with ESMTPSA id 4Bc9',
      ].join('\n'),
    );
    expect(hops.map((hop) => hop.address?.address ?? null)).toEqual([
      '203.0.113.9',
      '203.0.113.10',
      '203.0.113.11',
      '2001:db8:5::25',
      '2001:db8::1',
      '203.0.113.12',
      '203.0.113.13',
      null,
      null,
      '203.0.113.14',
      '198.51.100.41',
      null,
      '2001:db8:5:1c0::15',
      '203.0.113.50',
    ]);
  });

  it('never takes an internal relay as the sender', () => {
    const hops = hopsOf(
      [
        'Received: from int.example (int.example [10.0.0.5]) by relay.example',
        'Received: from int.example (int.example [10.0.0.6]) (authenticated from 203.0.113.9) by relay.example',
      ].join('\n'),
    );
    expect(hops).toEqual([{ address: null }, { address: null }]);
  });

  it('refuses text that is not a message, and reads mbox exports and bare CR line ends', () => {
    expect(parseHeaderFields('hello, I got spam from you')).toBeNull();
    expect(parseHeaderFields('  \n  indented first line: no')).toBeNull();
    expect(parseHeaderFields('From someone@example Tue Dec  1 18:00:00 2026\nSubject: hi')).toEqual([
      { name: 'subject', value: 'hi' },
    ]);
    const copiedPage = [
      'Original message',
      'Message ID\t<abc@shop.example>',
      'Created at:\tTue, Dec 1, 2026 at 6:02 PM',
      'SPF:\tPASS with IP 198.51.100.77 Learn more',
      'Download original',
      'Delivered-To: victim@recipient.example',
      'Received: from shop.example (shop.example [198.51.100.77]) by mx.recipient.example',
    ].join('\n');
    expect(parseHeaderFields(copiedPage)?.map((field) => field.name)).toEqual(['delivered-to', 'received']);
    expect(parseHeaderFields('Subject: one\r  two\rTo: x@y.example')).toEqual([
      { name: 'subject', value: 'one two' },
      { name: 'to', value: 'x@y.example' },
    ]);
  });
});

describe('choosing the sending IP', () => {
  it('without our networks known, takes the earliest public address, and says so', () => {
    expect(sendingIp(THROUGH_OUR_RELAY)).toEqual({ address: '203.0.113.200', basis: 'earliest-public' });
  });

  it('with our networks known, takes where the message entered them and ignores hops made up below', () => {
    expect(sendingIp(THROUGH_OUR_RELAY, OWN)).toEqual({ address: '198.51.100.77', basis: 'own-network' });
  });

  it('does not believe a made-up hop inside our networks below one from outside', () => {
    const headers = [
      'Received: from relay.provider.example (relay.provider.example [2001:db8:100::25]) by mx.recipient.example',
      'Received: from client.elsewhere.example (client.elsewhere.example [203.0.113.50]) by relay.provider.example',
      'Received: from forged.example (forged.example [198.51.100.99]) by nowhere.example',
    ].join('\n');
    expect(sendingIp(headers, OWN)).toEqual({ address: '2001:db8:100::25', basis: 'own-network' });
  });

  it('says when no hop was in our networks, and when there was no address at all', () => {
    const outside = 'Received: from a.example (a.example [203.0.113.1]) by mx.recipient.example';
    expect(sendingIp(outside, OWN)).toEqual({ address: '203.0.113.1', basis: 'outside-own-networks' });
    const none = 'Received: from int (int [192.168.1.2]) by mx.example\nSubject: x';
    expect(sendingIp(none, OWN)).toEqual({ address: null, basis: null });
    expect(sendingIp('Subject: no hops at all')).toEqual({ address: null, basis: null });
  });
});

describe('OWN_NETWORKS and message checks', () => {
  it('stops start-up on a bad OWN_NETWORKS or ABUSE_REPORT_MAX_BYTES, naming the variable', () => {
    expect(loadConfig({}).abuseReports).toEqual({ maxBytes: 262_144, perClientPerDay: 20, ownNetworks: [] });
    expect(loadConfig({ OWN_NETWORKS: '198.51.100.0/24' }).abuseReports.ownNetworks).toEqual([
      '198.51.100.0/24',
    ]);
    expect(() => loadConfig({ OWN_NETWORKS: '198.51.100.0/24, 192.168.0.0/16' })).toThrow(
      /OWN_NETWORKS: OWN_NETWORKS must be a comma-separated list of public networks .* \(got "192\.168\.0\.0\/16"\)/,
    );
    expect(() => loadConfig({ ABUSE_REPORT_MAX_BYTES: '100' })).toThrow(
      /ABUSE_REPORT_MAX_BYTES: .*between 4096/,
    );
    expect(() => loadConfig({ ABUSE_REPORT_NOTIFY: 'Abuse <abuse@provider.example>' })).toThrow(
      /ABUSE_REPORT_NOTIFY: ABUSE_REPORT_NOTIFY must be one plain email address/,
    );
    expect(loadConfig({ ABUSE_REPORT_NOTIFY: ' abuse@provider.example ' }).abuseReports.notify).toBe(
      'abuse@provider.example',
    );
    // Written as every mail server can read it, as the form's recipients are.
    expect(loadConfig({ ABUSE_REPORT_NOTIFY: 'abuse@bücher.example' }).abuseReports.notify).toBe(
      'abuse@xn--bcher-kva.example',
    );
    expect(() => loadConfig({ ABUSE_REPORT_MAX_BYTES: '1MB' })).toThrow(
      /ABUSE_REPORT_MAX_BYTES must be a whole number/,
    );
  });

  it('reads public networks in canonical form and names the entry that is not one', () => {
    expect(parseOwnNetworks('198.51.100.7/24, 2001:DB8:100::/48,')).toEqual({
      ok: true,
      value: ['198.51.100.0/24', '2001:db8:100::/48'],
    });
    expect(parseOwnNetworks('198.51.100.0/24,10.0.0.0/8')).toEqual({ ok: false, entry: '10.0.0.0/8' });
    expect(parseOwnNetworks('example.net')).toEqual({ ok: false, entry: 'example.net' });
  });

  it('checks what was pasted or uploaded before anything is stored', () => {
    expect(readPastedMessage('  \n ', 1000)).toEqual({ ok: false, problem: 'empty' });
    expect(readPastedMessage(`Subject: ${'x'.repeat(2000)}`, 1000)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    expect(readPastedMessage('Dear abuse team, spam!', 1000)).toEqual({
      ok: false,
      problem: 'not-a-message',
    });
    expect(readUploadedMessage(Buffer.from('Subject: a\u0000b'), 1000)).toEqual({
      ok: false,
      problem: 'binary',
    });
    const msg = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]);
    expect(readUploadedMessage(msg, 1000)).toEqual({ ok: false, problem: 'outlook-msg' });
    const latin1 = readUploadedMessage(Buffer.from('Subject: caf\xe9\n\nbody', 'latin1'), 1000);
    expect(latin1).toMatchObject({ ok: true, value: { text: 'Subject: café\n\nbody', bytes: 19 } });
  });
});

describe('references', () => {
  it('are easy to read out, and found however the reporter types them', () => {
    const reference = newReference();
    expect(reference).toMatch(/^AR-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(normalReference(reference.toLowerCase())).toBe(reference);
    expect(normalReference(reference.replace(/-/g, ''))).toBe(reference);
    expect(normalReference(reference.slice(3))).toBe(reference);
    expect(normalReference('ARARB12-34567')).toBe('AR-ARB12-34567');
    for (const wrong of ['', 'AR-', 'AR-00000-0000', 'AR-0000I-00000', '12', '<script>']) {
      expect(normalReference(wrong), wrong).toBeUndefined();
    }
  });
});
