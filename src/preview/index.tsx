/** The preview page: builds the sample workbook, evaluates its formulas with the functions bundle, renders. */
import { createRoot } from "react-dom/client";
import { todaySerial } from "../engine/core/dates";
import { registeredFunctions } from "./customFunctionsShim";
import { recalculate } from "./formulas/recalc";
import { PreviewApp } from "./PreviewApp";
import { sampleWorkbook } from "./samples";

const asOf = todaySerial();
const book = sampleWorkbook(asOf);
recalculate(book, registeredFunctions());
const root = document.getElementById("preview-root");
if (root) createRoot(root).render(<PreviewApp book={book} asOf={asOf} />);
