/**
 * An analysis's customers' own figures (engine AssessmentFigures: every figure of an assessment but the grade's
 * reasons and the credit limit, which the pane makes on read from what they are made from) as columns, for their trip
 * from the analysis worker to the pane (workerProtocol.ts), as the invoices go (invoiceColumns.ts). A structured copy
 * of 100,000 customers' figures as objects took 340 ms in one thread, in 800 messages; as columns the figures are one
 * float64 array moved rather than copied, the aging buckets another, and the texts and shared objects (the terms, the
 * kept limits, the insurance reasons) once per message in a table of the distinct values met, by identity — as a
 * structured copy sends a value shared within one message. Exact: every number goes as the float64 it is (−0
 * included), null and undefined as bits, every other value as a structured copy sends it. Customers whose buckets are
 * not all of one width (never from one analysis) are not columns (null): they go as objects.
 */
import type { AssessmentFigures, CustomerAssessment } from "../../engine";
import { ValueTable } from "./tableColumns";

export interface CustomerColumns {
  count: number;
  /** NUMBER_FIELDS of each customer in turn (count × NUMBER_FIELDS). */
  numbers: Float64Array;
  /** Bits per customer: which of the nullable figures are null (or undefined: termsGrade), and the two flags. */
  marks: Uint16Array;
  /** The aging buckets, `width` per customer in turn. */
  buckets: Float64Array;
  width: number;
  /** The customers' names, in turn (each its own: no table). */
  names: string[];
  /** VALUE_FIELDS of each customer in turn, as indexes into `values` (each distinct value once, by identity). */
  valueIndex: Uint32Array;
  values: unknown[];
}

/**
 * The figures sent as numbers, in this order (writeNumbers, figuresAt); the nullable ones are marked by the bits of
 * `marks` when null. The buckets and the two flags go apart; every figure is read back (figuresAt: a figure added to
 * AssessmentFigures and not sent fails to compile).
 */
const NUMBER_FIELDS = [
  "openAmount",
  "overdueAmount",
  "shareOfAR",
  "invoiceCount",
  "openInvoiceCount",
  "paidInvoiceCount",
  "paidLateCount",
  "paidLateAmount",
  "lateShare",
  "weightedDaysLate",
  "weightedDaysToPay",
  "recentDaysLate",
  "earlierDaysLate",
  "trend",
  "paydex",
  "over60Share",
  "disputedOpen",
  "disputedShare",
  "historyDays",
  "grade",
  "riskScore",
  "termsGrade",
] as const;
const NUMBERS = NUMBER_FIELDS.length;
/** The figures sent by their value, in this order: a text and objects (most shared by many customers). */
const VALUE_FIELDS = ["paydexBand", "terms", "keptLimit", "insuranceReasons"] as const;
const VALUES = VALUE_FIELDS.length;

/** Bits of `marks`: a nullable figure that is null (termsGrade: undefined), then the two flags. */
const LATE_SHARE = 1;
const WEIGHTED_DAYS_LATE = 2;
const WEIGHTED_DAYS_TO_PAY = 4;
const RECENT_DAYS_LATE = 8;
const EARLIER_DAYS_LATE = 16;
const TREND = 32;
const PAYDEX = 64;
const NO_TERMS_GRADE = 128;
const OVER_LIMIT = 256;
const INSURANCE_ADVISED = 512;

/** customers[from … to − 1]'s figures as columns, or null when their buckets are not all of one width. */
export function customerColumns(
  customers: readonly CustomerAssessment[],
  from: number,
  to: number,
): CustomerColumns | null {
  const count = to - from;
  const width = count > 0 ? customers[from].buckets.length : 0;
  for (let k = from; k < to; k++) if (customers[k].buckets.length !== width) return null;
  const c: CustomerColumns = {
    count,
    numbers: new Float64Array(count * NUMBERS),
    marks: new Uint16Array(count),
    buckets: new Float64Array(count * width),
    width,
    names: [],
    valueIndex: new Uint32Array(count * VALUES),
    values: [],
  };
  const tables = VALUE_FIELDS.map(() => new ValueTable(c.values));
  for (let k = 0; k < count; k++) {
    const a = customers[from + k];
    writeNumbers(c.numbers, k * NUMBERS, a);
    c.marks[k] = marksOf(a);
    for (let b = 0; b < width; b++) c.buckets[k * width + b] = a.buckets[b];
    c.names.push(a.customer);
    const at = k * VALUES;
    c.valueIndex[at] = tables[0].indexOf(a.paydexBand);
    c.valueIndex[at + 1] = tables[1].indexOf(a.terms);
    c.valueIndex[at + 2] = tables[2].indexOf(a.keptLimit);
    c.valueIndex[at + 3] = tables[3].indexOf(a.insuranceReasons);
  }
  return c;
}

/** The numbers of `a` into `n` from `at`, in NUMBER_FIELDS's order (a null or undefined as 0: its mark says so). */
function writeNumbers(n: Float64Array, at: number, a: CustomerAssessment): void {
  n[at] = a.openAmount;
  n[at + 1] = a.overdueAmount;
  n[at + 2] = a.shareOfAR;
  n[at + 3] = a.invoiceCount;
  n[at + 4] = a.openInvoiceCount;
  n[at + 5] = a.paidInvoiceCount;
  n[at + 6] = a.paidLateCount;
  n[at + 7] = a.paidLateAmount;
  n[at + 8] = a.lateShare ?? 0;
  n[at + 9] = a.weightedDaysLate ?? 0;
  n[at + 10] = a.weightedDaysToPay ?? 0;
  n[at + 11] = a.recentDaysLate ?? 0;
  n[at + 12] = a.earlierDaysLate ?? 0;
  n[at + 13] = a.trend ?? 0;
  n[at + 14] = a.paydex ?? 0;
  n[at + 15] = a.over60Share;
  n[at + 16] = a.disputedOpen;
  n[at + 17] = a.disputedShare;
  n[at + 18] = a.historyDays;
  n[at + 19] = a.grade;
  n[at + 20] = a.riskScore;
  n[at + 21] = a.termsGrade ?? 0;
}

function marksOf(a: CustomerAssessment): number {
  return (
    (a.lateShare === null ? LATE_SHARE : 0) |
    (a.weightedDaysLate === null ? WEIGHTED_DAYS_LATE : 0) |
    (a.weightedDaysToPay === null ? WEIGHTED_DAYS_TO_PAY : 0) |
    (a.recentDaysLate === null ? RECENT_DAYS_LATE : 0) |
    (a.earlierDaysLate === null ? EARLIER_DAYS_LATE : 0) |
    (a.trend === null ? TREND : 0) |
    (a.paydex === null ? PAYDEX : 0) |
    (a.termsGrade === undefined ? NO_TERMS_GRADE : 0) |
    (a.overLimit ? OVER_LIMIT : 0) |
    (a.insuranceAdvised ? INSURANCE_ADVISED : 0)
  );
}

/** The buffers to move with the message (postMessage's transfer list). */
export function customerTransfers(c: CustomerColumns): ArrayBuffer[] {
  return [c.numbers, c.marks, c.buckets, c.valueIndex].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The customers of `c` again, in order, onto the end of `into`: `make` makes each from its figures (engine
 * assessmentsUnpacker), read from one object that carries each customer's in turn.
 */
export function customersFromColumns(
  c: CustomerColumns,
  make: (figures: AssessmentFigures) => CustomerAssessment,
  into: CustomerAssessment[],
): void {
  const figures = blankFigures();
  for (let k = 0; k < c.count; k++) into.push(make(figuresInto(figures, c, k)));
}

const orNull = (marks: number, bit: number, value: number): number | null => (marks & bit ? null : value);

/** The k-th customer's figures of `c` into `f` (every figure set: nothing of the customer before stays). */
function figuresInto(f: AssessmentFigures, c: CustomerColumns, k: number): AssessmentFigures {
  const n = c.numbers;
  const at = k * NUMBERS;
  const m = c.marks[k];
  const v = k * VALUES;
  const value = (i: number) => c.values[c.valueIndex[v + i]];
  f.customer = c.names[k];
  f.openAmount = n[at];
  f.overdueAmount = n[at + 1];
  f.shareOfAR = n[at + 2];
  f.buckets = bucketsAt(c, k);
  f.invoiceCount = n[at + 3];
  f.openInvoiceCount = n[at + 4];
  f.paidInvoiceCount = n[at + 5];
  f.paidLateCount = n[at + 6];
  f.paidLateAmount = n[at + 7];
  f.lateShare = orNull(m, LATE_SHARE, n[at + 8]);
  f.weightedDaysLate = orNull(m, WEIGHTED_DAYS_LATE, n[at + 9]);
  f.weightedDaysToPay = orNull(m, WEIGHTED_DAYS_TO_PAY, n[at + 10]);
  f.recentDaysLate = orNull(m, RECENT_DAYS_LATE, n[at + 11]);
  f.earlierDaysLate = orNull(m, EARLIER_DAYS_LATE, n[at + 12]);
  f.trend = orNull(m, TREND, n[at + 13]);
  f.paydex = orNull(m, PAYDEX, n[at + 14]);
  f.paydexBand = value(0) as AssessmentFigures["paydexBand"];
  f.over60Share = n[at + 15];
  f.disputedOpen = n[at + 16];
  f.disputedShare = n[at + 17];
  f.historyDays = n[at + 18];
  f.grade = n[at + 19];
  f.riskScore = n[at + 20];
  f.terms = value(1) as AssessmentFigures["terms"];
  f.keptLimit = value(2) as AssessmentFigures["keptLimit"];
  f.overLimit = (m & OVER_LIMIT) !== 0;
  f.termsGrade = m & NO_TERMS_GRADE ? undefined : n[at + 21];
  f.insuranceAdvised = (m & INSURANCE_ADVISED) !== 0;
  f.insuranceReasons = value(3) as AssessmentFigures["insuranceReasons"];
  return f;
}

/** An object with every figure (a figure added to AssessmentFigures and not here fails to compile: none is missed). */
function blankFigures(): AssessmentFigures {
  return {
    customer: "",
    openAmount: 0,
    overdueAmount: 0,
    shareOfAR: 0,
    buckets: [],
    invoiceCount: 0,
    openInvoiceCount: 0,
    paidInvoiceCount: 0,
    paidLateCount: 0,
    paidLateAmount: 0,
    lateShare: null,
    weightedDaysLate: null,
    weightedDaysToPay: null,
    recentDaysLate: null,
    earlierDaysLate: null,
    trend: null,
    paydex: null,
    paydexBand: null,
    over60Share: 0,
    disputedOpen: 0,
    disputedShare: 0,
    historyDays: 0,
    grade: 0,
    riskScore: 0,
    terms: null as unknown as AssessmentFigures["terms"],
    keptLimit: null,
    overLimit: false,
    termsGrade: undefined,
    insuranceAdvised: false,
    insuranceReasons: [],
  } satisfies { [K in keyof Required<AssessmentFigures>]: AssessmentFigures[K] };
}

function bucketsAt(c: CustomerColumns, k: number): number[] {
  const buckets: number[] = [];
  for (let b = 0; b < c.width; b++) buckets.push(c.buckets[k * c.width + b]);
  return buckets;
}
