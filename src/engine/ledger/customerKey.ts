/**
 * The key a customer is known by: Unicode compatibility forms folded (full-width "（" = "(", "Ａ" = "A", ideographic
 * space = space), invisible characters removed (zero-width spaces and joiners, word joiner, byte-order mark,
 * left-to-right/right-to-left marks and embeddings, soft hyphens: pasted from web pages and PDFs, they cannot be
 * seen in the cell), and runs of white space made one, so "上海贸易（集团）" and "上海贸易(集团)" are one customer.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Printable ASCII words with single spaces between them: already their own key (the common case, a fast test). */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Whether the name is already its own key (printable ASCII words, single spaces). */
export function isOwnKey(name: string): boolean {
  return PLAIN.test(name);
}

export function customerKey(name: string): string {
  if (PLAIN.test(name)) return name;
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * customerKey worked out once per name: for a pass over a ledger's invoices (a million invoices, a few thousand
 * names), where a Map look-up of the name costs less than the key's own test.
 */
export function customerKeys(): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let key = known.get(name);
    if (key === undefined) known.set(name, (key = customerKey(name)));
    return key;
  };
}
