/**
 * CSV text to a 2-D array of cell values (RFC 4180: quoted fields, doubled quotes, CR/LF or LF line ends, a
 * leading byte-order mark). Cells stay text, as Excel shows them before conversion; numbers are converted only where
 * the text is a plain number, so "0000611365" (an invoice number) keeps its leading zeros. The delimiter is detected
 * from the first line (comma, semicolon or tab).
 */
export interface CsvOptions {
  delimiter?: "," | ";" | "\t";
  /** Convert plain numbers ("12.5", "-3") to numbers; default true. */
  numbers?: boolean;
}

export function detectDelimiter(text: string): "," | ";" | "\t" {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => line.split(ch).length - 1;
  const c = count(",");
  const s = count(";");
  const t = count("\t");
  return t > c && t >= s ? "\t" : s > c ? ";" : ",";
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function parseCsv(text: string, options: CsvOptions = {}): (string | number)[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = options.delimiter ?? detectDelimiter(src);
  const numbers = options.numbers ?? true;
  const rows: (string | number)[][] = [];
  let row: (string | number)[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const push = () => {
    row.push(!wasQuoted && numbers && PLAIN_NUMBER.test(field) ? Number(field) : field);
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
      } else field += ch;
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
    } else if (ch === delim) push();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      push();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || wasQuoted || row.length > 0) {
    push();
    rows.push(row);
  }
  return rows;
}
