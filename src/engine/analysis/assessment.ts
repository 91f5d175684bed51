/**
 * A customer's assessment as the customers stage makes it (customers.ts): the figures of CustomerAssessment in their
 * order, with the grade's reasons and the proposed credit limit made when first read (model/reason.ts madeOnRead):
 * the reasons from the grade's inputs and the portfolio's prior, the limit from its inputs (creditLimit.ts). An
 * analysis of many customers makes and keeps neither for every customer while nobody reads them (no stage of the
 * analysis does); JSON, a structured clone to the pane and a spread copy hold them as ever, in their places.
 */
import { gradeReasons, type GradeInputs, type GradePrior } from "./grade";
import { fromCents } from "../model/money";
import { holdSource, madeOnRead } from "../model/reason";
import { recommendCreditLimit, type LimitInputs } from "./creditLimit";
import type { CustomerAssessment, Reason } from "../model/types";

export type AssessmentFigures = Omit<CustomerAssessment, "gradeReasons" | "creditLimit">;

/** The ledger's settings every customer's credit limit follows: one object for the whole analysis. */
export interface LimitSettings {
  headroom: number | undefined;
  /** Days past due still counted as on terms for the limit's floor (creditLimit.ts LimitInputs.floorDays). */
  floorDays: number;
}

/**
 * What the grade reasons and the credit limit need besides the assessment's own figures, kept for every customer:
 * the open balance's days past due (a grade input the assessment does not show) and the portfolio's prior; the
 * limit's own inputs (creditLimit.ts LimitInputs: the peak and what is owed on terms in whole cents, the sales, the
 * grade after risk appetite, whether served on open account) and the ledger's limit settings. The limit's open and
 * overdue amounts are the assessment's own. One object of plain fields per customer (see primeFields).
 */
export class AssessmentSource {
  constructor(
    readonly overdueDays: number,
    readonly prior: GradePrior,
    readonly peakCents: number,
    readonly peakDate: number,
    readonly onTermsCents: number,
    readonly monthlySales: number,
    readonly limitGrade: number,
    readonly openAccount: boolean,
    readonly settings: LimitSettings,
  ) {}
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

/** The credit limit's inputs: the source's, with the assessment's open and overdue amounts (the same figures). */
function limitOf(s: AssessmentSource, c: Assessment): LimitInputs {
  return {
    peak: fromCents(s.peakCents),
    peakDate: s.peakDate,
    onTerms: fromCents(s.onTermsCents),
    floorDays: s.settings.floorDays,
    grade: s.limitGrade,
    openAccount: s.openAccount,
    headroom: s.settings.headroom,
    monthlySales: s.monthlySales,
    open: c.openAmount,
    overdue: c.overdueAmount,
  };
}
const creditLimitOnRead = madeOnRead("creditLimit", (s: AssessmentSource, c: Assessment) =>
  recommendCreditLimit(limitOf(s, c)),
);

/**
 * V8 gives each field of a class's objects the representation of the first values stored in it: a field that first
 * held a whole number and later a fraction becomes a field of boxed numbers (every object's figure in a box of its
 * own, zeros included), and the objects made before the change are converted — those with the reasons' accessors
 * into slow objects of their own (dictionary mode), which then make every later pass over the customers slower.
 * Two objects made before any customer's, one with every field 0 and one with every field null, make every field a
 * general one from the start: whole numbers (zeros, counts, most cents) are then kept in the field itself, only
 * fractions in a box, and no object is ever converted. They are kept for as long as the module (V8 forgets what it
 * learnt of a shape once no object of it is left). The values read are the same either way.
 */
function primedObjects(): object[] {
  const all = (value: 0 | null) => new Proxy({} as AssessmentFigures, { get: () => value });
  const source = (value: 0 | null) =>
    new AssessmentSource(...(Array(9).fill(value) as ConstructorParameters<typeof AssessmentSource>));
  return [new Assessment(all(0), source(0)), new Assessment(all(null), source(null))];
}
export const PRIMED = primedObjects();
