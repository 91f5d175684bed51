/**
 * When a header row has more than one money header that could be the invoice amount ("Amount" and "Total", "金额"
 * and "价税合计"), the amount column is chosen by what the names mean, not by which is leftmost:
 * 1. an explicit invoice amount: "Invoice Amount", "Invoice Total", 发票金额, 开票金额, 应收金额, 价税合计, 含税金额;
 * 2. beside a tax column ("Tax", "VAT", 税额) or an amount before tax ("Untaxed Amount", 不含税金额), the gross
 *    total ("Total", "Total Signed", "Gross Amount"): the amount with tax is what the customer owes;
 * 3. otherwise the plain "Amount" (金额) before "Total": a column called Total may be a running or grand total;
 * 4. then "Amt", "Value", and last an amount before tax.
 * The mapping notes say which column is used and which was passed over.
 */
import { reason } from "../model/reason";
import type { ColumnMapping, Reason } from "../model/types";

const EXPLICIT = new Set(["invoiceamount", "invoicetotal", "发票金额", "开票金额", "应收金额", "价税合计", "含税金额"]);
/** The total with tax: "Total", "Total Amount", "Total Signed", "Gross Amount", 价税合计, 含税金额. */
const GROSS = /^total|total$|gross|合计|总金额|含税|价税/;
/** The amount before tax: "Untaxed Amount", "Net Amount", 不含税金额. */
const NET = /untaxed|^net|excl|beforetax|pretax|不含税|未税|税前/;
const PLAIN = /amount|金额/;
const WEAK = new Set(["amt", "value"]);
const TAX = /^(tax|vat|gst|taxamount|vatamount|salestax|税额|税金|增值税|增值税额)$/;
/**
 * Money columns of other meanings (already mapped to their fields as a rule), and the amounts of one invoice line
 * (Xero's LineAmount, UnitAmount; 单价, 行金额): never the invoice amount.
 */
const OTHER =
  /due|open|paid|balance|remaining|outstanding|received|discount|^line|^unit|已付|已收|未收|余额|欠款|折扣|单价|行金额/;

/** Lower is better; null when the name is no amount header. `taxed`: a tax or a net column stands beside. */
function rank(name: string, taxed: boolean): number | null {
  if (name === "" || TAX.test(name) || OTHER.test(name)) return null;
  if (EXPLICIT.has(name)) return 0;
  if (NET.test(name)) return 5;
  if (GROSS.test(name)) return taxed ? 1 : 3;
  if (PLAIN.test(name)) return 2;
  if (WEAK.has(name)) return 4;
  return null;
}

/**
 * Moves `columns.amount` to the best of the competing money headers (normalised `names`, columns.ts
 * normalizeHeader; `headers` as written, for the note). Returns the note saying which was chosen, or null when
 * there is no competition.
 */
export function preferAmountColumn(
  names: readonly string[],
  headers: readonly string[],
  columns: ColumnMapping,
): Reason | null {
  if (columns.amount === null) return null;
  const taken = new Set(
    Object.entries(columns)
      .filter(([f, c]) => f !== "amount" && c !== null)
      .map(([, c]) => c),
  );
  const taxColumn = names.findIndex((n) => TAX.test(n) || (NET.test(n) && PLAIN.test(n)));
  const taxed = taxColumn >= 0;
  const candidates = names
    .map((n, c) => ({ c, rank: taken.has(c) ? null : rank(n, taxed) }))
    .filter((x): x is { c: number; rank: number } => x.rank !== null);
  if (candidates.length < 2 || !candidates.some((x) => x.c === columns.amount)) return null;
  const [best, other] = [...candidates].sort((a, b) => a.rank - b.rank || a.c - b.c);
  columns.amount = best.c;
  const used = headers[best.c];
  const passed = headers[other.c];
  const both = `"${used}" and "${passed}" both look like the invoice amount: "${used}" is used`;
  if (taxed && GROSS.test(names[best.c])) {
    const beside = headers[taxColumn];
    const text = `${both}, the amount with tax (beside "${beside}") (change it in the mapping if needed)`;
    return reason("mapping.amountChosenGross", { used, other: passed, beside }, text);
  }
  const text = `${both} by its name (change it in the mapping if needed)`;
  return reason("mapping.amountChosen", { used, other: passed }, text);
}
