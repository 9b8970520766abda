// The kinds of value configuration is made of (durations, counts, URLs, key lists, proxy
// settings), each a zod schema whose messages name the variable that is wrong.
import { z } from 'zod';
import { parseDuration } from './duration.js';

export const duration = (name: string) =>
  z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be a duration such as 0, 90s, 30m, 24h or 1h30m (got "${text}")`,
      });
      return z.NEVER;
    }
    return ms;
  });

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

export const TokenKeysSchema = z.string().transform((text, ctx) => {
  const keys = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      return { id: entry.slice(0, colon), secret: entry.slice(colon + 1), ok: colon > 0 };
    });
  const bad = keys.find((key) => !key.ok || !KEY_ID.test(key.id) || key.secret.length < 32);
  if (keys.length === 0 || bad) {
    ctx.addIssue({
      code: 'custom',
      message:
        'TOKEN_KEYS must be a comma-separated list of id:secret pairs (id: 1-16 letters, digits, _ or -; ' +
        'secret: at least 32 characters); the first key signs, all verify',
    });
    return z.NEVER;
  }
  const ids = new Set(keys.map((key) => key.id));
  if (ids.size !== keys.length) {
    ctx.addIssue({ code: 'custom', message: 'TOKEN_KEYS has the same key id twice' });
    return z.NEVER;
  }
  return keys.map(({ id, secret }) => ({ id, secret }));
});

export const count = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .default(fallback);

// false (default), true (trust X-Forwarded-For from anyone: only behind a proxy that overwrites it),
// a number of proxy hops, or a comma-separated list of proxy addresses and CIDRs.
export const trustProxy = z.string().transform((text, ctx): boolean | number | string[] => {
  const value = text.trim();
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const list = value.split(',').map((entry) => entry.trim());
  if (list.every((entry) => /^[0-9A-Fa-f:.]+(\/\d{1,3})?$/.test(entry))) return list;
  ctx.addIssue({
    code: 'custom',
    message: 'TRUST_PROXY must be false, true, a number of proxy hops, or a list of proxy addresses/CIDRs',
  });
  return z.NEVER;
});

export const httpUrl = (name: string) =>
  z
    .string()
    .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), {
      message: `${name} must be an absolute http:// or https:// URL`,
    })
    .transform((text) => text.replace(/\/+$/, ''));

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A DNS name such as bl.example.net: letters, digits and hyphens, at least two labels. */
export const domainName = (name: string) =>
  z
    .string()
    .transform((text) => text.trim().toLowerCase().replace(/\.$/, ''))
    .refine(
      (text) =>
        text.length <= 253 && text.split('.').length >= 2 && text.split('.').every((l) => LABEL.test(l)),
      {
        message: `${name} must be a domain name such as bl.example.net`,
      },
    );
