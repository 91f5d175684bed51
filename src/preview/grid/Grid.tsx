/**
 * The preview's spreadsheet grid: column letters and row numbers, only the visible rows drawn (sheets may hold
 * thousands of rows), mouse selection by drag (shift-click extends), error values with their message on hover,
 * the sheet's charts drawn over the cells they cover. Every cell carries data-cell="B7" so tests and users can find it.
 * It fills its parent's height. Mounted once per sheet (keyed by the sheet): `view` keeps the sheet's scroll
 * position between visits, and a selection set from outside (address box, taskpane link) is scrolled into view.
 */
import { useLayoutEffect, useRef, useState } from "react";
import { columnLetters } from "../../engine/ledger/addresses";
import { SheetChartView } from "../charts/SheetChartView";
import { DEFAULT_COLUMN_WIDTH } from "../workbook/autofit";
import type { MemorySheet, Selection } from "../workbook/memoryWorkbook";
import { displayValue } from "./display";

export const ROW_HEIGHT = 22;
const HEADER_WIDTH = 48;

/** What the preview remembers of a sheet's view while another sheet is shown. */
export interface SheetView {
  top: number;
  left: number;
  /** The selection stamp last brought into view (see MemoryWorkbook.selectionStamp). */
  stamp: number | null;
}

export const newSheetView = (): SheetView => ({ top: 0, left: 0, stamp: null });

export interface GridProps {
  sheet: MemorySheet;
  selection: Selection;
  /** Changes whenever the selection is set; a change not made in this grid scrolls the selection into view. */
  selectionStamp: number;
  onSelect: (area: { row: number; column: number; rows: number; columns: number }) => void;
  view: SheetView;
  /** Accessible name of the grid, e.g. "Sheet Ledger". */
  label: string;
  language?: "en" | "zh-CN";
}

/** Enough rows and columns for the data, the charts and the selection (going to Z3 shows column Z). */
function gridExtent(sheet: MemorySheet, selection: Selection) {
  const used = sheet.usedArea();
  const chartEnd = sheet.charts.reduce(
    (e, c) => ({
      rows: Math.max(e.rows, c.position.row + c.position.rows),
      columns: Math.max(e.columns, c.position.column + c.position.columns),
    }),
    { rows: 0, columns: 0 },
  );
  const selEnd =
    selection.sheetId === sheet.id
      ? { rows: selection.row + selection.rows, columns: selection.column + selection.columns }
      : { rows: 0, columns: 0 };
  const rowCount = Math.max((used?.rows ?? 0) + 20, chartEnd.rows + 5, selEnd.rows + 10, 60);
  const columnCount = Math.max((used?.columns ?? 0) + 3, chartEnd.columns + 1, selEnd.columns + 2, 12);
  const widths = Array.from({ length: columnCount }, (_, c) => sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  return { rowCount, columnCount, widths };
}

/** The cell an arrow key moves to: from the anchor, or (with Shift) from the selection's far corner. Null: not an arrow. */
function arrowTarget(key: string, shift: boolean, a: { row: number; column: number }, sel: Selection | null) {
  const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[key];
  if (!step) return null;
  const head =
    shift && sel
      ? {
          row: sel.row === a.row ? sel.row + sel.rows - 1 : sel.row,
          column: sel.column === a.column ? sel.column + sel.columns - 1 : sel.column,
        }
      : a;
  return { row: Math.max(0, head.row + step[0]), column: Math.max(0, head.column + step[1]) };
}

/** The height of the grid's box, followed as it changes (the bars above it change when "Paste CSV" opens). */
function useBoxHeight(box: React.RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(600);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return height;
}

const BOX_STYLE = {
  position: "relative",
  height: "100%",
  boxSizing: "border-box",
  overflow: "auto",
  border: "1px solid #c8c8c8",
  userSelect: "none",
  fontSize: 12,
} as const;

export function Grid({ sheet, selection, selectionStamp, onSelect, view, label, language = "en" }: GridProps) {
  const [scrollTop, setScrollTop] = useState(view.top);
  const box = useRef<HTMLDivElement>(null);
  const height = useBoxHeight(box);
  const { rowCount, widths } = gridExtent(sheet, selection);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 5);
  const last = Math.min(rowCount, first + Math.ceil(height / ROW_HEIGHT) + 10);
  const sel = selection.sheetId === sheet.id ? selection : null;
  const left = (c: number) =>
    HEADER_WIDTH +
    widths.slice(0, c).reduce((a, b) => a + b, 0) +
    Math.max(0, c - widths.length) * DEFAULT_COLUMN_WIDTH;
  const { pick, reveal, anchor } = useSelectionMoves({ box, sheet, left, view, selectionStamp, sel, onSelect });
  const rows = [];
  for (let r = first; r < last; r++)
    rows.push(<GridRow key={r} sheet={sheet} row={r} widths={widths} selection={sel} pick={pick} />);
  return (
    <div
      ref={box}
      role="region"
      aria-label={label}
      tabIndex={0}
      style={BOX_STYLE}
      onScroll={(e) => {
        view.top = e.currentTarget.scrollTop;
        view.left = e.currentTarget.scrollLeft;
        setScrollTop(e.currentTarget.scrollTop);
      }}
      onKeyDown={(e) => {
        // Arrow keys move the selection (Shift extends it), as in a spreadsheet.
        const a = anchor.current ?? { row: sel?.row ?? 0, column: sel?.column ?? 0 };
        const to = arrowTarget(e.key, e.shiftKey, a, sel);
        if (!to) return;
        e.preventDefault();
        pick(to.row, to.column, e.shiftKey);
        // Keep the moved-to cell in view.
        reveal(to.row, to.column);
      }}
      data-testid="grid"
    >
      <table
        style={{
          borderCollapse: "collapse",
          tableLayout: "fixed",
          width: HEADER_WIDTH + widths.reduce((a, b) => a + b, 0),
        }}
      >
        <GridHead widths={widths} />
        <tbody>
          {first > 0 && <tr style={{ height: first * ROW_HEIGHT }} aria-hidden="true" />}
          {rows}
          {last < rowCount && <tr style={{ height: (rowCount - last) * ROW_HEIGHT }} aria-hidden="true" />}
        </tbody>
      </table>
      <GridCharts sheet={sheet} left={left} language={language} />
    </div>
  );
}

/**
 * Picking cells (a click, Shift extending from the anchor) and scrolling them into view: the sheet's last scroll
 * position on a visit, a selection made outside the grid (address box, a taskpane link) brought into view.
 */
function useSelectionMoves(p: {
  box: React.RefObject<HTMLDivElement | null>;
  sheet: MemorySheet;
  left: (c: number) => number;
  view: SheetView;
  selectionStamp: number;
  sel: Selection | null;
  onSelect: GridProps["onSelect"];
}) {
  const { box, sheet, left, view, selectionStamp, sel, onSelect } = p;
  const ownPick = useRef(false);
  const anchor = useRef<{ row: number; column: number } | null>(null);
  /** Scrolls the least needed to show a cell below the sticky column letters (the cell's row and column). */
  const reveal = (row: number, column: number) => {
    const el = box.current;
    if (!el) return;
    const top = (row + 1) * ROW_HEIGHT;
    if (top - ROW_HEIGHT < el.scrollTop) el.scrollTop = top - ROW_HEIGHT;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    const x = left(column);
    const w = sheet.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
    if (x - HEADER_WIDTH < el.scrollLeft) el.scrollLeft = column === 0 ? 0 : x;
    else if (x + w > el.scrollLeft + el.clientWidth) el.scrollLeft = x + w - el.clientWidth;
  };
  // Back on this sheet: where it was scrolled to last time (a sheet never shown opens at A1).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollTop = view.top;
    el.scrollLeft = view.left;
  }, []);
  // A selection made outside the grid (address box, a link in the taskpane) is brought into view.
  useLayoutEffect(() => {
    if (view.stamp === selectionStamp) return;
    view.stamp = selectionStamp;
    if (ownPick.current) ownPick.current = false;
    else if (sel) reveal(sel.row, sel.column);
  }, [selectionStamp]);
  const pick = (row: number, column: number, extend: boolean) => {
    const a = extend && anchor.current ? anchor.current : { row, column };
    if (!extend) anchor.current = a;
    ownPick.current = true;
    onSelect({
      row: Math.min(a.row, row),
      column: Math.min(a.column, column),
      rows: Math.abs(row - a.row) + 1,
      columns: Math.abs(column - a.column) + 1,
    });
  };
  return { pick, reveal, anchor };
}

/** Column widths (borders included, so that column c starts exactly at left(c)) and the sticky column letters. */
function GridHead({ widths }: { widths: number[] }) {
  return (
    <>
      <colgroup>
        <col style={{ width: HEADER_WIDTH }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: w }} />
        ))}
      </colgroup>
      <thead style={{ position: "sticky", top: 0, zIndex: 1 }}>
        <tr style={{ height: ROW_HEIGHT }}>
          <th style={{ background: "#f3f3f3", border: "1px solid #e1e1e1" }} />
          {widths.map((_, c) => (
            <th key={c} scope="col" style={{ background: "#f3f3f3", fontWeight: 400, border: "1px solid #e1e1e1" }}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** One row: its number, then its cells; text runs on over empty cells to its right, as in Excel. */
function GridRow(props: {
  sheet: MemorySheet;
  row: number;
  widths: number[];
  selection: Selection | null;
  pick: (row: number, column: number, extend: boolean) => void;
}) {
  const { sheet, row: r, widths, selection: sel, pick } = props;
  const columnCount = widths.length;
  const cells = [];
  for (let c = 0; c < columnCount; c++) {
    const value = sheet.get(r, c);
    const message = sheet.errorMessages.get(`${r},${c}`);
    const text = displayValue(value, sheet.format(r, c));
    const numeric = typeof value === "number";
    // Text runs on over empty cells to its right, as in Excel; otherwise it is cut with an ellipsis.
    const overflows = !numeric && text !== "" && c + 1 < columnCount && sheet.get(r, c + 1) === "";
    const selected = !!sel && r >= sel.row && r < sel.row + sel.rows && c >= sel.column && c < sel.column + sel.columns;
    cells.push(
      <td
        key={c}
        data-cell={`${columnLetters(c)}${r + 1}`}
        title={message ?? (sheet.formulas.get(`${r},${c}`) || undefined)}
        onMouseDown={(e) => pick(r, c, e.shiftKey)}
        onMouseEnter={(e) => e.buttons === 1 && pick(r, c, true)}
        style={{
          maxWidth: widths[c],
          // With collapsed borders a row is its cells plus one border: 21 + 1 = ROW_HEIGHT, which the scrolling relies on.
          height: ROW_HEIGHT - 1,
          padding: "0 4px",
          border: "1px solid #e1e1e1",
          whiteSpace: "nowrap",
          overflow: overflows ? "visible" : "hidden",
          textOverflow: overflows ? "clip" : "ellipsis",
          textAlign: numeric ? "right" : "left",
          background: selected ? "#cfe3f7" : undefined,
          color: message !== undefined ? "#a4262c" : undefined,
          fontWeight: sheet.bold.has(`${r},${c}`) ? 600 : undefined,
        }}
      >
        {text}
      </td>,
    );
  }
  return (
    <tr style={{ height: ROW_HEIGHT }}>
      <th scope="row" style={{ background: "#f3f3f3", fontWeight: 400, border: "1px solid #e1e1e1" }}>
        {r + 1}
      </th>
      {cells}
    </tr>
  );
}

/** The sheet's charts, each over the cells it covers. */
function GridCharts(props: { sheet: MemorySheet; left: (c: number) => number; language: "en" | "zh-CN" }) {
  const { sheet, left, language } = props;
  return (
    <>
      {sheet.charts.map((chart, i) => {
        const width = left(chart.position.column + chart.position.columns) - left(chart.position.column);
        const chartHeight = chart.position.rows * ROW_HEIGHT;
        return (
          <div
            key={i}
            style={{
              position: "absolute",
              top: (chart.position.row + 1) * ROW_HEIGHT,
              left: left(chart.position.column),
              width,
              height: chartHeight,
            }}
          >
            <SheetChartView sheet={sheet} chart={chart} width={width} height={chartHeight} language={language} />
          </div>
        );
      })}
    </>
  );
}
