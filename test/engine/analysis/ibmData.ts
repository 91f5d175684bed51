/** The IBM accounts-receivable sample from ../shared/data (never copied into the project). */
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { parseCsv } from "../../../src/engine/ledger/csv";

/** Where the product's shared files sit: AR_LENS_SHARED when set, else ../shared beside the project. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.AR_LENS_SHARED ? resolve(env.AR_LENS_SHARED) : resolve(__dirname, "../../../../shared");
}

export const IBM_PATH = resolve(sharedDir(), "data/ibm-accounts-receivable.csv");

/** The IBM ledger's rows, or null (with a warning naming the missing file) when the file is absent. */
export function ibmLedger(path: string = IBM_PATH): (string | number)[][] | null {
  if (!existsSync(path)) {
    console.warn(`Skipping the IBM-ledger checks: ${path} is not present (it sits beside the project in CI).`);
    return null;
  }
  return parseCsv(readFileSync(path, "utf8"));
}
