// The messages a refused form shows beside its fields, in the order the fields stand, with the
// bot check's last: from the route schema's zod issues and the bot-check plugin's verdict.
import type { FastifyRequest } from 'fastify';
import type { MessageKey } from '../i18n/index.js';
import { BOT_CHECK_FIELD } from './plugins/bot-check.js';
import { fieldMessages } from './validation.js';

/** The translated messages of a form that failed its checks, or undefined when it passed. */
export function formErrors(
  request: FastifyRequest,
  fieldOrder: readonly string[],
): Record<string, string> | undefined {
  if (!request.validationError && !request.botCheckProblem) return undefined;
  const { t } = request.page;
  const messages = request.validationError ? fieldMessages(request) : {};
  const errors: Record<string, string> = {};
  for (const field of fieldOrder) {
    const key = messages[field];
    if (key) errors[field] = t(key as MessageKey);
  }
  if (request.botCheckProblem) errors[BOT_CHECK_FIELD] = t(`botCheck.${request.botCheckProblem}`);
  return errors;
}
