import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../state/useTaskpane";
import { useTexts } from "../i18n";

const STAGE = { reading: "stageReading", analyzing: "stageAnalyzing", writing: "stageWriting" } as const;

export function ProgressPanel({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t, number } = useTexts();
  const fraction = progress.total > 0 ? progress.done / progress.total : undefined;
  const hint = progress.stage !== "analyzing" && progress.total > 0 ? t("progressRows", { done: number(progress.done, 0), total: number(progress.total, 0) }) : undefined;
  return (
    <div style={{ display: "flex", gap: 8, alignItems: "flex-end" }}>
      <Field label={t(STAGE[progress.stage])} hint={hint} style={{ flex: 1 }} validationState="none">
        <ProgressBar value={fraction} max={1} aria-label={t(STAGE[progress.stage])} />
      </Field>
      {progress.stage !== "analyzing" && <Button onClick={onCancel}>{t("cancel")}</Button>}
    </div>
  );
}
