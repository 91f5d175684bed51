/**
 * The desk's actions: log a contact (a row on the log sheet, then the desk rebuilt in place: Today, the worklist,
 * promises and the forecast change at once), write a statement, a letter, a payment plan or a claim file to a new
 * sheet, copy a letter's text, save the desk settings. Documents are built by the engine
 * (src/engine/collections/documents) and laid out by src/excel; this hook only connects them. No document is written
 * before the company's details are set: the action waits for them (needCompany) and runs once they are saved.
 */
import { useCallback, useRef, useState } from "react";
import {
  type AnalysisBeforeChecks,
  buildClaimFile,
  buildLetter,
  LetterStage,
  CompanyDetails,
  DocumentContent,
  documentText,
  missingCompanyDetails,
  buildPlanLetter,
  planLogRows,
  earlierReminders,
  buildStatement,
  contactOf,
  interestFor,
  type NewLogRow,
  alreadyLogged,
  type StageId,
} from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import type { Language } from "../../i18n/translate";
import { DeskSettings, DeskState, refreshDesk, saveDeskSettings, withSettings } from "./desk";

export type DeskNotice = (
  | { kind: "logged"; sheet: string }
  | { kind: "planAgreed"; sheet: string; count: number }
  | { kind: "duplicate" }
  | { kind: "written"; sheet: string }
  | { kind: "copied" }
  | { kind: "copyFailed"; text: string }
  | { kind: "saved" }
  | { kind: "error"; message: string }
) & { customer?: string };

/** The letter for a dunning stage: reminder up to friendly, demand at firm, final notice from final on. */
export function letterStageOf(stage: StageId): LetterStage {
  return stage === "firm" ? "firm" : stage === "final" || stage === "escalate" ? "final" : "friendly";
}

export type DeskChange = (next: { analysis: AnalysisBeforeChecks; desk: DeskState }) => void;

/** A document written with the company's details, resolving to the notice said once it is written. */
type WriteDocument = (company: CompanyDetails) => Promise<DeskNotice>;
/** Runs one desk action for a customer (or none): one at a time, its notice said when it ends. */
type RunAction = (customer: string | undefined, work: () => Promise<DeskNotice>) => Promise<DeskNotice | null>;

/** A customer's open invoices on the desk. */
const invoicesOf = (desk: DeskState, customer: string) => desk.desk.invoices.filter((i) => i.customer === customer);

/** The language a customer is written to in: the contact's own, else the pane's. */
const languageOf = (desk: DeskState, customer: string, language: Language) =>
  contactOf(desk.contacts, customer)?.language ?? language;

/** A dunning letter: the stage's deadline, the statutory interest in the customer's language, earlier reminders. */
export function letterFor(
  analysis: AnalysisBeforeChecks,
  desk: DeskState,
  language: Language,
  customer: string,
  stage: LetterStage,
  company: CompanyDetails,
): DocumentContent {
  const { asOf, currency } = analysis.settings;
  const L = languageOf(desk, customer, language);
  return buildLetter({
    stage,
    customer,
    invoices: invoicesOf(desk, customer),
    asOf,
    currency,
    company,
    language: L,
    interest: interestFor(desk.settings.interest, currency, L),
    deadlineDays: desk.settings.deadlines.letterDays[stage],
    earlier: earlierReminders(desk.log.entries, customer, desk.desk.invoices, asOf),
    insured: desk.settings.policy.insured,
  });
}

/** A statement of account, aged like the analysis when it ages by due date. */
export function statementFor(
  analysis: AnalysisBeforeChecks,
  desk: DeskState,
  language: Language,
  customer: string,
  company: CompanyDetails,
): DocumentContent {
  const { asOf, currency, agingBasis, agingEdges } = analysis.settings;
  return buildStatement({
    customer,
    invoices: invoicesOf(desk, customer),
    asOf,
    currency,
    company,
    language: languageOf(desk, customer, language),
    agingEdges: agingBasis === "due" ? agingEdges : undefined,
  });
}

/** The claim file for an insured customer (in the pane's language: it goes to the insurer). */
export function claimFor(
  analysis: AnalysisBeforeChecks,
  desk: DeskState,
  language: Language,
  customer: string,
  company: CompanyDetails,
): DocumentContent {
  const cover = desk.desk.covers.find((c) => c.customer === customer);
  if (!cover) throw new Error(customer);
  const { asOf, currency } = analysis.settings;
  const { entries } = desk.log;
  return buildClaimFile({ cover, entries, policy: desk.settings.policy, asOf, currency, company, language });
}

/** The payment plan proposed to a customer. */
const planOf = (analysis: AnalysisBeforeChecks, customer: string) =>
  analysis.plans.find((p) => p.customer === customer) ?? null;

/** The letter proposing a customer's payment plan, to answer within the friendly letter's days. */
export function planLetterFor(
  analysis: AnalysisBeforeChecks,
  desk: DeskState,
  language: Language,
  customer: string,
  company: CompanyDetails,
): DocumentContent {
  const plan = planOf(analysis, customer);
  if (!plan) throw new Error(customer);
  const { asOf, currency } = analysis.settings;
  return buildPlanLetter({
    plan,
    asOf,
    currency,
    company,
    language: languageOf(desk, customer, language),
    replyDays: desk.settings.deadlines.letterDays.friendly,
  });
}

/** One action at a time (a second click while the first is being written is ignored), and what it came to. */
function useDeskRun() {
  const [notice, setNotice] = useState<DeskNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const run: RunAction = useCallback(async (customer, work) => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    setNotice(null);
    let done: DeskNotice;
    try {
      done = { customer, ...(await work()) };
    } catch (e) {
      done = { kind: "error", message: (e as Error).message, customer };
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
    setNotice(done);
    return done;
  }, []);
  return { notice, setNotice, busy, run };
}

/** Writes a document, or — while the company's details are missing — keeps it waiting and asks for them first. */
function useCompanyFirst(desk: DeskState, run: RunAction, setNotice: (n: DeskNotice | null) => void) {
  // A document waiting for the company's details (asked for when the first document is written).
  const [needCompany, setNeedCompany] = useState<{ customer: string; write: WriteDocument } | null>(null);
  const document = useCallback(
    (customer: string, write: WriteDocument) => {
      if (missingCompanyDetails(desk.settings.company).length > 0) {
        setNotice(null);
        setNeedCompany({ customer, write });
        return Promise.resolve(null);
      }
      return run(customer, () => write(desk.settings.company));
    },
    [desk, run, setNotice],
  );
  return { needCompany, setNeedCompany, document };
}

/** The documents: a statement, a letter, a claim file or a plan letter on a new sheet; a letter's text copied. */
function useDeskDocuments(
  gateway: WorkbookGateway,
  language: Language,
  analysis: AnalysisBeforeChecks,
  desk: DeskState,
  document: (customer: string, write: WriteDocument) => Promise<DeskNotice | null>,
) {
  const written = useCallback(
    async (doc: DocumentContent): Promise<DeskNotice> => ({
      kind: "written",
      sheet: (await gateway.writeDocument(doc)).sheetName,
    }),
    [gateway],
  );
  /** A document built by `build` for the customer, written to its sheet. */
  const writeWith = useCallback(
    (customer: string, build: (company: CompanyDetails) => DocumentContent) =>
      document(customer, (company) => written(build(company))),
    [document, written],
  );
  const writeStatement = useCallback(
    (customer: string) => writeWith(customer, (company) => statementFor(analysis, desk, language, customer, company)),
    [analysis, desk, language, writeWith],
  );
  const writeLetter = useCallback(
    (customer: string, stage: LetterStage) =>
      writeWith(customer, (company) => letterFor(analysis, desk, language, customer, stage, company)),
    [analysis, desk, language, writeWith],
  );
  const writeClaim = useCallback(
    (customer: string) => writeWith(customer, (company) => claimFor(analysis, desk, language, customer, company)),
    [analysis, desk, language, writeWith],
  );
  const writePlan = useCallback(
    (customer: string) => writeWith(customer, (company) => planLetterFor(analysis, desk, language, customer, company)),
    [analysis, desk, language, writeWith],
  );
  const copyLetter = useCallback(
    (customer: string, stage: LetterStage) =>
      document(customer, async (company) => {
        const text = documentText(letterFor(analysis, desk, language, customer, stage, company));
        try {
          await navigator.clipboard.writeText(text);
          return { kind: "copied" };
        } catch {
          return { kind: "copyFailed", text };
        }
      }),
    [analysis, desk, document, language],
  );
  return { writeStatement, writeLetter, writeClaim, writePlan, copyLetter };
}
/** The contact log: a contact logged, a payment plan agreed (its installments as promises); the desk rebuilt. */
function useDeskLog(
  gateway: WorkbookGateway,
  language: Language,
  analysis: AnalysisBeforeChecks,
  desk: DeskState,
  onChange: DeskChange,
  run: RunAction,
) {
  const append = useCallback(
    async (rows: NewLogRow[]) => {
      let sheet = "";
      for (const row of rows) sheet = (await gateway.appendLogRow(row, language)).sheetName;
      onChange(await refreshDesk(gateway, desk));
      return sheet;
    },
    [desk, gateway, language, onChange],
  );

  /** Resolves true when the row was written (the form then clears). */
  const logContact = useCallback(
    async (row: NewLogRow): Promise<boolean> => {
      const done = await run(row.customer, async () => {
        if (alreadyLogged(desk.log.entries, row)) return { kind: "duplicate" };
        return { kind: "logged", sheet: await append([row]) };
      });
      return done?.kind === "logged";
    },
    [append, desk, run],
  );

  /** The customer agreed: each installment goes to the log as a promise to pay (forecast and cash plan follow it). */
  const agreePlan = useCallback(
    (customer: string) =>
      run(customer, async () => {
        const plan = planOf(analysis, customer);
        if (!plan) throw new Error(customer);
        const rows = planLogRows(plan, analysis.settings.asOf, language);
        if (rows.every((r) => alreadyLogged(desk.log.entries, r))) return { kind: "duplicate" };
        return { kind: "planAgreed", sheet: await append(rows), count: rows.length };
      }),
    [analysis, append, desk, language, run],
  );
  return { logContact, agreePlan };
}

/** The desk settings saved; the company's details entered where they were asked for, then the waiting document. */
function useDeskSaving(
  gateway: WorkbookGateway,
  desk: DeskState,
  onChange: DeskChange,
  run: RunAction,
  waiting: { needCompany: { customer: string; write: WriteDocument } | null; setNeedCompany: (n: null) => void },
) {
  const { needCompany, setNeedCompany } = waiting;
  const saveSettings = useCallback(
    (s: DeskSettings) =>
      run(undefined, async () => {
        await saveDeskSettings(gateway, s);
        onChange(await withSettings(gateway, desk, s));
        return { kind: "saved" };
      }),
    [desk, gateway, onChange, run],
  );

  /** The company's details entered where they were asked for: saved in the workbook, then the waiting document. */
  const saveCompany = useCallback(
    (company: CompanyDetails) => {
      const pending = needCompany;
      setNeedCompany(null);
      return run(pending?.customer, async () => {
        const s = { ...desk.settings, company };
        await saveDeskSettings(gateway, s);
        onChange(await withSettings(gateway, desk, s));
        return pending ? pending.write(company) : { kind: "saved" };
      });
    },
    [desk, gateway, needCompany, onChange, run, setNeedCompany],
  );
  return { saveSettings, saveCompany };
}

export function useDeskActions(
  gateway: WorkbookGateway,
  language: Language,
  analysis: AnalysisBeforeChecks,
  desk: DeskState,
  onChange: DeskChange = () => {},
) {
  const { notice, setNotice, busy, run } = useDeskRun();
  const waiting = useCompanyFirst(desk, run, setNotice);
  const documents = useDeskDocuments(gateway, language, analysis, desk, waiting.document);
  const { logContact, agreePlan } = useDeskLog(gateway, language, analysis, desk, onChange, run);
  const { saveSettings, saveCompany } = useDeskSaving(gateway, desk, onChange, run, waiting);
  return {
    notice,
    busy,
    needCompany: waiting.needCompany?.customer ?? null,
    logContact,
    ...documents,
    agreePlan,
    saveSettings,
    saveCompany,
    cancelCompany: () => waiting.setNeedCompany(null),
    clearNotice: () => setNotice(null),
  };
}

export type DeskActions = ReturnType<typeof useDeskActions>;
