/**
 * The desk's actions: log a contact (a row on the log sheet, then the desk rebuilt in place: Today, the worklist,
 * promises and the forecast change at once), write a statement, a letter, a payment plan or a claim file to a new
 * sheet, copy a letter's text, save the desk settings. Documents are built by the engine
 * (src/engine/collections/documents) and laid out by src/excel; this hook only connects them. No document is written
 * before the company's details are set: the action waits for them (needCompany) and runs once they are saved.
 */
import { useCallback, useRef, useState } from "react";
import {
  type Analysis,
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

export type DeskChange = (next: { analysis: Analysis; desk: DeskState }) => void;

export function useDeskActions(
  gateway: WorkbookGateway,
  language: Language,
  analysis: Analysis,
  desk: DeskState,
  onChange: DeskChange = () => {},
) {
  const [notice, setNotice] = useState<DeskNotice | null>(null);
  const [busy, setBusy] = useState(false);
  // A document waiting for the company's details (asked for when the first document is written).
  const [needCompany, setNeedCompany] = useState<{
    customer: string;
    write: (company: CompanyDetails) => Promise<DeskNotice>;
  } | null>(null);
  const inFlight = useRef(false);
  const currency = analysis.settings.currency;
  const asOf = analysis.settings.asOf;
  const invoicesOf = useCallback(
    (customer: string) => desk.desk.invoices.filter((i) => i.customer === customer),
    [desk],
  );
  const languageOf = useCallback(
    (customer: string) => contactOf(desk.contacts, customer)?.language ?? language,
    [desk, language],
  );

  const letter = useCallback(
    (customer: string, stage: LetterStage, company: CompanyDetails): DocumentContent => {
      const L = languageOf(customer);
      return buildLetter({
        stage,
        customer,
        invoices: invoicesOf(customer),
        asOf,
        currency,
        company,
        language: L,
        interest: interestFor(desk.settings.interest, currency, L),
        deadlineDays: desk.settings.deadlines.letterDays[stage],
        earlier: earlierReminders(desk.log.entries, customer, desk.desk.invoices, asOf),
        insured: desk.settings.policy.insured,
      });
    },
    [asOf, currency, desk, invoicesOf, languageOf],
  );

  const run = useCallback(
    async (customer: string | undefined, work: () => Promise<DeskNotice>): Promise<DeskNotice | null> => {
      // One action at a time: a second click while the first is being written is ignored.
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
    },
    [],
  );

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

  /** Writes a document, or — while the company's details are missing — asks for them first. */
  const document = useCallback(
    (customer: string, write: (company: CompanyDetails) => Promise<DeskNotice>) => {
      if (missingCompanyDetails(desk.settings.company).length > 0) {
        setNotice(null);
        setNeedCompany({ customer, write });
        return Promise.resolve(null);
      }
      return run(customer, () => write(desk.settings.company));
    },
    [desk, run],
  );

  const written = useCallback(
    async (doc: DocumentContent): Promise<DeskNotice> => ({
      kind: "written",
      sheet: (await gateway.writeDocument(doc)).sheetName,
    }),
    [gateway],
  );

  const writeStatement = useCallback(
    (customer: string) =>
      document(customer, (company) =>
        written(
          buildStatement({
            customer,
            invoices: invoicesOf(customer),
            asOf,
            currency,
            company,
            language: languageOf(customer),
            agingEdges: analysis.settings.agingBasis === "due" ? analysis.settings.agingEdges : undefined,
          }),
        ),
      ),
    [analysis, asOf, currency, document, invoicesOf, languageOf, written],
  );

  const writeLetter = useCallback(
    (customer: string, stage: LetterStage) =>
      document(customer, (company) => written(letter(customer, stage, company))),
    [document, letter, written],
  );

  const writeClaim = useCallback(
    (customer: string) =>
      document(customer, (company) => {
        const cover = desk.desk.covers.find((c) => c.customer === customer);
        if (!cover) throw new Error(customer);
        return written(
          buildClaimFile({
            cover,
            entries: desk.log.entries,
            policy: desk.settings.policy,
            asOf,
            currency,
            company,
            language,
          }),
        );
      }),
    [asOf, currency, desk, document, language, written],
  );

  const planOf = useCallback(
    (customer: string) => analysis.plans.find((p) => p.customer === customer) ?? null,
    [analysis],
  );

  const writePlan = useCallback(
    (customer: string) =>
      document(customer, (company) => {
        const plan = planOf(customer);
        if (!plan) throw new Error(customer);
        return written(
          buildPlanLetter({
            plan,
            asOf,
            currency,
            company,
            language: languageOf(customer),
            replyDays: desk.settings.deadlines.letterDays.friendly,
          }),
        );
      }),
    [asOf, currency, desk, document, languageOf, planOf, written],
  );

  /** The customer agreed: each installment goes to the log as a promise to pay (forecast and cash plan follow it). */
  const agreePlan = useCallback(
    (customer: string) =>
      run(customer, async () => {
        const plan = planOf(customer);
        if (!plan) throw new Error(customer);
        const rows = planLogRows(plan, asOf, language);
        if (rows.every((r) => alreadyLogged(desk.log.entries, r))) return { kind: "duplicate" };
        return { kind: "planAgreed", sheet: await append(rows), count: rows.length };
      }),
    [append, asOf, desk, language, planOf, run],
  );

  const copyLetter = useCallback(
    (customer: string, stage: LetterStage) =>
      document(customer, async (company) => {
        const text = documentText(letter(customer, stage, company));
        try {
          await navigator.clipboard.writeText(text);
          return { kind: "copied" };
        } catch {
          return { kind: "copyFailed", text };
        }
      }),
    [document, letter],
  );

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
      const waiting = needCompany;
      setNeedCompany(null);
      return run(waiting?.customer, async () => {
        const s = { ...desk.settings, company };
        await saveDeskSettings(gateway, s);
        onChange(await withSettings(gateway, desk, s));
        return waiting ? waiting.write(company) : { kind: "saved" };
      });
    },
    [desk, gateway, needCompany, onChange, run],
  );

  return {
    notice,
    busy,
    needCompany: needCompany?.customer ?? null,
    logContact,
    writeStatement,
    writeLetter,
    writeClaim,
    writePlan,
    agreePlan,
    copyLetter,
    saveSettings,
    saveCompany,
    cancelCompany: () => setNeedCompany(null),
    clearNotice: () => setNotice(null),
  };
}

export type DeskActions = ReturnType<typeof useDeskActions>;
