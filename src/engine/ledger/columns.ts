/**
 * Column mapping: find the header row, recognise the ledger's columns by English and Chinese names, then by
 * content for what is still missing. User choices win field by field. The result says how each field was found,
 * so the taskpane can show it and the user can correct it.
 */
import { isBlank } from "../core/cells";
import { EngineError } from "../core/errors";
import type { DateOrder } from "../core/dates";
import { preferAmountColumn } from "./amountChoice";
import { recogniseByContent } from "./columnContent";
import { reason } from "../model/reason";
import { ColumnMapping, LEDGER_FIELDS, LedgerField, MappingResult, MappingSource, Reason } from "../model/types";
import { HeaderBlock, headerBlockAt, normalizeHeader } from "./layout";
import { byContentNotes, columnName, missingColumnNotes, swappedSerialDates, textDateOrder } from "./mappingNotes";
import { notMoney } from "./moneyColumns";
import { recognizeSystem } from "./systems";

export { normalizeHeader } from "./layout";

/** Exact names, then patterns, per field. Fields are matched in this order so specific names win first. */
const FIELD_NAMES: { field: LedgerField; exact: string[]; pattern?: RegExp; not?: RegExp }[] = [
  {
    field: "paidDate",
    exact: [
      "paiddate",
      "settleddate",
      "settlementdate",
      "paymentdate",
      "datepaid",
      "receiptdate",
      "receiveddate",
      "cleareddate",
      "付款日期",
      "回款日期",
      "收款日期",
      "结清日期",
      "到账日期",
      "核销日期",
    ],
    pattern: /^(settled?|paid|payment|receipt|received|cleared)(on|date)|(付款|回款|收款|结清|到账)(日期|日)/,
  },
  {
    // Before the paid and invoice amounts: "未核销金额" and "Remaining Amount" would otherwise pass for them.
    field: "openAmount",
    exact: [
      "openamount",
      "remainingamount",
      "amountremaining",
      "outstandingamount",
      "amountoutstanding",
      "outstanding",
      "balancedue",
      "amountdue",
      "openbalance",
      "remaining",
      "未核销金额",
      "未收金额",
      "未收款金额",
      "未结金额",
      "未回款金额",
      "欠款金额",
      "未收回金额",
      "openbal",
      "balanceoutstanding",
      "未结余额",
    ],
    // Not a bare "Balance" / "余额": in a customer statement that is the running balance, not the invoice's.
    pattern: /^(open|remaining|outstanding)(amount|balance|amt)|balancedue|amountdue|未核销|未收|未结|未回款|欠款/,
  },
  {
    field: "paidAmount",
    exact: [
      "paidamount",
      "amountpaid",
      "paid",
      "received",
      "receivedamount",
      "amountreceived",
      "payments",
      "clearedamount",
      "appliedamount",
      "settledamount",
      "已付金额",
      "已收金额",
      "回款金额",
      "已回款",
      "收款金额",
      "已收款",
      "已付款",
      "已核销金额",
      "核销金额",
    ],
    pattern: /^(paid|received|cleared|applied|settled)|amountpaid|已付|已收|回款金额|收款金额|已核销|已结/,
  },
  {
    field: "dueDate",
    exact: [
      "duedate",
      "due",
      "paymentdue",
      "netduedate",
      "duedt",
      "netduedt",
      "duedatenet",
      "到期日",
      "到期日期",
      "应收日期",
      "应付款日期",
      "付款到期日",
    ],
    pattern: /^due|duedate|到期/,
  },
  {
    field: "invoiceDate",
    exact: [
      "invoicedate",
      "billdate",
      "billingdate",
      "documentdate",
      "docdate",
      "postingdate",
      "date",
      "invoicebilldate",
      "transactiondate",
      "txndate",
      "开票日期",
      "发票日期",
      "单据日期",
      "日期",
      "业务日期",
    ],
    pattern: /^invoice(date|dt)|开票|发票日期|单据日期/,
  },
  {
    field: "invoiceNumber",
    exact: [
      "invoice",
      "invoiceno",
      "invoicenumber",
      "invoiceid",
      "invoicenum",
      "documentno",
      "docno",
      "documentnumber",
      "billno",
      "num",
      "number",
      "ref",
      "refno",
      "voucherno",
      "vouchernumber",
      "transactionno",
      "业务单号",
      "发票号",
      "发票号码",
      "单据号",
      "单号",
      "发票编号",
      "单据编号",
    ],
    pattern: /^invoice(no|num|id)|发票号|单据号/,
  },
  // The credit insurer's limit for the buyer (the collections desk's claimable amount); before the amount column.
  {
    field: "insuredLimit",
    exact: [
      "insuredlimit",
      "creditlimitinsured",
      "buyerlimit",
      "insurancelimit",
      "保险限额",
      "投保限额",
      "信保限额",
      "买方限额",
    ],
    pattern: /insured(limit|amount)|保险限额|信保限额/,
  },
  // The user's own credit limit for the customer, as its accounting system keeps it (analysis/ledgerLimits.ts).
  {
    field: "creditLimit",
    exact: [
      "creditlimit",
      "customercreditlimit",
      "approvedlimit",
      "approvedcreditlimit",
      "creditline",
      "信用额度",
      "授信额度",
      "信用限额",
      "赊销额度",
      "客户信用额度",
      "客户授信额度",
    ],
    pattern: /creditlimit|信用额度|授信额度|赊销额度/,
  },
  {
    field: "disputed",
    exact: ["disputed", "dispute", "indispute", "争议", "是否争议", "有争议", "争议状态"],
    pattern: /disput|争议/,
  },
  { field: "currency", exact: ["currency", "curr", "ccy", "currencycode", "币种", "货币", "币别"] },
  {
    field: "terms",
    exact: ["terms", "paymentterms", "creditterms", "term", "账期", "付款条件", "信用期", "付款期限", "结算方式"],
  },
  {
    field: "amount",
    exact: [
      "amount",
      "invoiceamount",
      "total",
      "totalamount",
      "grossamount",
      "amt",
      "value",
      "invoicetotal",
      "invoicedamount",
      "totalsigned",
      "amountinlocalcurrency",
      "amtinloccur",
      "amountindoccurr",
      "amountindoccurrency",
      "originalamount",
      "金额",
      "发票金额",
      "应收金额",
      "价税合计",
      "含税金额",
      "开票金额",
    ],
    pattern: /amount|金额|价税合计/,
  },
  // A ledger billing in several currencies: the amount in the company's own currency (本币) and the rate booked.
  {
    field: "localAmount",
    exact: [
      "localamount",
      "amountlocal",
      "localcurrencyamount",
      "amountinlocalcurrency",
      "amtinloccur",
      "amountlc",
      "amountinbasecurrency",
      "basecurrencyamount",
      "本币金额",
      "本币",
      "本位币金额",
      "折本币金额",
      "金额本币",
      "借方发生本币",
    ],
    pattern: /^(借方)?(发生)?本币(金额)?$|本币金额|本位币金额|localamount|amountinlocal|inloccur|basecurrencyamount/,
    not: /已结|未结|余额|贷方|balance|open|due|paid|remaining/,
  },
  {
    field: "bookedRate",
    exact: ["exchangerate", "currencyrate", "fxrate", "exrate", "exchrate", "汇率", "记账汇率", "折算率", "折算汇率"],
    pattern: /exchangerate|currencyrate|fxrate|汇率|折算率/,
    not: /tax|interest|税|利/,
  },
  {
    field: "customer",
    exact: [
      "customer",
      "customerid",
      "customername",
      "customerno",
      "customernumber",
      "client",
      "clientname",
      "buyer",
      "debtor",
      "accountname",
      "客户",
      "客户名称",
      "客户编号",
      "客户代码",
      "购货单位",
      "购买方",
      "客户名",
      "party",
      "partyname",
      "contactname",
      "name",
      "name1",
      "partner",
      "invoicepartnerdisplayname",
      "往来单位",
      "往来单位名称",
      "对账对象",
      "对账对象名称",
      "客户全称",
    ],
    pattern: /customer|client|客户|购货单位|购买方/,
    // A header that merely contains "customer" (Customer LPO, Customer Group) is not the party: another column is.
    not: /lpo|po(no|number)?$|purchaseorder|group|type|class|category|territory|segment|email|address|phone|contact|terms|currency|credit|limit|balance|amount|since|分组|类别|类型|地址|电话|联系人|订单/,
  },
];

/**
 * The party a ledger is kept by: customers for receivables, suppliers for payables (the same columns otherwise:
 * a supplier's bill has a number, a bill date, a due date, an amount, what was paid and when). In a payables ledger
 * the `customer` field holds the supplier.
 */
export type LedgerParty = "customer" | "supplier";

const SUPPLIER_NAMES: { field: LedgerField; exact: string[]; pattern?: RegExp; not?: RegExp } = {
  field: "customer",
  exact: [
    "supplier",
    "suppliername",
    "supplierid",
    "supplierno",
    "vendor",
    "vendorname",
    "vendorid",
    "vendorno",
    "payee",
    "creditor",
    "供应商",
    "供应商名称",
    "供应商编号",
    "供应商代码",
    "供货单位",
    "销售方",
    "收款单位",
    "收款方",
  ],
  pattern: /supplier|vendor|payee|供应商|供货单位|销售方|收款单位/,
};

function fieldNames(party: LedgerParty) {
  return party === "customer" ? FIELD_NAMES : FIELD_NAMES.map((f) => (f.field === "customer" ? SUPPLIER_NAMES : f));
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(LEDGER_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

const BALANCE_NAMES = ["balance", "余额", "本币余额", "原币余额", "期末余额", "应收余额"];

/** Maps header texts to fields; each column is used once. */
export function mapHeaders(headers: unknown[], party: LedgerParty = "customer"): ColumnMapping {
  const mapping = emptyMapping();
  const names = headers.map(normalizeHeader);
  const used = new Set<number>();
  for (const pass of ["exact", "pattern"] as const) {
    for (const { field, exact, pattern, not } of fieldNames(party)) {
      if (mapping[field] !== null) continue;
      const named = (n: string) =>
        pass === "exact" ? exact.includes(n) : !!pattern && pattern.test(n) && !not?.test(n);
      const index = names.findIndex((n, i) => !used.has(i) && n !== "" && named(n));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  localOrDocumentAmount(names, mapping, used);
  // A report by document with a balance and no other amount (金蝶's 应收款账龄分析表: 余额): the balance is the open
  // amount of each document. Not otherwise: in a customer statement "Balance" is the running balance.
  if (mapping.amount === null && mapping.openAmount === null && mapping.invoiceNumber !== null) {
    const index = names.findIndex((n, i) => !used.has(i) && BALANCE_NAMES.includes(n));
    if (index >= 0) mapping.openAmount = index;
  }
  return mapping;
}

const LOCAL_AMOUNT = /local|本币|本位币|basecurrency/;
const DOCUMENT_AMOUNT = /doccurr|documentcurrency|transactioncurrency|原币/;

/**
 * The amount is the invoice's own (document-currency, 原币) amount; the local one (本币) only beside it. A local amount
 * alone is the amount of a ledger in one currency; SAP's "Amount in local currency" met before "Amount in doc. curr."
 * hands the amount to the document-currency column.
 */
function localOrDocumentAmount(names: string[], mapping: ColumnMapping, used: Set<number>): void {
  if (mapping.amount === null && mapping.localAmount !== null) {
    mapping.amount = mapping.localAmount;
    mapping.localAmount = null;
  }
  const amount = mapping.amount;
  if (amount === null || mapping.localAmount !== null || !LOCAL_AMOUNT.test(names[amount])) return;
  const document = names.findIndex((n, i) => !used.has(i) && DOCUMENT_AMOUNT.test(n));
  if (document < 0) return;
  mapping.localAmount = amount;
  mapping.amount = document;
  used.add(document);
}

function countMapped(m: ColumnMapping): number {
  return LEDGER_FIELDS.filter((f) => m[f] !== null).length;
}

/** How far down the header row is looked for: report exports put long title blocks (and page notes) above it. */
export const HEADER_SEARCH_ROWS = 100;

/**
 * The header: of the top 100 rows, the row with the most recognised column names (at least two) and mostly text,
 * with the header rows under it when its cells are merged over them (layout.ts); first wins a tie. Null when
 * there is none (the columns are then recognised from their content, and a note says so).
 */
export function findHeaderBlock(values: unknown[][], party: LedgerParty = "customer"): HeaderBlock | null {
  let best: HeaderBlock | null = null;
  let bestCount = 1;
  const score = (headers: string[]) => countMapped(mapHeaders(headers, party));
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
    const row = values[r] ?? [];
    const texts = row.filter((v) => typeof v === "string" && v.trim() !== "").length;
    if (texts < Math.max(2, row.filter((v) => !isBlank(v)).length / 2)) continue;
    if (score(row.map((v) => (typeof v === "string" ? v : ""))) < 2) continue;
    const block = headerBlockAt(values, r, score);
    if (block.score > bestCount) {
      best = block;
      bestCount = block.score;
    }
  }
  return best && earlierHeader(values, best, party);
}

/** The rows (0-based) that may be documents between two rows: not blank, not only text. */
function dataRowsBetween(values: unknown[][], from: number, to: number): number[] {
  const rows: number[] = [];
  for (let r = from + 1; r < to; r++) {
    const row = values[r] ?? [];
    if (row.some((v) => !isBlank(v) && typeof v !== "string")) rows.push(r);
  }
  return rows;
}

/**
 * A ledger may hold documents under an earlier, poorer header and more under a later one that adds a column
 * ("Paid Amount"). When the earlier header puts every field it names in the same column as the later one, the
 * documents start under the earlier header and all are read with the later names; when they disagree, the rows
 * under the earlier header are named (`above`) so none vanishes unsaid.
 */
function earlierHeader(values: unknown[][], block: HeaderBlock, party: LedgerParty): HeaderBlock {
  const later = mapHeaders(block.headers, party);
  for (let r = 0; r < block.first; r++) {
    const row = values[r] ?? [];
    if (!row.every((v) => isBlank(v) || typeof v === "string")) continue;
    const early = mapHeaders(row, party);
    if (countMapped(early) < 2) continue;
    const data = dataRowsBetween(values, r, block.first);
    if (data.length === 0) continue;
    const agrees = LEDGER_FIELDS.every((f) => early[f] === null || early[f] === later[f]);
    return agrees ? { ...block, earlier: r } : { ...block, above: data };
  }
  return block;
}

/** The header row (the last row of the header block): -1 when there is none. */
export function findHeaderRow(values: unknown[][], party: LedgerParty = "customer"): number {
  return findHeaderBlock(values, party)?.last ?? -1;
}

export interface DetectOptions {
  mapping?: Partial<ColumnMapping>;
  headerRow?: number;
  dateOrder?: DateOrder;
  numberFormats?: string[][];
  /** Whose ledger: customers (receivables, default) or suppliers (payables). */
  party?: LedgerParty;
}

/**
 * The user's header row and column choices must lie inside the range: a column index outside it would give
 * addresses that do not exist. The error is an EngineError with a reason code, so the taskpane can say it in Chinese.
 */
function validateChoices(options: DetectOptions, rows: number, width: number): void {
  const h = options.headerRow;
  if (h !== undefined && !(Number.isInteger(h) && h >= -1 && h < rows)) {
    throw new EngineError("value", `header row: ${h + 1} is not a row of the range (1 to ${rows})`, {
      code: "mapping.badHeaderRow",
      params: { row: String(h + 1), rows },
    });
  }
  for (const [field, col] of Object.entries(options.mapping ?? {})) {
    if (col === undefined || col === null || (Number.isInteger(col) && col >= 0 && col < width)) continue;
    throw new EngineError(
      "value",
      `column mapping: ${field} is set to column ${col + 1}, but the range has ${width} columns (1 to ${width})`,
      {
        code: "mapping.badColumn",
        params: { field, column: String(col + 1), columns: width },
      },
    );
  }
}

/**
 * Recognises the ledger's columns: the header row (the user's, or the one found) names what it can, the content
 * finds the essential fields still missing, and the user's choices win field by field. The notes say how each field
 * was found, what is missing, and how the dates are read.
 */
export function detectColumns(values: unknown[][], options: DetectOptions = {}): MappingResult {
  const order = options.dateOrder ?? "auto";
  const party = options.party ?? "customer";
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  validateChoices(options, values.length, width);
  const { block, headerRow, headers } = headerOf(values, options.headerRow, party);
  const { columns, source } = namedColumns(headers, headerRow, party);
  const notes: Reason[] = [];
  // Competing money headers ("Amount" and "Total"): chosen by meaning, and said (amountChoice.ts).
  const amountChoice = headerRow >= 0 ? preferAmountColumn(headers.map(normalizeHeader), headers, columns) : null;
  if (amountChoice && options.mapping?.amount === undefined) notes.push(amountChoice);
  const start = headerRow + 1;
  recogniseByContent({ values, headers, start, width, order, numberFormats: options.numberFormats }, columns, source);
  userChoicesWin(columns, source, options.mapping ?? {});
  notes.push(...byContentNotes(headers, columns, source));
  notes.push(...headerNotes(values, block, headerRow, options.headerRow));
  notes.push(...missingColumnNotes(values, { headerRow, headers, columns, source }, party));
  const { dateOrder, notes: dateNotes } = textDateOrder(values, columns, start, order);
  const system = recognizeSystem(headers.map(normalizeHeader));
  const { swappedSerials, notes: serialNotes } = swappedSerialDates(values, headers, columns, start);
  notes.push(...dateNotes, ...serialNotes);
  return {
    headerRow,
    headers,
    columns,
    source,
    notes,
    dateOrder,
    swappedSerials,
    confirm: moneyToConfirm(values, start, headers, columns, source),
    system,
  };
}

/**
 * The header row (the user's, or the one found; -1 for none) and its texts, trimmed: those of the header block when
 * the row is the block's (its names joined over merged header rows).
 */
function headerOf(values: unknown[][], chosenRow: number | undefined, party: LedgerParty) {
  const block = findHeaderBlock(values, party);
  const headerRow = chosenRow ?? block?.earlier ?? block?.last ?? -1;
  const names =
    block && (block.last === headerRow || block.earlier === headerRow)
      ? block.headers
      : headerRow >= 0
        ? (values[headerRow] ?? [])
        : [];
  const headers = names.map((v) => (isBlank(v) ? "" : String(v).trim()));
  return { block, headerRow, headers };
}

/** The columns the header names (none without a header row), each field found by "header" or "missing". */
function namedColumns(headers: string[], headerRow: number, party: LedgerParty) {
  const columns = headerRow >= 0 ? mapHeaders(headers, party) : emptyMapping();
  const source = Object.fromEntries(
    LEDGER_FIELDS.map((f) => [f, columns[f] !== null ? "header" : "missing"]),
  ) as Record<LedgerField, MappingSource>;
  return { columns, source };
}

/**
 * The user's choices win, field by field (null = "this ledger has no such column"): a column the user gives one
 * field is taken from any other field it was found for, unless the user chose that field too.
 */
function userChoicesWin(
  columns: ColumnMapping,
  source: Record<LedgerField, MappingSource>,
  chosen: Partial<ColumnMapping>,
): void {
  for (const [field, col] of Object.entries(chosen) as [LedgerField, number | null | undefined][]) {
    if (col === undefined) continue;
    for (const f of LEDGER_FIELDS)
      if (f !== field && col !== null && columns[f] === col && !(f in chosen)) {
        columns[f] = null;
        source[f] = "missing";
      }
    columns[field] = col;
    source[field] = col === null ? "missing" : "user";
  }
}

/** What the header search says when the user chose no header row: none found, or rows above it left unread. */
function headerNotes(
  values: unknown[][],
  block: HeaderBlock | null,
  headerRow: number,
  chosenRow: number | undefined,
): Reason[] {
  if (chosenRow !== undefined) return [];
  const notes: Reason[] = [];
  if (headerRow < 0 && values.length > 0) {
    notes.push(
      reason(
        "mapping.noHeader",
        { rows: HEADER_SEARCH_ROWS },
        `No header row was found in the first ${HEADER_SEARCH_ROWS} rows: the columns were recognised from their content; check the mapping, or choose the header row`,
      ),
    );
  }
  if (block?.above) {
    const rows = block.above.map((r) => String(r + 1)).join(", ");
    notes.push(
      reason(
        "mapping.rowsAboveHeader",
        { count: block.above.length, rows, header: block.last + 1 },
        `${block.above.length} rows above the header row ${block.last + 1} were not read (rows ${rows} of the range): they sit under an earlier header whose columns differ; select them with their own header to read them`,
      ),
    );
  }
  return notes;
}

/**
 * Why the money columns must be confirmed before analysing: chosen from content alone, or a column whose values do
 * not look like money (moneyColumns.ts). Columns the user chose are confirmed. Empty: nothing to confirm.
 */
function moneyToConfirm(
  values: unknown[][],
  start: number,
  headers: string[],
  columns: ColumnMapping,
  source: Record<LedgerField, MappingSource>,
): Reason[] {
  const out: Reason[] = [];
  for (const field of ["amount", "openAmount", "paidAmount"] as const) {
    const c = columns[field];
    if (c === null || source[field] === "user") continue;
    const column = columnName(headers, c);
    const why = notMoney(values, c, start, headers[c] ?? "", columns.invoiceNumber);
    if (why)
      out.push(
        reason(
          `mapping.confirm.${why}`,
          { field, column },
          `${column} was taken as ${field} but its values do not look like money (${why}): check the first rows as read`,
        ),
      );
    else if (source[field] === "content")
      out.push(
        reason(
          "mapping.confirm.byContent",
          { field, column },
          `${field} was chosen from the content of ${column} alone: check the first rows as read`,
        ),
      );
  }
  return out;
}
