/**
 * The contact log: one row per contact with a customer, on a sheet AR Lens creates and marks ("AR Lens Log" /
 * "催收记录"). People may edit it by hand, so it is read back with the ledger's discipline: headers mapped by English
 * or Chinese name, every row either an entry, blank (counted), or an issue with its cell address — nothing dropped.
 * Decisions: a row without a readable date or a customer is excluded (it cannot be placed); an unknown channel or
 * stage, or a promise with a date but no amount (or the reverse), is kept with a warning and without that part.
 */
import { isBlank, parseMoney, cellText } from "../core/cells";
import { parseDate } from "../core/dates";
import { toCents, fromCents } from "../model/money";
import { reason } from "../model/reason";
import type { Reason } from "../model/types";
import { addressMaker } from "../ledger/addresses";
import { normalizeHeader } from "../ledger/columns";
import type { StageId } from "./settings";
import { STAGES } from "./settings";

export type Channel = "call" | "email" | "letter" | "visit" | "wechat" | "other";
export const CHANNELS: readonly Channel[] = ["call", "email", "letter", "visit", "wechat", "other"];

export type LogField =
  "date" | "customer" | "invoice" | "channel" | "stage" | "outcome" | "promisedDate" | "promisedAmount" | "note";
export const LOG_FIELDS: readonly LogField[] = [
  "date",
  "customer",
  "invoice",
  "channel",
  "stage",
  "outcome",
  "promisedDate",
  "promisedAmount",
  "note",
];

/** The header row AR Lens writes, per language. */
export const LOG_HEADERS: Record<"en" | "zh-CN", Record<LogField, string>> = {
  en: {
    date: "Date",
    customer: "Customer",
    invoice: "Invoice",
    channel: "Channel",
    stage: "Stage",
    outcome: "Outcome",
    promisedDate: "Promised date",
    promisedAmount: "Promised amount",
    note: "Note",
  },
  "zh-CN": {
    date: "日期",
    customer: "客户",
    invoice: "发票号",
    channel: "渠道",
    stage: "阶段",
    outcome: "结果",
    promisedDate: "承诺付款日",
    promisedAmount: "承诺金额",
    note: "备注",
  },
};

const HEADER_NAMES: Record<LogField, string[]> = {
  date: ["date", "contactdate", "日期", "联系日期", "催收日期"],
  customer: ["customer", "customername", "client", "客户", "客户名称"],
  invoice: ["invoice", "invoiceno", "invoicenumber", "发票号", "发票号码", "发票"],
  channel: ["channel", "method", "via", "渠道", "方式", "联系方式"],
  stage: ["stage", "dunningstage", "level", "阶段", "催收阶段"],
  outcome: ["outcome", "result", "结果", "催收结果"],
  promisedDate: ["promiseddate", "promisedate", "promisetopaydate", "承诺付款日", "承诺日期", "承诺付款日期"],
  promisedAmount: ["promisedamount", "promiseamount", "承诺金额", "承诺付款金额"],
  note: ["note", "notes", "comment", "comments", "备注", "说明"],
};

/** Channel words in either language (lower case, no spaces). */
export const CHANNEL_WORDS: Record<Exclude<Channel, "other">, { en: string; zh: string; also: string[] }> = {
  call: { en: "Call", zh: "电话", also: ["phone", "phonecall", "tel", "telephone", "打电话"] },
  email: { en: "Email", zh: "邮件", also: ["e-mail", "mail", "电子邮件", "邮箱"] },
  letter: { en: "Letter", zh: "函件", also: ["post", "信函", "催款函", "书面"] },
  visit: { en: "Visit", zh: "拜访", also: ["meeting", "上门", "走访", "面谈"] },
  wechat: { en: "WeChat", zh: "微信", also: ["weixin"] },
};

export const STAGE_WORDS: Record<StageId, { en: string; zh: string }> = {
  courtesy: { en: "Courtesy reminder", zh: "到期提醒" },
  friendly: { en: "Friendly reminder", zh: "提醒" },
  firm: { en: "Firm reminder", zh: "催款" },
  final: { en: "Final notice", zh: "最后通知" },
  escalate: { en: "Escalated", zh: "移交处理" },
};

export interface LogEntry {
  /** 0-based row within the log range (header = 0). */
  row: number;
  address: string;
  /** The customer cell's address (an issue about the name points there). */
  customerAddress: string;
  date: number;
  customer: string;
  invoice: string;
  channel: Channel;
  stage: StageId | null;
  outcome: string;
  promisedDate: number | null;
  promisedAmount: number | null;
  note: string;
}

export interface LogIssue {
  row: number;
  address: string;
  field: LogField | null;
  severity: "excluded" | "warning";
  reason: Reason;
}

export interface ContactLog {
  entries: LogEntry[];
  issues: LogIssue[];
  counts: { dataRows: number; entries: number; excluded: number; blank: number };
  /** Column of each field (−1 when the sheet has none). */
  columns: Record<LogField, number>;
}

export function emptyLog(): ContactLog {
  return {
    entries: [],
    issues: [],
    counts: { dataRows: 0, entries: 0, excluded: 0, blank: 0 },
    columns: Object.fromEntries(LOG_FIELDS.map((f) => [f, -1])) as Record<LogField, number>,
  };
}

const key = (v: unknown) => normalizeHeader(v).replace(/-/g, "");

export function parseChannel(value: unknown): Channel | null {
  const k = key(value);
  for (const [id, w] of Object.entries(CHANNEL_WORDS) as [
    Exclude<Channel, "other">,
    (typeof CHANNEL_WORDS)["call"],
  ][]) {
    if (k === id || k === key(w.en) || k === w.zh || w.also.some((a) => key(a) === k)) return id;
  }
  if (k === "other" || k === "其他") return "other";
  return null;
}

export function parseStage(value: unknown): StageId | null {
  const k = key(value);
  for (const id of STAGES) if (k === id || k === key(STAGE_WORDS[id].en) || k === STAGE_WORDS[id].zh) return id;
  return null;
}

export function mapLogHeaders(header: readonly unknown[]): Record<LogField, number> {
  const names = header.map(key);
  const columns = {} as Record<LogField, number>;
  for (const f of LOG_FIELDS) columns[f] = names.findIndex((n) => HEADER_NAMES[f].includes(n));
  return columns;
}

/**
 * Reads the log range (header row first) into entries and issues. `sheet` and `topLeft` give the cell addresses.
 * `dateOrder` as for the ledger (text dates such as 2025/11/17 or 2025年11月17日 are read; serials are dates).
 */
export function parseContactLog(
  values: unknown[][],
  sheet: string,
  topLeft = "A1",
  dateOrder: "mdy" | "dmy" | "auto" = "auto",
): ContactLog {
  const log = emptyLog();
  if (values.length === 0) return log;
  const at = addressMaker(sheet, topLeft);
  const columns = mapLogHeaders(values[0] ?? []);
  log.columns = columns;
  const missing = (["date", "customer"] as const).filter((f) => columns[f] < 0);
  if (missing.length > 0) return withoutKeyColumns(log, missing, at(0, 0), values.length);
  const dateCell = (v: unknown) =>
    typeof v === "number" && v >= 1 && v < 2958466
      ? { ok: true as const, value: Math.floor(v) }
      : parseDate(v, dateOrder);
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    log.counts.dataRows++;
    const get = (f: LogField) => (columns[f] < 0 ? "" : row[columns[f]]);
    if (LOG_FIELDS.every((f) => isBlank(get(f)))) {
      log.counts.blank++;
      continue;
    }
    const cellAt = (f: LogField) => at(r, Math.max(0, columns[f]));
    const issue: IssueFor = (f, severity, code, params, text) =>
      log.issues.push({ row: r, address: cellAt(f), field: f, severity, reason: reason(code, params, text) });
    const date = isBlank(get("date")) ? null : dateCell(get("date"));
    const customer = cellText(get("customer")).trim();
    if (!date || !date.ok) {
      if (date) issue("date", "excluded", "log.badDate", { problem: date.problem }, `contact date: ${date.problem}`);
      else issue("date", "excluded", "log.noDate", {}, "contact date is empty: the row cannot be placed");
      log.counts.excluded++;
      continue;
    }
    if (customer === "") {
      issue("customer", "excluded", "log.noCustomer", {}, "customer is empty: the row cannot be placed");
      log.counts.excluded++;
      continue;
    }
    log.entries.push({
      row: r,
      address: at(r, 0),
      customerAddress: cellAt("customer"),
      date: date.value,
      customer,
      invoice: cellText(get("invoice")).trim(),
      channel: readChannel(get("channel"), issue),
      stage: readStage(get("stage"), issue),
      outcome: cellText(get("outcome")).trim(),
      ...readPromise(get("promisedDate"), get("promisedAmount"), dateCell, issue),
      note: cellText(get("note")).trim(),
    });
    log.counts.entries++;
  }
  return log;
}

type IssueFor = (
  f: LogField,
  severity: LogIssue["severity"],
  code: string,
  params: Record<string, string | number>,
  text: string,
) => void;

/** A log without its date or customer column: no row can be read, every data row is excluded. */
function withoutKeyColumns(
  log: ContactLog,
  missing: readonly ("date" | "customer")[],
  address: string,
  rows: number,
): ContactLog {
  log.issues.push({
    row: 0,
    address,
    field: missing[0],
    severity: "excluded",
    reason: reason(
      "log.missingColumn",
      { columns: missing.join(", ") },
      `the contact log has no ${missing.join(" or ")} column in its header row: no row can be read`,
    ),
  });
  log.counts.dataRows = Math.max(0, rows - 1);
  log.counts.excluded = log.counts.dataRows;
  return log;
}

/** The channel cell: blank or unknown is "other" (unknown with a warning). */
function readChannel(value: unknown, issue: IssueFor): Channel {
  if (isBlank(value)) return "other";
  const c = parseChannel(value);
  if (c) return c;
  issue(
    "channel",
    "warning",
    "log.badChannel",
    { value: cellText(value) },
    `channel "${cellText(value)}" is not one of call, email, letter, visit, WeChat: read as other`,
  );
  return "other";
}

/** The stage cell: blank or not a dunning stage is null (the latter with a warning). */
function readStage(value: unknown, issue: IssueFor): StageId | null {
  if (isBlank(value)) return null;
  const stage = parseStage(value);
  if (!stage)
    issue(
      "stage",
      "warning",
      "log.badStage",
      { value: cellText(value) },
      `stage "${cellText(value)}" is not a dunning stage: left blank`,
    );
  return stage;
}

/** A promise to pay counts only with both a date and an amount above zero; otherwise a warning says why not. */
function readPromise(
  pd: unknown,
  pa: unknown,
  dateCell: (v: unknown) => { ok: true; value: number } | { ok: false; problem: string },
  issue: IssueFor,
): { promisedDate: number | null; promisedAmount: number | null } {
  const none = { promisedDate: null, promisedAmount: null };
  if (isBlank(pd) && isBlank(pa)) return none;
  const d = isBlank(pd) ? null : dateCell(pd);
  const a = isBlank(pa) ? null : parseMoney(pa);
  if (d && !d.ok)
    issue(
      "promisedDate",
      "warning",
      "log.badPromisedDate",
      { problem: d.problem },
      `promised date: ${d.problem}; the promise is not counted`,
    );
  else if (a && !a.ok)
    issue(
      "promisedAmount",
      "warning",
      "log.badPromisedAmount",
      { problem: a.problem },
      `promised amount: ${a.problem}; the promise is not counted`,
    );
  else if (!d)
    issue(
      "promisedDate",
      "warning",
      "log.promiseNoDate",
      {},
      "a promised amount without a promised date: the promise is not counted",
    );
  else if (!a)
    issue(
      "promisedAmount",
      "warning",
      "log.promiseNoAmount",
      {},
      "a promised date without a promised amount: the promise is not counted",
    );
  else if (toCents(a.value) <= 0)
    issue(
      "promisedAmount",
      "warning",
      "log.promiseNotPositive",
      { amount: a.value },
      `promised amount ${a.value} is not above zero: the promise is not counted`,
    );
  else return { promisedDate: d.value, promisedAmount: fromCents(toCents(a.value)) };
  return none;
}

/** A new log row as AR Lens writes it (dates as serials, words in the log's language). */
export interface NewLogRow {
  date: number;
  customer: string;
  invoice?: string;
  channel: Channel;
  stage: StageId | null;
  outcome: string;
  promisedDate?: number | null;
  promisedAmount?: number | null;
  note?: string;
}

/** The cells of a new row in the order of LOG_FIELDS, words in `language`. */
export function logRowCells(row: NewLogRow, language: "en" | "zh-CN"): (string | number)[] {
  const zh = language === "zh-CN";
  const channel =
    row.channel === "other"
      ? zh
        ? "其他"
        : "Other"
      : zh
        ? CHANNEL_WORDS[row.channel].zh
        : CHANNEL_WORDS[row.channel].en;
  const stage = row.stage ? (zh ? STAGE_WORDS[row.stage].zh : STAGE_WORDS[row.stage].en) : "";
  return [
    row.date,
    row.customer,
    row.invoice ?? "",
    channel,
    stage,
    row.outcome,
    row.promisedDate ?? "",
    row.promisedAmount ?? "",
    row.note ?? "",
  ];
}

/** The log's number formats per column (dates, amount, text). */
export const LOG_FORMATS: string[] = ["yyyy-mm-dd", "@", "@", "@", "@", "@", "yyyy-mm-dd", "#,##0.00", "@"];
