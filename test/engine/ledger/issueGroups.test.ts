/** Row issues grouped by kind; invoices after the as-of date said once with their count. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { groupIssues } from "../../../src/engine/ledger/issueGroups";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../../src/i18n/translate";
import { AS_OF, handLedger } from "../analysis/handLedger";

test("one group per kind, in the order each kind first appears, every issue kept", () => {
  const a = analyzeLedger(
    { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  const groups = groupIssues(a.issues);
  expect(groups.reduce((s, g) => s + g.count, 0)).toBe(a.issues.length);
  expect(new Set(groups.map((g) => `${g.severity}:${g.code}`)).size).toBe(groups.length);
  expect(groups.map((g) => g.code)).toContain("row.afterAsOf"); // a single one keeps its own issue
});

test("a ledger analysed at a past date: its later invoices are one note with the count, still excluded", () => {
  const asOf = serialFromYmd(2025, 11, 17);
  const { values } = generateLedger({ seed: 5, customers: 50, invoices: 600, asOf, language: "en" });
  const past = serialFromYmd(2025, 6, 30);
  const later = values.slice(1).filter((r) => (r[2] as number) > past).length;
  const a = analyzeLedger(
    { values, sheet: "L", topLeft: "A1" },
    { asOf: past, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  const notes = a.issues.filter((i) => i.reason.code.startsWith("row.afterAsOf"));
  expect(later).toBeGreaterThan(100);
  expect(notes).toHaveLength(1);
  expect(notes[0].reason.code).toBe("row.afterAsOfMany");
  expect(notes[0].reason.params.count).toBe(later);
  expect(a.counts.invoices + a.counts.excluded + a.counts.blank).toBe(a.counts.dataRows);
  expect(a.counts.excluded).toBeGreaterThanOrEqual(later);
  expect(notes[0].reason.text).toMatch(
    new RegExp(
      `^${later} invoices dated after the as-of date \\(2025-07-01 to 2025-11-\\d\\d, the first at L!C\\d+\\)`,
    ),
  );
  expect(reasonText(notes[0].reason, "zh-CN", reasonTemplatesZh)).toMatch(
    new RegExp(`^${later} 张发票的开票日期晚于基准日`),
  );
});
