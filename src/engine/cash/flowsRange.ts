/**
 * Other cash flows read from a range the user selects: a header row naming the columns in English or
 * Chinese — description, amount, first date, repeat, until, in/out — then one flow per row. Every row below the
 * header is a flow, a counted blank row, or an issue with its cell address (nothing dropped silently). Without an
 * in/out column the amount's sign says it (negative = out). Repeat: once, weekly, monthly, quarterly (blank = once).
 */
import type { Reason, RowIssue } from "../model/types";
import { reason } from "../model/reason";
import { cellText, isBlank, parseMoney } from "../core/cells";
import { isoFromSerial, parseDate, type DateOrder } from "../core/dates";
import { valueError } from "../core/errors";
import { fromCents, toCents } from "../core/money";
import { addressMaker } from "../ledger/addresses";
import type { OtherFlow, Repeat } from "./types";

export type FlowColumn = "description" | "amount" | "firstDate" | "repeat" | "until" | "direction";

/** Header names, lower-case, spaces removed (EN and ZH). */
const HEADERS: Record<FlowColumn, string[]> = {
  description: ["description", "desc", "item", "name", "flow", "描述", "说明", "摘要", "项目", "名称"],
  amount: ["amount", "金额"],
  firstDate: ["firstdate", "date", "startdate", "start", "首次日期", "日期", "开始日期", "起始日期"],
  repeat: ["repeat", "frequency", "repeats", "重复", "频率", "周期"],
  until: ["until", "enddate", "lastdate", "end", "截止日期", "结束日期", "直到", "截至"],
  direction: ["in/out", "inout", "direction", "type", "收支", "方向", "流入/流出", "收/支"],
};

const REPEAT_WORDS: Record<string, Repeat> = {
  once: "once", "one-off": "once", oneoff: "once", "一次": "once", "一次性": "once", "单次": "once",
  weekly: "weekly", week: "weekly", "每周": "weekly",
  monthly: "monthly", month: "monthly", "每月": "monthly",
  quarterly: "quarterly", quarter: "quarterly", "每季度": "quarterly", "每季": "quarterly",
};
const DIRECTION_WORDS: Record<string, "in" | "out"> = {
  in: "in", inflow: "in", "+": "in", "收入": "in", "流入": "in", "收": "in",
  out: "out", outflow: "out", "-": "out", "支出": "out", "流出": "out", "支": "out",
};

export interface FlowsFromRange {
  flows: OtherFlow[];
  issues: RowIssue[];
  /** Rows below the header, and how many of them were blank. */
  dataRows: number;
  blankRows: number;
  columns: Record<FlowColumn, number | null>;
}

const key = (v: unknown) => cellText(v).toLowerCase().replace(/[\s_：:]/g, "");

export function findFlowColumns(header: readonly unknown[]): Record<FlowColumn, number | null> {
  const columns = { description: null, amount: null, firstDate: null, repeat: null, until: null, direction: null } as Record<FlowColumn, number | null>;
  header.forEach((cell, i) => {
    const k = key(cell);
    for (const field of Object.keys(HEADERS) as FlowColumn[]) if (columns[field] === null && HEADERS[field].includes(k)) columns[field] = i;
  });
  return columns;
}

export function readFlowsRange(values: readonly (readonly unknown[])[], sheet: string, topLeft: string, dateOrder: DateOrder = "auto"): FlowsFromRange {
  const header = values[0] ?? [];
  const columns = findFlowColumns(header);
  const at = addressMaker(sheet, topLeft);
  if (columns.amount === null || columns.firstDate === null) {
    const missing = [columns.amount === null ? "amount (金额)" : "", columns.firstDate === null ? "first date (首次日期)" : ""].filter(Boolean).join(" and ");
    throw valueError(
      "flows.noColumns",
      { cell: at(0, 0), missing },
      `flows: the header row ${at(0, 0)} has no ${missing} column; expected columns description, amount, first date, repeat, until, in/out`,
    );
  }
  const flows: OtherFlow[] = [];
  const issues: RowIssue[] = [];
  let blankRows = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => isBlank(v))) {
      blankRows++;
      continue;
    }
    const bad = (column: number, code: string, params: Record<string, string | number>, text: string) =>
      issues.push({ row: r, address: at(r, column), field: null, severity: "excluded", reason: reason(code, params, text) as Reason });
    const cell = (c: number | null) => (c === null ? undefined : row[c]);
    const amount = parseMoney(cell(columns.amount));
    if (!amount.ok) { bad(columns.amount, "cash.flow.badAmount", { value: cellText(cell(columns.amount)) }, `flow amount: ${amount.problem}`); continue; }
    const first = parseDate(cell(columns.firstDate), dateOrder);
    if (!first.ok) { bad(columns.firstDate, "cash.flow.badDate", { value: cellText(cell(columns.firstDate)) }, `flow first date: ${first.problem}`); continue; }
    let repeat: Repeat = "once";
    if (columns.repeat !== null && !isBlank(row[columns.repeat])) {
      const word = REPEAT_WORDS[key(row[columns.repeat])];
      if (!word) { bad(columns.repeat, "cash.flow.badRepeat", { value: cellText(row[columns.repeat]) }, `flow repeat: "${cellText(row[columns.repeat])}" is not once, weekly, monthly or quarterly`); continue; }
      repeat = word;
    }
    let until: number | null = null;
    if (columns.until !== null && !isBlank(row[columns.until])) {
      const u = parseDate(row[columns.until], dateOrder);
      if (!u.ok) { bad(columns.until, "cash.flow.badUntil", { value: cellText(row[columns.until]) }, `flow until: ${u.problem}`); continue; }
      if (u.value < first.value) { bad(columns.until, "cash.flow.untilBefore", { until: isoFromSerial(u.value), first: isoFromSerial(first.value) }, `flow until ${isoFromSerial(u.value)} is before the first date ${isoFromSerial(first.value)}`); continue; }
      until = u.value;
    }
    let direction: "in" | "out" = amount.value < 0 ? "out" : "in";
    if (columns.direction !== null && !isBlank(row[columns.direction])) {
      const word = DIRECTION_WORDS[key(row[columns.direction])];
      if (!word) { bad(columns.direction, "cash.flow.badDirection", { value: cellText(row[columns.direction]) }, `flow in/out: "${cellText(row[columns.direction])}" is not in or out`); continue; }
      if (amount.value < 0) { bad(columns.amount, "cash.flow.negativeWithDirection", { value: cellText(cell(columns.amount)) }, `flow amount ${cellText(cell(columns.amount))} is negative while the in/out column says ${word}: give a positive amount`); continue; }
      direction = word;
    }
    flows.push({ description: cellText(cell(columns.description)).trim(), amount: fromCents(Math.abs(toCents(amount.value))), direction, firstDate: first.value, repeat, until });
  }
  return { flows, issues, dataRows: Math.max(0, values.length - 1), blankRows, columns };
}
