// Hooks added to one route as it is registered (from an onRoute hook), after the route's own.

/** The route's own hooks of one kind (none, one or a list), with `hook` run after them. */
export function withHookAfter<H>(own: H | H[] | undefined, hook: H): H[] {
  const hooks = own === undefined ? [] : Array.isArray(own) ? own : [own];
  return [...hooks, hook];
}
