/**
 * Recalculates every formula in the workbook and spills array results into the cells below and to the right,
 * like Excel's dynamic arrays: a spill blocked by a non-empty cell gives #SPILL!. Error values are stored as
 * their code ("#VALUE!", as Excel returns them to add-ins) with the message kept beside the cell.
 */
import type { CustomFunction } from "../customFunctionsShim";
import type { CellValue, MemorySheet, MemoryWorkbook } from "../workbook/memoryWorkbook";
import { evaluate, isError, Scalar } from "./evaluate";
import { FormulaSyntaxError, parseFormula } from "./parse";

const key = (r: number, c: number) => `${r},${c}`;

function put(sheet: MemorySheet, r: number, c: number, v: Scalar): void {
  if (isError(v)) {
    sheet.set(r, c, v.error);
    sheet.errorMessages.set(key(r, c), v.message);
  } else {
    sheet.set(r, c, v);
    sheet.errorMessages.delete(key(r, c));
  }
}

export function recalculate(book: MemoryWorkbook, functions: Map<string, CustomFunction>): void {
  for (const sheet of book.sheets) {
    // Clear earlier spills so they can be recomputed (and unblocked).
    for (const [anchor, area] of sheet.spills) {
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.columns; c++) {
          const k = key(area.row + r, area.column + c);
          if (k !== anchor && !sheet.formulas.has(k)) {
            sheet.set(area.row + r, area.column + c, "");
            sheet.errorMessages.delete(k);
          }
        }
    }
    sheet.spills.clear();
    // Two passes: formulas that read other formulas' results settle on the second.
    for (let pass = 0; pass < 2; pass++) {
      for (const [k, text] of sheet.formulas) {
        const [row, column] = k.split(",").map(Number);
        let result;
        try {
          result = evaluate(parseFormula(text), { book, sheet, functions });
        } catch (e) {
          result = {
            error: "#NAME?",
            message: e instanceof FormulaSyntaxError ? `The formula cannot be read: ${e.message}` : String(e),
          };
        }
        if (!Array.isArray(result)) {
          put(sheet, row, column, result);
          continue;
        }
        const rows = result.length;
        const columns = result[0]?.length ?? 0;
        const previous = sheet.spills.get(k);
        let blocked = false;
        for (let r = 0; r < rows && !blocked; r++)
          for (let c = 0; c < columns; c++) {
            if (r === 0 && c === 0) continue;
            const inPrevious = previous && r < previous.rows && c < previous.columns;
            if (
              sheet.formulas.has(key(row + r, column + c)) ||
              (!inPrevious && sheet.get(row + r, column + c) !== "")
            ) {
              blocked = true;
              break;
            }
          }
        if (blocked) {
          put(sheet, row, column, {
            error: "#SPILL!",
            message: "The result needs more cells: clear the cells below or to the right",
          });
          continue;
        }
        for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) put(sheet, row + r, column + c, result[r][c]);
        sheet.spills.set(k, { row, column, rows, columns });
      }
    }
  }
}

/** What a user types into a cell: a formula (starting with "="), a number or text. */
export function enterCell(
  book: MemoryWorkbook,
  sheet: MemorySheet,
  row: number,
  column: number,
  input: string,
  functions: Map<string, CustomFunction>,
): void {
  const k = key(row, column);
  const text = input.trim();
  // Typing into a spilled cell: that spill gives way (its other cells are cleared) and is recomputed, blocked.
  for (const [anchor, area] of sheet.spills) {
    const inside =
      row >= area.row && row < area.row + area.rows && column >= area.column && column < area.column + area.columns;
    if (!inside || anchor === k) continue;
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.columns; c++) {
        const kk = key(area.row + r, area.column + c);
        if (kk !== anchor && kk !== k && !sheet.formulas.has(kk)) {
          sheet.set(area.row + r, area.column + c, "");
          sheet.errorMessages.delete(kk);
        }
      }
    sheet.spills.delete(anchor);
  }
  if (text.startsWith("=") && text.length > 1) {
    sheet.formulas.set(k, text);
  } else {
    sheet.formulas.delete(k);
    const n = Number(text);
    const value: CellValue =
      text === ""
        ? ""
        : !Number.isNaN(n) && /^-?[\d.]+(e[+-]?\d+)?$/i.test(text)
          ? n
          : /^(true|false)$/i.test(text)
            ? text.toLowerCase() === "true"
            : input;
    sheet.set(row, column, value);
    sheet.errorMessages.delete(k);
  }
  recalculate(book, functions);
  book.changed();
}
