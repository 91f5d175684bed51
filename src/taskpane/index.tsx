/**
 * The taskpane page in Excel: waits for Office, follows Office's display language and theme, and renders the
 * taskpane on the Office.js gateway. The functions bundle is loaded by the same page (one shared runtime).
 */
import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../excel/officeGateway";
import { languageFromOffice, themeFromOffice } from "../excel/host";
import { TaskpaneApp } from "./TaskpaneApp";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <TaskpaneApp gateway={createOfficeGateway((batch) => Excel.run(batch))} language={languageFromOffice()} theme={themeFromOffice()} />,
  );
}

if (typeof Office !== "undefined") {
  Office.onReady(() => render());
} else {
  document.body.textContent = "AR Lens runs inside Excel. Without Excel, open the preview (npm start prints its address).";
}
