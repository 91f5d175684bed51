import { invoicesOf } from "../../../../src/engine/collections/desk";
import { buildLetter, LetterStage } from "../../../../src/engine/collections/documents/letters";
import {
  DocumentContent,
  documentText,
  missingCompanyDetails,
} from "../../../../src/engine/collections/documents/model";
import { earlierReminders } from "../../../../src/engine/collections/documents/reminders";
import { parseContactLog } from "../../../../src/engine/collections/log";
import { AS_OF, analysisAt, ledger, logValues } from "../deskLedger";

const invoices = invoicesOf(ledger, analysisAt());
const alpha = invoices.filter((i) => i.customer === "Alpha");
const company = {
  name: "Sunrise Trading Co.",
  address: "1 Main St",
  contact: "Zhang Min, 021-5555 0000",
  bank: "Bank of China Shanghai Branch",
  account: "4567 8901 2345",
  signature: "Zhang Min",
};
const letter = (
  stage: LetterStage,
  language: "en" | "zh-CN",
  earlier = earlierReminders(parseContactLog(logValues, "L").entries, "Alpha", invoices, AS_OF),
) =>
  buildLetter({
    stage,
    customer: "Alpha",
    invoices: alpha,
    asOf: AS_OF,
    currency: "CNY",
    company,
    language,
    interest: null,
    earlier,
  });
const body = (d: DocumentContent) => d.blocks.flatMap((b) => (b.kind === "paragraph" ? b.lines : [])).join("\n");

describe("letters true to the log", () => {
  it("a final notice names the earlier reminders and their dates from the log (EN and ZH)", () => {
    // The log holds one call with Alpha on 45705 = 2025-02-17, after INV2 fell due (45650).
    expect(body(letter("final", "en"))).toContain(
      "we reminded you on 2025-02-17 (call) without settlement. This is our final notice",
    );
    expect(body(letter("final", "zh-CN"))).toContain("我公司已于2025年2月17日（电话）催告，款项仍未结清。特此最后通知");
    expect(letter("final", "en").title).toBe("Final notice before further action");
    const two = [
      { date: 45690, channel: "email" as const },
      { date: 45705, channel: "letter" as const },
    ];
    expect(body(letter("firm", "en", two))).toContain(
      "We reminded you on 2025-02-02 (email) and 2025-02-17 (letter), yet",
    );
    expect(body(letter("firm", "zh-CN", two))).toContain(
      "我公司已于2025年2月2日（邮件）、2025年2月17日（函件）提醒贵公司付款",
    );
  });

  it("a customer never contacted: the first written notice, no claim of earlier reminders (EN and ZH)", () => {
    const never = earlierReminders([], "Alpha", invoices, AS_OF);
    expect(never).toEqual([]);
    for (const stage of ["firm", "final"] as const) {
      const en = body(letter(stage, "en", never));
      const zh = body(letter(stage, "zh-CN", never));
      expect(en).toContain("this is our first written notice");
      expect(en).not.toMatch(/earlier|reminded|again|despite|unanswered/i);
      expect(zh).toContain("首次书面通知");
      expect(zh).not.toMatch(/此前|已于|多次|再次|催告均/);
    }
    expect(letter("final", "en", never).title).toBe("Formal demand for payment");
    expect(letter("final", "zh-CN", never).title).toBe("正式催款函");
  });

  it("the sender's details, bank and account, and signature; the copied text has no doubled colon", () => {
    const text = documentText(letter("friendly", "en"));
    expect(text).toContain(
      "Please pay to: Sunrise Trading Co., Bank of China Shanghai Branch, account no. 4567 8901 2345",
    );
    expect(text).toMatch(/Yours sincerely,\nSunrise Trading Co.\nZhang Min/);
    expect(text).toContain("Date: 2025-03-01");
    expect(text).not.toContain("::");
    const zh = documentText(letter("friendly", "zh-CN"));
    expect(zh).toContain(
      "请付款至：户名 Sunrise Trading Co.，开户行 Bank of China Shanghai Branch，账号 4567 8901 2345",
    );
    expect(zh).toContain("日期：2025年3月1日");
    expect(zh).not.toMatch(/：：|::/);
  });

  it("names the company details still missing (no document without them)", () => {
    expect(missingCompanyDetails(company)).toEqual([]);
    expect(missingCompanyDetails({ name: "X", address: " ", contact: "Y", bank: "Z" })).toEqual(["address", "account"]);
  });
});
