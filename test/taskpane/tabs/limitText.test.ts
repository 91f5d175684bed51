import type { CustomerAssessment, KeptLimit } from "../../../src/engine";
import { formatMoney } from "../../../src/i18n/format";
import type { Language } from "../../../src/i18n/language";
import { fillTemplate } from "../../../src/i18n/translate";
import { UI_TEXT } from "../../../src/i18n/ui";
import { canKeepProposal, proposalText } from "../../../src/taskpane/tabs/limitText";

const customer = (kept: KeptLimit | null, secured = false) =>
  ({ customer: "Beta", creditLimit: { amount: 40000, secured }, keptLimit: kept }) as unknown as CustomerAssessment;
const say = (c: CustomerAssessment, language: Language) =>
  proposalText(
    c,
    (key, params) => fillTemplate(UI_TEXT[language][key], params ?? {}, language),
    (v) => formatMoney(v, "CNY", language),
  );

test("the proposal beside the limit the user keeps, saying where a limit not accepted in the pane comes from", () => {
  const typed = customer({ customer: "Beta", amount: 60000, source: "user" });
  const insurer = customer({ customer: "Beta", amount: 60000, source: "insurer" });
  const accepted = customer({ customer: "Beta", amount: 60000, source: "accepted" });
  expect(say(accepted, "en")).toBe("Proposed ¥40,000.00 · yours ¥60,000.00");
  expect(say(typed, "en")).toBe("Proposed ¥40,000.00 · yours ¥60,000.00 (from your ledger: change it there)");
  expect(say(insurer, "en")).toBe("Proposed ¥40,000.00 · yours ¥60,000.00 (the insurer's buyer limit)");
  expect(say(typed, "zh-CN")).toBe("建议 ¥40,000.00 · 您设定 ¥60,000.00（取自台账，请在原处修改）");
  expect(say(insurer, "zh-CN")).toBe("建议 ¥40,000.00 · 现用 ¥60,000.00（信保公司批复的买方限额）");
  expect(say(customer(null), "en")).toBe("Proposed ¥40,000.00 · no limit kept yet");
  // A typed limit wins over an accepted proposal (analysis/keptLimits.ts): keeping the proposal would change nothing.
  expect([typed, insurer, accepted, customer(null)].map(canKeepProposal)).toEqual([false, true, true, true]);
  expect(canKeepProposal(customer({ customer: "Beta", amount: 40000, source: "accepted" }))).toBe(false);
});
