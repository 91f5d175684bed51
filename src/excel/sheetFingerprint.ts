/**
 * Whether a sheet AR Lens wrote is still as AR Lens left it. The report's marker (a worksheet custom property)
 * keeps a fingerprint of the sheet taken right after writing: its name, its used range (formatted cells included)
 * and, cell by cell, the formula or constant and the number format. A sheet is replaced only while its fingerprint
 * still matches — renamed, a note typed, a value, format or formula changed: it is the user's now and kept.
 * The fingerprint is a check against edits, not a security measure (64 bits from two FNV-1a style passes).
 */
import { bytesPerRow, firstBlockRows, nextBlockRows } from "./chunks";

/** Held locally: a global looked up for every character is slow in some hosts (Node's vm contexts). */
const imul = Math.imul;

/** An incremental hash of texts (FNV-1a over UTF-16 code units, two independent 32-bit lanes). */
export class ContentHash {
  private a = 0x811c9dc5;
  private b = 0x9747b28c;

  add(text: string): this {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = imul(a ^ c, 0x01000193);
      b = imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    this.a = imul(a ^ 0xffff, 0x01000193);
    this.b = imul(b ^ 0xffff, 0x5bd1e995);
    return this;
  }

  digest(): string {
    return (this.a >>> 0).toString(36).padStart(7, "0") + (this.b >>> 0).toString(36).padStart(7, "0");
  }
}

/** The A1 part of "'Sheet'!A1:C9" (the sheet's name is hashed on its own). */
const a1Part = (address: string) => address.slice(address.lastIndexOf("!") + 1);

/**
 * The sheet's fingerprint under `name` (the name it has, or will have once renamed): used range, formulas or
 * constants and number formats, read in row blocks under the payload limit (chunks.ts).
 */
export async function sheetFingerprint(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
): Promise<string> {
  const hash = new ContentHash().add(name);
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return hash.add("").digest();
  hash.add(a1Part(used.address));
  let block = firstBlockRows(used.columnCount);
  for (let start = 0; start < used.rowCount;) {
    const n = Math.min(block, used.rowCount - start);
    const range = sheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, used.columnCount);
    range.load("formulas,numberFormat");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- blocks under Excel's 5 MB response limit
    await context.sync();
    const formulas = range.formulas as unknown[][];
    const formats = range.numberFormat as unknown[][];
    for (let i = 0; i < n; i++) hash.add(JSON.stringify(formulas[i])).add(JSON.stringify(formats[i]));
    block = nextBlockRows(bytesPerRow(formulas) + bytesPerRow(formats), used.columnCount);
    range.untrack();
    start += n;
  }
  return hash.digest();
}

/** What the report marker says: the fingerprint taken after writing and the report's preferred sheet name. */
export interface ReportMark {
  fingerprint: string;
  /** The name the report was written for ("AR Lens Report", "应收账款分析"): reports of one kind replace each other. */
  preferredName: string;
}

/** "2|<fingerprint>|<preferred name>" (a worksheet custom property value: at most 255 characters). */
export function encodeReportMark(mark: ReportMark): string {
  return `2|${mark.fingerprint}|${mark.preferredName}`.slice(0, 255);
}

/** The mark in a marker's value; null for a mark without a fingerprint (an earlier version's "1"): never replaced. */
export function decodeReportMark(value: unknown): ReportMark | null {
  const m = typeof value === "string" ? /^2\|([0-9a-z]+)\|(.+)$/s.exec(value) : null;
  return m ? { fingerprint: m[1], preferredName: m[2] } : null;
}
