/** Sheet names AR Lens writes: never over a sheet the user owns. */
const MAX_SHEET_NAME = 31;

/** The preferred name, or "name (2)", "name (3)"… when a sheet the user owns has it (Excel names ignore case). */
export function uniqueSheetName(preferred: string, taken: (name: string) => boolean): string {
  if (!taken(preferred)) return preferred;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = preferred.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken(name)) return name;
  }
}
