/**
 * Arrays of numbers for a million rows kept in the JavaScript heap: plain arrays of doubles or of small integers.
 * A typed array's memory lives outside the heap, and V8 answers every 64 MB of it with a full garbage collection of
 * the whole heap — half a second once a million-row ledger is loaded; a plain array of numbers is as fast to read and
 * write, and its memory is the heap's own.
 */

/** `n` doubles (stored unboxed), each `value` (NaN: "none"). */
export function numbers(n: number, value = NaN): number[] {
  const out = [NaN]; // an array of doubles from the start, grown once to its length (no copy from integers to doubles)
  out.length = n;
  return out.fill(value);
}

/** `n` small integers (below 2^30 in size), each `value`. */
export function integers(n: number, value = 0): number[] {
  return new Array<number>(n).fill(value);
}
