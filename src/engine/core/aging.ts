/**
 * Aging buckets (docs/METRICS.md "Days and buckets"). By due date (default) the edges are [0, 30, 60, 90]:
 * Current (≤ 0 days past due), 1–30, 31–60, 61–90, 91+. By invoice date, [30, 60, 90]: 0–30, 31–60, 61–90, 91+
 * days since the invoice date. A bucket is (edge_i, edge_i+1]; only the open amount ages, and credit notes
 * (negative amounts) reduce the bucket they fall in, as ERP aging reports do.
 */
import type { AgingBasis } from "../model/types";
import { numError, subjectText, type Subject } from "./errors";
import { fromCents, toCents } from "../model/money";

export type { AgingBasis };

export const DUE_DATE_EDGES: readonly number[] = [0, 30, 60, 90];
export const INVOICE_DATE_EDGES: readonly number[] = [30, 60, 90];

export function defaultEdges(basis: AgingBasis): number[] {
  return [...(basis === "invoice" ? INVOICE_DATE_EDGES : DUE_DATE_EDGES)];
}

/**
 * Edges must be ascending whole numbers of days, none negative. Throws a #NUM! error naming the first bad one and the
 * argument (AR.AGING's `edges`) or the setting (the taskpane's aging edges).
 */
export function validateEdges(edges: readonly number[], subject: Subject = { name: "edges" }): void {
  const argName = subjectText(subject);
  if (edges.length === 0)
    throw numError(
      "edges.none",
      { ...subject },
      `${argName}: at least one bucket edge (in days) is needed, e.g. 0, 30, 60, 90`,
    );
  if (edges.length > 50)
    throw numError(
      "edges.tooMany",
      { ...subject, count: edges.length },
      `${argName}: at most 50 bucket edges are allowed, found ${edges.length}`,
    );
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    if (typeof e !== "number" || !Number.isFinite(e) || !Number.isInteger(e)) {
      throw numError(
        "edges.notWhole",
        { ...subject, index: i + 1, value: String(e) },
        `${argName}: edge ${i + 1} is ${String(e)}, a whole number of days was expected`,
      );
    }
    if (e < 0)
      throw numError(
        "edges.negative",
        { ...subject, index: i + 1, value: e },
        `${argName}: edge ${i + 1} is ${e}, edges cannot be negative`,
      );
    if (i > 0 && e <= edges[i - 1]) {
      throw numError(
        "edges.notAscending",
        { ...subject, index: i + 1, value: e, previousIndex: i, previous: edges[i - 1] },
        `${argName}: edge ${i + 1} (${e}) is not greater than edge ${i} (${edges[i - 1]}); edges must be strictly ascending`,
      );
    }
  }
}

/** Labels of the edges.length + 1 buckets: "Current", "1-30", …, "91+" by due date; "0-30", …, "91+" by invoice date. */
export function bucketLabels(edges: readonly number[], basis: AgingBasis): string[] {
  const labels: string[] = [];
  const first = edges[0];
  if (basis === "due") labels.push(first === 0 ? "Current" : `Up to ${first}`);
  else labels.push(`0-${first}`);
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1] + 1}-${edges[i]}`);
  labels.push(`${edges[edges.length - 1] + 1}+`);
  return labels;
}

/** The bucket of an item `days` old: the number of edges strictly below `days` (days ≤ edges[0] → bucket 0). */
export function bucketIndex(days: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && days > edges[i]) i++;
  return i;
}

/** Days past due (due-date basis) or days since invoice (invoice-date basis): asOf − date. */
export function agingDays(asOf: number, date: number): number {
  return asOf - date;
}

/**
 * Bucket totals of open amounts aged from `dates` to `asOf`. Columnar and allocation-free so it runs on a
 * million rows: sums in integer cents, so totals are exact and add up to `total` to the cent.
 */
export function agingTotals(
  openAmounts: ArrayLike<number>,
  dates: ArrayLike<number>,
  asOf: number,
  edges: readonly number[],
): { totals: number[]; total: number } {
  const n = edges.length;
  const cents = new Array<number>(n + 1).fill(0);
  const len = openAmounts.length;
  for (let r = 0; r < len; r++) {
    const amount = openAmounts[r];
    if (amount === 0) continue;
    cents[bucketIndex(asOf - dates[r], edges)] += centsOf(amount);
  }
  return totalsOfCents(cents);
}

function totalsOfCents(cents: number[]): { totals: number[]; total: number } {
  let totalCents = 0;
  for (const c of cents) totalCents += c;
  return { totals: cents.map(fromCents), total: fromCents(totalCents) };
}

/** toCents with a fast path: most amounts are within a hair of a whole number of cents. */
function centsOf(amount: number): number {
  const scaled = amount * 100;
  const rounded = Math.round(scaled);
  const diff = scaled - rounded;
  return diff < 0.4999999 && diff > -0.4999999 ? rounded : toCents(amount);
}

/**
 * The same totals straight from Excel columns (any[][], one value per row) without building typed arrays — the
 * AR.AGING hot path on a million rows. Returns null as soon as a cell is not a plain number (text amount, date
 * text, a missing date for a non-zero amount): the caller then takes the validating path, which names the cell.
 */
export function agingTotalsOfColumns(
  amounts: readonly unknown[][],
  dates: readonly unknown[][],
  asOf: number,
  edges: readonly number[],
): { totals: number[]; total: number } | null {
  const n = edges.length;
  const lo = edges[0];
  const hi = edges[n - 1];
  const len = amounts.length;
  if (dates.length !== len || !Number.isInteger(asOf) || hi - lo > 100_000) return null;
  // Bucket of each whole number of days between the first and last edge, looked up instead of searched.
  const table = new Uint8Array(hi - lo + 1);
  for (let k = 0; k < table.length; k++) table[k] = bucketIndex(lo + k, edges);
  const cents = new Array<number>(n + 1).fill(0);
  for (let r = 0; r < len; r++) {
    const amount = amounts[r][0];
    if (typeof amount !== "number") {
      if (amount === "" || amount === null) continue;
      return null;
    }
    if (amount === 0) continue;
    const date = dates[r][0];
    if (typeof date !== "number" || !(date >= 1 && date < 2958466)) return null;
    // asOf − floor(date) = ceil(asOf − date) for a whole asOf: days are compared unrounded, rounded for the table.
    const days = asOf - date;
    const bucket = days <= lo ? 0 : days > hi ? n : table[Math.ceil(days) - lo];
    // Whole cents; an amount near half a cent (or not finite) takes the validating path, which rounds it as ROUND does.
    const scaled = amount * 100;
    const whole = Math.round(scaled);
    const diff = scaled - whole;
    if (!(diff < 0.4999999 && diff > -0.4999999)) return null;
    cents[bucket] += whole;
  }
  return totalsOfCents(cents);
}

/**
 * The amounts of buckets held in cents (a customer's in its assessment, an aging row's): `count` of them from `start`.
 * Buckets with nothing in them (a customer with nothing open: most of a large ledger's) share one frozen list of zeros
 * per length instead of a list each; nobody changes a customer's buckets once made.
 */
export function bucketAmounts(cents: readonly number[], start = 0, count = cents.length - start): number[] {
  let empty = true;
  for (let i = start; i < start + count; i++) if (!Object.is(cents[i], 0)) empty = false; // −0 keeps its own list
  if (empty) return zerosOf(count);
  const amounts = new Array<number>(count);
  for (let k = 0; k < count; k++) amounts[k] = fromCents(cents[start + k]);
  return amounts;
}

function zerosOf(count: number): number[] {
  let zeros = zeroBuckets[count];
  if (!zeros) zeroBuckets[count] = zeros = Object.freeze(new Array<number>(count).fill(0)) as number[];
  return zeros;
}
const zeroBuckets: number[][] = [];
