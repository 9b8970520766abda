// The OpenAPI 3.1 document of the JSON API, generated from the routes' zod schemas: named
// schemas (those with a meta id) become components, everything else is inlined.
import { z } from 'zod';
import { API_ROUTES } from './schemas.js';

function inline(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function schemaOrReference(schema: z.ZodType): Record<string, unknown> {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: `#/components/schemas/${id}` } : inline(schema);
}

export function openApiDocument(publicUrl: string) {
  const components = z.toJSONSchema(z.globalRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }).schemas;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    const parameters = Object.entries(route.params.shape).map(([name, schema]) => ({
      name,
      in: 'path',
      required: true,
      description: (schema as z.ZodType).description,
      schema: inline(schema as z.ZodType),
    }));
    const responses = Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          content: { 'application/json': { schema: schemaOrReference(response.schema) } },
        },
      ]),
    );
    paths[route.openApiPath] = { [route.method]: { summary: route.summary, parameters, responses } };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Delist portal API',
      version: '1',
      description:
        'Read-only answers about the blocked senders list. Errors are { "error": { "code", "message", "field" } } with a 4xx status.',
    },
    servers: [{ url: publicUrl }],
    paths,
    components: { schemas: components },
  };
}
