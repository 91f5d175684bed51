/** The rows of a range the desk reads (the log, contacts, limits) that could not be used: each with its cell link. */
import { Link } from "@fluentui/react-components";
import type { RowIssue } from "../../../engine";
import { useDeskTexts } from "./deskTexts";

export function RangeIssues(props: {
  summary: string;
  issues: readonly Pick<RowIssue, "address" | "reason">[];
  testId: string;
  onGoTo: (address: string) => void;
}) {
  const { reason } = useDeskTexts();
  if (props.issues.length === 0) return null;
  return (
    <details>
      <summary>{props.summary}</summary>
      <ul style={{ margin: "2px 0", paddingInlineStart: 16 }} data-testid={props.testId}>
        {props.issues.map((i, k) => (
          <li key={k}>
            <Link as="button" onClick={() => props.onGoTo(i.address)}>
              {i.address}
            </Link>{" "}
            {reason(i.reason)}
          </li>
        ))}
      </ul>
    </details>
  );
}
