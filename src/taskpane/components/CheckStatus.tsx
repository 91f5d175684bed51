/**
 * Where a check stands while its section cannot show it yet: a spinner and "Checking…" while it runs after the results
 * were shown, or why it is missing. Announced politely to screen readers when it changes.
 */
import { Spinner } from "@fluentui/react-components";

export function CheckStatus({ state, text, testId }: { state: "checking" | "failed"; text: string; testId: string }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId} data-state={state}>
      {state === "checking" ? <Spinner size="tiny" labelPosition="after" label={text} /> : <p>{text}</p>}
    </div>
  );
}
