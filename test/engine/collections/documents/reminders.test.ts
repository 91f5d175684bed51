import { invoicesOf } from "../../../../src/engine/collections/desk";
import { earlierReminders, remindersText } from "../../../../src/engine/collections/documents/reminders";
import { parseContactLog } from "../../../../src/engine/collections/log";
import { AS_OF, analysisAt, ledger, logValues } from "../deskLedger";

const invoices = invoicesOf(ledger, analysisAt());

describe("the earlier reminders a letter may name", () => {
  it("are the log's contacts with the customer since its oldest overdue invoice fell due", () => {
    // The log holds one call with Alpha on 45705 = 2025-02-17, after INV2 fell due (45650).
    const found = earlierReminders(parseContactLog(logValues, "L").entries, "Alpha", invoices, AS_OF);
    expect(found).toEqual([{ date: 45705, channel: "call" }]);
  });

  it("only contacts about this debt count: before it fell due, another customer, or an insurer notice do not", () => {
    const log = parseContactLog(
      [
        logValues[0],
        [45600, "Alpha", "", "Call", "", "", "", "", ""],
        [45705, "Beta", "", "Call", "", "", "", "", ""],
        [45710, "Alpha", "", "Other", "Escalated", "insurer notified", "", "", ""],
        [45720, "Alpha", "", "Call", "", "", "", "", ""],
      ],
      "L",
    );
    expect(earlierReminders(log.entries, "Alpha", invoices, AS_OF)).toEqual([]);
  });

  it("are written with their dates and channels, joined as the language joins a list", () => {
    const two = [
      { date: 45690, channel: "email" as const },
      { date: 45705, channel: "letter" as const },
    ];
    const three = [{ date: 45680, channel: "call" as const }, ...two];
    expect(remindersText(two.slice(0, 1), "en")).toBe("2025-02-02 (email)");
    expect(remindersText(two, "en")).toBe("2025-02-02 (email) and 2025-02-17 (letter)");
    expect(remindersText(three, "en")).toBe("2025-01-23 (call), 2025-02-02 (email) and 2025-02-17 (letter)");
    expect(remindersText(two, "zh-CN")).toBe("2025年2月2日（邮件）、2025年2月17日（函件）");
    expect(remindersText([], "en")).toBe("");
  });
});
