/** The hand-built ledger's analysis rendered in a tab of the pane (Fluent and the pane's texts around it). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { Analysis } from "../../../src/engine";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

export const analysis: Analysis = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);

export function inPane(ui: ReactElement, language: "en" | "zh-CN" = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>{ui}</TextsContext.Provider>
    </FluentProvider>,
  );
}
