// The one description of configuration: every setting is read from the environment here,
// checked once at start-up, and handed down as a frozen, typed object.
import { z } from 'zod';
import { parseOwnNetworks } from './abuse/sending-ip.js';
import { DEFAULT_NDR_TEMPLATE } from './blocklist/ndr.js';
import { count, domainName, duration, httpUrl, TokenKeysSchema, trustProxy } from './config-values.js';
import { parseSender } from './mail/mime-message.js';
import { parseRecipient } from './mail/recipient-address.js';

export { TokenKeysSchema } from './config-values.js';

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_URL: httpUrl('PUBLIC_URL').optional(),
    DATABASE_PATH: z.string().min(1).default('data/delist.db'),
    DATABASE_BUSY_TIMEOUT: duration('DATABASE_BUSY_TIMEOUT').default(5_000),
    DELIST_DELAY: duration('DELIST_DELAY').default(60 * 60 * 1000),
    TOKEN_TTL: duration('TOKEN_TTL')
      .default(24 * 60 * 60 * 1000)
      .refine((ms) => ms >= 60_000, { message: 'TOKEN_TTL must be at least 1m' }),
    TOKEN_KEYS: TokenKeysSchema.optional(),
    SMTP_URL: z
      .string()
      .refine((text) => URL.canParse(text) && /^smtps?:$/.test(new URL(text).protocol), {
        message: 'SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465',
      })
      .optional(),
    MAIL_FROM: z
      .string()
      .default('Delist portal <delist@localhost>')
      .refine((text) => parseSender(text) !== undefined, {
        message:
          'MAIL_FROM must name one address, such as "Delist portal <delist@example.net>" or delist@example.net',
      }),
    MAIL_CAPTURE_DIR: z.string().min(1).default('data/mail'),
    SWEEP_INTERVAL: duration('SWEEP_INTERVAL')
      .default(30_000)
      .refine((ms) => ms >= 1000, { message: 'SWEEP_INTERVAL must be at least 1s' }),
    OUTBOX_INTERVAL: duration('OUTBOX_INTERVAL')
      .default(10_000)
      .refine((ms) => ms >= 1000, { message: 'OUTBOX_INTERVAL must be at least 1s' }),
    POW_DIFFICULTY: count('POW_DIFFICULTY', 50_000),
    CONFIRM_ADDRESS_POLICY: z
      .enum(['any', 'rdns'], { error: 'CONFIRM_ADDRESS_POLICY must be any or rdns' })
      .default('any'),
    DNS_TIMEOUT: duration('DNS_TIMEOUT').default(3_000),
    DNS_SERVERS: z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((server) => server.trim())
          .filter(Boolean),
      )
      .optional(),
    RESEND_COOLDOWN: duration('RESEND_COOLDOWN').default(2 * 60_000),
    OUTBOX_MAX_AGE: duration('OUTBOX_MAX_AGE')
      .default(12 * 3_600_000)
      .refine((ms) => ms >= 60_000, { message: 'OUTBOX_MAX_AGE must be at least 1m' }),
    HEADERS_TIMEOUT: duration('HEADERS_TIMEOUT')
      .default(10_000)
      .refine((ms) => ms >= 100, { message: 'HEADERS_TIMEOUT must be at least 100ms' }),
    REQUEST_TIMEOUT: duration('REQUEST_TIMEOUT')
      .default(30_000)
      .refine((ms) => ms >= 100, { message: 'REQUEST_TIMEOUT must be at least 100ms' }),
    TRUST_PROXY: trustProxy.default(false),
    POSTS_PER_MINUTE: count('POSTS_PER_MINUTE', 10),
    EMAILS_PER_ADDRESS_PER_HOUR: count('EMAILS_PER_ADDRESS_PER_HOUR', 3),
    EMAILS_PER_ADDRESS_PER_DAY: count('EMAILS_PER_ADDRESS_PER_DAY', 5),
    REQUESTS_PER_IP_PER_DAY: count('REQUESTS_PER_IP_PER_DAY', 10),
    SELF_DELIST_MAX: count('SELF_DELIST_MAX', 3),
    SELF_DELIST_WINDOW: duration('SELF_DELIST_WINDOW')
      .default(30 * 24 * 3_600_000)
      .refine((ms) => ms >= 3_600_000, { message: 'SELF_DELIST_WINDOW must be at least 1h' }),
    PROVIDER_NAME: z.string().min(1).max(100).default('Example Mail'),
    NDR_TEMPLATE: z
      .string()
      .refine(
        (text) => /^5\d\d [45]\.\d+\.\d+ /.test(text) && text.includes('{ip}') && !/[\r\n]/.test(text),
        {
          message:
            'NDR_TEMPLATE must be one line starting with an SMTP code such as 550 5.7.606, and contain {ip}',
        },
      )
      .default(DEFAULT_NDR_TEMPLATE),
    SUPPORT_CONTACT: z.string().max(200).optional(),
    ABUSE_REPORT_MAX_BYTES: count('ABUSE_REPORT_MAX_BYTES', 256 * 1024).refine(
      (bytes) => bytes >= 4096 && bytes <= 10 * 1024 * 1024,
      { message: 'ABUSE_REPORT_MAX_BYTES must be between 4096 and 10485760 (10 MiB)' },
    ),
    ABUSE_REPORTS_PER_CLIENT_PER_DAY: count('ABUSE_REPORTS_PER_CLIENT_PER_DAY', 20),
    ABUSE_REPORT_NOTIFY: z
      .string()
      .refine((text) => parseRecipient(text).ok, {
        message: 'ABUSE_REPORT_NOTIFY must be one plain email address, such as abuse@example.net',
      })
      // An international domain is written in its ASCII form, as the recipients of the form are.
      .transform((text) => {
        const parsed = parseRecipient(text);
        return parsed.ok ? parsed.address : text.trim();
      })
      .optional(),
    OWN_NETWORKS: z
      .string()
      .transform((text, ctx) => {
        const parsed = parseOwnNetworks(text);
        if (parsed.ok) return parsed.value;
        ctx.addIssue({
          code: 'custom',
          message: `OWN_NETWORKS must be a comma-separated list of public networks such as 198.51.100.0/24, 2001:db8::/32 (got "${parsed.entry}")`,
        });
        return z.NEVER;
      })
      .optional(),
    POLICY_PORT: z.coerce
      .number({ error: 'POLICY_PORT must be a port number from 0 to 65535' })
      .int('POLICY_PORT must be a port number from 0 to 65535')
      .min(0, 'POLICY_PORT must be a port number from 0 to 65535')
      .max(65535, 'POLICY_PORT must be a port number from 0 to 65535')
      .optional(),
    POLICY_HOST: z.string().min(1).default('127.0.0.1'),
    // Longer than Postfix's own smtpd_policy_service_max_idle (300s), so Postfix is the one that
    // closes a quiet connection; this only clears away clients that never do.
    POLICY_IDLE_TIMEOUT: duration('POLICY_IDLE_TIMEOUT')
      .default(10 * 60_000)
      .refine((ms) => ms >= 100, { message: 'POLICY_IDLE_TIMEOUT must be at least 100ms' }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DNSBL_ZONE: domainName('DNSBL_ZONE').optional(),
    DNSBL_HOST: z.string().min(1).default('127.0.0.1'),
    DNSBL_PORT: z.coerce
      .number({ error: 'DNSBL_PORT must be a port number' })
      .int('DNSBL_PORT must be a port number')
      .min(0, 'DNSBL_PORT must be a port number')
      .max(65535, 'DNSBL_PORT must be a port number')
      .optional(),
    DNSBL_TTL: duration('DNSBL_TTL')
      .default(5 * 60_000)
      .refine((ms) => ms <= 86_400_000, { message: 'DNSBL_TTL must be at most 1d' }),
    DNSBL_NS: domainName('DNSBL_NS').optional(),
    DNSBL_WORKERS: count('DNSBL_WORKERS', 1).refine((n) => n <= 64, {
      message: 'DNSBL_WORKERS must be at most 64',
    }),
  })
  .refine((env) => (env.DNSBL_ZONE === undefined) === (env.DNSBL_PORT === undefined), {
    message: 'DNSBL_ZONE and DNSBL_PORT go together: set both to serve the DNSBL, or neither',
    path: ['DNSBL_ZONE'],
  })
  .refine((env) => env.HEADERS_TIMEOUT <= env.REQUEST_TIMEOUT, {
    message: 'HEADERS_TIMEOUT must not be longer than REQUEST_TIMEOUT',
    path: ['HEADERS_TIMEOUT'],
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    databasePath: env.DATABASE_PATH,
    databaseBusyTimeoutMs: env.DATABASE_BUSY_TIMEOUT,
    delistDelayMs: env.DELIST_DELAY,
    tokenTtlMs: env.TOKEN_TTL,
    tokenKeys: env.TOKEN_KEYS,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    mailCaptureDir: env.MAIL_CAPTURE_DIR,
    sweepIntervalMs: env.SWEEP_INTERVAL,
    outboxIntervalMs: env.OUTBOX_INTERVAL,
    powDifficulty: env.POW_DIFFICULTY,
    confirmAddressPolicy: env.CONFIRM_ADDRESS_POLICY,
    dnsServers: env.DNS_SERVERS,
    dnsTimeoutMs: env.DNS_TIMEOUT,
    resendCooldownMs: env.RESEND_COOLDOWN,
    outboxMaxAgeMs: env.OUTBOX_MAX_AGE,
    headersTimeoutMs: env.HEADERS_TIMEOUT,
    requestTimeoutMs: env.REQUEST_TIMEOUT,
    trustProxy: env.TRUST_PROXY,
    limits: {
      postsPerMinute: env.POSTS_PER_MINUTE,
      emailsPerAddressPerHour: env.EMAILS_PER_ADDRESS_PER_HOUR,
      emailsPerAddressPerDay: env.EMAILS_PER_ADDRESS_PER_DAY,
      requestsPerIpPerDay: env.REQUESTS_PER_IP_PER_DAY,
    },
    selfDelist: { max: env.SELF_DELIST_MAX, windowMs: env.SELF_DELIST_WINDOW },
    providerName: env.PROVIDER_NAME,
    ndrTemplate: env.NDR_TEMPLATE,
    supportContact: env.SUPPORT_CONTACT,
    abuseReports: {
      maxBytes: env.ABUSE_REPORT_MAX_BYTES,
      perClientPerDay: env.ABUSE_REPORTS_PER_CLIENT_PER_DAY,
      notify: env.ABUSE_REPORT_NOTIFY,
      ownNetworks: env.OWN_NETWORKS ?? [],
    },
    policy: {
      port: env.POLICY_PORT,
      host: env.POLICY_HOST,
      idleTimeoutMs: env.POLICY_IDLE_TIMEOUT,
    },
    logLevel: env.LOG_LEVEL,
    dnsbl:
      env.DNSBL_ZONE === undefined || env.DNSBL_PORT === undefined
        ? undefined
        : {
            zone: env.DNSBL_ZONE,
            host: env.DNSBL_HOST,
            port: env.DNSBL_PORT,
            ttlSeconds: Math.floor(env.DNSBL_TTL / 1000),
            // The portal's own host by default: npm start serves both from one machine.
            nameserver: env.DNSBL_NS ?? new URL(env.PUBLIC_URL ?? 'http://localhost').hostname,
            workers: env.DNSBL_WORKERS,
          },
  }));

export type Config = z.infer<typeof ConfigSchema>;
export type TokenKey = NonNullable<Config['tokenKeys']>[number];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads config from an environment; empty values count as unset, as in most .env files. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || 'config'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data);
}
