/**
 * A sheet as it will print: its page set-up (paper, margins, fit to one page wide, the header and footer) drawn as
 * A4 pages at true size, the columns scaled as Excel's "fit to 1 page wide" scales them. Printing the preview then
 * prints this sheet alone (the print styles below hide everything else), so a browser can save it as a PDF. A text
 * wider than its cell is marked data-cut, so a test (and the eye) finds it.
 */
import type { MemorySheet } from "./workbook/memoryWorkbook";
import { displayValue } from "./grid/display";

const MM = 96 / 25.4;
const PT = 96 / 72;
const PAPER: Record<string, { width: number; height: number }> = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
};
const DEFAULT_COLUMN_PX = 64;
const FONT_PT = 11;

export const PRINT_STYLES = `
@media print {
  @page { size: A4; margin: 0; }
  body * { visibility: hidden !important; }
  [data-print-page], [data-print-page] * { visibility: visible !important; }
  [data-print-root] { position: absolute !important; left: 0; top: 0; overflow: visible !important; height: auto !important; }
  [data-print-page] { box-shadow: none !important; margin: 0 !important; break-after: page; }
}`;

/** Header and footer codes as Excel shows them: &P page, &N pages. */
function headerText(code: string, page: number, pages: number): string {
  return code.replace(/&P/g, String(page)).replace(/&N/g, String(pages));
}

/** The sheet's print geometry: paper, column widths, the fit-to-width scale, row height and the rows on each page. */
function printLayout(sheet: MemorySheet) {
  const setup = sheet.pageSetup;
  const paper = PAPER[setup.paperSize] ?? PAPER.A4;
  const m = setup.margins;
  const printable = paper.width - (m.left + m.right) * PT;
  const columns = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const widths = Array.from({ length: columns }, (_, c) => sheet.columnWidths[c] ?? DEFAULT_COLUMN_PX);
  const total = widths.reduce((a, b) => a + b, 0);
  // Fit to one page wide: scaled down (never up) so the columns fill at most the printable width.
  const scale =
    setup.zoom.horizontalFitToPages === 1 ? Math.min(1, printable / total) : (setup.zoom.scale ?? 100) / 100;
  const rowHeight = FONT_PT * PT * 1.5 * scale;
  const perPage = Math.max(1, Math.floor((paper.height - (m.top + m.bottom) * PT) / rowHeight));
  const pages: number[][] = [];
  for (let r = 0; r < sheet.rows.length; r += perPage)
    pages.push(Array.from({ length: Math.min(perPage, sheet.rows.length - r) }, (_, i) => r + i));
  return { paper, columns, widths, total, scale, rowHeight, pages };
}

type PrintLayout = ReturnType<typeof printLayout>;

/** A sheet of paper at true size, its margins as padding, the font scaled with the columns. */
function pageStyle(paper: { width: number; height: number }, m: MemorySheet["pageSetup"]["margins"], scale: number) {
  return {
    width: paper.width,
    height: paper.height,
    boxSizing: "border-box" as const,
    background: "#fff",
    margin: "0 auto 12px",
    boxShadow: "0 1px 4px rgba(0,0,0,.3)",
    position: "relative" as const,
    padding: `${m.top * PT}px ${m.right * PT}px ${m.bottom * PT}px ${m.left * PT}px`,
    fontFamily: "Calibri, 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
    fontSize: FONT_PT * scale + "pt",
  };
}

export function PrintPage({ sheet }: { sheet: MemorySheet }) {
  const layout = printLayout(sheet);
  return (
    <div
      data-print-root
      style={{ overflow: "auto", height: "100%", background: "#e8e8e8", padding: 12 }}
      data-testid="print-view"
    >
      {layout.pages.map((rows, p) => (
        <PrintSheetPage key={p} sheet={sheet} layout={layout} rows={rows} page={p} />
      ))}
    </div>
  );
}

/** One page at true size: the margins as padding, the header and footer in theirs, the scaled table between. */
function PrintSheetPage({
  sheet,
  layout,
  rows,
  page: p,
}: {
  sheet: MemorySheet;
  layout: PrintLayout;
  rows: number[];
  page: number;
}) {
  const setup = sheet.pageSetup;
  const m = setup.margins;
  const { paper, columns, widths, total, scale, rowHeight, pages } = layout;
  const cellText = (r: number, c: number) => {
    const v = sheet.get(r, c);
    return v === null || v === undefined || v === "" ? "" : displayValue(v, sheet.format(r, c));
  };
  const band = (edge: "top" | "bottom", offset: number) => ({
    position: "absolute" as const,
    [edge]: offset * PT,
    left: m.left * PT,
    right: m.right * PT,
    textAlign: "center" as const,
    fontSize: 9 * scale + "pt",
  });
  return (
    <div data-print-page data-testid="print-page" style={pageStyle(paper, m, scale)}>
      <div style={band("top", m.header)}>{headerText(setup.header.center, p + 1, pages.length)}</div>
      <table
        style={{ borderCollapse: "collapse", tableLayout: "fixed", width: total * scale }}
        data-testid="print-table"
      >
        <colgroup>
          {widths.map((w, c) => (
            <col key={c} style={{ width: w * scale }} />
          ))}
        </colgroup>
        <tbody>
          {rows.map((r) => (
            <PrintRow key={r} sheet={sheet} row={r} columns={columns} text={cellText} height={rowHeight} />
          ))}
        </tbody>
      </table>
      <div style={band("bottom", m.footer)}>{headerText(setup.footer.center, p + 1, pages.length)}</div>
    </div>
  );
}

/** A row as Excel prints it: a text runs on across the empty cells to its right; a number stays in its cell. */
function PrintRow({
  sheet,
  row,
  columns,
  text,
  height,
}: {
  sheet: MemorySheet;
  row: number;
  columns: number;
  text: (r: number, c: number) => string;
  height: number;
}) {
  const cells = Array.from({ length: columns }, (_, c) => text(row, c));
  const style = (c: number) => ({
    height,
    padding: "0 2px",
    whiteSpace: "nowrap" as const,
    overflow: "hidden",
    fontWeight: sheet.bold.has(`${row},${c}`) ? 700 : 400,
    textAlign: typeof sheet.get(row, c) === "number" ? ("right" as const) : ("left" as const),
  });
  const tds = [];
  for (let c = 0; c < columns;) {
    let span = 1;
    if (cells[c] !== "" && typeof sheet.get(row, c) !== "number")
      while (c + span < columns && cells[c + span] === "") span++;
    tds.push(
      <td key={c} colSpan={span} style={style(c)} data-print-cell>
        {cells[c]}
      </td>,
    );
    c += span;
  }
  return <tr>{tds}</tr>;
}
