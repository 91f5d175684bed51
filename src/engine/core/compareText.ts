/**
 * The one order of text in AR Lens: by UTF-16 code unit, the order of `<` on strings — the same on every machine and
 * in every language setting (a customer list sorted in Shanghai reads in the order it reads in London), unlike
 * `localeCompare`. Negative when a comes first, positive when b does, 0 for the same text.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
