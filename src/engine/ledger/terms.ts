/**
 * Payment terms as systems write them, as a number of days: "Net 30", "N30", "30", "30天", "月结30天"; early-payment
 * discounts before the net days ("1% 10 Net 30", "2/10 Net 30": the invoice is due at the net days); "Due on
 * receipt", 货到付款, 见票即付 (0 days); end-of-month terms ("EOM", "Net 30 EOM", "30 days EOM", 月结30天), whose days
 * count from the end of the invoice's month (isEndOfMonthTerms).
 */
import { Parsed, fail, ok } from "../core/errors";
import { describe, isBlank } from "../core/cells";

const ON_RECEIPT =
  /^(cod|cia|cash|due on receipt|due upon receipt|upon receipt|on receipt|payable on receipt|immediate|现金|现结|款到发货|预付|货到付款|见票即付|即付)/;
/** "1% 10 Net 30", "2/10 net 30", "2% 10, Net 30": the discount part, dropped (the net days are the due date). */
const DISCOUNT = /^\d{1,2}(\.\d+)?\s*(%|\/)\s*\d{1,3}\s*(days?)?\s*[,;]?\s*/;
const END_OF_MONTH = /\beom\b|end of (the )?month|^(net\s*)?(\d{1,3}\s*(days?)?\s*)?(after\s*)?eom|月结|次月/;

function clean(value: unknown): string {
  return String(value).trim().toLowerCase().replace(/\s+/g, " ");
}

/** Days after the invoice's month end rather than after the invoice date. */
export function isEndOfMonthTerms(value: unknown): boolean {
  return typeof value === "string" && END_OF_MONTH.test(clean(value));
}

export function parseTermsDays(value: unknown): Parsed<number> {
  if (isBlank(value)) return fail("the terms are empty");
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value <= 720
      ? ok(value)
      : fail(`terms of ${value} days are not a whole number from 0 to 720`);
  }
  const text = clean(value).replace(DISCOUNT, "");
  if (ON_RECEIPT.test(text)) return ok(0);
  const eom = text.replace(/\beom\b|end of (the )?month|after|月结|次月/g, "").trim();
  if (isEndOfMonthTerms(value) && eom.replace(/^net\s*/, "") === "") return ok(0);
  const m = /(\d{1,3})/.exec(eom);
  if (m && /^(net|n|账期|信用期)?\s*\d{1,3}\s*(days?|d|天|日)?$/.test(eom.replace(/[\s_-]/g, "")))
    return ok(Number(m[1]));
  return fail(`terms ${describe(value)} were not understood; write them as "Net 30" or a number of days`);
}
