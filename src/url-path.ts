// A request URL without its query string: what log lines record (a confirmation link carries its
// token in the query) and what a router matches.

export function pathOnly(url: string | undefined): string {
  if (url === undefined) return '';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
