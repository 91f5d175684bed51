/**
 * The preview's spreadsheet grid: column letters and row numbers, only the visible rows drawn (sheets may hold
 * thousands of rows), mouse selection by drag (shift-click extends), error values with their message on hover.
 * Every cell carries data-cell="B7" so tests and users can find it.
 */
import { useRef, useState } from "react";
import { columnLetters } from "../../engine/ledger/addresses";
import { DEFAULT_COLUMN_WIDTH } from "../workbook/autofit";
import type { MemorySheet, Selection } from "../workbook/memoryWorkbook";
import { displayValue } from "./display";

const ROW_HEIGHT = 22;
const HEADER_WIDTH = 48;

export interface GridProps {
  sheet: MemorySheet;
  selection: Selection;
  onSelect: (area: { row: number; column: number; rows: number; columns: number }) => void;
  height: number;
  /** Accessible name of the grid, e.g. "Sheet Ledger". */
  label: string;
}

export function Grid({ sheet, selection, onSelect, height, label }: GridProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const anchor = useRef<{ row: number; column: number } | null>(null);
  const used = sheet.usedArea();
  const rowCount = Math.max((used?.rows ?? 0) + 20, 60);
  const columnCount = Math.max((used?.columns ?? 0) + 3, 12);
  const widths = Array.from({ length: columnCount }, (_, c) => sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 5);
  const last = Math.min(rowCount, first + Math.ceil(height / ROW_HEIGHT) + 10);
  const sel = selection.sheetId === sheet.id ? selection : null;
  const inSelection = (r: number, c: number) => !!sel && r >= sel.row && r < sel.row + sel.rows && c >= sel.column && c < sel.column + sel.columns;
  const pick = (row: number, column: number, extend: boolean) => {
    const a = extend && anchor.current ? anchor.current : { row, column };
    if (!extend) anchor.current = a;
    onSelect({ row: Math.min(a.row, row), column: Math.min(a.column, column), rows: Math.abs(row - a.row) + 1, columns: Math.abs(column - a.column) + 1 });
  };
  const rows = [];
  for (let r = first; r < last; r++) {
    const cells = [];
    for (let c = 0; c < columnCount; c++) {
      const value = sheet.get(r, c);
      const message = sheet.errorMessages.get(`${r},${c}`);
      const text = displayValue(value, sheet.format(r, c));
      const numeric = typeof value === "number";
      // Text runs on over empty cells to its right, as in Excel; otherwise it is cut with an ellipsis.
      const overflows = !numeric && text !== "" && c + 1 < columnCount && sheet.get(r, c + 1) === "";
      cells.push(
        <td
          key={c}
          data-cell={`${columnLetters(c)}${r + 1}`}
          title={message ?? (sheet.formulas.get(`${r},${c}`) || undefined)}
          onMouseDown={(e) => pick(r, c, e.shiftKey)}
          onMouseEnter={(e) => e.buttons === 1 && pick(r, c, true)}
          style={{
            width: widths[c],
            maxWidth: widths[c],
            height: ROW_HEIGHT,
            padding: "0 4px",
            border: "1px solid #e1e1e1",
            whiteSpace: "nowrap",
            overflow: overflows ? "visible" : "hidden",
            textOverflow: overflows ? "clip" : "ellipsis",
            textAlign: numeric ? "right" : "left",
            background: inSelection(r, c) ? "#cfe3f7" : undefined,
            color: message !== undefined ? "#a4262c" : undefined,
            fontWeight: sheet.bold.has(`${r},${c}`) ? 600 : undefined,
          }}
        >
          {text}
        </td>,
      );
    }
    rows.push(
      <tr key={r} style={{ height: ROW_HEIGHT }}>
        <th scope="row" style={{ width: HEADER_WIDTH, background: "#f3f3f3", fontWeight: 400, border: "1px solid #e1e1e1" }}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ height, overflow: "auto", border: "1px solid #c8c8c8", userSelect: "none", fontSize: 12 }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={(e) => {
        // Arrow keys move the selection (Shift extends it), as in a spreadsheet.
        const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
        if (!step) return;
        e.preventDefault();
        const a = anchor.current ?? { row: sel?.row ?? 0, column: sel?.column ?? 0 };
        const head = e.shiftKey && sel ? { row: sel.row === a.row ? sel.row + sel.rows - 1 : sel.row, column: sel.column === a.column ? sel.column + sel.columns - 1 : sel.column } : a;
        const row = Math.max(0, head.row + step[0]);
        const column = Math.max(0, head.column + step[1]);
        pick(row, column, e.shiftKey);
        // Keep the moved-to row in view.
        const box = e.currentTarget;
        const top = (row + 1) * ROW_HEIGHT; // below the sticky header row
        if (top < box.scrollTop + ROW_HEIGHT) box.scrollTop = top - ROW_HEIGHT;
        else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight) box.scrollTop = top + ROW_HEIGHT - box.clientHeight;
      }}
      data-testid="grid"
    >
      <table style={{ borderCollapse: "collapse", tableLayout: "fixed", width: HEADER_WIDTH + widths.reduce((a, b) => a + b, 0) }}>
        <thead style={{ position: "sticky", top: 0, zIndex: 1 }}>
          <tr>
            <th style={{ width: HEADER_WIDTH, background: "#f3f3f3", border: "1px solid #e1e1e1" }} />
            {Array.from({ length: columnCount }, (_, c) => (
              <th key={c} scope="col" style={{ width: widths[c], background: "#f3f3f3", fontWeight: 400, border: "1px solid #e1e1e1" }}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr style={{ height: first * ROW_HEIGHT }} aria-hidden="true" />}
          {rows}
          {last < rowCount && <tr style={{ height: (rowCount - last) * ROW_HEIGHT }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}
