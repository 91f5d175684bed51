/**
 * Column mapping: find the header row, recognise the ledger's columns by English and Chinese names, then by
 * content for what is still missing. User choices win field by field. The result says how each field was found,
 * so the taskpane can show it and the user can correct it.
 */
import { isBlank, parseMoney } from "../core/cells";
import { EngineError } from "../core/errors";
import { DateOrder, parseDate } from "../core/dates";
import { preferAmountColumn } from "./amountChoice";
import { inferDateOrder } from "./dateOrder";
import { reason } from "../model/reason";
import { ColumnMapping, LEDGER_FIELDS, LedgerField, MappingResult, MappingSource, Reason } from "../model/types";
import { HeaderBlock, headerBlockAt, normalizeHeader } from "./layout";
import { planRows } from "./rowKinds";
import { notMoney } from "./moneyColumns";
import { recognizeSystem } from "./systems";
import { findSwappedSerials } from "./swappedSerials";

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

type Kind = "date" | "number" | "text" | "empty";

function columnKind(
  values: unknown[][],
  column: number,
  start: number,
  order: DateOrder,
  formats?: string[][],
): { kind: Kind; distinctShare: number; mean: number } {
  let dates = 0;
  let numbers = 0;
  let texts = 0;
  let seen = 0;
  let sum = 0;
  const distinct = new Set<string>();
  for (let r = start; r < values.length && seen < 200; r++) {
    const v = values[r]?.[column];
    if (isBlank(v)) continue;
    seen++;
    distinct.add(String(v));
    const fmt = formats?.[r]?.[column] ?? "";
    if (typeof v === "number") {
      if (/[dmy]/i.test(fmt.replace(/\[[^\]]*\]|"[^"]*"/g, "")) || /年|月|日/.test(fmt)) {
        dates++;
        sum += v;
      } else numbers++;
    } else if (typeof v === "string") {
      const d = parseDate(v, order === "auto" ? "mdy" : order);
      if (d.ok && /\d/.test(v) && /[-/.年]/.test(v)) {
        dates++;
        sum += d.value;
      } else if (parseMoney(v).ok) numbers++;
      else texts++;
    } else texts++;
  }
  if (seen === 0) return { kind: "empty", distinctShare: 0, mean: 0 };
  const kind: Kind =
    dates / seen > 0.8 ? "date" : numbers / seen > 0.8 ? "number" : texts / seen > 0.5 ? "text" : "empty";
  return { kind, distinctShare: distinct.size / seen, mean: dates ? sum / dates : 0 };
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

export function detectColumns(values: unknown[][], options: DetectOptions = {}): MappingResult {
  const order = options.dateOrder ?? "auto";
  const party = options.party ?? "customer";
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  validateChoices(options, values.length, width);
  const block = findHeaderBlock(values, party);
  const headerRow = options.headerRow ?? block?.earlier ?? block?.last ?? -1;
  const names =
    block && (block.last === headerRow || block.earlier === headerRow)
      ? block.headers
      : headerRow >= 0
        ? (values[headerRow] ?? [])
        : [];
  const headers = names.map((v) => (isBlank(v) ? "" : String(v).trim()));
  const columns = headerRow >= 0 ? mapHeaders(headers, party) : emptyMapping();
  const source = Object.fromEntries(
    LEDGER_FIELDS.map((f) => [f, columns[f] !== null ? "header" : "missing"]),
  ) as Record<LedgerField, MappingSource>;
  const notes: Reason[] = [];
  // Competing money headers ("Amount" and "Total"): chosen by meaning, and said (amountChoice.ts).
  const amountChoice = headerRow >= 0 ? preferAmountColumn(headers.map(normalizeHeader), headers, columns) : null;
  if (amountChoice && options.mapping?.amount === undefined) notes.push(amountChoice);

  // Content sniffing for the essential fields still missing.
  const used = new Set(Object.values(columns).filter((c): c is number => c !== null));
  const start = headerRow + 1;
  const kinds = Array.from({ length: width }, (_, c) =>
    used.has(c) ? null : columnKind(values, c, start, order, options.numberFormats),
  );
  const take = (field: LedgerField, pick: (k: NonNullable<(typeof kinds)[number]>, c: number) => boolean) => {
    if (columns[field] !== null) return;
    const c = kinds.findIndex((k, i) => k !== null && !used.has(i) && pick(k, i));
    if (c >= 0) {
      columns[field] = c;
      source[field] = "content";
      used.add(c);
    }
  };
  const dateColumns = kinds
    .map((k, i) => ({ k, i }))
    .filter((x) => x.k?.kind === "date" && !used.has(x.i))
    .sort((a, b) => a.k!.mean - b.k!.mean);
  if (columns.invoiceDate === null && columns.dueDate === null && dateColumns.length >= 2) {
    columns.invoiceDate = dateColumns[0].i;
    columns.dueDate = dateColumns[1].i;
    source.invoiceDate = source.dueDate = "content";
    used.add(dateColumns[0].i).add(dateColumns[1].i);
  }
  // A second date column holding the invoice dates again (用友's 凭证日期 beside 业务日期) is not a due date.
  take("dueDate", (k, c) => k.kind === "date" && !sameValues(values, c, columns.invoiceDate, start));
  // Money is never guessed from a column that cannot be money (moneyColumns.ts), nor beside a mapped open amount.
  if (columns.openAmount === null)
    take(
      "amount",
      (k, c) => k.kind === "number" && notMoney(values, c, start, headers[c] ?? "", columns.invoiceNumber) === null,
    );
  take("customer", (k) => k.kind === "text" && k.distinctShare < 0.9);
  take("invoiceNumber", (k) => k.kind === "text" || k.kind === "number");

  // The user's choices win, field by field (null = "this ledger has no such column").
  for (const [field, col] of Object.entries(options.mapping ?? {}) as [LedgerField, number | null | undefined][]) {
    if (col === undefined) continue;
    for (const f of LEDGER_FIELDS)
      if (f !== field && col !== null && columns[f] === col && !(f in (options.mapping ?? {}))) {
        columns[f] = null;
        source[f] = "missing";
      }
    columns[field] = col;
    source[field] = col === null ? "missing" : "user";
  }

  const name = (f: LedgerField) => (columns[f] !== null ? headers[columns[f]!] || `column ${columns[f]! + 1}` : "");
  for (const f of LEDGER_FIELDS) {
    if (source[f] === "content")
      notes.push(
        reason(
          "mapping.byContent",
          { field: f, column: name(f) },
          `${f} was recognised from the content of ${name(f)}`,
        ),
      );
  }
  if (headerRow < 0 && options.headerRow === undefined && values.length > 0) {
    notes.push(
      reason(
        "mapping.noHeader",
        { rows: HEADER_SEARCH_ROWS },
        `No header row was found in the first ${HEADER_SEARCH_ROWS} rows: the columns were recognised from their content; check the mapping, or choose the header row`,
      ),
    );
  }
  if (block?.above && options.headerRow === undefined) {
    const rows = block.above.map((r) => String(r + 1)).join(", ");
    notes.push(
      reason(
        "mapping.rowsAboveHeader",
        { count: block.above.length, rows, header: block.last + 1 },
        `${block.above.length} rows above the header row ${block.last + 1} were not read (rows ${rows} of the range): they sit under an earlier header whose columns differ; select them with their own header to read them`,
      ),
    );
  }
  const fromGroups =
    columns.customer === null &&
    headerRow >= 0 &&
    planRows(values, { headerRow, headers, columns, source, notes: [], dateOrder: null }).groupCustomer !== null;
  if (fromGroups) {
    notes.push(
      reason(
        "mapping.customerFromGroups",
        {},
        "No customer column: each document's customer is the group row above it (a customer's name on a row of its own)",
      ),
    );
  } else if (columns.customer === null) {
    if (party === "supplier")
      notes.push(reason("mapping.missingSupplier", {}, "No supplier column was found: choose it in the mapping"));
    else notes.push(reason("mapping.missingCustomer", {}, "No customer column was found: choose it in the mapping"));
  }
  if (columns.amount === null && columns.openAmount === null)
    notes.push(reason("mapping.missingAmount", {}, "No amount column was found: choose it in the mapping"));
  if (columns.dueDate === null) {
    if (columns.terms !== null && columns.invoiceDate !== null)
      notes.push(
        reason("mapping.dueFromTerms", {}, "No due-date column: due dates are the invoice date plus the terms"),
      );
    else if (columns.invoiceDate !== null)
      notes.push(
        reason(
          "mapping.dueFromDefault",
          {},
          "No due-date column: due dates are the invoice date plus the default term",
        ),
      );
    else
      notes.push(
        reason(
          "mapping.missingDates",
          {},
          "Neither a due-date nor an invoice-date column was found: choose one in the mapping",
        ),
      );
  }
  if (columns.paidDate === null && columns.paidAmount === null && columns.openAmount === null)
    notes.push(
      reason(
        "mapping.noPayments",
        {},
        "No payment columns: every invoice is treated as unpaid, so no payment behaviour can be measured",
      ),
    );

  let dateOrder: MappingResult["dateOrder"] = null;
  if (order === "auto") {
    const dateColumns = [columns.invoiceDate, columns.dueDate, columns.paidDate].filter((c): c is number => c !== null);
    const inferred = inferDateOrder(values, dateColumns, start);
    dateOrder = inferred.order;
    if (inferred.order) {
      const name = inferred.order === "mdy" ? "month/day/year" : "day/month/year";
      notes.push(
        reason(
          `mapping.dateOrder.${inferred.order}`,
          { example: inferred.example! },
          `text dates are read as ${name}: "${inferred.example}" can only be read that way (change the date order in the settings if needed)`,
        ),
      );
    } else if (inferred.conflict) {
      notes.push(
        reason(
          "mapping.dateOrderMixed",
          {},
          "the ledger's text dates are written both month/day and day/month: choose the date order in the settings; dates that do not fit it are listed as issues",
        ),
      );
    }
  }
  const system = recognizeSystem(headers.map(normalizeHeader));
  const dated = [columns.invoiceDate, columns.dueDate, columns.paidDate].filter((c): c is number => c !== null);
  const swappedSerials = findSwappedSerials(values, dated, start);
  if (swappedSerials) {
    const names = swappedSerials.columns.map((c) => headers[c] || `column ${c + 1}`).join(", ");
    notes.push(
      reason(
        "mapping.serialsSwapped",
        { columns: names, example: swappedSerials.example },
        `${names}: Excel read some dates month-first although "${swappedSerials.example}" shows the column is day/month (a d/m/y file opened with m/d/y settings): read those dates the other way`,
      ),
    );
  }
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
    const column = headers[c] || `column ${c + 1}`;
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

/** Two columns holding the same values on (nearly) every row where both are given. */
function sameValues(values: unknown[][], a: number, b: number | null, start: number): boolean {
  if (b === null) return false;
  let both = 0;
  let same = 0;
  for (let r = start; r < values.length && both < 500; r++) {
    const x = values[r]?.[a];
    const y = values[r]?.[b];
    if (isBlank(x) || isBlank(y)) continue;
    both++;
    if (String(x).trim() === String(y).trim()) same++;
  }
  return both > 0 && same / both >= 0.9;
}
