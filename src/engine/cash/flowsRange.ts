/**
 * Other cash flows read from a range the user selects: a header row naming the columns in English or
 * Chinese — description, amount, first date, repeat, until, in/out — then one flow per row. Every row below the
 * header is a flow, a counted blank row, or an issue with its cell address (nothing dropped silently). Without an
 * in/out column the amount's sign says it (negative = out). Repeat: once, weekly, monthly, quarterly (blank = once).
 * An optional currency column (币种) gives a flow's own currency (原币); blank = the reporting currency (本币).
 */
import type { Reason, RowIssue } from "../model/types";
import { reason } from "../model/reason";
import { cellText, isBlank, parseMoney } from "../core/cells";
import { isoFromSerial, parseDate, type DateOrder } from "../core/dates";
import { valueError } from "../core/errors";
import { fromCents, toCents } from "../model/money";
import { addressMaker } from "../ledger/addresses";
import type { OtherFlow, Repeat } from "./types";

export type FlowColumn = "description" | "amount" | "firstDate" | "repeat" | "until" | "direction" | "currency";

/** Header names, lower-case, spaces removed (EN and ZH). */
const HEADERS: Record<FlowColumn, string[]> = {
  description: ["description", "desc", "item", "name", "flow", "描述", "说明", "摘要", "项目", "名称"],
  amount: ["amount", "金额"],
  firstDate: ["firstdate", "date", "startdate", "start", "首次日期", "日期", "开始日期", "起始日期"],
  repeat: ["repeat", "frequency", "repeats", "重复", "频率", "周期"],
  until: ["until", "enddate", "lastdate", "end", "截止日期", "结束日期", "直到", "截至"],
  direction: ["in/out", "inout", "direction", "type", "收支", "方向", "流入/流出", "收/支"],
  currency: ["currency", "ccy", "cur", "币种", "币别", "货币"],
};

const REPEAT_WORDS: Record<string, Repeat> = {
  once: "once",
  "one-off": "once",
  oneoff: "once",
  一次: "once",
  一次性: "once",
  单次: "once",
  weekly: "weekly",
  week: "weekly",
  每周: "weekly",
  monthly: "monthly",
  month: "monthly",
  每月: "monthly",
  quarterly: "quarterly",
  quarter: "quarterly",
  每季度: "quarterly",
  每季: "quarterly",
};
const DIRECTION_WORDS: Record<string, "in" | "out"> = {
  in: "in",
  inflow: "in",
  "+": "in",
  收入: "in",
  流入: "in",
  收: "in",
  out: "out",
  outflow: "out",
  "-": "out",
  支出: "out",
  流出: "out",
  支: "out",
};

export interface FlowsFromRange {
  flows: OtherFlow[];
  issues: RowIssue[];
  /** Rows below the header, and how many of them were blank. */
  dataRows: number;
  blankRows: number;
  columns: Record<FlowColumn, number | null>;
}

const key = (v: unknown) =>
  cellText(v)
    .toLowerCase()
    .replace(/[\s_：:]/g, "");

export function findFlowColumns(header: readonly unknown[]): Record<FlowColumn, number | null> {
  const columns = {
    description: null,
    amount: null,
    firstDate: null,
    repeat: null,
    until: null,
    direction: null,
    currency: null,
  } as Record<FlowColumn, number | null>;
  header.forEach((cell, i) => {
    const k = key(cell);
    for (const field of Object.keys(HEADERS) as FlowColumn[])
      if (columns[field] === null && HEADERS[field].includes(k)) columns[field] = i;
  });
  return columns;
}

export function readFlowsRange(
  values: readonly (readonly unknown[])[],
  sheet: string,
  topLeft: string,
  dateOrder: DateOrder = "auto",
): FlowsFromRange {
  const header = values[0] ?? [];
  const columns = findFlowColumns(header);
  const at = addressMaker(sheet, topLeft);
  if (columns.amount === null || columns.firstDate === null) {
    const missing = [
      columns.amount === null ? "amount (金额)" : "",
      columns.firstDate === null ? "first date (首次日期)" : "",
    ]
      .filter(Boolean)
      .join(" and ");
    throw valueError(
      "flows.noColumns",
      { cell: at(0, 0), missing },
      `flows: the header row ${at(0, 0)} has no ${missing} column; expected columns description, amount, first date, repeat, until, in/out`,
    );
  }
  const flows: OtherFlow[] = [];
  const issues: RowIssue[] = [];
  let blankRows = 0;
  const found = { ...columns, amount: columns.amount, firstDate: columns.firstDate };
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => isBlank(v))) {
      blankRows++;
      continue;
    }
    const read = readFlowRow(row, r, found, at, dateOrder);
    if ("flow" in read) flows.push(read.flow);
    else issues.push(read.issue);
  }
  return { flows, issues, dataRows: Math.max(0, values.length - 1), blankRows, columns };
}

type FoundColumns = Record<FlowColumn, number | null> & { amount: number; firstDate: number };

/** Why a row is excluded: the offending column, the reason's code and figures, its English text. */
interface Problem {
  column: number;
  code: string;
  params: Record<string, string | number>;
  text: string;
}

function isProblem(x: unknown): x is Problem {
  return typeof x === "object" && x !== null && "code" in x;
}

function readRepeat(row: readonly unknown[], column: number | null): Repeat | Problem {
  if (column === null || isBlank(row[column])) return "once";
  const word = REPEAT_WORDS[key(row[column])];
  if (word) return word;
  const value = cellText(row[column]);
  return {
    column,
    code: "cash.flow.badRepeat",
    params: { value },
    text: `flow repeat: "${value}" is not once, weekly, monthly or quarterly`,
  };
}

function readUntil(
  row: readonly unknown[],
  column: number | null,
  first: number,
  dateOrder: DateOrder,
): number | null | Problem {
  if (column === null || isBlank(row[column])) return null;
  const u = parseDate(row[column], dateOrder);
  if (!u.ok)
    return {
      column,
      code: "cash.flow.badUntil",
      params: { value: cellText(row[column]) },
      text: `flow until: ${u.problem}`,
    };
  if (u.value >= first) return u.value;
  const [until, from] = [isoFromSerial(u.value), isoFromSerial(first)];
  return {
    column,
    code: "cash.flow.untilBefore",
    params: { until, first: from },
    text: `flow until ${until} is before the first date ${from}`,
  };
}

/** In or out: the in/out column when there is one (then the amount must be positive), else the amount's sign. */
function readDirection(row: readonly unknown[], columns: FoundColumns, amount: number): "in" | "out" | Problem {
  const column = columns.direction;
  if (column === null || isBlank(row[column])) return amount < 0 ? "out" : "in";
  const word = DIRECTION_WORDS[key(row[column])];
  if (!word) {
    const value = cellText(row[column]);
    return {
      column,
      code: "cash.flow.badDirection",
      params: { value },
      text: `flow in/out: "${value}" is not in or out`,
    };
  }
  if (amount >= 0) return word;
  const value = cellText(row[columns.amount]);
  const text = `flow amount ${value} is negative while the in/out column says ${word}: give a positive amount`;
  return { column: columns.amount, code: "cash.flow.negativeWithDirection", params: { value }, text };
}

/** The flow's currency: a three-letter code, upper case; none when the column is absent or the cell blank. */
function readCurrency(row: readonly unknown[], column: number | null): string | undefined | Problem {
  if (column === null || isBlank(row[column])) return undefined;
  const value = cellText(row[column]).trim();
  if (/^[A-Za-z]{3}$/.test(value)) return value.toUpperCase();
  const text = `flow currency: "${value}" is not a three-letter currency code such as USD`;
  return { column, code: "cash.flow.badCurrency", params: { value }, text };
}

/** One data row of the flows range: a flow, or the issue (with the offending cell) that excludes the row. */
function readFlowRow(
  row: readonly unknown[],
  r: number,
  columns: FoundColumns,
  at: ReturnType<typeof addressMaker>,
  dateOrder: DateOrder,
): { flow: OtherFlow } | { issue: RowIssue } {
  const bad = ({ column, code, params, text }: Problem) => ({
    issue: {
      row: r,
      address: at(r, column),
      field: null,
      severity: "excluded" as const,
      reason: reason(code, params, text) as Reason,
    },
  });
  const amount = parseMoney(row[columns.amount]);
  if (!amount.ok) {
    return bad({
      column: columns.amount,
      code: "cash.flow.badAmount",
      params: { value: cellText(row[columns.amount]) },
      text: `flow amount: ${amount.problem}`,
    });
  }
  const first = parseDate(row[columns.firstDate], dateOrder);
  if (!first.ok) {
    const value = cellText(row[columns.firstDate]);
    return bad({
      column: columns.firstDate,
      code: "cash.flow.badDate",
      params: { value },
      text: `flow first date: ${first.problem}`,
    });
  }
  const repeat = readRepeat(row, columns.repeat);
  if (isProblem(repeat)) return bad(repeat);
  const until = readUntil(row, columns.until, first.value, dateOrder);
  if (isProblem(until)) return bad(until);
  const direction = readDirection(row, columns, amount.value);
  if (isProblem(direction)) return bad(direction);
  const currency = readCurrency(row, columns.currency);
  if (isProblem(currency)) return bad(currency);
  const description = columns.description === null ? "" : cellText(row[columns.description]).trim();
  return {
    flow: {
      description,
      amount: fromCents(Math.abs(toCents(amount.value))),
      direction,
      firstDate: first.value,
      repeat,
      until,
      ...(currency ? { currency } : {}),
    },
  };
}
