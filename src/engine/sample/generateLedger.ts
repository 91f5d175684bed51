/**
 * Generated receivables ledgers for the preview, the benchmarks and property tests — our own code, never a copy
 * of real data. Each customer has a payment profile (prompt, slow, very slow, chronic, defaulting), a size and a
 * dispute rate, and a persistent but noisy habit: its own mean lateness (the profile's, shifted by a per-customer
 * offset) plus per-invoice noise. About one customer in eight deteriorates (from a random day its lateness grows
 * steadily, by 20–60 days by the as-of date) and one in twenty improves, so the grade's backtest on generated data
 * has real persistence and real change to find. Invoices over the 18 months before the as-of date are paid on their
 * due date plus that lateness (some in part), credit notes appear and are mostly applied, the worst payers leave
 * balances unpaid.
 * Dates are Excel serials; with `language: "zh"` headers, names, terms and the disputed flag are in Chinese.
 */
import { companyNames } from "./names";
import { seededRandom } from "./random";

export interface SampleOptions {
  seed?: number;
  customers: number;
  invoices: number;
  /** As-of date (serial): the ledger as it stands on this day. */
  asOf: number;
  language: "en" | "zh";
  /** Months of history before the as-of date (default 18). */
  months?: number;
  /** Portfolio profile: "mixed" (default: half the customers pay on time) or "latePaying" (most pay 20–60 days late). */
  profile?: SampleProfile;
}

export type SampleProfile = "mixed" | "latePaying";

export interface SampleLedger {
  values: (string | number)[][];
  /** Number format per column (dates as dates, amounts with two decimals). */
  columnFormats: string[];
}

export const SAMPLE_HEADERS = {
  en: [
    "Customer",
    "Invoice No",
    "Invoice Date",
    "Due Date",
    "Amount",
    "Paid Amount",
    "Paid Date",
    "Disputed",
    "Currency",
    "Terms",
  ],
  zh: ["客户名称", "发票号", "开票日期", "到期日", "发票金额", "已付金额", "付款日期", "争议", "币种", "账期"],
} as const;

interface Profile {
  lateMean: number;
  lateSpread: number;
  neverPays: number;
  dispute: number;
}

const PROFILES: { weight: number; profile: Profile }[] = [
  { weight: 0.5, profile: { lateMean: -2, lateSpread: 4, neverPays: 0, dispute: 0.01 } },
  { weight: 0.26, profile: { lateMean: 6, lateSpread: 7, neverPays: 0, dispute: 0.02 } },
  { weight: 0.13, profile: { lateMean: 20, lateSpread: 12, neverPays: 0.01, dispute: 0.04 } },
  { weight: 0.08, profile: { lateMean: 45, lateSpread: 25, neverPays: 0.04, dispute: 0.06 } },
  { weight: 0.03, profile: { lateMean: 110, lateSpread: 50, neverPays: 0.3, dispute: 0.1 } },
];

/**
 * A late-paying portfolio, like one selling to public-sector payers: about three customers in four pay 20–60 days
 * late as a habit, a few pay on time, a few far later.
 */
const LATE_PROFILES: { weight: number; profile: Profile }[] = [
  { weight: 0.12, profile: { lateMean: 0, lateSpread: 5, neverPays: 0, dispute: 0.01 } },
  { weight: 0.25, profile: { lateMean: 25, lateSpread: 10, neverPays: 0, dispute: 0.02 } },
  { weight: 0.3, profile: { lateMean: 38, lateSpread: 12, neverPays: 0.01, dispute: 0.03 } },
  { weight: 0.25, profile: { lateMean: 52, lateSpread: 14, neverPays: 0.02, dispute: 0.04 } },
  { weight: 0.08, profile: { lateMean: 100, lateSpread: 40, neverPays: 0.15, dispute: 0.08 } },
];

interface SampleCustomer {
  name: string;
  profile: Profile;
  habit: number;
  change: number;
  changeFrom: number;
  size: number;
  terms: number;
}

type Random = ReturnType<typeof seededRandom>;

/** The customers: a payment profile each, a habit, a change of habit, a size and terms. */
function sampleCustomers(options: SampleOptions, rng: Random, start: number): SampleCustomer[] {
  const names = companyNames(options.customers, options.language, rng);
  const table = options.profile === "latePaying" ? LATE_PROFILES : PROFILES;
  return names.map((name) => {
    let u = rng.next();
    const p = table.find((x) => (u -= x.weight) < 0)?.profile ?? table[0].profile;
    // A few large customers, many small ones (Pareto-like sizes). Habit: the profile's mean lateness shifted by a
    // per-customer offset. Change: from `changeFrom` on, lateness moves linearly to `change` days by the as-of date.
    const habit = p.lateMean + p.lateSpread * 0.5 * (rng.next() + rng.next() - 1) * 2;
    const u2 = rng.next();
    const change = u2 < 0.12 ? rng.int(20, 60) : u2 < 0.17 ? -Math.min(Math.max(0, habit), rng.int(5, 20)) : 0;
    const changeFrom = start + Math.floor(rng.next() * (options.asOf - start) * 0.8);
    const size = rng.logNormal(8000, 1.1);
    return { name, profile: p, habit, change, changeFrom, size, terms: rng.pick([30, 30, 30, 45, 60, 15]) };
  });
}

/** Picks a customer with a chance proportional to its size. */
function customerPicker(customers: SampleCustomer[], rng: Random): () => SampleCustomer {
  const total = customers.reduce((s, c) => s + c.size, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const c of customers) cumulative.push((acc += c.size / total));
  return () => {
    const u = rng.next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return customers[lo];
  };
}

/** What was paid on an invoice by the as-of date: all of it, a part on account, or nothing. */
function payment(c: SampleCustomer, rng: Random, asOf: number, invoice: { date: number; due: number; amount: number }) {
  const drift =
    invoice.date > c.changeFrom ? (c.change * (invoice.date - c.changeFrom)) / Math.max(1, asOf - c.changeFrom) : 0;
  const lateMean = c.habit + drift;
  const late = Math.round(lateMean + c.profile.lateSpread * (rng.next() + rng.next() + rng.next() - 1.5) * 1.4);
  const disputed = rng.chance(c.profile.dispute);
  const neverPays = rng.chance(c.profile.neverPays) || (disputed && rng.chance(0.6));
  const paidDate = invoice.due + late;
  let paidAmount: number | string = "";
  let paidCell: number | string = "";
  if (!neverPays && paidDate <= asOf) {
    paidAmount = invoice.amount;
    paidCell = Math.max(invoice.date, paidDate);
  } else if (!neverPays && rng.chance(0.15) && asOf - invoice.date > 10) {
    // Part payment received on account.
    paidAmount = Math.round(invoice.amount * rng.pick([0.3, 0.5, 0.7]) * 100) / 100;
    paidCell = Math.min(asOf, invoice.date + rng.int(5, 40));
  }
  return { paidAmount, paidCell, disputed };
}

export function generateLedger(options: SampleOptions): SampleLedger {
  const rng = seededRandom(options.seed ?? 20251117);
  const zh = options.language === "zh";
  const months = options.months ?? 18;
  const start = options.asOf - Math.round(months * 30.4);
  const customers = sampleCustomers(options, rng, start);
  const pickCustomer = customerPicker(customers, rng);
  const yes = zh ? "是" : "Yes";
  const no = zh ? "否" : "No";
  const values: (string | number)[][] = [[...SAMPLE_HEADERS[zh ? "zh" : "en"]]];
  for (let i = 0; i < options.invoices; i++) {
    const c = pickCustomer();
    const invoiceDate = start + Math.floor(rng.next() * (options.asOf - start + 1));
    const dueDate = invoiceDate + c.terms;
    const number = `${zh ? "FP" : "INV"}-${String(100000 + i)}`;
    const terms = zh ? `${c.terms}天` : `Net ${c.terms}`;
    if (rng.chance(0.03)) {
      // Credit note: applied on issue, except recent ones still unapplied.
      const amount = -Math.round(rng.logNormal(c.size / 20, 0.6) * 100) / 100;
      const applied = options.asOf - invoiceDate > 20;
      values.push([
        c.name,
        `CN-${100000 + i}`,
        invoiceDate,
        invoiceDate,
        amount,
        applied ? amount : "",
        applied ? invoiceDate : "",
        no,
        "CNY",
        terms,
      ]);
      continue;
    }
    const amount = Math.max(1, Math.round(rng.logNormal(c.size / 8, 0.7) * 100) / 100);
    const paid = payment(c, rng, options.asOf, { date: invoiceDate, due: dueDate, amount });
    values.push([
      c.name,
      number,
      invoiceDate,
      dueDate,
      amount,
      paid.paidAmount,
      paid.paidCell,
      paid.disputed ? yes : no,
      "CNY",
      terms,
    ]);
  }
  return {
    values,
    columnFormats: ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "yyyy-mm-dd", "@", "@", "@"],
  };
}
