/**
 * Recommended terms per grade, and the payment-method ladder, safest first: cash in advance → confirmed letter of
 * credit → documentary collection → open account with credit insurance → open account.
 * Risk appetite moves the grade used for terms and limits one step: conservative +1 (stricter), growth −1.
 *   grade 1–2 Net 60, open account          grade 6 Net 15, open account with insurance
 *   grade 3   Net 45, open account          grade 7 Net 15 with a 30 % deposit, documentary collection
 *   grade 4–5 Net 30, open account*         grade 8 letter of credit;  grade 9–10 cash in advance
 *   (* with credit insurance when insurance is advised for the customer)
 */
import { reason } from "../model/reason";
import type { RiskAppetite, TermsRecommendation } from "../model/types";

export function appetiteGrade(grade: number, appetite: RiskAppetite): number {
  const shift = appetite === "conservative" ? 1 : appetite === "growth" ? -1 : 0;
  return Math.min(10, Math.max(1, grade + shift));
}

export const TERMS_LABELS: Record<TermsRecommendation["code"], string> = {
  NET60: "Net 60",
  NET45: "Net 45",
  NET30: "Net 30",
  NET15: "Net 15",
  DEPOSIT: "Net 15 with 30 % deposit",
  LC: "Letter of credit",
  CIA: "Cash in advance",
};

/**
 * The terms for a grade, appetite and insurance advice. They depend on nothing else, so each combination is made
 * once and the same (frozen) recommendation is given to every customer that has it: an analysis of many customers
 * keeps a few dozen, not one per customer.
 */
export function recommendTerms(grade: number, appetite: RiskAppetite, insuranceAdvised: boolean): TermsRecommendation {
  // Found by appetite and advice, then by grade (no key written per customer).
  const key = insuranceAdvised ? `${appetite}|insured` : appetite;
  let byGrade = madeTerms.get(key);
  if (!byGrade) madeTerms.set(key, (byGrade = new Map()));
  let terms = byGrade.get(grade);
  if (!terms) byGrade.set(grade, (terms = deepFreeze(termsFor(grade, appetite, insuranceAdvised))));
  return terms;
}
const madeTerms = new Map<string, Map<number, TermsRecommendation>>();

function deepFreeze(terms: TermsRecommendation): TermsRecommendation {
  for (const r of terms.reasons) Object.freeze(Object.freeze(r).params);
  Object.freeze(terms.reasons);
  return Object.freeze(terms);
}

function termsFor(grade: number, appetite: RiskAppetite, insuranceAdvised: boolean): TermsRecommendation {
  const g = appetiteGrade(grade, appetite);
  const base = (() => {
    if (g <= 2) return { code: "NET60", days: 60, depositShare: 0, paymentMethod: "openAccount" } as const;
    if (g === 3) return { code: "NET45", days: 45, depositShare: 0, paymentMethod: "openAccount" } as const;
    if (g <= 5)
      return {
        code: "NET30",
        days: 30,
        depositShare: 0,
        paymentMethod: insuranceAdvised ? "openAccountInsured" : "openAccount",
      } as const;
    if (g === 6) return { code: "NET15", days: 15, depositShare: 0, paymentMethod: "openAccountInsured" } as const;
    if (g === 7)
      return { code: "DEPOSIT", days: 15, depositShare: 0.3, paymentMethod: "documentaryCollection" } as const;
    if (g === 8) return { code: "LC", days: 0, depositShare: 0, paymentMethod: "letterOfCredit" } as const;
    return { code: "CIA", days: 0, depositShare: 0, paymentMethod: "cashInAdvance" } as const;
  })();
  const reasons = [
    reason("terms.byGrade", { grade, terms: TERMS_LABELS[base.code] }, `grade ${grade} → ${TERMS_LABELS[base.code]}`),
  ];
  if (g !== grade) {
    reasons.push(
      reason("terms.appetite", { appetite, grade: g }, `${appetite} risk appetite: terms set as for grade ${g}`),
    );
  }
  if (base.paymentMethod === "openAccountInsured")
    reasons.push(reason("terms.insured", {}, "open account only with trade-credit insurance cover"));
  return { ...base, reasons };
}
