/**
 * Generated payables ledgers for the preview, the benchmarks and tests — the suppliers' bills of the same sample
 * company whose receivables generateLedger makes: purchases about `purchaseShare` of its monthly sales, bills over
 * the last `months` months on 30/45/60-day terms, paid a few days before the due date as a careful company does,
 * a few overdue bills still open. Our own code and invented names; headers EN (Supplier, Bill No, …) or ZH (供应商, …).
 */
import { companyNames } from "./names";
import { seededRandom } from "./random";

export const PAYABLES_HEADERS = {
  en: ["Supplier", "Bill No", "Bill date", "Due date", "Amount", "Paid", "Paid date", "Currency", "Terms"],
  zh: ["供应商", "单据号", "开票日期", "到期日", "金额", "已付金额", "付款日期", "币种", "账期"],
} as const;

export interface PayablesOptions {
  seed?: number;
  suppliers: number;
  bills: number;
  asOf: number;
  language: "en" | "zh";
  /** Purchases per month (currency units). */
  monthlyPurchases: number;
  months?: number;
}

export function generatePayables(options: PayablesOptions): { values: (string | number)[][]; columnFormats: string[] } {
  const rng = seededRandom(options.seed ?? 4242);
  const zh = options.language === "zh";
  const months = options.months ?? 6;
  const start = options.asOf - Math.round(months * 30.4);
  const names = companyNames(options.suppliers, options.language, rng).map((n) => `${n}`);
  const terms = names.map(() => rng.pick([30, 30, 45, 60]));
  const weights = names.map(() => rng.logNormal(1, 0.9));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const mean = (options.monthlyPurchases * months) / options.bills;
  const values: (string | number)[][] = [[...PAYABLES_HEADERS[zh ? "zh" : "en"]]];
  for (let i = 0; i < options.bills; i++) {
    let u = rng.next() * totalWeight;
    let s = 0;
    while (s < names.length - 1 && (u -= weights[s]) > 0) s++;
    const billDate = start + Math.floor(rng.next() * (options.asOf - start + 1));
    const due = billDate + terms[s];
    const amount = Math.max(1, Math.round(rng.logNormal(mean, 0.6) * 100) / 100);
    const paidOn = due - rng.int(0, 8); // a few days early
    const paid = paidOn <= options.asOf && !rng.chance(0.04);
    values.push([
      names[s],
      `${zh ? "CG" : "BILL"}-${200000 + i}`,
      billDate,
      due,
      amount,
      paid ? amount : "",
      paid ? paidOn : "",
      "CNY",
      zh ? `${terms[s]}天` : `Net ${terms[s]}`,
    ]);
  }
  return {
    values,
    columnFormats: ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "yyyy-mm-dd", "@", "@"],
  };
}
