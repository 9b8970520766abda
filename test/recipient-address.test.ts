// Which email addresses the portal will send a confirmation email to.
import { expect, it } from 'vitest';
import { parseRecipient } from '../src/mail/recipient-address.js';

it.each([
  ['postmaster@sender.example', 'postmaster@sender.example'],
  ['  Ops.Team+delist@Sender.Example  ', 'Ops.Team+delist@sender.example'],
  ["o'brien@mail.sender.example", "o'brien@mail.sender.example"],
  ['info@bücher.example', 'info@xn--bcher-kva.example'],
  ['info@例え.テスト', 'info@xn--r8jz45g.xn--zckzah'],
])('accepts %s as %s', (input, address) => {
  expect(parseRecipient(input)).toEqual({ ok: true, address });
});

it.each([
  ['', 'required'],
  ['   ', 'required'],
  ['Alice <alice@sender.example>', 'invalid'],
  ['"alice"@sender.example', 'invalid'],
  ['alice@sender.example, bob@sender.example', 'invalid'],
  ['alice@sender.example;bob@sender.example', 'invalid'],
  ['alice@sender.example\r\nBcc: victim@elsewhere.example', 'invalid'],
  ['alice@sender.example\nSubject: hi', 'invalid'],
  ['alice@[192.0.2.1]', 'invalid'],
  ['alice@localhost', 'invalid'],
  ['alice@sender', 'invalid'],
  ['alice@-sender.example', 'invalid'],
  ['.alice@sender.example', 'invalid'],
  ['al..ice@sender.example', 'invalid'],
  ['alice.@sender.example', 'invalid'],
  ['alice@sender.example.', 'invalid'],
  ['@sender.example', 'invalid'],
  ['alice', 'invalid'],
  ['álice@sender.example', 'local-part'],
  [`${'a'.repeat(65)}@sender.example`, 'too-long'],
  [`a@${'b'.repeat(250)}.example`, 'too-long'],
])('refuses %j (%s)', (input, problem) => {
  expect(parseRecipient(input)).toEqual({ ok: false, problem });
});
