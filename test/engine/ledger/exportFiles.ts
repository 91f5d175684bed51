/** The accounting-system exports of ../shared/exports (never copied into the project). */
import { existsSync, readdirSync, readFileSync } from "fs";
import { resolve } from "path";

export const EXPORTS_DIR = resolve(__dirname, "../../../../shared/exports");

export interface ExportTruthDocument {
  row: number;
  customer: string;
  number: string;
  open: number;
  currency: string | null;
  kind: "invoice" | "credit" | "payment";
}

export interface ExportFile {
  id: string;
  file: string;
  system: string;
  asOfSerial: number;
  values: unknown[][];
  numberFormats: string[][];
  truth: {
    documents: ExportTruthDocument[];
    excludedRows: number[];
    openTotal: number;
    openByCurrency: Record<string, number>;
    documentCount: number;
    customerCount: number;
  };
}

/** Every export, or null (with a console.warn) when ../shared/exports is absent. */
export function exportFiles(): ExportFile[] | null {
  if (!existsSync(EXPORTS_DIR)) {
    console.warn(
      `Skipping the accounting-system export checks: ${EXPORTS_DIR} is not present (it sits beside the project in CI).`,
    );
    return null;
  }
  const files = readdirSync(EXPORTS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) {
    console.warn(`Skipping the accounting-system export checks: ${EXPORTS_DIR} holds no ledger (.json) files.`);
    return null;
  }
  return files.map((file) => ({ file, ...JSON.parse(readFileSync(resolve(EXPORTS_DIR, file), "utf8")) }));
}
