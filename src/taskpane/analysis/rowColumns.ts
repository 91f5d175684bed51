/**
 * The ledger's rows as columns, for their trip from the pane to the analysis worker (workerProtocol.ts rowPieces). A
 * structured copy of a million rows as they are took 1.6 s in one thread: every cell is a value of its own, and the
 * texts that repeat down a column (the customer, the currency, "Net 30", "No") are copied once per cell. As columns,
 * the numbers go in a float64 array moved rather than copied, and each column's texts as a list of the distinct texts
 * with an index per cell (a column whose texts are mostly different, such as invoice numbers, as its list of texts:
 * a look-up per cell would cost more than it saves); any other cell (true, null…) goes as it is, by its place.
 * Exact: each row comes back an array of its own length with the same cells (a missing cell reads as undefined, as it
 * did); the worker's rows also share one string per distinct text of a column, so the parse finds a customer's name
 * without reading its characters again.
 */

/** One column of a slice of rows: what each cell is, and where its value went. */
export interface CellColumn {
  /** Per row: NUMBER, TEXT, OTHER, or ABSENT (the row is shorter). */
  kinds: Uint8Array;
  numbers: Float64Array;
  /** Per row whose cell is a text: its index in `texts`. */
  textIndex: Uint32Array;
  texts: string[];
  /** The other cells, by row. */
  others: [number, unknown][];
}

export interface RowColumns {
  count: number;
  /** Each row's length. */
  lengths: Uint32Array;
  columns: CellColumn[];
}

const NUMBER = 0;
const TEXT = 1;
const OTHER = 2;
const ABSENT = 3;

/** Rows read before a column's texts are judged mostly different (then listed without a look-up). */
const JUDGED_AFTER = 256;

/** `rows` (each an array) as columns; null when a row is not an array (then the rows go as they are). */
export function rowColumns(rows: readonly unknown[]): RowColumns | null {
  let width = 0;
  const lengths = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) return null;
    lengths[i] = row.length;
    if (row.length > width) width = row.length;
  }
  const table = rows as readonly unknown[][];
  const columns: CellColumn[] = [];
  for (let c = 0; c < width; c++) columns.push(cellColumn(table, c));
  return { count: rows.length, lengths, columns };
}

/** Column `c` of `rows`. */
function cellColumn(rows: readonly unknown[][], c: number): CellColumn {
  const n = rows.length;
  const column: CellColumn = {
    kinds: new Uint8Array(n),
    numbers: new Float64Array(n),
    textIndex: new Uint32Array(n),
    texts: [],
    others: [],
  };
  let seen: Map<string, number> | null = new Map();
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (c >= row.length) column.kinds[i] = ABSENT;
    else if (typeof row[c] === "number") column.numbers[i] = row[c] as number;
    else if (typeof row[c] === "string") {
      column.kinds[i] = TEXT;
      column.textIndex[i] = seen ? textIndex(seen, column.texts, row[c] as string) : column.texts.push(row[c]) - 1;
      if (i === JUDGED_AFTER && seen && seen.size > JUDGED_AFTER / 2) seen = null; // mostly different: list them
    } else {
      column.kinds[i] = OTHER;
      column.others.push([i, row[c]]);
    }
  }
  return column;
}

function textIndex(seen: Map<string, number>, texts: string[], text: string): number {
  let at = seen.get(text);
  if (at === undefined) seen.set(text, (at = texts.push(text) - 1));
  return at;
}

/** The buffers to move with the message (postMessage's transfer list). */
export function rowTransfers(r: RowColumns): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [r.lengths.buffer as ArrayBuffer];
  for (const c of r.columns) buffers.push(...[c.kinds, c.numbers, c.textIndex].map((a) => a.buffer as ArrayBuffer));
  return buffers;
}

/** The rows of `r` again, each an array of its own length (its cells in order: one row after another). */
export function rowsFromColumns(r: RowColumns): unknown[][] {
  const { columns } = r;
  const others = columns.map(() => 0); // per column, the next of its other cells
  const rows: unknown[][] = [];
  for (let i = 0; i < r.count; i++) {
    const row: unknown[] = [];
    for (let c = 0, length = r.lengths[i]; c < length; c++) {
      const column = columns[c];
      const kind = column.kinds[i];
      if (kind === NUMBER) row.push(column.numbers[i]);
      else if (kind === TEXT) row.push(column.texts[column.textIndex[i]]);
      else row.push(column.others[others[c]++][1]);
    }
    rows.push(row);
  }
  return rows;
}
