/**
 * Money exact to the cent. Amounts travel as numbers of currency units; every sum, split and rounding goes
 * through integer cents so that totals reconcile exactly (installments add up to the balance, bucket totals
 * to the total outstanding).
 */

/** Whole cents of an amount, rounded half away from zero like Excel's ROUND(x, 2). */
export function toCents(amount: number): number {
  const scaled = Math.abs(amount) * 100;
  let whole = Math.floor(scaled);
  // Binary floating point stores 1.005 as 1.00499999…: treat a fraction within 1e-7 of one half as one half.
  if (scaled - whole >= 0.5 - 1e-7) whole += 1;
  return amount < 0 ? -whole : whole;
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** An amount rounded to the cent. */
export function roundMoney(amount: number): number {
  return fromCents(toCents(amount));
}

/** Exact sum of amounts, each taken to the cent. */
export function sumMoney(amounts: Iterable<number>): number {
  let cents = 0;
  for (const a of amounts) cents += toCents(a);
  return fromCents(cents);
}

/**
 * Splits `totalCents` into `count` parts of round(total / count) each (truncated where rounding up would push the
 * last part past zero), the rounding remainder on the last part,
 * so the parts add up to the total exactly (1,000.00 in 3 → 333.33, 333.33, 333.34); the last part is never zero.
 */
export function allocateCents(totalCents: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a whole number of at least 1");
  let each = Math.round(totalCents / count);
  // Rounding up must not leave the last part at or past zero (1.00 in 18 parts: 0.05 each, 0.15 last, not 0.06 and
  // −0.02; 1.00 in 26: 0.03 each, 0.25 last, not 0.04 and an installment of 0.00).
  if (totalCents !== 0 && Math.abs(each * (count - 1)) >= Math.abs(totalCents)) each = Math.trunc(totalCents / count);
  const parts = new Array<number>(count).fill(each);
  parts[count - 1] = totalCents - each * (count - 1);
  return parts;
}

/** Splits `totalCents` in proportion to `weights` (largest-remainder method), parts summing to the total. */
export function allocateByWeights(totalCents: number, weights: number[]): number[] {
  const sumW = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  if (sumW === 0) return allocateCents(totalCents, weights.length);
  const raw = weights.map((w) => (totalCents * Math.max(0, w)) / sumW);
  const parts = raw.map((r) => Math.trunc(r));
  let rest = totalCents - parts.reduce((s, p) => s + p, 0);
  const order = raw
    .map((r, i) => ({ i, frac: Math.abs(r - Math.trunc(r)) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  const step = Math.sign(rest);
  for (let k = 0; rest !== 0; k = (k + 1) % order.length) {
    parts[order[k].i] += step;
    rest -= step;
  }
  return parts;
}
