/* A hand-made ledger and contact log for the collections desk tests (as-of 2025-03-01 = serial 45717). */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { LedgerInput } from "../../../src/engine/analysis/types";
import { parseContactLog } from "../../../src/engine/collections/log";

export const AS_OF = 45717;

export const ledger: LedgerInput = {
  sheet: "Ledger",
  topLeft: "A1",
  values: [
    [
      "Customer",
      "Invoice No",
      "Invoice Date",
      "Due Date",
      "Amount",
      "Paid Amount",
      "Paid Date",
      "Disputed",
      "Insured limit",
    ],
    ["Alpha", "INV1", 45670, 45700, 1000, "", "", "", 2500],
    ["Alpha", "INV2", 45620, 45650, 2000, "", "", "", 2500],
    ["Beta", "INV3", 45680, 45710, 500, "", "", "", ""],
    ["Beta", "INV4", 45660, 45690, 500, 500, 45712, "", ""],
    ["Gamma", "INV5", 45700, 45730, 800, "", "", "", ""],
    ["Delta", "INV6", 45570, 45600, 3000, "", "", "yes", ""],
  ],
};

export const logValues: unknown[][] = [
  ["Date", "Customer", "Invoice", "Channel", "Stage", "Outcome", "Promised date", "Promised amount", "Note"],
  [45705, "Alpha", "", "Call", "Friendly reminder", "promised", 45712, 1000, ""],
  [45708, "Beta", "INV4", "Email", "Friendly reminder", "promised", 45712, 500, ""],
  [45715, "Beta", "", "WeChat", "Friendly reminder", "promised", 45720, 300, ""],
];

export function analysisAt(asOf = AS_OF) {
  return analyzeLedger(ledger, { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" });
}

export const log = () => parseContactLog(logValues, "AR Lens Log");
