/**
 * A customer's assessment as the customers stage makes it (customers.ts): the figures of CustomerAssessment in their
 * order, with the grade's reasons and the proposed credit limit made when first read: the reasons from the grade's
 * inputs and the portfolio's prior, the limit from its inputs (creditLimit.ts). An analysis of many customers makes
 * and keeps neither for every customer while nobody reads them (no stage of the analysis does). Each is an enumerable
 * accessor of the assessment's own, in the key's place, whose first read makes the value and keeps it (the same value
 * on every later read; setting it replaces it, as a plain property would): JSON, a structured clone to the pane, a
 * spread copy and toEqual see the value itself. What they are made from is held once per analysis, a column per
 * figure (AssessmentSources), instead of an object of its own per customer hung on the assessment.
 */
import { gradeReasons, NEUTRAL_PRIOR, type GradeInputs, type GradePrior } from "./grade";
import { numbers } from "../core/heapArrays";
import { fromCents } from "../model/money";
import { recommendCreditLimit, type LimitInputs } from "./creditLimit";
import type { CreditLimitRecommendation, CustomerAssessment, Reason } from "../model/types";

export type AssessmentFigures = Omit<CustomerAssessment, "gradeReasons" | "creditLimit">;

/** The ledger's settings every customer's credit limit follows: one object for the whole analysis. */
export interface LimitSettings {
  headroom: number | undefined;
  /** Days past due still counted as on terms for the limit's floor (creditLimit.ts LimitInputs.floorDays). */
  floorDays: number;
}

/**
 * What a customer's grade reasons and credit limit need besides its assessment's own figures: the open balance's
 * days past due (a grade input the assessment does not show) and the limit's own inputs (creditLimit.ts LimitInputs:
 * the peak and what is owed on terms in whole cents, the sales, the grade after risk appetite, whether served on open
 * account). The limit's open and overdue amounts are the assessment's own.
 */
export interface SourceFigures {
  overdueDays: number;
  peakCents: number;
  peakDate: number;
  onTermsCents: number;
  monthlySales: number;
  limitGrade: number;
  openAccount: boolean;
}

/** Each customer's SourceFigures, a plain array of numbers per figure (openAccount: 1 or 0). */
export type SourceColumns = { [K in keyof SourceFigures]: number[] };
/** The same, packed: float64 arrays (exact for every number; moved rather than copied to the pane's thread). */
export type PackedSourceColumns = { [K in keyof SourceFigures]: Float64Array };

function sourceColumns(n: number): SourceColumns {
  const columns = {} as SourceColumns;
  for (const key of SOURCE_KEYS) columns[key] = numbers(n);
  return columns;
}
const SOURCE_KEYS: readonly (keyof SourceFigures)[] = [
  "overdueDays",
  "peakCents",
  "peakDate",
  "onTermsCents",
  "monthlySales",
  "limitGrade",
  "openAccount",
];

/**
 * One analysis's sources of its assessments' reasons and limits: the portfolio's prior and the ledger's limit
 * settings, shared, and each customer's SourceFigures in plain arrays of numbers (customer k: the k-th assessed),
 * no object per customer. Each assessment holds its place among them (one property that is not enumerable: these
 * sources and its k), so a read finds its figures without a look-up.
 */
export class AssessmentSources {
  private readonly figures: SourceColumns | PackedSourceColumns;
  private count = 0;
  private readonly reasons = new Map<number, Reason[]>();
  private readonly limits = new Map<number, CreditLimitRecommendation>();

  /** For `n` customers (more may come: the columns grow), or for the customers of `columns` (unpackAssessments). */
  constructor(
    n: number,
    private readonly prior: GradePrior,
    readonly settings: LimitSettings,
    columns?: SourceColumns | PackedSourceColumns,
  ) {
    this.figures = columns ?? sourceColumns(n);
  }

  /**
   * The next customer's assessment, every figure null for the customers stage to set (in place: no object of
   * figures made and copied per customer), from what its reasons and limit will be made from.
   */
  assess(source: SourceFigures): CustomerAssessment {
    const k = this.count++;
    const s = this.figures;
    s.overdueDays[k] = source.overdueDays;
    s.peakCents[k] = source.peakCents;
    s.peakDate[k] = source.peakDate;
    s.onTermsCents[k] = source.onTermsCents;
    s.monthlySales[k] = source.monthlySales;
    s.limitGrade[k] = source.limitGrade;
    s.openAccount[k] = source.openAccount ? 1 : 0;
    return new Assessment(PRIMED[1], this, k); // PRIMED[1]: every figure null
  }

  /** The grade's reasons of assessment `c`, made on the first read and kept. */
  gradeReasons(c: CustomerAssessment): Reason[] {
    return this.madeOnRead(this.reasons, c, (k) => this.reasonsOf(k, c));
  }

  /** The proposed credit limit of assessment `c`, made on the first read and kept. */
  creditLimit(c: CustomerAssessment): CreditLimitRecommendation {
    return this.madeOnRead(this.limits, c, (k) => recommendCreditLimit(this.limitOf(k, c)));
  }

  /** What assessment `c` reads as its grade reasons from now on (set as a plain property would be). */
  setGradeReasons(c: CustomerAssessment, value: Reason[]): void {
    this.reasons.set(this.positionOf(c), value);
  }

  /** What assessment `c` reads as its credit limit from now on. */
  setCreditLimit(c: CustomerAssessment, value: CreditLimitRecommendation): void {
    this.limits.set(this.positionOf(c), value);
  }

  private madeOnRead<T>(kept: Map<number, T>, c: CustomerAssessment, make: (k: number) => T): T {
    const k = this.positionOf(c);
    if (!kept.has(k)) kept.set(k, make(k));
    return kept.get(k) as T;
  }

  /** The sources of `list` (assessments of this analysis) in the list's order, as plain data (packAssessments). */
  packed(list: readonly CustomerAssessment[]): PackedSources {
    const n = list.length;
    const columns = {} as PackedSourceColumns;
    for (const key of SOURCE_KEYS) columns[key] = new Float64Array(n);
    const from = this.figures;
    const reasons: [number, Reason[]][] = [];
    const limits: [number, CreditLimitRecommendation][] = [];
    for (let i = 0; i < list.length; i++) {
      const k = this.positionOf(list[i]);
      columns.overdueDays[i] = from.overdueDays[k];
      columns.peakCents[i] = from.peakCents[k];
      columns.peakDate[i] = from.peakDate[k];
      columns.onTermsCents[i] = from.onTermsCents[k];
      columns.monthlySales[i] = from.monthlySales[k];
      columns.limitGrade[i] = from.limitGrade[k];
      columns.openAccount[i] = from.openAccount[k];
      const made = { reasons: this.reasons.get(k), limit: this.limits.get(k) };
      if (made.reasons) reasons.push([i, made.reasons]);
      if (made.limit) limits.push([i, made.limit]);
    }
    return { prior: this.prior, settings: this.settings, columns, reasons, limits };
  }

  /**
   * The assessments of `packed` made again one by one, from their figures (read at once: one object may carry each
   * in turn), in the order they were packed.
   */
  static unpacker(packed: PackedSources): (figures: AssessmentFigures) => CustomerAssessment {
    const sources = new AssessmentSources(0, packed.prior, packed.settings, packed.columns);
    for (const [k, value] of packed.reasons) sources.reasons.set(k, value);
    for (const [k, value] of packed.limits) sources.limits.set(k, value);
    return (figures) => new Assessment(figures, sources, sources.count++);
  }

  /** Where the assessment was made among this analysis's (its figures' column index). */
  private positionOf(c: CustomerAssessment): number {
    const place = (c as Partial<Held>)[PLACE];
    if (place?.sources !== this) throw new TypeError("not an assessment of this analysis");
    return place.k;
  }

  /** The grade's inputs are the assessment's own figures (customers.ts copies them from gradeInputs) but the days past due. */
  private reasonsOf(k: number, c: CustomerAssessment): Reason[] {
    const inputs: GradeInputs = {
      paidInvoiceCount: c.paidInvoiceCount,
      weightedDaysLate: c.weightedDaysLate,
      lateShare: c.lateShare,
      trend: c.trend,
      recentDaysLate: c.recentDaysLate,
      overdueDays: this.figures.overdueDays[k],
      over60Share: c.over60Share,
      disputedShare: c.disputedShare,
    };
    return gradeReasons({ inputs, prior: this.prior });
  }

  /** The credit limit's inputs: the customer's own, with the assessment's open and overdue amounts (the same figures). */
  private limitOf(k: number, c: CustomerAssessment): LimitInputs {
    const s = this.figures;
    return {
      peak: fromCents(s.peakCents[k]),
      peakDate: s.peakDate[k],
      onTerms: fromCents(s.onTermsCents[k]),
      floorDays: this.settings.floorDays,
      grade: s.limitGrade[k],
      openAccount: s.openAccount[k] === 1,
      headroom: this.settings.headroom,
      monthlySales: s.monthlySales[k],
      open: c.openAmount,
      overdue: c.overdueAmount,
    };
  }
}

/** An assessment's place among the analysis's: what its reasons and limit are made from. */
class Place {
  constructor(
    readonly sources: AssessmentSources,
    readonly k: number,
  ) {}
}
const PLACE = Symbol("made on read from");
type Held = CustomerAssessment & { [PLACE]: Place };

/**
 * The accessors of every assessment's grade reasons and credit limit: the same two for all (objects whose accessors
 * differ never share a shape: V8 keeps them as slow dictionaries).
 */
const GRADE_REASONS: PropertyDescriptor = {
  enumerable: true,
  get(this: Held) {
    return this[PLACE].sources.gradeReasons(this);
  },
  set(this: Held, value: Reason[]) {
    this[PLACE].sources.setGradeReasons(this, value);
  },
};
const CREDIT_LIMIT: PropertyDescriptor = {
  enumerable: true,
  get(this: Held) {
    return this[PLACE].sources.creditLimit(this);
  },
  set(this: Held, value: CreditLimitRecommendation) {
    this[PLACE].sources.setCreditLimit(this, value);
  },
};

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
  constructor(f: AssessmentFigures, sources: AssessmentSources, k: number) {
    Object.defineProperty(this, PLACE, { value: new Place(sources, k) });
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
    Object.defineProperty(this, "gradeReasons", GRADE_REASONS);
    this.terms = f.terms;
    Object.defineProperty(this, "creditLimit", CREDIT_LIMIT);
    this.keptLimit = f.keptLimit;
    this.overLimit = f.overLimit;
    this.termsGrade = f.termsGrade;
    this.insuranceAdvised = f.insuranceAdvised;
    this.insuranceReasons = f.insuranceReasons;
  }
}

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
function primedObjects(): AssessmentFigures[] {
  const all = (value: 0 | null) => new Proxy({} as AssessmentFigures, { get: () => value });
  const sources = new AssessmentSources(0, NEUTRAL_PRIOR, { headroom: undefined, floorDays: 0 });
  return [new Assessment(all(0), sources, 0), new Assessment(all(null), sources, 1)];
}
export const PRIMED: readonly AssessmentFigures[] = primedObjects();

/** What an analysis's assessments' reasons and limits are made from, as plain data (packAssessments). */
export interface PackedSources {
  prior: GradePrior;
  settings: LimitSettings;
  /** Each assessment's SourceFigures, in the order of the figures packed. */
  columns: PackedSourceColumns;
  /** The grade reasons and credit limits already made (or set), by position among the figures. */
  reasons: [number, Reason[]][];
  limits: [number, CreditLimitRecommendation][];
}

/**
 * An assessment's own figures, without the two made on read (an object literal: one shape for all). Every key of
 * AssessmentFigures, optional ones too: a figure added to CustomerAssessment and not here fails to compile.
 */
function figuresOf(c: CustomerAssessment): AssessmentFigures {
  const figures = {
    customer: c.customer,
    openAmount: c.openAmount,
    overdueAmount: c.overdueAmount,
    shareOfAR: c.shareOfAR,
    buckets: c.buckets,
    invoiceCount: c.invoiceCount,
    openInvoiceCount: c.openInvoiceCount,
    paidInvoiceCount: c.paidInvoiceCount,
    paidLateCount: c.paidLateCount,
    paidLateAmount: c.paidLateAmount,
    lateShare: c.lateShare,
    weightedDaysLate: c.weightedDaysLate,
    weightedDaysToPay: c.weightedDaysToPay,
    recentDaysLate: c.recentDaysLate,
    earlierDaysLate: c.earlierDaysLate,
    trend: c.trend,
    paydex: c.paydex,
    paydexBand: c.paydexBand,
    over60Share: c.over60Share,
    disputedOpen: c.disputedOpen,
    disputedShare: c.disputedShare,
    historyDays: c.historyDays,
    grade: c.grade,
    riskScore: c.riskScore,
    terms: c.terms,
    keptLimit: c.keptLimit,
    overLimit: c.overLimit,
    termsGrade: c.termsGrade,
    insuranceAdvised: c.insuranceAdvised,
    insuranceReasons: c.insuranceReasons,
  } satisfies { [K in keyof Required<AssessmentFigures>]: AssessmentFigures[K] };
  return figures;
}

/**
 * The assessments of one analysis as plain data for a structured copy (to the pane's thread): each one's own
 * figures, and once for all what their grade reasons and credit limits are made from — not the reasons and limits
 * themselves, which a copy of the assessments would make for every customer (they are made when first read; a
 * hundred thousand customers' are about 200 MB to copy). Those already made or set go as they are. Null when the
 * list is not all of one analysis's assessments (copies, or assessments of two analyses): copy it as it is.
 */
export function packAssessments(
  list: readonly CustomerAssessment[],
): { figures: AssessmentFigures[]; sources: PackedSources } | null {
  const sources = assessmentSourcesOf(list);
  return sources ? { figures: list.map(figuresOf), sources } : null;
}

/**
 * What packAssessments packs besides the figures: for a caller that copies each assessment's own figures itself (the
 * keys ASSESSMENT_FIGURE_KEYS, read as properties: the two made on read are not among them). Null as there.
 */
export function assessmentSourcesOf(list: readonly CustomerAssessment[]): PackedSources | null {
  const sources = list.length > 0 ? (list[0] as Partial<Held>)[PLACE]?.sources : undefined;
  if (!sources || !list.every((c) => (c as Partial<Held>)[PLACE]?.sources === sources)) return null;
  return sources.packed(list);
}

/** The assessments packAssessments packed, again: the same figures, reasons and limits made when first read. */
export function unpackAssessments(figures: readonly AssessmentFigures[], sources: PackedSources): CustomerAssessment[] {
  return figures.map(assessmentsUnpacker(sources));
}

/**
 * The assessments packAssessments packed, made again one at a time as their figures come (in the order packed): each
 * call reads the figures given at once, so one object may carry each customer's in turn.
 */
export function assessmentsUnpacker(sources: PackedSources): (figures: AssessmentFigures) => CustomerAssessment {
  return AssessmentSources.unpacker(sources);
}
