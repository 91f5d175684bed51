/**
 * Beside the mapping: the system the layout was read as ("Read as QuickBooks Online A/R Aging Detail"), and the
 * offer to read the dates Excel mis-read the other way. The mapping editor stays in charge.
 */
import { Badge, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { type MappingResult } from "../../engine";
import { LAYOUT_TEXT, readAsText } from "../../i18n/ledgerLayout";
import { useTexts } from "../i18n";

export function ReadAsSystem({ mapping }: { mapping: MappingResult }) {
  const { language } = useTexts();
  if (!mapping.system) return null;
  return (
    <Badge appearance="tint" color="informative" data-testid="read-as" style={{ maxWidth: "100%" }}>
      {readAsText(mapping.system, language)}
    </Badge>
  );
}

export function DateSwapOffer({
  mapping,
  swapped,
  onSwap,
  busy,
}: {
  mapping: MappingResult;
  swapped: boolean;
  onSwap: () => void;
  busy: boolean;
}) {
  const { language, reason } = useTexts();
  const t = LAYOUT_TEXT[language];
  const note = mapping.notes.find((n) => n.code === "mapping.serialsSwapped");
  if (!mapping.swappedSerials || !note) return null;
  return (
    <MessageBar intent={swapped ? "info" : "warning"} layout="multiline" data-testid="date-swap">
      <MessageBarBody>
        <div>{swapped ? t.swapped : reason(note)}</div>
        {!swapped && (
          <Button size="small" onClick={onSwap} disabled={busy} data-testid="date-swap-button">
            {t.swapButton}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
