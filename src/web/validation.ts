// Route schemas are zod schemas: Fastify validates with them, and a route that re-renders a
// form on bad input (attachValidation) reads the zod issues from request.validationError.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';

class ZodValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '));
  }
}

export function useZodValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    const result = (schema as z.ZodType).safeParse(data);
    return result.success ? { value: result.data } : { error: new ZodValidationError(result.error.issues) };
  });
}

/** The first message for each top-level field of a failed validation. */
export function fieldMessages(request: FastifyRequest): Record<string, string> {
  const error = request.validationError;
  const issues = error instanceof ZodValidationError ? error.issues : [];
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    messages[field] ??= issue.message;
  }
  return messages;
}
