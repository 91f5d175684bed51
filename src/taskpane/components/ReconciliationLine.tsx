/** The proof at the top of the results: the counted figures against the export's own total and subtotal rows. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { type AnalysisBeforeChecks } from "../../engine";
import { reconciliationLines } from "../../i18n/ledgerLayout";
import { useTexts } from "../i18n";

export function ReconciliationLine({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { language } = useTexts();
  const rec = analysis.reconciliation;
  if (!rec) return null;
  const lines = reconciliationLines(rec, language, analysis.settings.currency, (row) =>
    String(analysis.source.top + row + 1),
  );
  return (
    <MessageBar intent={rec.matches ? "success" : "warning"} layout="multiline" data-testid="reconciliation">
      <MessageBarBody>
        {lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
