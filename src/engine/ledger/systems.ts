/**
 * The accounting system an export came from, named by its layout's signature — the header names the system
 * writes (normalised as columns.ts does) — never by a file or sheet name. Shown beside the mapping ("Read as
 * QuickBooks Online A/R Aging Detail"); the mapping editor stays in charge. Sources: each system's report or export
 * definition (QuickBooks report columns, Xero's invoice file format, frappe's accounts_receivable.py, Odoo's
 * account.move field labels, SAP FBL5N's line-item layout, 金蝶云星空 应收款账龄分析表 fields, 用友 客户往来明细).
 */
import type { KnownSystem } from "../model/types";

export type { KnownSystem };

interface Signature extends KnownSystem {
  /** Every group must be met by one of its names. */
  all: string[][];
}

const SIGNATURES: Signature[] = [
  {
    id: "qbo-ar-aging-detail",
    name: { en: "QuickBooks Online A/R Aging Detail", zh: "QuickBooks Online 应收账龄明细（A/R Aging Detail）" },
    all: [["transactiontype"], ["num"], ["duedate"], ["openbalance"], ["customerfullname", "customer", "customername"]],
  },
  {
    id: "qbd-ar-aging-detail",
    name: { en: "QuickBooks Desktop A/R Aging Detail", zh: "QuickBooks Desktop 应收账龄明细（A/R Aging Detail）" },
    all: [["type"], ["num"], ["name"], ["aging"], ["openbalance"]],
  },
  {
    id: "xero-invoices",
    name: { en: "Xero invoices export", zh: "Xero 发票导出（Invoices export）" },
    all: [["contactname"], ["invoicenumber"], ["invoicedate"], ["total"], ["invoiceamountdue"], ["currency"]],
  },
  {
    id: "erpnext-accounts-receivable",
    name: { en: "ERPNext Accounts Receivable", zh: "ERPNext 应收账款报表（Accounts Receivable）" },
    all: [["postingdate"], ["partytype"], ["party"], ["voucherno"], ["outstandingamount"]],
  },
  {
    id: "odoo-invoices",
    name: { en: "Odoo customer invoices", zh: "Odoo 客户发票列表" },
    all: [["invoicepartnerdisplayname", "partner"], ["invoicebilldate"], ["amountduesigned", "amountdue"]],
  },
  {
    id: "sap-fbl5n",
    name: { en: "SAP customer line items (FBL5N)", zh: "SAP 客户行项目（FBL5N）" },
    all: [
      ["documentno", "documentnumber"],
      ["netduedt", "netduedate"],
      ["amtinloccur", "amountinlocalcurrency"],
    ],
  },
  {
    id: "zoho-books-invoices",
    name: { en: "Zoho Books invoices export", zh: "Zoho Books 发票导出" },
    all: [["invoicenumber"], ["invoicestatus"], ["customername"], ["balance"]],
  },
  {
    id: "kingdee-ar-aging",
    name: { en: "Kingdee Cloud AR aging (应收款账龄分析表)", zh: "金蝶云星空 应收款账龄分析表" },
    all: [["往来单位"], ["单据编号"], ["业务日期"], ["到期日"], ["余额"]],
  },
  {
    id: "yonyou-customer-detail",
    name: { en: "Yonyou customer account detail (客户往来明细)", zh: "用友 客户往来明细" },
    all: [["对账对象名称", "客户名称"], ["业务单号"], ["借方未结金额"]],
  },
];

/** The system whose signature the header names meet; null when none does. */
export function recognizeSystem(normalizedHeaders: readonly string[]): KnownSystem | null {
  const names = new Set(normalizedHeaders.filter((n) => n !== ""));
  const found = SIGNATURES.find((s) => s.all.every((group) => group.some((n) => names.has(n))));
  return found ? { id: found.id, name: found.name } : null;
}
