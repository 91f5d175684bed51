import { alreadyLogged } from "../../../src/engine/collections/logDuplicates";
import { parseContactLog } from "../../../src/engine/collections/log";
import { logValues } from "./deskLedger";

test("the same entry twice is recognised; any difference is a new entry", () => {
  const { entries } = parseContactLog(logValues, "L");
  const row = {
    date: 45705,
    customer: "Ａlpha",
    channel: "call" as const,
    stage: "friendly" as const,
    outcome: "promised",
    promisedDate: 45712,
    promisedAmount: 1000.004,
  };
  expect(alreadyLogged(entries, row)).toBe(true);
  expect(alreadyLogged(entries, { ...row, promisedAmount: 900 })).toBe(false);
  expect(alreadyLogged(entries, { ...row, date: 45706 })).toBe(false);
  expect(alreadyLogged(entries, { ...row, note: "again" })).toBe(false);
});
