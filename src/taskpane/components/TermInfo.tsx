/**
 * An info button beside an abbreviation or a benchmark: Fluent's InfoButton (a real button, Tab to reach it, Enter
 * to open) whose popover holds the glossary's one-line explanation (src/i18n/glossary.ts) in the pane's language.
 */
import { InfoButton } from "@fluentui/react-components";
import { explain, type GlossaryKey, term as glossaryTerm } from "../../i18n/glossary";
import { useTexts } from "../i18n";

export function TermInfo({ term }: { term: GlossaryKey }) {
  const { p, language } = useTexts();
  return (
    <InfoButton
      size="small"
      data-testid={`explain-${term}`}
      aria-label={p("explainTerm", { term: glossaryTerm(term, language) })}
      info={explain(term, language)}
    />
  );
}
