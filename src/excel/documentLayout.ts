/**
 * A document's blocks (src/engine/collections/documents) placed on a sheet grid of 8 columns: cell values, number
 * formats, bold cells, the row to repeat on every printed page (the first table's header) and column widths.
 * Long paragraphs are wrapped into several rows (about 8 columns' width) so nothing is cut off when printed.
 */
import type { DocBlock, DocFormat, DocumentContent } from "../engine";

export const DOC_COLUMNS = 8;
/** Column widths in points (Excel's columnWidth unit); fit to one page wide scales them onto A4. */
export const DOC_COLUMN_WIDTHS = [96, 72, 72, 80, 80, 80, 64, 80];

export interface DocumentLayout {
  values: (string | number)[][];
  /** Column widths in points: DOC_COLUMN_WIDTHS, widened where a table's text needs more (fit to one page wide). */
  columnWidths: number[];
  formats: string[][];
  bold: { row: number; column: number; columns: number }[];
  /** 0-based row repeated at the top of every printed page, or null. */
  printTitleRow: number | null;
}

const FORMAT: Record<DocFormat, string> = { text: "@", money: "#,##0.00", date: "yyyy-mm-dd", integer: "0" };

/** Points a table cell's text needs at 11 pt, bold headers included: CJK 1.05 em, other characters 0.65 em, 8 pt padding. */
function textPoints(v: string | number | null, format: DocFormat): number {
  if (v === null || v === "") return 0;
  const text =
    typeof v === "string"
      ? v
      : format === "money"
        ? v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : format === "date"
          ? "2000-00-00"
          : String(v);
  return [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 11.5 : 7.2), 0) + 8;
}

/** Splits a line into pieces of at most `width` display units (a CJK character counts 2), at spaces where possible. */
export function wrapLine(line: string, width = 110): string[] {
  const units = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  if (units(line) <= width) return [line];
  const out: string[] = [];
  let rest = line;
  while (units(rest) > width) {
    let cut = 0;
    let n = 0;
    const chars = [...rest];
    while (cut < chars.length && n + (chars[cut].charCodeAt(0) > 0x2e7f ? 2 : 1) <= width)
      n += chars[cut++].charCodeAt(0) > 0x2e7f ? 2 : 1;
    const head = chars.slice(0, cut).join("");
    const space = head.lastIndexOf(" ");
    const at = space > head.length / 2 ? space : head.length;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** The sheet being laid out: its rows so far, their formats and bold runs, and the column widths. */
function docSheet() {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const bold: DocumentLayout["bold"] = [];
  const columnWidths = [...DOC_COLUMN_WIDTHS];
  // A table's header and cells sit in their own columns (other rows run across empty cells): widen to fit them.
  const fit = (cells: readonly (string | number | null)[], fmt: readonly DocFormat[]) =>
    cells.forEach((c, i) => (columnWidths[i] = Math.max(columnWidths[i], Math.ceil(textPoints(c, fmt[i] ?? "text")))));
  const row = (cells: (string | number | null)[], fmt: DocFormat[] = []) => {
    const v = new Array<string | number>(DOC_COLUMNS).fill("");
    const f = new Array<string>(DOC_COLUMNS).fill("@");
    cells.forEach((c, i) => {
      v[i] = c === null ? "" : c;
      if (fmt[i]) f[i] = FORMAT[fmt[i]];
    });
    values.push(v);
    formats.push(f);
    return values.length - 1;
  };
  return { values, formats, bold, columnWidths, fit, row, blank: () => row([]) };
}

type DocSheet = ReturnType<typeof docSheet>;

/** A table: columns widened to fit, the header bold, the total (if any) bold; returns the header's row. */
function placeTable(sheet: DocSheet, b: Extract<DocBlock, { kind: "table" }>): number {
  const fmt = b.columns.map((c) => c.format);
  sheet.fit(
    b.columns.map((c) => c.header),
    [],
  );
  for (const r of [...b.rows, ...(b.total ? [b.total] : [])]) sheet.fit(r, fmt);
  const header = sheet.row(b.columns.map((c) => c.header));
  sheet.bold.push({ row: header, column: 0, columns: b.columns.length });
  for (const r of b.rows) sheet.row(r, fmt);
  if (b.total) sheet.bold.push({ row: sheet.row(b.total, fmt), column: 0, columns: b.columns.length });
  sheet.blank();
  return header;
}

export function layoutDocument(doc: DocumentContent): DocumentLayout {
  const sheet = docSheet();
  const { row, blank, bold } = sheet;
  let printTitleRow: number | null = null;
  const place = (b: DocBlock) => {
    switch (b.kind) {
      case "heading":
        bold.push({ row: row([b.text]), column: 0, columns: 1 });
        break;
      case "paragraph":
        for (const l of b.lines) for (const piece of wrapLine(l)) row([piece]);
        blank();
        break;
      case "fields":
        for (const f of b.rows) row([f.label, null, f.value], ["text", "text", f.format]);
        blank();
        break;
      case "table": {
        const header = placeTable(sheet, b);
        printTitleRow ??= header;
        break;
      }
      case "checklist":
        for (const i of b.items) row([`${i.done ? "☑" : "☐"} ${i.text}`]);
        blank();
        break;
      case "box":
        for (const piece of wrapLine(b.title)) bold.push({ row: row([piece]), column: 0, columns: 1 });
        for (const l of b.lines) row([l]);
        blank();
        break;
    }
  };
  for (const b of doc.blocks) place(b);
  const { values, columnWidths, formats } = sheet;
  return { values, columnWidths, formats, bold, printTitleRow };
}
