/** Payment terms written in a ledger ("Net 30", "N30", "30", "30天", "月结30天") as a number of days. */
import { Parsed, fail, ok } from "../core/errors";
import { describe, isBlank } from "../core/cells";

export function parseTermsDays(value: unknown): Parsed<number> {
  if (isBlank(value)) return fail("the terms are empty");
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value <= 720 ? ok(value) : fail(`terms of ${value} days are not a whole number from 0 to 720`);
  }
  const text = String(value).trim().toLowerCase();
  if (/^(cod|cia|cash|现金|现结|款到发货|预付)/.test(text)) return ok(0);
  const m = /(\d{1,3})/.exec(text);
  if (m && /^(net|n|月结|账期|信用期)?\s*\d{1,3}\s*(days?|d|天|日)?$/.test(text.replace(/[\s_-]/g, ""))) return ok(Number(m[1]));
  return fail(`terms ${describe(value)} were not understood; write them as "Net 30" or a number of days`);
}
