/**
 * The engine writes some of a reason's parameters as English words (terms "Net 45", risk appetite "conservative",
 * a cell's problem); a Chinese reason shows them by their Chinese names from the same tables the pane uses.
 */
import { TERMS } from "./labels";
import { problemZh } from "./problems.zh-CN";

const TERMS_ZH = new Map(
  (Object.keys(TERMS.en) as (keyof typeof TERMS.en)[]).map((code) => [TERMS.en[code], TERMS["zh-CN"][code]]),
);

const APPETITE_ZH: Readonly<Record<string, string>> = { conservative: "保守", balanced: "平衡", growth: "增长" };

type Params = Record<string, string | number>;

export function reasonParamsZh(params: Params): Params {
  const { problem, terms, appetite } = params;
  if (typeof problem !== "string" && typeof terms !== "string" && typeof appetite !== "string") return params;
  const out: Params = { ...params };
  if (typeof problem === "string") out.problem = problemZh(problem);
  if (typeof terms === "string") out.terms = TERMS_ZH.get(terms) ?? terms;
  if (typeof appetite === "string") out.appetite = APPETITE_ZH[appetite] ?? appetite;
  return out;
}
