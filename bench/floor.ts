/**
 * The floor of the analysis: one plain JavaScript pass over the ledger (as Excel hands it over, any[][] with a header
 * row, generated column order) that ages each open amount into its customer's buckets — current, 1–30, 31–60, 61–90,
 * over 90 days past due — in a Map by customer name. No checks, no parsing, no rounding: the least any analysis of
 * these rows must do. The bench times it on a freshly deserialised copy, as it times the analysis, so both pay the
 * first touch of every cell.
 */
const CUSTOMER = 0;
const DUE = 3;
const AMOUNT = 4;
const PAID = 5;

export function floorPass(values: readonly (readonly unknown[])[], asOf: number): Map<unknown, number[]> {
  const byName = new Map<unknown, number[]>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const paid = row[PAID];
    const open = (row[AMOUNT] as number) - (typeof paid === "number" ? paid : 0);
    if (open === 0) continue;
    const late = asOf - (row[DUE] as number);
    const bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
    let buckets = byName.get(row[CUSTOMER]);
    if (buckets === undefined) byName.set(row[CUSTOMER], (buckets = [0, 0, 0, 0, 0]));
    buckets[bucket] += open;
  }
  return byName;
}
