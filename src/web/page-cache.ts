// Pages that are the same for everyone who asks in the same language, except for a few fields
// (a prefilled address, the example made from it), are rendered once and then answered by
// splicing those fields into the rendered text. The answer is exactly what a fresh render gives:
// the fields are escaped as the template's <%= %> escapes them, and a template that does anything
// else with a field (prints it raw, changes it, branches on its content) is noticed when the page
// is first built and is then always rendered afresh.
import { randomInt } from 'node:crypto';

/** A page cut where its per-request fields go: pieces[0], field slots[0], pieces[1], ... */
export interface SplicedPage {
  pieces: string[];
  slots: number[];
}

/** Renders a page with this data (layout included), as the uncached path would. */
export type Render = (data: Record<string, unknown>) => Promise<string>;

/** A copy of `data` with the value at a dotted path replaced; only the objects on the path are copied. */
export function withValueAt(
  data: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...data, [head]: value };
  const inner = (data[head] ?? {}) as Record<string, unknown>;
  return { ...data, [head]: withValueAt(inner, rest.join('.'), value) };
}

export function valueAt(data: Record<string, unknown>, path: string): unknown {
  let value: unknown = data;
  for (const name of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[name];
  return value;
}

// A marker holds, between two copies of a digit-only nonce, characters that escaping changes and
// that JSON escapes: printed raw, JSON-encoded or changed, it is not found as escaped, and the
// nonce it leaves behind is.
const marker = (nonce: string, variant: string, slot: number) => `${nonce}"${variant}${slot}'<${nonce}`;

async function cut(
  render: Render,
  data: Record<string, unknown>,
  fields: readonly string[],
  present: readonly boolean[],
  escapeText: (text: string) => string,
  nonce: string,
  variant: string,
): Promise<SplicedPage | undefined> {
  let marked = data;
  fields.forEach((field, slot) => {
    marked = withValueAt(marked, field, present[slot] ? marker(nonce, variant, slot) : '');
  });
  const html = await render(marked);
  const escaped = fields.map((_, slot) => escapeText(marker(nonce, variant, slot)));
  const pieces: string[] = [];
  const slots: number[] = [];
  let rest = html;
  for (;;) {
    let next = -1;
    let slot = -1;
    escaped.forEach((text, index) => {
      const at = present[index] ? rest.indexOf(text) : -1;
      if (at !== -1 && (next === -1 || at < next)) [next, slot] = [at, index];
    });
    if (next === -1) break;
    pieces.push(rest.slice(0, next));
    slots.push(slot);
    rest = rest.slice(next + (escaped[slot] as string).length);
  }
  pieces.push(rest);
  // Anything of a marker left over was printed some other way than escaped as it is.
  return pieces.some((piece) => piece.includes(nonce)) ? undefined : { pieces, slots };
}

/**
 * Renders the page twice with different markers in the per-request fields and keeps the cut
 * when both agree; undefined when the template does more with a field than print it escaped.
 */
export async function buildSplicedPage(
  render: Render,
  data: Record<string, unknown>,
  fields: readonly string[],
  present: readonly boolean[],
  escapeText: (text: string) => string,
): Promise<SplicedPage | undefined> {
  const nonce = String(randomInt(1e9, 1e10));
  const first = await cut(render, data, fields, present, escapeText, nonce, 'a');
  const second = await cut(render, data, fields, present, escapeText, nonce, 'bb');
  if (!first || !second) return undefined;
  const same =
    first.pieces.length === second.pieces.length &&
    first.pieces.every((piece, index) => piece === second.pieces[index]) &&
    first.slots.every((slot, index) => slot === second.slots[index]);
  return same ? first : undefined;
}

/** The page with these field values, escaped, in their places. */
export function splice(page: SplicedPage, escapedValues: readonly string[]): string {
  let html = page.pieces[0] as string;
  for (let index = 0; index < page.slots.length; index++) {
    html += escapedValues[page.slots[index] as number] as string;
    html += page.pieces[index + 1] as string;
  }
  return html;
}

/** A cut page held as UTF-8, so an answer is one copy of bytes rather than a string to encode. */
export interface SplicedBytes {
  pieces: Buffer[];
  slots: number[];
}

export function toBytes(page: SplicedPage): SplicedBytes {
  return { pieces: page.pieces.map((piece) => Buffer.from(piece, 'utf8')), slots: page.slots };
}

/** The same answer as splice(), as the bytes that are sent. */
export function spliceBytes(page: SplicedBytes, escapedValues: readonly string[]): Buffer {
  // A page with nothing to splice is answered with its bytes as they are, copying nothing.
  if (page.slots.length === 0) return page.pieces[0] as Buffer;
  const parts: Buffer[] = [page.pieces[0] as Buffer];
  for (let index = 0; index < page.slots.length; index++) {
    parts.push(Buffer.from(escapedValues[page.slots[index] as number] as string, 'utf8'));
    parts.push(page.pieces[index + 1] as Buffer);
  }
  return Buffer.concat(parts);
}
