/**
 * A customer's assessment as the customers stage makes it (customers.ts): the figures of CustomerAssessment in their
 * order, with the grade's reasons made when first read (model/reason.ts listOnRead) from the grade's inputs and the
 * portfolio's prior. An analysis of many customers keeps no list of grade reasons per customer that nobody reads;
 * JSON, a structured clone to the pane and a spread copy hold the list as ever, in its place after the risk score.
 */
import { gradeReasons, type GradeInputs, type GradePrior } from "./grade";
import { listOnRead } from "../model/reason";
import type { CustomerAssessment, Reason } from "../model/types";

export type AssessmentFigures = Omit<CustomerAssessment, "gradeReasons">;

/**
 * What the grade reasons need besides the assessment's own figures: the open balance's days past due (a grade input
 * the assessment does not show) and the portfolio's prior.
 */
export interface GradeReasonSource {
  overdueDays: number;
  prior: GradePrior;
}

/** The assessment with its grade reasons to be made when read. */
export function assessmentOf(f: AssessmentFigures, source: GradeReasonSource): CustomerAssessment {
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
  constructor(f: AssessmentFigures, source: GradeReasonSource) {
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
    gradeReasonsOnRead(this, source);
    this.terms = f.terms;
    this.creditLimit = f.creditLimit;
    this.keptLimit = f.keptLimit;
    this.overLimit = f.overLimit;
    this.termsGrade = f.termsGrade;
    this.insuranceAdvised = f.insuranceAdvised;
    this.insuranceReasons = f.insuranceReasons;
  }
}

/** The grade's inputs are the assessment's own figures (customers.ts copies them from gradeInputs) but the days past due. */
function reasonsOf({ overdueDays, prior }: GradeReasonSource, c: Assessment): Reason[] {
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
const gradeReasonsOnRead = listOnRead("gradeReasons", reasonsOf);
