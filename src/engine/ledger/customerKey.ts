/**
 * The key a customer is known by: Unicode compatibility forms folded (full-width "（" = "(", "Ａ" = "A", ideographic
 * space = space) and runs of white space made one, so "上海贸易（集团）" and "上海贸易(集团)" are one customer.
 */
export function customerKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ");
}
