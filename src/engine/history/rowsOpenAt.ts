/**
 * The rows a forecast made at a past month-end reads (the forecast check, forecastAt.ts): those billed by `t` and
 * open at `t` as pointInTime.ts reads the ledger then — no payment dated by `t`, or a balance left after it. A row
 * paid in full by `t` adds nothing to what was collected after `t` nor to any forecast made at `t`, and most rows of
 * a long ledger are such rows: at a million rows each month-end reads ~100,000 of ~700,000 billed. Found for every
 * month-end in one pass over the rows (a row is open over a run of consecutive month-ends), kept in history order.
 */
import { integers } from "../core/heapArrays";
import type { CustomerHistory } from "./customerHistory";
import type { HistoryColumns } from "./historyColumns";

/** One month-end's open rows by customer: segment s is customer `customer[s]`'s rows ends[s − 1] … ends[s] − 1. */
export interface RowsAt {
  rows: number[];
  customer: number[];
  ends: number[];
}

/** The open rows at each of `monthEnds` (ascending) of `histories`, which share one set of columns. */
export function rowsOpenAt(histories: readonly CustomerHistory[], monthEnds: readonly number[]): RowsAt[] {
  const sizes = monthEnds.map(() => ({ rows: 0, segments: 0 }));
  eachOpenRun(histories, monthEnds, (k, i, first) => {
    sizes[k].rows++;
    if (first) sizes[k].segments++;
  });
  const out = sizes.map((s) => ({
    rows: integers(s.rows),
    customer: integers(s.segments),
    ends: integers(s.segments),
  }));
  const filled = monthEnds.map(() => ({ rows: 0, segments: 0 }));
  eachOpenRun(histories, monthEnds, (k, i, first, customer) => {
    const f = filled[k];
    if (first) out[k].customer[f.segments++] = customer;
    out[k].rows[f.rows++] = i;
    out[k].ends[f.segments - 1] = f.rows;
  });
  return out;
}

/**
 * Calls `visit(k, row, first, customer)` for every month-end k at which each row is open, row after row in history
 * order; `first` when the row is its customer's first open one at k.
 */
function eachOpenRun(
  histories: readonly CustomerHistory[],
  monthEnds: readonly number[],
  visit: (k: number, row: number, first: boolean, customer: number) => void,
): void {
  const last = monthEnds.map(() => -1); // the customer last visited at each month-end
  for (let customer = 0; customer < histories.length; customer++) {
    const h = histories[customer]; // an index loop: an iterator's step makes a result object per customer
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      const [from, to] = openRun(h.columns, i, monthEnds);
      for (let k = from; k < to; k++) {
        visit(k, i, last[k] !== customer, customer);
        last[k] = customer;
      }
    }
  }
}

const run: [number, number] = [0, 0];
/**
 * The month-ends (positions from … to − 1) at which row i is open: from its billing date on, until a payment dated
 * by then leaves nothing open (forecastAt.ts reads the open amount at t as paid ≤ t ? open : amount). Shared.
 */
function openRun(c: HistoryColumns, i: number, monthEnds: readonly number[]): [number, number] {
  let from = 0;
  while (from < monthEnds.length && monthEnds[from] < c.billed[i]) from++;
  let to = monthEnds.length;
  if (c.open[i] === 0) {
    to = from;
    while (to < monthEnds.length && !(c.paid[i] <= monthEnds[to])) to++;
  }
  run[0] = from;
  run[1] = to;
  return run;
}
