/** A customer's documents: statement, the stage's letter (or its text), the payment plan and its agreement, the claim file. */
import { Button } from "@fluentui/react-components";
import { type LetterStage } from "../../../engine";
import type { DeskActions } from "../../state/useDeskActions";
import { useDeskTexts } from "./deskTexts";

type Actions = Pick<
  DeskActions,
  "busy" | "writeStatement" | "writeLetter" | "writeClaim" | "writePlan" | "agreePlan" | "copyLetter"
>;

export function DocumentButtons({
  customer,
  letterStage,
  insured,
  hasPlan,
  actions,
}: {
  customer: string;
  letterStage: LetterStage;
  insured: boolean;
  hasPlan: boolean;
  actions: Actions;
}) {
  const { d } = useDeskTexts();
  const b = (label: string, onClick: () => void) => (
    <Button size="small" disabled={actions.busy} onClick={onClick} style={{ maxWidth: "100%", minWidth: 0 }}>
      {label}
    </Button>
  );
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 6, minWidth: 0 }}>
      {b(d("writeStatement"), () => actions.writeStatement(customer))}
      {b(d("writeLetter", { stage: d(`letterStage_${letterStage}`) }), () =>
        actions.writeLetter(customer, letterStage),
      )}
      {b(d("copyLetter"), () => actions.copyLetter(customer, letterStage))}
      {hasPlan && b(d("writePlan"), () => actions.writePlan(customer))}
      {hasPlan && b(d("agreePlan"), () => actions.agreePlan(customer))}
      {insured && b(d("writeClaim"), () => actions.writeClaim(customer))}
    </div>
  );
}
