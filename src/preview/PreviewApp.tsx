/**
 * The browser preview: a spreadsheet-like grid of an in-memory workbook beside the real taskpane, which talks to
 * the workbook through the same Office gateway it uses in Excel. Address box, formula bar (AR.* formulas run on
 * the functions bundle Excel loads), sheet tabs, and CSV open/paste.
 */
import { KeyboardEvent, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { columnLetters, parseCell } from "../engine/ledger/addresses";
import { createOfficeGateway, splitAddress } from "../excel/officeGateway";
import { languageFromOffice } from "../excel/host";
import { setFunctionLanguage } from "../functions/language";
import { PrintPage, PRINT_STYLES } from "./PrintPage";
import { PREVIEW_TEXT } from "../i18n/preview";
import { PREVIEW_VIEW_TEXT } from "../i18n/previewView";
import { fillTemplate, type Language } from "../i18n/translate";
import { TaskpaneApp } from "../taskpane/TaskpaneApp";
import { importCsv } from "./csvImport";
import { CsvError } from "../engine/ledger/csv";
import { decodeText } from "./textEncoding";
import { registeredFunctions } from "./customFunctionsShim";
import { enterCell, recalculate } from "./formulas/recalc";
import { Grid, newSheetView, type SheetView } from "./grid/Grid";
import { DEFAULT_PANE_WIDTH, PANE_WIDTHS, type PaneWidth } from "./paneWidth";
import { memoryExcelRun } from "./workbook/excelApi";
import { pageTurn } from "../taskpane/analysis/pageTurn";
import type { MemoryWorkbook } from "./workbook/memoryWorkbook";

const bar: React.CSSProperties = {
  display: "flex",
  gap: 8,
  alignItems: "center",
  padding: "6px 8px",
  flexWrap: "wrap",
  borderBottom: "1px solid #ddd",
  fontSize: 13,
};

function addressOf(book: MemoryWorkbook): string {
  const s = book.selection;
  const sheet = book.activeSheet;
  const a = `${columnLetters(s.column)}${s.row + 1}`;
  const b = `${columnLetters(s.column + s.columns - 1)}${s.row + s.rows}`;
  const name = /[^A-Za-z0-9_\u4e00-\u9fff]/.test(sheet.name) ? `'${sheet.name.replace(/'/g, "''")}'` : sheet.name;
  return `${name}!${a}${a === b ? "" : `:${b}`}`;
}

const PANE_WHERE = { 270: "mac", 320: "windows", 350: "web", 450: "wide" } as const;

type PreviewTexts = (typeof PREVIEW_TEXT)[Language];

/** Selects the range an address names (Sheet!A1:B9, or A1 on the visible sheet); the problem, or "" when it went. */
function goToAddress(book: MemoryWorkbook, text: string, p: PreviewTexts, language: Language): string {
  try {
    selectAddress(book, text, p, language);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

function selectAddress(book: MemoryWorkbook, text: string, p: PreviewTexts, language: Language): void {
  const { sheet: name, a1 } = splitAddress(text);
  const target = name ? book.sheet(name) : book.activeSheet;
  if (!target) throw new Error(fillTemplate(p.noSheet, { name: name ?? "" }, language));
  const [from, to] = a1.split(":");
  const a = parseCell(from);
  const b = to ? parseCell(to) : a;
  book.activeSheetId = target.id;
  book.selection = {
    sheetId: target.id,
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rows: Math.abs(b.row - a.row) + 1,
    columns: Math.abs(b.column - a.column) + 1,
  };
}

const onEnter = (handler: () => void) => (e: KeyboardEvent<HTMLInputElement>) => {
  if (e.key === "Enter") handler();
};

interface PreviewAppProps {
  book: MemoryWorkbook;
  asOf?: number;
  paneWidth?: PaneWidth;
  /** The preview's language (previewLanguage.ts); the browser's when not given. */
  language?: Language;
}

export function PreviewApp({
  book,
  asOf,
  paneWidth: initialPane = DEFAULT_PANE_WIDTH,
  language: startLanguage,
}: PreviewAppProps) {
  const language = useMemo(() => startLanguage ?? languageFromOffice(), [startLanguage]);
  const p = PREVIEW_TEXT[language];
  const [paneWidth, setPaneWidth] = useState<PaneWidth>(initialPane);
  useSyncExternalStore(
    (l) => book.subscribe(l),
    () => book.version,
  );
  // Each sync a task of its own, as in Excel, where it is a round trip and the pane's thread is free meanwhile (a
  // million-row read is many syncs: in one task it held the preview's thread for two seconds).
  const gateway = useMemo(() => createOfficeGateway(memoryExcelRun(book, { beforeSync: pageTurn }), "memory"), [book]);
  const functions = registeredFunctions();
  const [addressText, setAddressText] = useState<string | null>(null);
  const [formulaText, setFormulaText] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  // The AR.* functions follow the preview's language switch, as they follow Office's display language in Excel:
  // the sheet is recalculated so the reasons of its error cells are given in the new language.
  const switchFunctionLanguage = (next: Language) => {
    setFunctionLanguage(next);
    recalculate(book, functions);
    book.changed();
  };
  const edits = { addressText, setAddressText, formulaText, setFormulaText, setMessage };

  return (
    <div
      style={{ display: "flex", height: "100vh", overflow: "hidden", fontFamily: "Segoe UI, system-ui, sans-serif" }}
    >
      <div style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
        <TitleBar language={language} paneWidth={paneWidth} setPaneWidth={setPaneWidth} />
        <AddressBar book={book} language={language} {...edits} />
        <CsvBar book={book} language={language} message={message} setMessage={setMessage} />
        <SheetArea book={book} language={language} onSelect={() => setFormulaText(null)} />
        <SheetTabs
          book={book}
          label={p.sheets}
          onSwitch={() => {
            setFormulaText(null);
            setAddressText(null);
          }}
        />
      </div>
      <TaskpaneAside
        width={paneWidth}
        label={p.taskpane}
        taskpane={
          <TaskpaneApp
            gateway={gateway}
            language={language}
            initialSettings={asOf === undefined ? undefined : { asOf }}
            onLanguageChange={switchFunctionLanguage}
          />
        }
      />
    </div>
  );
}

/**
 * The visible sheet: its grid (the selection the address box, the ƒx bar and "Use selection" act on), or, for a
 * document sheet set up for A4, its printed pages (printing then prints that sheet alone).
 */
function SheetArea({ book, language, onSelect }: { book: MemoryWorkbook; language: Language; onSelect: () => void }) {
  const p = PREVIEW_TEXT[language];
  const [pageView, setPageView] = useState(false);
  // Each sheet's scroll position while another sheet is shown.
  const views = useRef(new Map<number, SheetView>());
  const viewOf = (id: number) => views.current.get(id) ?? views.current.set(id, newSheetView()).get(id)!;
  const sheet = book.activeSheet;
  return (
    <>
      {sheet.pageSetup.paperSize === "A4" && (
        <label style={{ padding: "2px 8px" }}>
          <input
            type="checkbox"
            checked={pageView}
            onChange={(e) => setPageView(e.target.checked)}
            data-testid="page-layout"
          />{" "}
          {p.pageLayout}
        </label>
      )}
      <style>{PRINT_STYLES}</style>
      {/* The grid takes the height left between the bars and the sheet tabs (less when "Paste CSV" is open). */}
      <div style={{ flex: 1, minHeight: 0, padding: 4 }}>
        {pageView && sheet.pageSetup.paperSize === "A4" ? (
          <PrintPage sheet={sheet} />
        ) : (
          <Grid
            key={sheet.id}
            sheet={sheet}
            label={fillTemplate(p.sheet, { name: sheet.name }, language)}
            selection={book.selection}
            selectionStamp={book.selectionStamp(sheet.id)}
            view={viewOf(sheet.id)}
            language={language}
            onSelect={(area) => {
              book.selection = { sheetId: sheet.id, ...area };
              onSelect();
              book.changed();
            }}
          />
        )}
      </div>
    </>
  );
}

/** The real taskpane at the width chosen, beside the grid. */
function TaskpaneAside({ width, label, taskpane }: { width: PaneWidth; label: string; taskpane: React.ReactNode }) {
  return (
    <aside
      aria-label={label}
      style={{
        width,
        flex: "none",
        boxSizing: "content-box",
        borderLeft: "1px solid #ccc",
        overflowY: "auto",
        height: "100vh",
      }}
      data-testid="taskpane"
      data-pane-width={width}
    >
      {taskpane}
    </aside>
  );
}

/** The preview's title and the taskpane width switcher (the widths Excel opens the pane at). */
function TitleBar(props: { language: Language; paneWidth: PaneWidth; setPaneWidth: (w: PaneWidth) => void }) {
  const { language, paneWidth, setPaneWidth } = props;
  const p = PREVIEW_TEXT[language];
  const v = PREVIEW_VIEW_TEXT[language];
  return (
    <div style={bar}>
      <strong>{p.title}</strong>
      <span style={{ color: "#555", flex: 1 }}>{p.subtitle}</span>
      <label>
        {v.paneWidth}{" "}
        <select
          aria-label={v.paneWidth}
          value={paneWidth}
          onChange={(e) => setPaneWidth(Number(e.target.value) as PaneWidth)}
        >
          {PANE_WIDTHS.map((w) => (
            <option key={w} value={w}>
              {fillTemplate(v.paneWidthOption, { width: w, where: v[PANE_WHERE[w]] }, language)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The address box (go to a range) and the ƒx bar (the selected cell's formula or value; Enter writes it). */
function AddressBar(props: {
  book: MemoryWorkbook;
  language: Language;
  addressText: string | null;
  setAddressText: (t: string | null) => void;
  formulaText: string | null;
  setFormulaText: (t: string | null) => void;
  setMessage: (m: string) => void;
}) {
  const { book, language, addressText, setAddressText, formulaText, setFormulaText, setMessage } = props;
  const p = PREVIEW_TEXT[language];
  const selSheet = book.activeSheet;
  const sel = book.selection;
  const cellKey = `${sel.row},${sel.column}`;
  const cellContent = selSheet.formulas.get(cellKey) ?? String(selSheet.get(sel.row, sel.column));
  // The reason of the selected error cell, shown under the ƒx bar (Excel shows it from the cell's error button).
  const cellError = selSheet.errorMessages.get(cellKey);
  const goTo = (text: string) => {
    const problem = goToAddress(book, text, p, language);
    setMessage(problem);
    if (!problem) book.changed();
  };
  return (
    <div style={bar}>
      <label>
        {p.address}{" "}
        <input
          aria-label={p.address}
          value={addressText ?? addressOf(book)}
          onChange={(e) => setAddressText(e.target.value)}
          onKeyDown={onEnter(() => {
            goTo(addressText ?? addressOf(book));
            setAddressText(null);
          })}
          onBlur={() => setAddressText(null)}
          style={{ width: 200 }}
        />
      </label>
      <label style={{ flex: 1, display: "flex", gap: 4, alignItems: "center" }}>
        ƒx
        <input
          aria-label={p.formulaBar}
          value={formulaText ?? cellContent}
          onChange={(e) => setFormulaText(e.target.value)}
          onKeyDown={onEnter(() => {
            enterCell(book, selSheet, sel.row, sel.column, formulaText ?? cellContent, registeredFunctions());
            setFormulaText(null);
          })}
          onBlur={() => setFormulaText(null)}
          style={{ flex: 1, fontFamily: "Consolas, monospace" }}
        />
      </label>
      {cellError && (
        <span data-testid="cell-error" style={{ flexBasis: "100%", color: "#a4262c", overflowWrap: "anywhere" }}>
          {String(selSheet.get(sel.row, sel.column))}: {cellError}
        </span>
      )}
    </div>
  );
}

/** Open a CSV file or paste CSV text; a CSV that cannot be read is said, with its line, instead of half a sheet. */
function CsvBar(props: { book: MemoryWorkbook; language: Language; message: string; setMessage: (m: string) => void }) {
  const { book, language, message, setMessage } = props;
  const p = PREVIEW_TEXT[language];
  const [csvText, setCsvText] = useState("");
  const loadCsv = (text: string, name: string): boolean => {
    try {
      importCsv(book, text, name);
      setMessage("");
      return true;
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      setMessage(fillTemplate(p.csvUnclosedQuote, { line: e.line }, language));
      return false;
    }
  };
  return (
    <div style={bar}>
      <label>
        {p.openCsv}{" "}
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-label={p.openCsv}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) loadCsv(decodeText(new Uint8Array(await file.arrayBuffer())).text, file.name);
            e.target.value = "";
          }}
        />
      </label>
      <details>
        <summary>{p.pasteCsv}</summary>
        <textarea
          aria-label={p.csvText}
          value={csvText}
          onChange={(e) => setCsvText(e.target.value)}
          rows={4}
          style={{ width: "min(50ch, 60vw)", maxWidth: "100%", boxSizing: "border-box", verticalAlign: "top" }}
        />
        <button
          type="button"
          onClick={() => {
            // The pasted text stays in the box when it cannot be read, so the line named can be fixed there.
            if (!csvText.trim() || loadCsv(csvText, "Pasted")) setCsvText("");
          }}
        >
          {p.loadPasted}
        </button>
      </details>
      {message && (
        <span role="alert" style={{ color: "#a4262c" }}>
          {message}
        </span>
      )}
    </div>
  );
}

/** The sheet tabs under the grid; a click shows that sheet. */
function SheetTabs({ book, label, onSwitch }: { book: MemoryWorkbook; label: string; onSwitch: () => void }) {
  const sheet = book.activeSheet;
  return (
    <div
      role="tablist"
      aria-label={label}
      style={{
        flex: "none",
        display: "flex",
        gap: 2,
        padding: "4px 8px",
        borderTop: "1px solid #ddd",
        overflowX: "auto",
      }}
    >
      {book.sheets.map((s) => (
        <button
          key={s.id}
          role="tab"
          aria-selected={s.id === sheet.id}
          onClick={() => {
            book.activeSheetId = s.id;
            onSwitch();
            book.changed();
          }}
          style={{
            padding: "2px 10px",
            border: "1px solid #ccc",
            background: s.id === sheet.id ? "#fff" : "#eee",
            fontWeight: s.id === sheet.id ? 600 : 400,
          }}
        >
          {s.name}
        </button>
      ))}
    </div>
  );
}
