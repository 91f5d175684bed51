/**
 * The desk's letter and alert settings (saved in the workbook under arlens.desk.deadlines and arlens.desk.interest):
 * the new deadline each letter gives, the insurer-deadline window of the worklist filter and alerts, and the late
 * interest a letter claims — none, a statutory preset with the user's reference/base rate, or a custom rate. The
 * reference rates move, so they are inputs, never constants (src/engine/core/interest.ts STATUTORY_RATES).
 */
import { valueError } from "../core/errors";
import { STATUTORY_RATES, ukFixedCompensation } from "../core/interest";
import type { InterestTerms, LetterStage } from "./documents/letters";
import type { DocLanguage } from "./documents/model";

export interface DeskDeadlines {
  /** Days from the letter's date to the new deadline, per stage. Defaults 10 / 7 / 5: AR Lens's choice. */
  letterDays: Record<LetterStage, number>;
  /** "Insurer deadline within N days" filter and "notify now" alerts. Default 14: two weeks, AR Lens's choice. */
  alertDays: number;
}

export const DEFAULT_DESK_DEADLINES: DeskDeadlines = { letterDays: { friendly: 10, firm: 7, final: 5 }, alertDays: 14 };

export type InterestPreset = "none" | "euDirective" | "ukAct" | "chinaLpr" | "chinaSme" | "custom";
export const INTEREST_PRESETS: readonly InterestPreset[] = [
  "none",
  "euDirective",
  "ukAct",
  "chinaLpr",
  "chinaSme",
  "custom",
];

/** The Supreme People's Court's mark-up on the one-year LPR for late-payment losses: 30 % to 50 % (art. 18). */
export const CHINA_LPR_MARKUP = { min: 0.3, max: 0.5 } as const;

export interface InterestSetting {
  preset: InterestPreset;
  /**
   * The central bank's reference rate (EU), the Bank of England base rate (UK) or the one-year LPR (China), a
   * fraction: 0.0215 = 2.15 %.
   */
  referenceRate: number;
  /** China, between companies: the mark-up on the LPR, 0.3–0.5 (a court may add 30 % to 50 %). */
  lprMarkup: number;
  /**
   * We are an SME and our customers are government bodies, public institutions or large enterprises: only then do
   * the SME payment regulations' 0.05 % a day apply.
   */
  smeSellingToLarge: boolean;
  /** Custom: the agreed annual rate (fraction) and fixed compensation per invoice. */
  customRate: number;
  customFixed: number;
}

/** No interest until the user chooses a rule that applies to their customers (a letter must not claim a wrong one). */
export const DEFAULT_INTEREST: InterestSetting = {
  preset: "none",
  referenceRate: 0,
  lprMarkup: 0.5,
  smeSellingToLarge: false,
  customRate: 0,
  customFixed: 0,
};

function days(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 366) {
    throw valueError(
      "days.wholeRange",
      { setting: name, value: String(value), min: 1, max: 366 },
      `${name}: ${String(value)} must be a whole number of days from 1 to 366`,
    );
  }
  return value;
}

function rate(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < -0.05 || value > 1) {
    const shown = typeof value === "number" ? `${Math.round(value * 1e6) / 1e4} %` : String(value);
    throw valueError(
      "rate.annualRange",
      { setting: name, value: shown },
      `${name}: ${shown} must be an annual rate between -5 % and 100 %`,
    );
  }
  return value;
}

/** Deadlines saved in the workbook merged over the defaults; a hand-edited value that makes no sense is named. */
export function resolveDeadlines(saved: Partial<DeskDeadlines> | null | undefined): DeskDeadlines {
  const s = saved && typeof saved === "object" ? saved : {};
  const letterDays = {
    ...DEFAULT_DESK_DEADLINES.letterDays,
    ...(s.letterDays && typeof s.letterDays === "object" ? s.letterDays : {}),
  };
  return {
    letterDays: {
      friendly: days(letterDays.friendly, "reminder letter deadline"),
      firm: days(letterDays.firm, "demand letter deadline"),
      final: days(letterDays.final, "final notice deadline"),
    },
    alertDays: days(s.alertDays ?? DEFAULT_DESK_DEADLINES.alertDays, "insurer deadline window"),
  };
}

/** The interest setting read back; an older workbook saved only the preset's name ("none" / "chinaSme"). */
export function resolveInterest(saved: Partial<InterestSetting> | string | null | undefined): InterestSetting {
  const s: Partial<InterestSetting> =
    typeof saved === "string" ? { preset: saved as InterestPreset } : saved && typeof saved === "object" ? saved : {};
  const merged = { ...DEFAULT_INTEREST, ...s };
  if (!INTEREST_PRESETS.includes(merged.preset)) {
    const choices = INTEREST_PRESETS.join(", ");
    throw valueError(
      "arg.notAChoice",
      { setting: "late interest", value: String(merged.preset), choices },
      `late interest: "${String(merged.preset)}" is not one of ${choices}`,
    );
  }
  const customFixed = merged.customFixed;
  if (typeof customFixed !== "number" || !Number.isFinite(customFixed) || customFixed < 0)
    throw valueError(
      "number.notBelowZero",
      { setting: "fixed compensation", value: String(customFixed) },
      `fixed compensation: ${String(customFixed)} must be zero or more`,
    );
  const markup = merged.lprMarkup;
  if (typeof markup !== "number" || !(markup >= CHINA_LPR_MARKUP.min && markup <= CHINA_LPR_MARKUP.max)) {
    const shown = typeof markup === "number" ? `${Math.round(markup * 1e4) / 100} %` : String(markup);
    throw valueError(
      "rate.lprMarkup",
      { setting: "LPR mark-up", value: shown },
      `LPR mark-up: ${shown} must be from 30 % to 50 %`,
    );
  }
  return {
    preset: merged.preset,
    referenceRate: rate(merged.referenceRate, "reference rate"),
    lprMarkup: markup,
    smeSellingToLarge: merged.smeSellingToLarge === true,
    customRate: rate(merged.customRate, "custom rate"),
    customFixed,
  };
}

/**
 * The presets that apply: EU's directive to euro debts, the UK Act to sterling debts, China's rules to renminbi
 * debts — the SME regulations only when we are an SME selling to government bodies, public institutions or large
 * enterprises (their art. 2); none and an agreed rate always.
 */
export function applicablePresets(currency: string, smeSellingToLarge: boolean): InterestPreset[] {
  const c = currency.trim().toUpperCase();
  const cny = c === "CNY" || c === "RMB";
  return INTEREST_PRESETS.filter((p) => {
    if (p === "euDirective") return c === "EUR";
    if (p === "ukAct") return c === "GBP";
    if (p === "chinaLpr") return cny;
    if (p === "chinaSme") return cny && smeSellingToLarge;
    return true;
  });
}

/** The terms a letter applies: the chosen preset when it applies to this debt (applicablePresets), else none. */
export function interestFor(s: InterestSetting, currency: string, language: DocLanguage): InterestTerms | null {
  return applicablePresets(currency, s.smeSellingToLarge).includes(s.preset) ? interestTerms(s, language) : null;
}

/** Each rule as a letter cites it (checked against the texts; METRICS.md "Late-payment interest"). */
const SOURCE: Record<Exclude<InterestPreset, "none">, Record<DocLanguage, string>> = {
  euDirective: {
    en: "Directive 2011/7/EU on combating late payment in commercial transactions, arts. 3 and 6: the ECB reference rate + 8 percentage points, and EUR 40 recovery costs per invoice",
    "zh-CN":
      "欧盟《关于打击商业交易中逾期付款的指令》（2011/7/EU）第三条、第六条：欧洲央行参考利率加 8 个百分点，每张发票另计 40 欧元催收费用",
  },
  ukAct: {
    en: "Late Payment of Commercial Debts (Interest) Act 1998 with the Rate of Interest (No. 3) Order 2002: Bank of England base rate + 8 %, and s. 5A fixed sums of £40/£70/£100 by debt size",
    "zh-CN":
      "英国《1998年商业债务逾期付款（利息）法》及 2002 年利率令：英格兰银行基准利率加 8%，并按第 5A 条依欠款金额每张发票计 40/70/100 英镑",
  },
  chinaLpr: {
    en: "Supreme People's Court Interpretation on Sales Contract Disputes (Fa Shi [2012] No. 8, amended 2020), art. 18: where no late-payment penalty was agreed, the one-year LPR plus {markup}",
    "zh-CN":
      "《最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释》（法释〔2012〕8号，2020年修正）第十八条：未约定逾期付款违约金的，以一年期贷款市场报价利率（LPR）为基础加计 {markup}",
  },
  chinaSme: {
    en: "Regulations on Guaranteeing Payment to Small and Medium-sized Enterprises (State Council Decree No. 728, 2020, art. 15; revised by Decree No. 802, 2025): a government body, public institution or large enterprise paying an SME late owes 0.05 % a day where no rate was agreed",
    "zh-CN":
      "《保障中小企业款项支付条例》（国务院令第728号，2020年，第十五条；2025年国务院令第802号修订）：机关、事业单位和大型企业迟延支付中小企业款项，未约定利率的按每日万分之五支付逾期利息",
  },
  custom: { en: "the rate agreed in our contract", "zh-CN": "合同约定的利率" },
};

/**
 * The interest terms a letter applies, or null for none. EU and UK: reference/base rate + 8 points (never below 0);
 * UK's fixed sum depends on each invoice's debt (ukFixedCompensation); China: 0.05 % a day = 18.25 % a year.
 */
export function interestTerms(s: InterestSetting, language: DocLanguage): InterestTerms | null {
  switch (s.preset) {
    case "none":
      return null;
    case "euDirective": {
      const eu = STATUTORY_RATES.euLatePaymentDirective;
      return {
        annualRate: Math.max(0, s.referenceRate + eu.margin),
        fixedCompensation: eu.fixedCompensation,
        source: SOURCE.euDirective[language],
      };
    }
    case "ukAct":
      return {
        annualRate: Math.max(0, s.referenceRate + STATUTORY_RATES.ukLatePaymentAct.margin),
        fixedCompensation: 0,
        fixedFor: ukFixedCompensation,
        source: SOURCE.ukAct[language],
      };
    case "chinaLpr": {
      // LPR × (1 + mark-up): "加计 30%–50%" raises the LPR by that share (one-year LPR 3.0 % + 50 % = 4.5 %).
      const markup = `${Math.round(s.lprMarkup * 100)}%`;
      return {
        annualRate: Math.max(0, s.referenceRate * (1 + s.lprMarkup)),
        fixedCompensation: 0,
        source: SOURCE.chinaLpr[language].replace("{markup}", markup),
      };
    }
    case "chinaSme":
      return {
        annualRate: STATUTORY_RATES.chinaSmePaymentRegulations.annualRate,
        fixedCompensation: 0,
        source: SOURCE.chinaSme[language],
      };
    case "custom":
      return {
        annualRate: Math.max(0, s.customRate),
        fixedCompensation: s.customFixed,
        source: SOURCE.custom[language],
      };
  }
}
