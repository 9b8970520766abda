// The value of one cookie in a request's Cookie header. The language is the only cookie the
// portal reads, so it is looked up by name when there is a header, rather than every request's
// cookies being parsed into an object by a hook.

/** The first value of the cookie `name`, without surrounding quotes; undefined when absent. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return undefined;
}
