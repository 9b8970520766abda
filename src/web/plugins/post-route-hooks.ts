// Hooks only form posts need (CSRF, bot check, upload fields) are attached to the routes that
// take a POST, and to no other: a hook at the root runs on every GET too, only to return at
// once, and each such call cost every page and API answer a few µs.
import type {
  FastifyInstance,
  preValidationAsyncHookHandler,
  preValidationHookHandler,
  RouteOptions,
} from 'fastify';
import { withHookAfter } from '../route-hooks.js';

export function takesPost(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.includes('POST');
}

/**
 * Runs `hook` before validation on every POST route registered after this call, after the
 * route's own hooks, in the order the calls were made.
 */
export function addPostPreValidation(
  app: FastifyInstance,
  hook: preValidationHookHandler | preValidationAsyncHookHandler,
): void {
  app.addHook('onRoute', (route) => {
    if (!takesPost(route)) return;
    route.preValidation = withHookAfter<unknown>(route.preValidation, hook) as RouteOptions['preValidation'];
  });
}
