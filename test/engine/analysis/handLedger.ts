/**
 * A hand-built ledger whose every figure is worked out by hand in analyze.test.ts. As-of date 2025-06-30.
 * Sheet "Ledger", range A1:H19: a title row, the header row, 17 data rows (one blank, five unusable).
 */
import { serialFromYmd } from "../../../src/engine/core/dates";

export const d = (iso: string): number => {
  const [y, m, day] = iso.split("-").map(Number);
  return serialFromYmd(y, m, day);
};

export const AS_OF = d("2025-06-30");

export const EN_HEADERS = [
  "Customer",
  "Invoice No",
  "Invoice Date",
  "Due Date",
  "Amount",
  "Paid Amount",
  "Paid Date",
  "Disputed",
];
export const ZH_HEADERS = ["客户名称", "发票号", "开票日期", "到期日", "发票金额", "已付金额", "付款日期", "争议"];

export function handLedger(headers = EN_HEADERS, yes = "Yes", no = "No"): unknown[][] {
  return [
    ["Receivables ledger, June 2025", "", "", "", "", "", "", ""],
    headers,
    ["Alpha", "INV-001", d("2025-01-01"), d("2025-01-31"), 1000, 1000, d("2025-02-10"), no], // row 3
    ["Alpha", "INV-002", d("2025-02-01"), d("2025-03-03"), 2000, 2000, d("2025-03-03"), no],
    ["Alpha", "INV-003", "2025-04-01", "2025-05-01", 1000, 1000, "2025-05-31", no],
    ["Alpha", "INV-004", d("2025-05-15"), d("2025-06-14"), 3000, 1000, d("2025-06-20"), no], // partly paid
    ["Alpha", "INV-005", d("2025-06-10"), d("2025-07-10"), 1500, "", "", no],
    ["", "", "", "", "", "", "", ""], // row 8: blank
    ["Alpha", "INV-006", d("2025-05-01"), d("2025-05-31"), 400, 400, d("2025-07-05"), no], // paid after the as-of date
    ["Beta", "INV-101", d("2025-02-15"), d("2025-03-17"), "¥5,000.00", "", "", no], // row 10
    ["Beta", "INV-102", d("2025-03-01"), d("2025-03-31"), 800, "", "", yes],
    ["Beta", "CN-103", d("2025-04-10"), d("2025-04-10"), "(300.00)", "", "", no], // credit note
    ["Gamma", "INV-201", "2025年6月20日", "2025/07/20", 700, null, null, no],
    ["Gamma", "INV-202", d("2025-06-25"), d("2025-06-01"), "1,200.00", "1,250.00", d("2025-06-26"), no], // due before invoice, overpaid
    ["Delta", "INV-301", d("2025-06-01"), d("2025-07-01"), "abc", "", "", no], // row 15: bad amount
    ["Delta", "INV-302", d("2025-06-01"), "2025-13-45", 500, "", "", no], // row 16: bad due date
    ["Alpha", "INV-005", d("2025-06-10"), d("2025-07-10"), 1500, "", "", no], // row 17: duplicate of row 7
    ["", "INV-401", d("2025-06-01"), d("2025-07-01"), 100, "", "", no], // row 18: no customer
    ["Epsilon", "INV-501", d("2025-08-01"), d("2025-08-31"), 100, "", "", no], // row 19: after the as-of date
  ];
}
