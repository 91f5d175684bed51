/**
 * The key a customer is known by: Unicode compatibility forms folded (full-width "（" = "(", "Ａ" = "A", ideographic
 * space = space), invisible characters removed (zero-width spaces and joiners, word joiner, byte-order mark,
 * left-to-right/right-to-left marks and embeddings, soft hyphens: pasted from web pages and PDFs, they cannot be
 * seen in the cell), and runs of white space made one, so "上海贸易（集团）" and "上海贸易(集团)" are one customer.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function customerKey(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
