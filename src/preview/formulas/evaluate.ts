/**
 * Evaluates a parsed formula against the in-memory workbook. AR.* names call the functions bundle through the
 * CustomFunctions registry (the code Excel runs); a few Excel built-ins (DATE, TODAY, SUM, AVERAGE, MIN, MAX,
 * COUNT, ROUND, ABS, IF) cover the demonstrations. Ranges are passed as 2-D arrays, as Excel passes them to
 * matrix parameters. A CustomFunctions.Error becomes an error value with its message.
 */
import { serialFromYmd, todaySerial } from "../../engine/core/dates";
import { parseCell } from "../../engine/ledger/addresses";
import type { CustomFunction } from "../customFunctionsShim";
import type { MemorySheet, MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { Expr } from "./parse";

export interface ErrorValue {
  error: string;
  message: string;
}

export type Scalar = number | string | boolean | ErrorValue;
export type Result = Scalar | Scalar[][];

export const isError = (v: unknown): v is ErrorValue =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;

export interface EvalContext {
  book: MemoryWorkbook;
  sheet: MemorySheet;
  functions: Map<string, CustomFunction>;
}

class FormulaError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

function toErrorValue(e: unknown): ErrorValue {
  if (e instanceof FormulaError) return { error: e.error, message: e.message };
  const code = (e as { code?: unknown })?.code;
  if (typeof code === "string" && code.startsWith("#")) return { error: code, message: (e as Error).message ?? "" };
  return { error: "#VALUE!", message: (e as Error)?.message ?? String(e) };
}

function scalarOf(r: Result): Scalar {
  if (Array.isArray(r)) return r[0]?.[0] ?? "";
  return r;
}

function numberOf(v: Scalar, what: string): number {
  if (isError(v)) throw new FormulaError(v.error, v.message);
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!", `${what}: "${v}" is not a number`);
  return n;
}

/**
 * The numbers of the arguments, as Excel's SUM reads them: text in a range is passed over, an error in a range is the
 * result (SUM over an #N/A is #N/A); COUNT passes over errors (`skipErrors`).
 */
function numbersIn(values: Result[], skipErrors = false): number[] {
  const out: number[] = [];
  for (const r of values) {
    if (Array.isArray(r)) {
      for (const row of r)
        for (const v of row) {
          if (typeof v === "number") out.push(v);
          else if (isError(v) && !skipErrors) throw new FormulaError(v.error, v.message);
        }
    } else out.push(numberOf(r, "argument"));
  }
  return out;
}

const BUILT_INS: Record<string, (args: Result[]) => Result> = {
  DATE: ([y, m, d]) =>
    serialFromYmd(numberOf(scalarOf(y), "year"), numberOf(scalarOf(m), "month"), numberOf(scalarOf(d), "day")),
  TODAY: () => todaySerial(),
  SUM: (args) => numbersIn(args).reduce((s, x) => s + x, 0),
  AVERAGE: (args) => {
    const xs = numbersIn(args);
    if (xs.length === 0) throw new FormulaError("#DIV/0!", "AVERAGE of no numbers");
    return xs.reduce((s, x) => s + x, 0) / xs.length;
  },
  MIN: (args) => Math.min(...numbersIn(args)),
  MAX: (args) => Math.max(...numbersIn(args)),
  COUNT: (args) => numbersIn(args, true).length,
  ROUND: ([x, n]) => {
    const f = 10 ** numberOf(scalarOf(n ?? 0), "digits");
    return Math.round(numberOf(scalarOf(x), "number") * f) / f;
  },
  ABS: ([x]) => Math.abs(numberOf(scalarOf(x), "number")),
  IF: ([c, a, b]) => (numberOf(scalarOf(c), "condition") ? (a ?? true) : (b ?? false)),
};

export function evaluate(expr: Expr, ctx: EvalContext): Result {
  try {
    return evalExpr(expr, ctx);
  } catch (e) {
    return toErrorValue(e);
  }
}

function evalExpr(expr: Expr, ctx: EvalContext): Result {
  switch (expr.kind) {
    case "number":
    case "string":
    case "boolean":
      return expr.value;
    case "empty":
      return "";
    case "ref":
      return evalRef(expr, ctx);
    case "unary": {
      const v = numberOf(scalarOf(evalExpr(expr.arg, ctx)), "operand");
      return expr.op === "-" ? -v : v;
    }
    case "binary":
      return evalBinary(expr, ctx);
    case "call":
      return evalCall(expr, ctx);
  }
}

/** A cell (its value) or a range (rows of values); a cell holding an error keeps its message. */
function evalRef(expr: Extract<Expr, { kind: "ref" }>, ctx: EvalContext): Result {
  const sheet = expr.sheet === null ? ctx.sheet : ctx.book.sheet(expr.sheet);
  if (!sheet) throw new FormulaError("#REF!", `there is no sheet named "${expr.sheet}"`);
  const a = parseCell(expr.from);
  const b = parseCell(expr.to);
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.column, b.column);
  const rows = Math.abs(b.row - a.row) + 1;
  const columns = Math.abs(b.column - a.column) + 1;
  const out: Scalar[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: Scalar[] = [];
    for (let c = 0; c < columns; c++) {
      const v = sheet.get(top + r, left + c);
      const message = sheet.errorMessages.get(`${top + r},${left + c}`);
      row.push(message !== undefined && typeof v === "string" ? { error: v, message } : v);
    }
    out.push(row);
  }
  return expr.from === expr.to ? out[0][0] : out;
}

function evalBinary(expr: Extract<Expr, { kind: "binary" }>, ctx: EvalContext): Result {
  const l = scalarOf(evalExpr(expr.left, ctx));
  const r = scalarOf(evalExpr(expr.right, ctx));
  if (expr.op === "&") return `${isError(l) ? l.error : l}${isError(r) ? r.error : r}`;
  const x = numberOf(l, "left operand");
  const y = numberOf(r, "right operand");
  if (expr.op === "/" && y === 0) throw new FormulaError("#DIV/0!", "division by zero");
  return expr.op === "+" ? x + y : expr.op === "-" ? x - y : expr.op === "*" ? x * y : expr.op === "/" ? x / y : x ** y;
}

/** An AR.* function (from the registered bundle) or one of the preview's built-ins. */
function evalCall(expr: Extract<Expr, { kind: "call" }>, ctx: EvalContext): Result {
  const args = expr.args.map((a) => (a.kind === "empty" ? null : evalExpr(a, ctx)));
  if (expr.name.startsWith("AR.")) {
    const fn = ctx.functions.get(expr.name.slice(3));
    if (!fn) throw new FormulaError("#NAME?", `${expr.name} is not an AR Lens function`);
    // Errors passed as arguments stay errors, as in Excel.
    const bad = args.find((a) => a !== null && !Array.isArray(a) && isError(a)) as ErrorValue | undefined;
    if (bad) throw new FormulaError(bad.error, bad.message);
    const result = fn(
      ...args.map((a) =>
        a === null ? null : Array.isArray(a) ? a.map((row) => row.map((v) => (isError(v) ? v.error : v))) : a,
      ),
    );
    return normalise(result);
  }
  const builtIn = BUILT_INS[expr.name];
  if (!builtIn) throw new FormulaError("#NAME?", `${expr.name} is not a function the preview knows`);
  return builtIn(args.map((a) => a ?? ""));
}

function normalise(result: unknown): Result {
  const cell = (v: unknown): Scalar => {
    if (v === null || v === undefined) return "";
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    return toErrorValue(v);
  };
  if (Array.isArray(result)) return result.map((row) => (Array.isArray(row) ? row.map(cell) : [cell(row)]));
  return cell(result);
}
