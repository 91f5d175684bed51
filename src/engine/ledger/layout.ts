/**
 * The layout of an exported ledger before its columns: where the header is. Accounting systems export their reports
 * with title and filter rows above the header, and some with a header of two or three rows whose upper cells are
 * merged over the columns below them (用友's 借方 / 发生 / 金额). Office.js gives a merged area as text in its first
 * cell and "" in the others, so an upper header cell is carried right over the columns its area covers — as far as
 * the row below has names of its own and the area above it goes on — and each column's name is the names above it
 * joined ("借方 发生 金额").
 */
import { isBlank } from "../core/cells";

/** Header rows a block may have: 用友 and 金蝶 print up to three. */
const MAX_HEADER_ROWS = 3;

export interface HeaderBlock {
  /** First and last row (0-based) of the header; the data start below `last`. */
  first: number;
  last: number;
  /** Each column's name: the texts of the header rows above it, joined with a space. */
  headers: string[];
  /** An earlier header row naming the same columns: the documents start under it (columns.ts earlierHeader). */
  earlier?: number;
  /** Rows under an earlier header whose columns differ: not read, and said so. */
  above?: number[];
}

/** Lower case, no spaces, punctuation or underscores: "Invoice No." → "invoiceno", "客户 名称" → "客户名称". */
export function normalizeHeader(text: unknown): string {
  return String(text ?? "")
    .toLowerCase()
    .replace(/[\s_\-.:：()（）#/\\'"]/g, "");
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : isBlank(v) ? "" : String(v).trim());

/**
 * A row that continues a header: text only (no numbers, no dates), at least one name. Bucket and group rows under
 * a header are text only too; they are told apart by the names they add (see findHeaderBlock).
 */
function isHeaderTextRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  let texts = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    texts++;
  }
  return texts > 0;
}

/** Each cell of the header rows with merged areas carried right (see the file comment). */
function carriedRows(
  values: readonly (readonly unknown[] | undefined)[],
  first: number,
  last: number,
  width: number,
): string[][] {
  const rows: string[][] = [];
  for (let r = first; r <= last; r++) {
    const own = Array.from({ length: width }, (_, c) => text(values[r]?.[c]));
    const above = rows[rows.length - 1];
    const carried = [...own];
    let carry = "";
    for (let c = 0; c < width; c++) {
      if (own[c] !== "") {
        carry = own[c];
        continue;
      }
      const belowHasName = r < last && values.slice(r + 1, last + 1).some((row) => text(row?.[c]) !== "");
      const sameAreaAbove = !above || c === 0 || above[c] === above[c - 1];
      if (carry !== "" && belowHasName && sameAreaAbove) carried[c] = carry;
      else carry = "";
    }
    rows.push(carried);
  }
  return rows;
}

/** The names of the columns under a header block of rows first..last. */
export function blockHeaders(
  values: readonly (readonly unknown[] | undefined)[],
  first: number,
  last: number,
): string[] {
  const width = values.slice(first, last + 1).reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const rows = carriedRows(values, first, last, width);
  return Array.from({ length: width }, (_, c) =>
    rows
      .map((row) => row[c])
      .filter((t, i, all) => t !== "" && t !== all[i - 1])
      .join(" "),
  );
}

/**
 * The header block starting at `first`: the row itself, or with the text-only rows under it when they name more
 * fields (`score` counts the fields a list of names maps). A tie keeps the fewer rows: a bucket label under the
 * header ("91 or more days past due") adds no field.
 */
export function headerBlockAt(
  values: readonly (readonly unknown[] | undefined)[],
  first: number,
  score: (headers: string[]) => number,
): HeaderBlock & { score: number } {
  let best = { first, last: first, headers: blockHeaders(values, first, first), score: -1 };
  best.score = score(best.headers);
  for (let last = first + 1; last < first + MAX_HEADER_ROWS && last < values.length; last++) {
    if (!isHeaderTextRow(values[last])) break;
    const headers = blockHeaders(values, first, last);
    const s = score(headers);
    if (s > best.score) best = { first, last, headers, score: s };
  }
  return best;
}
