// The categories a listing can have: the part of "why" a sender may be told. An operator's own
// reason stays internal.
export const CATEGORIES = ['spam', 'malware', 'phishing', 'compromised', 'open-relay', 'policy'] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
