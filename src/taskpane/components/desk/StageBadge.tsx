/** The dunning stage as a coloured badge, the same on Today's cards and on the worklist: firm in amber, final in red. */
import { Badge } from "@fluentui/react-components";
import { type StageId } from "../../../engine";
import { useDeskTexts } from "./deskTexts";

const STAGE_COLOR = {
  courtesy: "informative",
  friendly: "informative",
  firm: "warning",
  final: "danger",
  escalate: "danger",
} as const;

export function StageBadge({ stage }: { stage: StageId }) {
  const { d } = useDeskTexts();
  return (
    <Badge appearance="tint" color={STAGE_COLOR[stage]} style={{ flexShrink: 0 }}>
      {d(`stage_${stage}`)}
    </Badge>
  );
}
