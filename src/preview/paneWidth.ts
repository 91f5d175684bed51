/**
 * The taskpane's width in the preview: the widths Excel opens it at (Mac 270 px, Windows 320 px, the web 350 px;
 * Office.js TaskPane reference) and a wide 450 px, as a user may widen it. Default 320, what Excel on Windows opens.
 * `?pane=270` in the page's address sets it, so browser tests and screenshots can use it.
 */
export const PANE_WIDTHS = [270, 320, 350, 450] as const;
export type PaneWidth = (typeof PANE_WIDTHS)[number];
export const DEFAULT_PANE_WIDTH: PaneWidth = 320;

export function paneWidthFromSearch(search: string): PaneWidth {
  const wanted = Number(new URLSearchParams(search).get("pane"));
  return (PANE_WIDTHS as readonly number[]).includes(wanted) ? (wanted as PaneWidth) : DEFAULT_PANE_WIDTH;
}
