// Hooks only form posts need (the cross-origin check, the bot check, upload fields) are attached
// to the routes that take a POST, and to no other: a hook at the root runs on every GET too, only
// to return at once, and each such call cost every page and API answer a few µs.
import type {
  FastifyInstance,
  onRequestHookHandler,
  preValidationAsyncHookHandler,
  preValidationHookHandler,
  RouteOptions,
} from 'fastify';
import { withHookAfter } from '../route-hooks.js';

export function takesPost(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.includes('POST');
}

type PostHook =
  | { name: 'onRequest'; hook: onRequestHookHandler }
  | { name: 'preValidation'; hook: preValidationHookHandler | preValidationAsyncHookHandler };

/**
 * Runs a hook on every POST route registered after this call, after the app's own hooks of that
 * kind and the route's, in the order the calls were made. `onRequest` runs before the body is
 * read (the page's language is known by then); `preValidation` once it is.
 */
export function addPostHook(app: FastifyInstance, { name, hook }: PostHook): void {
  app.addHook('onRoute', (route) => {
    if (!takesPost(route)) return;
    route[name] = withHookAfter<unknown>(route[name], hook) as never;
  });
}

/** addPostHook for preValidation, which every form-reading check uses. */
export function addPostPreValidation(
  app: FastifyInstance,
  hook: preValidationHookHandler | preValidationAsyncHookHandler,
): void {
  addPostHook(app, { name: 'preValidation', hook });
}
