/**
 * A customer's assessment as the customers stage makes it (customers.ts): the figures of CustomerAssessment in their
 * order, with the grade's reasons and the proposed credit limit made when first read (model/reason.ts madeOnRead):
 * the reasons from the grade's inputs and the portfolio's prior, the limit from its inputs (creditLimit.ts). An
 * analysis of many customers makes and keeps neither for every customer while nobody reads them (no stage of the
 * analysis does); JSON, a structured clone to the pane and a spread copy hold them as ever, in their places.
 */
import { gradeReasons, type GradeInputs, type GradePrior } from "./grade";
import { holdSource, madeOnRead } from "../model/reason";
import { recommendCreditLimit, type LimitInputs } from "./creditLimit";
import type { CustomerAssessment, Reason } from "../model/types";

export type AssessmentFigures = Omit<CustomerAssessment, "gradeReasons" | "creditLimit">;

/**
 * What the grade reasons need besides the assessment's own figures (the open balance's days past due, a grade input
 * the assessment does not show, and the portfolio's prior), and the credit limit's inputs.
 */
export interface AssessmentSource {
  overdueDays: number;
  prior: GradePrior;
  limit: LimitInputs;
}

/** The assessment with its grade reasons and credit limit to be made when read. */
export function assessmentOf(f: AssessmentFigures, source: AssessmentSource): CustomerAssessment {
  return new Assessment(f, source);
}

class Assessment implements CustomerAssessment {
  declare customer: string;
  declare openAmount: number;
  declare overdueAmount: number;
  declare shareOfAR: number;
  declare buckets: number[];
  declare invoiceCount: number;
  declare openInvoiceCount: number;
  declare paidInvoiceCount: number;
  declare paidLateCount: number;
  declare paidLateAmount: number;
  declare lateShare: number | null;
  declare weightedDaysLate: number | null;
  declare weightedDaysToPay: number | null;
  declare recentDaysLate: number | null;
  declare earlierDaysLate: number | null;
  declare trend: number | null;
  declare paydex: number | null;
  declare paydexBand: CustomerAssessment["paydexBand"];
  declare over60Share: number;
  declare disputedOpen: number;
  declare disputedShare: number;
  declare historyDays: number;
  declare grade: number;
  declare riskScore: number;
  declare gradeReasons: Reason[];
  declare terms: CustomerAssessment["terms"];
  declare creditLimit: CustomerAssessment["creditLimit"];
  declare keptLimit: CustomerAssessment["keptLimit"];
  declare overLimit: boolean;
  declare termsGrade: number | undefined;
  declare insuranceAdvised: boolean;
  declare insuranceReasons: Reason[];

  /** Every key assigned here, in CustomerAssessment's order (the order JSON and the report show). */
  constructor(f: AssessmentFigures, source: AssessmentSource) {
    holdSource(this, source);
    this.customer = f.customer;
    this.openAmount = f.openAmount;
    this.overdueAmount = f.overdueAmount;
    this.shareOfAR = f.shareOfAR;
    this.buckets = f.buckets;
    this.invoiceCount = f.invoiceCount;
    this.openInvoiceCount = f.openInvoiceCount;
    this.paidInvoiceCount = f.paidInvoiceCount;
    this.paidLateCount = f.paidLateCount;
    this.paidLateAmount = f.paidLateAmount;
    this.lateShare = f.lateShare;
    this.weightedDaysLate = f.weightedDaysLate;
    this.weightedDaysToPay = f.weightedDaysToPay;
    this.recentDaysLate = f.recentDaysLate;
    this.earlierDaysLate = f.earlierDaysLate;
    this.trend = f.trend;
    this.paydex = f.paydex;
    this.paydexBand = f.paydexBand;
    this.over60Share = f.over60Share;
    this.disputedOpen = f.disputedOpen;
    this.disputedShare = f.disputedShare;
    this.historyDays = f.historyDays;
    this.grade = f.grade;
    this.riskScore = f.riskScore;
    gradeReasonsOnRead(this);
    this.terms = f.terms;
    creditLimitOnRead(this);
    this.keptLimit = f.keptLimit;
    this.overLimit = f.overLimit;
    this.termsGrade = f.termsGrade;
    this.insuranceAdvised = f.insuranceAdvised;
    this.insuranceReasons = f.insuranceReasons;
  }
}

/** The grade's inputs are the assessment's own figures (customers.ts copies them from gradeInputs) but the days past due. */
function reasonsOf({ overdueDays, prior }: AssessmentSource, c: Assessment): Reason[] {
  const inputs: GradeInputs = {
    paidInvoiceCount: c.paidInvoiceCount,
    weightedDaysLate: c.weightedDaysLate,
    lateShare: c.lateShare,
    trend: c.trend,
    recentDaysLate: c.recentDaysLate,
    overdueDays,
    over60Share: c.over60Share,
    disputedShare: c.disputedShare,
  };
  return gradeReasons({ inputs, prior });
}
const gradeReasonsOnRead = madeOnRead("gradeReasons", reasonsOf);
const creditLimitOnRead = madeOnRead("creditLimit", (source: AssessmentSource) => recommendCreditLimit(source.limit));
