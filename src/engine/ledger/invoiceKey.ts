/**
 * The key an invoice number is known by: folded as customer names are (customerKey.ts: full-width forms, invisible
 * characters, runs of spaces) and in one letter case, so "INV-7", "inv-7", "ＩＮＶ-7" and "INV-7" + a zero-width
 * space are one invoice. Visible differences stay: "INV-07", "INV 7" and "INV_7" are other numbers.
 */
import { customerKey } from "./customerKey";

/** Printable ASCII without spaces or lower-case letters: most invoice numbers, their own key (no new string). */
const PLAIN_UPPER = /^[!-`{-~]*$/;
/** Printable ASCII without spaces: folded by their letter case alone (no normalising). */
const PLAIN = /^[!-~]*$/;

export function invoiceKey(number: string): string {
  if (PLAIN_UPPER.test(number)) return number;
  return (PLAIN.test(number) ? number : customerKey(number)).toUpperCase();
}
