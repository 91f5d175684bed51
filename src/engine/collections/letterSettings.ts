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

export type InterestPreset = "none" | "euDirective" | "ukAct" | "chinaSme" | "custom";
export const INTEREST_PRESETS: readonly InterestPreset[] = ["none", "euDirective", "ukAct", "chinaSme", "custom"];

export interface InterestSetting {
  preset: InterestPreset;
  /** The central bank's reference rate (EU) or the Bank of England base rate (UK), a fraction: 0.0215 = 2.15 %. */
  referenceRate: number;
  /** Custom: the agreed annual rate (fraction) and fixed compensation per invoice. */
  customRate: number;
  customFixed: number;
}

export const DEFAULT_INTEREST: InterestSetting = { preset: "chinaSme", referenceRate: 0, customRate: 0, customFixed: 0 };

function days(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 366) {
    throw valueError("days.wholeRange", { setting: name, value: String(value), min: 1, max: 366 }, `${name}: ${String(value)} must be a whole number of days from 1 to 366`);
  }
  return value;
}

function rate(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < -0.05 || value > 1) {
    const shown = typeof value === "number" ? `${Math.round(value * 1e6) / 1e4} %` : String(value);
    throw valueError("rate.annualRange", { setting: name, value: shown }, `${name}: ${shown} must be an annual rate between -5 % and 100 %`);
  }
  return value;
}

/** Deadlines saved in the workbook merged over the defaults; a hand-edited value that makes no sense is named. */
export function resolveDeadlines(saved: Partial<DeskDeadlines> | null | undefined): DeskDeadlines {
  const s = saved && typeof saved === "object" ? saved : {};
  const letterDays = { ...DEFAULT_DESK_DEADLINES.letterDays, ...(s.letterDays && typeof s.letterDays === "object" ? s.letterDays : {}) };
  return {
    letterDays: { friendly: days(letterDays.friendly, "reminder letter deadline"), firm: days(letterDays.firm, "demand letter deadline"), final: days(letterDays.final, "final notice deadline") },
    alertDays: days(s.alertDays ?? DEFAULT_DESK_DEADLINES.alertDays, "insurer deadline window"),
  };
}

/** The interest setting read back; an older workbook saved only the preset's name ("none" / "chinaSme"). */
export function resolveInterest(saved: Partial<InterestSetting> | string | null | undefined): InterestSetting {
  const s: Partial<InterestSetting> = typeof saved === "string" ? { preset: saved as InterestPreset } : saved && typeof saved === "object" ? saved : {};
  const merged = { ...DEFAULT_INTEREST, ...s };
  if (!INTEREST_PRESETS.includes(merged.preset)) {
    const choices = INTEREST_PRESETS.join(", ");
    throw valueError("arg.notAChoice", { setting: "late interest", value: String(merged.preset), choices }, `late interest: "${String(merged.preset)}" is not one of ${choices}`);
  }
  const customFixed = merged.customFixed;
  if (typeof customFixed !== "number" || !Number.isFinite(customFixed) || customFixed < 0) throw valueError("number.notBelowZero", { setting: "fixed compensation", value: String(customFixed) }, `fixed compensation: ${String(customFixed)} must be zero or more`);
  return { preset: merged.preset, referenceRate: rate(merged.referenceRate, "reference rate"), customRate: rate(merged.customRate, "custom rate"), customFixed };
}

const SOURCE: Record<Exclude<InterestPreset, "none">, Record<DocLanguage, string>> = {
  euDirective: { en: "EU Late Payment Directive 2011/7/EU: reference rate + 8 points, EUR 40 per invoice", "zh-CN": "欧盟《逾期付款指令》2011/7/EU：参考利率加 8 个百分点，每张发票 40 欧元补偿" },
  ukAct: { en: "UK Late Payment of Commercial Debts (Interest) Act 1998: base rate + 8 %, £40/£70/£100 per invoice by debt size", "zh-CN": "英国《商业债务逾期付款（利息）法》1998：基准利率加 8%，按欠款金额每张发票补偿 40/70/100 英镑" },
  chinaSme: { en: "PRC Regulations on Guaranteeing Payment to SMEs, where no rate was agreed", "zh-CN": "《保障中小企业款项支付条例》，合同未约定利率时按每日万分之五" },
  custom: { en: "the agreed rate", "zh-CN": "约定利率" },
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
      return { annualRate: Math.max(0, s.referenceRate + eu.margin), fixedCompensation: eu.fixedCompensation, source: SOURCE.euDirective[language] };
    }
    case "ukAct":
      return { annualRate: Math.max(0, s.referenceRate + STATUTORY_RATES.ukLatePaymentAct.margin), fixedCompensation: 0, fixedFor: ukFixedCompensation, source: SOURCE.ukAct[language] };
    case "chinaSme":
      return { annualRate: STATUTORY_RATES.chinaSmePaymentRegulations.annualRate, fixedCompensation: 0, source: SOURCE.chinaSme[language] };
    case "custom":
      return { annualRate: Math.max(0, s.customRate), fixedCompensation: s.customFixed, source: SOURCE.custom[language] };
  }
}
