// Which methods a path takes, from the routes as they are registered, so that a request with
// another method is told so (405 with an Allow header, RFC 9110 15.5.6) instead of being told
// that the page does not exist. A second router of the same kind as Fastify's, holding the
// routes without their handlers: asked only for requests that found no route.
import type { FastifyInstance, RouteOptions } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { pathOnly } from '../url-path.js';

const noHandler = () => {};

export function allowedMethods(app: FastifyInstance, options: { maxParamLength: number }) {
  const routes = FindMyWay({ maxParamLength: options.maxParamLength });
  const methods = new Set<HTTPMethod>();
  app.addHook('onRoute', (route: RouteOptions) => {
    for (const method of [route.method].flat() as HTTPMethod[]) {
      methods.add(method);
      if (!routes.hasRoute(method, route.url)) routes.on(method, route.url, noHandler);
    }
  });
  /** The methods some route takes for this path (without its query), in a stable order. */
  return (url: string): HTTPMethod[] => {
    const path = pathOnly(url);
    return [...methods].filter((method) => routes.find(method, path) !== null).sort();
  };
}
