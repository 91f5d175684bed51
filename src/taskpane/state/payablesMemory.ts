/**
 * The payables columns a user corrected by hand, saved in the workbook (key arlens.cash.payablesColumns) with the
 * header signature of the range they were made on, and restored when a range with the same header is read as the
 * payables again — after the pane is reopened, or next month's bills pasted over the same layout. Like the ledger's
 * record (ledgerMemory.ts), a different header row means another layout: detection is used and nothing is restored.
 */
import { type ColumnMapping, detectColumns } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { headerSignature } from "./ledgerMemory";

export const PAYABLES_COLUMNS_KEY = "arlens.cash.payablesColumns";

export interface PayablesColumnsRecord {
  signature: string;
  mapping: Partial<ColumnMapping>;
}

/** The payables range's header signature, at the header row detection finds ("" when it finds none). */
export function payablesSignature(values: readonly unknown[][]): string {
  try {
    const { headerRow } = detectColumns(values as unknown[][], { party: "supplier" });
    return headerSignature(values, headerRow);
  } catch {
    return "";
  }
}

function isColumnsRecord(r: unknown): r is PayablesColumnsRecord {
  const x = r as PayablesColumnsRecord;
  return (
    !!x &&
    typeof x.signature === "string" &&
    !!x.mapping &&
    typeof x.mapping === "object" &&
    !Array.isArray(x.mapping) &&
    Object.values(x.mapping).every((c) => c === null || (Number.isInteger(c) && (c as number) >= 0))
  );
}

/** The corrections saved for a range with this header; null when none (or the saved record is not one). */
export async function savedPayablesColumns(
  gateway: WorkbookGateway,
  values: readonly unknown[][],
): Promise<Partial<ColumnMapping> | null> {
  return (await checkedPayablesColumns(gateway, values)).mapping;
}

/**
 * As savedPayablesColumns, saying whether a stored value was set aside: not a record at all (edited by hand), or a
 * record for this very header whose columns do not fit the range. A record for another header is simply not used.
 */
export async function checkedPayablesColumns(
  gateway: WorkbookGateway,
  values: readonly unknown[][],
): Promise<{ mapping: Partial<ColumnMapping> | null; setAside: boolean }> {
  let record: unknown;
  try {
    record = await gateway.readSetting<PayablesColumnsRecord>(PAYABLES_COLUMNS_KEY);
  } catch {
    return { mapping: null, setAside: false }; // the workbook could not be asked: detection is used
  }
  if (record === null || record === undefined) return { mapping: null, setAside: false };
  if (!isColumnsRecord(record) || record.signature === "") return { mapping: null, setAside: true };
  if (record.signature !== payablesSignature(values)) return { mapping: null, setAside: false };
  const columns = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const fits = Object.values(record.mapping).every((c) => c === null || (c as number) < columns);
  return fits ? { mapping: record.mapping, setAside: false } : { mapping: null, setAside: true };
}

/** Saves the corrections for this range's header; none left (every column back to detection) forgets them. */
export async function savePayablesColumns(
  gateway: WorkbookGateway,
  values: readonly unknown[][],
  mapping: Partial<ColumnMapping>,
): Promise<void> {
  const signature = payablesSignature(values);
  const keep = Object.keys(mapping).length > 0 && signature !== "";
  await gateway.writeSetting(PAYABLES_COLUMNS_KEY, keep ? { signature, mapping } : undefined);
}
