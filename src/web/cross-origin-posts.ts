// Which form posts came from a page of another site (cross-site request forgery), told by what the
// browser itself says about the request, not by a token the page has to carry.
//
// Browsers in use today send Sec-Fetch-Site with every request (Fetch Metadata): "same-origin" for
// a form on one of our pages, "none" for one the person started themselves (a bookmark, the
// address bar), "same-site" or "cross-site" for one a page elsewhere made. No page can set or
// change that header. A browser too old for it still sends Origin with a POST, which is then
// compared with the portal's own origin. A request with neither header comes from no browser
// that a page could drive (curl, a script, a mail client's HTTP library), and is let through:
// forgery needs a victim's browser to carry it.
//
// Nothing is kept between requests, so a visitor who blocks cookies can post as well as anyone,
// and a first visit makes no secret and sets no cookie.

/** Why a post was refused, for the log (the visitor sees one page for all of them). */
export type CrossOriginProblem = 'CROSS_SITE_POST' | 'FOREIGN_ORIGIN';

export interface PostHeaders {
  'sec-fetch-site'?: string | string[] | undefined;
  origin?: string | string[] | undefined;
  host?: string | string[] | undefined;
}

/** The origins a form may be posted from: the portal's public one, and the host it was asked as. */
export interface OwnOrigins {
  /** PUBLIC_URL's origin, e.g. "https://delist.example.net". */
  publicOrigin: string;
  /** The scheme this server was reached by ("http" or "https", after any trusted proxy). */
  protocol: string;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** null when the post may go on; otherwise why it came from somewhere else. */
export function crossOriginProblem(headers: PostHeaders, own: OwnOrigins): CrossOriginProblem | null {
  const site = single(headers['sec-fetch-site']);
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? null : 'CROSS_SITE_POST';
  const origin = single(headers.origin)?.toLowerCase();
  if (origin === undefined) return null;
  // "null" is what sandboxed frames and some redirects send: never one of our pages.
  if (origin === own.publicOrigin) return null;
  const host = single(headers.host)?.toLowerCase();
  if (host !== undefined && origin === `${own.protocol}://${host}`) return null;
  return 'FOREIGN_ORIGIN';
}
