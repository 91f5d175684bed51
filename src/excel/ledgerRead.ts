/**
 * Reading a range in row blocks under the 5 MB payload limit (chunks.ts): every cell's value, and number formats for
 * the head and a sample of rows below it, read in full where they change (formatSamples.ts) — formats are the same
 * down a column, and reading every cell's would double what crosses the wire. A read in several blocks is checked
 * against rows inserted or deleted meanwhile: with the last block, the used range and each earlier block's first and
 * last row are read again.
 */
import { bytesPerRow, firstBlockRows, nextBlockRows, throwIfAborted } from "./chunks";
import { fillBetween, fillStretch, FormatStretch, formatRowsOf, mergeStretches } from "./formatSamples";
import type { ReadProgress } from "./gateway";

export interface SheetArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The first or last row of a block as it was read (its values as JSON). */
interface BlockEdge {
  row: number;
  text: string;
}

type ChangeCheck = { used: Excel.Range; edges: { edge: BlockEdge; range: Excel.Range }[] };

/** The sheet's used range (values), loaded with the next sync: a null object on a sheet without values. */
export function usedRangeOf(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  return used;
}

const usedAddress = (used: Excel.Range) => (used.isNullObject ? "" : used.address);

/** Queues the change check: the used range and each earlier block's first and last row, read again. */
function queueChangeCheck(sheet: Excel.Worksheet, area: SheetArea, edges: BlockEdge[]): ChangeCheck {
  return {
    used: usedRangeOf(sheet),
    edges: edges.map((edge) => ({
      edge,
      range: sheet.getRangeByIndexes(area.row + edge.row, area.column, 1, area.columns).load("values"),
    })),
  };
}

/**
 * Whether the sheet changed while it was read in blocks: a row inserted or deleted shifts the rows below it, so an
 * earlier block's first or last row no longer holds what was read there; rows added or removed at the end change the
 * used range. Edits that move no row (a value typed over another) are not seen: the read is not a snapshot.
 */
function changedDuringRead(check: ChangeCheck, usedAtStart: Excel.Range | null): boolean {
  if (usedAtStart && usedAddress(usedAtStart) !== usedAddress(check.used)) return true;
  return check.edges.some(({ edge, range }) => JSON.stringify((range.values as unknown[][])[0]) !== edge.text);
}

/** What one block queues: its values, the formats of its head rows and of its sampled rows. */
function queueBlock(sheet: Excel.Worksheet, area: SheetArea, start: number, n: number) {
  const rows = (from: number, count: number) =>
    sheet.getRangeByIndexes(area.row + from, area.column, count, area.columns);
  const { head, samples } = formatRowsOf(start, start + n);
  return {
    values: rows(start, n).load("values"),
    head: head > 0 ? rows(start, head).load("numberFormat") : null,
    samples: samples.map((r) => ({ row: r, range: rows(r, 1).load("numberFormat") })),
  };
}

/** Reads in full the columns' formats where the samples of a block differ (one more sync, only then). */
async function readStretches(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: SheetArea,
  formats: string[][],
  stretches: FormatStretch[],
): Promise<void> {
  if (stretches.length === 0) return;
  const reads = mergeStretches(stretches).map((s) => ({
    s,
    range: sheet.getRangeByIndexes(area.row + s.from, area.column + s.column, s.rows, 1).load("numberFormat"),
  }));
  await context.sync();
  for (const { s, range } of reads) fillStretch(formats, s, range.numberFormat as string[][]);
}

/** Puts a block's values and known formats in place and fills the formats between its sampled rows. */
function placeBlock(
  block: ReturnType<typeof queueBlock>,
  start: number,
  values: unknown[][],
  formats: string[][],
): FormatStretch[] {
  const v = block.values.values as unknown[][];
  for (let i = 0; i < v.length; i++) values[start + i] = v[i];
  const head = (block.head?.numberFormat ?? []) as string[][];
  for (let i = 0; i < head.length; i++) formats[start + i] = head[i];
  let known = start + head.length - 1;
  const stretches: FormatStretch[] = [];
  for (const { row, range } of block.samples) {
    formats[row] = (range.numberFormat as string[][])[0];
    stretches.push(...fillBetween(formats, known, row));
    known = row;
  }
  return stretches;
}

/** Reads `area` of `sheet`: values and number formats of every row; `changed` when rows moved during the read. */
export async function readLedgerArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: SheetArea,
  usedAtStart: Excel.Range | null,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<{ values: unknown[][]; numberFormats: string[][]; changed: boolean }> {
  const values: unknown[][] = new Array(area.rows);
  const numberFormats: string[][] = new Array(area.rows);
  const edges: BlockEdge[] = [];
  let check: ChangeCheck | null = null;
  let size = firstBlockRows(area.columns);
  for (let start = 0; start < area.rows;) {
    throwIfAborted(signal);
    const n = Math.min(size, area.rows - start);
    const block = queueBlock(sheet, area, start, n);
    // With the last block, in the same sync: the used range and the edge rows of the earlier blocks, again.
    if (start + n >= area.rows) check = queueChangeCheck(sheet, area, edges);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- blocks under Excel's 5 MB request limit, one sync each
    await context.sync();
    const stretches = placeBlock(block, start, values, numberFormats);
    await readStretches(context, sheet, area, numberFormats, stretches);
    const v = block.values.values as unknown[][];
    edges.push({ row: start, text: JSON.stringify(v[0]) }, { row: start + n - 1, text: JSON.stringify(v[n - 1]) });
    // The sampled formats add about a tenth to the values.
    size = nextBlockRows(bytesPerRow(v) * 1.1, area.columns);
    block.values.untrack();
    start += n;
    onProgress?.({ rowsRead: start, rowsTotal: area.rows });
  }
  return { values, numberFormats, changed: check !== null && changedDuringRead(check, usedAtStart) };
}
