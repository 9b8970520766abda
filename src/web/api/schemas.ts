// The JSON API's shapes, as zod schemas: Fastify validates requests with them and the OpenAPI
// document is generated from them, so the documentation cannot drift from the code.
import { z } from 'zod';

export const ApiError = z
  .object({
    error: z.object({
      code: z.string().describe('Stable, for programs: invalid-ip, not-found, ...'),
      message: z.string().describe('For people: what was wrong and what to do'),
      field: z.string().optional().describe('The input the message is about'),
    }),
  })
  .meta({ id: 'Error' });

export const LookupParams = z.object({
  ip: z.string().max(100).describe('One IPv4 or IPv6 address, e.g. 203.0.113.7 or 2001:db8::25'),
});

export const LookupAnswer = z
  .object({
    ip: z.string().describe('The address in canonical form'),
    listed: z.boolean(),
    listing: z
      .object({
        network: z.string().describe('The listed network that covers the address, in CIDR form'),
        listedSince: z.string().describe('ISO-8601 UTC'),
        category: z.enum(['spam', 'malware', 'phishing', 'compromised', 'open-relay', 'policy']),
        removalScheduledAt: z
          .string()
          .nullable()
          .describe('When a confirmed removal takes effect (ISO-8601 UTC)'),
        expiresAt: z.string().nullable().describe('When the listing ends by itself (ISO-8601 UTC)'),
        selfServiceAvailable: z.boolean().describe('Whether the delist form can remove it'),
      })
      .nullable(),
  })
  .meta({ id: 'LookupAnswer' });

export interface ApiRoute {
  method: 'get';
  path: string;
  openApiPath: string;
  summary: string;
  params: z.ZodObject;
  responses: Record<number, { description: string; schema: z.ZodType }>;
}

export const LOOKUP_ROUTE: ApiRoute = {
  method: 'get',
  path: '/api/v1/lookup/:ip',
  openApiPath: '/api/v1/lookup/{ip}',
  summary: 'Is this IP address on the blocked senders list?',
  params: LookupParams,
  responses: {
    200: { description: 'The answer, listed or not', schema: LookupAnswer },
    400: { description: 'The IP address is not one the list can hold', schema: ApiError },
  },
};

export const API_ROUTES: ApiRoute[] = [LOOKUP_ROUTE];
