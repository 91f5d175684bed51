import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../state/useTaskpane";
import { useTexts } from "../i18n";

const STAGE = { reading: "stageReading", analyzing: "stageAnalyzing", writing: "stageWriting" } as const;
const ANALYSIS_STEP = {
  mapping: "analysisStageMapping",
  rows: "analysisStageRows",
  portfolio: "analysisStagePortfolio",
  customers: "analysisStageCustomers",
  plans: "analysisStagePlans",
  alerts: "analysisStageAlerts",
  forecast: "analysisStageForecast",
} as const;

export function ProgressPanel({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t, number } = useTexts();
  const fraction = progress.total > 0 ? progress.done / progress.total : undefined;
  const hint =
    progress.total <= 0
      ? undefined
      : progress.stage === "analyzing" && progress.step && progress.rows !== undefined
        ? t("progressStage", {
            done: progress.done + 1,
            total: progress.total,
            stage: t(ANALYSIS_STEP[progress.step]),
            rows: number(progress.rows, 0),
          })
        : progress.stage === "analyzing"
          ? t("progressSteps", { done: progress.done + 1, total: progress.total })
          : t("progressRows", { done: number(progress.done, 0), total: number(progress.total, 0) });
  return (
    <div style={{ display: "flex", gap: 8, alignItems: "flex-end" }}>
      <Field label={t(STAGE[progress.stage])} hint={hint} style={{ flex: 1 }} validationState="none">
        <ProgressBar value={fraction} max={1} aria-label={t(STAGE[progress.stage])} />
      </Field>
      <Button onClick={onCancel}>{t("cancel")}</Button>
    </div>
  );
}
