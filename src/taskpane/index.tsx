/**
 * The taskpane page in Excel: waits for Office, follows Office's display language and theme, and renders the
 * taskpane on the Office.js gateway. The functions bundle is loaded by the same page (one shared runtime).
 */
import { createRoot } from "react-dom/client";
import { excelRun, languageFromOffice, themeFromOffice, whenOfficeReady } from "../excel/host";
import { createOfficeGateway } from "../excel/officeGateway";
import { TaskpaneApp } from "./TaskpaneApp";

whenOfficeReady(
  () => {
    const container = document.getElementById("container");
    if (container)
      createRoot(container).render(
        <TaskpaneApp
          gateway={createOfficeGateway(excelRun)}
          language={languageFromOffice()}
          theme={themeFromOffice()}
        />,
      );
  },
  () => {
    document.body.textContent =
      "AR Lens runs inside Excel. Without Excel, open the preview (npm start prints its address).";
  },
);
