/**
 * CSV text to a 2-D array of cell values (RFC 4180: quoted fields, doubled quotes, CR/LF or LF line ends, a
 * leading byte-order mark). Cells stay text, as Excel shows them before conversion; numbers are converted only where
 * the text is a plain number that a number holds exactly, so "0000611365" (an invoice number) keeps its leading
 * zeros and "12345678901234567" (more than 15 significant digits, which Excel and a double cannot hold) stays text:
 * converted, two such invoice numbers could become equal. The delimiter is detected from the first record (comma,
 * semicolon or tab), not counting separators inside quoted headers. A quote that is never closed is an error naming
 * its line (a CsvError), not the rest of the file swallowed into one cell.
 */
import { EngineError } from "../core/errors";

/** The CSV cannot be read as it stands; `line` is the 1-based line to look at. */
export class CsvError extends EngineError {
  readonly line: number;
  constructor(line: number, message: string) {
    super("value", message);
    this.name = "CsvError";
    this.line = line;
  }
}
export interface CsvOptions {
  delimiter?: "," | ";" | "\t";
  /** Convert plain numbers ("12.5", "-3") to numbers; default true. */
  numbers?: boolean;
}

export function detectDelimiter(text: string): "," | ";" | "\t" {
  // The first record, outside quotes (a quoted header may hold commas, semicolons or line breaks).
  let c = 0,
    s = 0,
    t = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "\n" || ch === "\r") break;
    else if (ch === ",") c++;
    else if (ch === ";") s++;
    else if (ch === "\t") t++;
  }
  return t > c && t >= s ? "\t" : s > c ? ";" : ",";
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** A plain number a double holds exactly enough: at most 15 significant digits (Excel keeps 15). */
function safeNumber(text: string): boolean {
  if (!PLAIN_NUMBER.test(text)) return false;
  const digits = text.replace(/[-.]/g, "").replace(/^0+/, "");
  return digits.length <= 15;
}

export function parseCsv(text: string, options: CsvOptions = {}): (string | number)[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = options.delimiter ?? detectDelimiter(src);
  const numbers = options.numbers ?? true;
  const rows: (string | number)[][] = [];
  let row: (string | number)[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 1;
  const push = () => {
    row.push(!wasQuoted && numbers && safeNumber(field) ? Number(field) : field);
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && src[i + 1] !== "\n")) line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (ch === delim) push();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      line++;
      push();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (quoted) {
    throw new CsvError(
      quoteLine,
      `CSV line ${quoteLine}: a quote opened here is never closed, so the rest of the file would be read as one cell: close the quote (write a quote inside a field as "")`,
    );
  }
  if (field !== "" || wasQuoted || row.length > 0) {
    push();
    rows.push(row);
  }
  return rows;
}
