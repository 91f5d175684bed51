/**
 * Shared layout for 270 px and up (Excel opens the pane at 270 px on the Mac, 320 on Windows, 350 on the web):
 * compact rows — a title line (the name cut with an ellipsis, the full name in its tooltip, the key figure on the
 * right) and a secondary line that wraps — instead of wide tables. Fluent tokens only.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    paddingInlineStart: 0,
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  top: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, minWidth: 0 },
  /** The row's name: one line, cut with an ellipsis; give the full text in `title`. */
  title: { flex: "1 1 auto", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  /** The row's key figure, never cut. */
  figure: { flex: "0 0 auto", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", textAlign: "end" },
  /** Secondary line: smaller, wraps anywhere so a long reason or name never widens the pane. */
  sub: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  /** Badges on a line of their own that wraps; a badge never shrinks (its text would be clipped). */
  badges: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    "& > *": { flexShrink: 0, maxWidth: "100%" },
  },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  text: { margin: `${tokens.spacingVerticalXS} 0`, overflowWrap: "anywhere" },
  /** A region that scrolls sideways on purpose (the "wide view" of a table); the width test allows it. */
  wide: { overflowX: "auto", maxWidth: "100%" },
  /** Label/value pairs that wrap the value under the label when the pane is narrow. */
  pairs: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  pair: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    minWidth: 0,
    "& > dt": { overflowWrap: "anywhere", minWidth: 0 },
    "& > dd": { margin: 0, marginInlineStart: "auto", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});
