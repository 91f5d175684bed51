/**
 * English words left in a Chinese message once the argument names, the user's own quoted values, Excel's error values
 * (#VALUE!, #N/A…) and the few Latin terms a Chinese finance user reads as they are (DSO, Excel, TRUE/FALSE, "Net 30")
 * are taken out. A message that
 * fell back to English, or a param that was not translated, shows up here.
 */
// NaN and Infinity: figures as the engine prints them (Excel itself never passes them).
const KEPT = new Set(["DSO", "CEI", "Excel", "TRUE", "FALSE", "yyyymmdd", "Net", "NaN", "Infinity"]);

export function englishLeft(message: string, names: readonly string[]): string[] {
  let text = message
    .replace(/“[^”]*”/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/#[^\s，：；]+/g, " ");
  for (const name of [...names].sort((a, b) => b.length - a.length))
    text = text.replace(new RegExp(`(?<![A-Za-z_])${name}(?![A-Za-z_])`, "g"), " ");
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !KEPT.has(w));
}
