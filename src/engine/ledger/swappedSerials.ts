/**
 * Dates Excel mis-read. A d/m/y CSV opened on an m/d/y machine: Excel turns "05/03/2025" into 3 May (a serial) and
 * leaves "25/03/2025" as text (no 25th month). A column mixing serials with text dates that can only be day/month
 * is therefore a column of swapped serials: said in a note, and read the other way when the user asks
 * (AnalysisSettings.swapDateSerials): a serial whose day is 12 or less has its day and month exchanged.
 */
import { serialFromYmd, ymdFromSerial } from "../core/dates";

const DMY_ONLY = /^\s*(1[3-9]|2\d|3[01])[-/.](0?[1-9]|1[0-2])[-/.]\d{2,4}\s*$/;

const SAMPLE = 5000;

import type { SwappedSerials } from "../model/types";

export type { SwappedSerials };

/** The date columns whose serials were read month-first by Excel although the column is day/month; null if none. */
export function findSwappedSerials(
  values: readonly (readonly unknown[] | undefined)[],
  dateColumns: readonly number[],
  firstRow: number,
): SwappedSerials | null {
  const columns: number[] = [];
  let example = "";
  for (const c of dateColumns) {
    let serials = 0;
    let dmy = "";
    for (let r = firstRow, seen = 0; r < values.length && seen < SAMPLE; r++) {
      const v = values[r]?.[c];
      if (typeof v === "number" && v >= 1) {
        serials++;
        seen++;
      } else if (typeof v === "string" && DMY_ONLY.test(v)) {
        dmy ||= v.trim();
        seen++;
      }
    }
    if (serials > 0 && dmy !== "") {
      columns.push(c);
      example ||= dmy;
    }
  }
  return columns.length > 0 ? { columns, example } : null;
}

/** The serial with its day and month exchanged, when the day can be a month (12 or less); else the serial itself. */
export function swapDayMonth(serial: number): number {
  const { year, month, day } = ymdFromSerial(Math.floor(serial));
  return day <= 12 ? serialFromYmd(year, day, month) : Math.floor(serial);
}
