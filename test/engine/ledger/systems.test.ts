/* The system named by its layout's signature, never by a file or sheet name. */
import { detectColumns, normalizeHeader } from "../../../src/engine/ledger/columns";
import { recognizeSystem } from "../../../src/engine/ledger/systems";
import { exportFiles } from "./exportFiles";

const files = exportFiles() ?? [];

(files.length > 0 ? test : test.skip)("each export's system is named from its header names", () => {
  const named = files.map((f) => [f.file, detectColumns(f.values).system?.id ?? null]);
  expect(named).toEqual([
    ["erpnext_accounts_receivable.json", "erpnext-accounts-receivable"],
    ["kingdee_cloud_ar_aging.json", "kingdee-ar-aging"],
    ["odoo_customer_invoices_grouped.json", "odoo-invoices"],
    ["qbo_ar_aging_detail.json", "qbo-ar-aging-detail"],
    ["xero_invoices_csv_en_gb.json", "xero-invoices"],
    ["yonyou_customer_wanglai_mingxi.json", "yonyou-customer-detail"],
  ]);
});

test("QuickBooks Desktop, SAP FBL5N and Zoho Books by their columns; a plain ledger names no system", () => {
  const id = (headers: string[]) => recognizeSystem(headers.map(normalizeHeader))?.id ?? null;
  expect(id(["Type", "Date", "Num", "P. O. #", "Name", "Terms", "Due Date", "Aging", "Open Balance"])).toBe(
    "qbd-ar-aging-detail",
  );
  expect(id(["Assignment", "DocumentNo", "Type", "Doc. Date", "Net due dt", "Amt in loc.cur.", "LCurr"])).toBe(
    "sap-fbl5n",
  );
  expect(
    id(["Invoice Date", "Invoice Number", "Invoice Status", "Customer Name", "Due Date", "Total", "Balance"]),
  ).toBe("zoho-books-invoices");
  expect(id(["Customer", "Invoice No", "Due Date", "Amount"])).toBeNull();
  expect(recognizeSystem([])).toBeNull();
});
