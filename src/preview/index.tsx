/**
 * The preview page: builds the sample workbook, evaluates its formulas with the functions bundle, renders (taskpane
 * width from ?pane=, language from ?lang=).
 */
import { createRoot } from "react-dom/client";
import { todaySerial } from "../engine/core/dates";
import { addBigLedger, bigLedgerFromSearch } from "./bigLedger";
import { registeredFunctions } from "./customFunctionsShim";
import { recalculate } from "./formulas/recalc";
import { languageFromOffice } from "../excel/host";
import { setFunctionLanguage } from "../functions/language";
import { paneWidthFromSearch } from "./paneWidth";
import { previewLanguage } from "./previewLanguage";
import { PreviewApp } from "./PreviewApp";
import { sampleWorkbook } from "./samples";

const asOf = todaySerial();
const language = previewLanguage(window.location.search, languageFromOffice());
const book = sampleWorkbook(asOf, language);
setFunctionLanguage(language);
const big = bigLedgerFromSearch(window.location.search);
if (big) addBigLedger(book, asOf, big);
recalculate(book, registeredFunctions());
const root = document.getElementById("preview-root");
if (root)
  createRoot(root).render(
    <PreviewApp book={book} asOf={asOf} language={language} paneWidth={paneWidthFromSearch(window.location.search)} />,
  );
