/** The IBM accounts-receivable sample from ../shared/data (never copied into the project). */
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { parseCsv } from "../../../src/engine/ledger/csv";

export const IBM_PATH = resolve(__dirname, "../../../../shared/data/ibm-accounts-receivable.csv");

export function ibmLedger(): (string | number)[][] | null {
  if (!existsSync(IBM_PATH)) {
    console.warn(`Skipping the IBM-ledger checks: ${IBM_PATH} is not present (it sits beside the project in CI).`);
    return null;
  }
  return parseCsv(readFileSync(IBM_PATH, "utf8"));
}
