/** The preview page: builds the sample workbook, evaluates its formulas with the functions bundle, renders (taskpane width from ?pane=). */
import { createRoot } from "react-dom/client";
import { todaySerial } from "../engine/core/dates";
import { addBigLedger, bigLedgerFromSearch } from "./bigLedger";
import { registeredFunctions } from "./customFunctionsShim";
import { recalculate } from "./formulas/recalc";
import { paneWidthFromSearch } from "./paneWidth";
import { PreviewApp } from "./PreviewApp";
import { sampleWorkbook } from "./samples";

const asOf = todaySerial();
const book = sampleWorkbook(asOf);
const big = bigLedgerFromSearch(window.location.search);
if (big) addBigLedger(book, asOf, big);
recalculate(book, registeredFunctions());
const root = document.getElementById("preview-root");
if (root)
  createRoot(root).render(
    <PreviewApp book={book} asOf={asOf} paneWidth={paneWidthFromSearch(window.location.search)} />,
  );
