/**
 * A small formula parser for the preview grid: numbers, "text", TRUE/FALSE, cell references (A1, $A$1,
 * Sheet!A1, 'My sheet'!A1:B9), function calls with dotted names (AR.AGING, DSO.COUNTBACK), unary minus, + − × ÷
 * and & with Excel's precedence, parentheses and empty arguments (AR.AGING(A1:A9,B1:B9,,)).
 */
export type Expr =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "empty" }
  | { kind: "ref"; sheet: string | null; from: string; to: string }
  | { kind: "call"; name: string; args: Expr[] }
  | { kind: "unary"; op: "-" | "+"; arg: Expr }
  | { kind: "binary"; op: "+" | "-" | "*" | "/" | "&" | "^"; left: Expr; right: Expr };

export class FormulaSyntaxError extends Error {}

const CELL = /^\$?[A-Za-z]{1,3}\$?\d+/;

export function parseFormula(text: string): Expr {
  const src = text.startsWith("=") ? text.slice(1) : text;
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const peek = () => (ws(), src[i]);
  const expect = (ch: string) => {
    if (peek() !== ch) throw new FormulaSyntaxError(`"${ch}" expected at position ${i + 1}`);
    i++;
  };

  function cellRef(sheet: string | null): Expr {
    const m = CELL.exec(src.slice(i));
    if (!m) throw new FormulaSyntaxError(`a cell reference expected at position ${i + 1}`);
    i += m[0].length;
    let to = m[0];
    if (src[i] === ":") {
      const m2 = CELL.exec(src.slice(i + 1));
      if (!m2) throw new FormulaSyntaxError(`a cell reference expected after ":" at position ${i + 2}`);
      i += 1 + m2[0].length;
      to = m2[0];
    }
    return { kind: "ref", sheet, from: m[0].replace(/\$/g, ""), to: to.replace(/\$/g, "") };
  }

  function primary(): Expr {
    const ch = peek();
    if (ch === undefined) throw new FormulaSyntaxError("the formula ends too early");
    if (ch === "(") {
      i++;
      const e = expr();
      expect(")");
      return e;
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new FormulaSyntaxError("a closing quote is missing");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      return { kind: "string", value: s };
    }
    if (ch === "'") {
      const end = src.indexOf("'!", i + 1);
      if (end < 0) throw new FormulaSyntaxError("a sheet name in quotes must be followed by !");
      const sheet = src.slice(i + 1, end).replace(/''/g, "'");
      i = end + 2;
      return cellRef(sheet);
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      const v = Number(num[0].replace("%", ""));
      return { kind: "number", value: num[0].endsWith("%") ? v / 100 : v };
    }
    const word = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*/.exec(src.slice(i));
    if (word) {
      const w = word[0];
      const after = src[i + w.length];
      if (after === "!") {
        i += w.length + 1;
        return cellRef(w);
      }
      if (after === "(") {
        i += w.length + 1;
        const args: Expr[] = [];
        if (peek() === ")") {
          i++;
          return { kind: "call", name: w.toUpperCase(), args };
        }
        for (;;) {
          const c = peek();
          args.push(c === "," || c === ")" ? { kind: "empty" } : expr());
          const next = peek();
          if (next === ",") {
            i++;
            continue;
          }
          expect(")");
          break;
        }
        return { kind: "call", name: w.toUpperCase(), args };
      }
      if (CELL.test(src.slice(i)) && /^[A-Za-z]{1,3}\d+$/.test(w.replace(/\$/g, ""))) return cellRef(null);
      if (/^(true|false)$/i.test(w)) {
        i += w.length;
        return { kind: "boolean", value: w.toLowerCase() === "true" };
      }
      throw new FormulaSyntaxError(`"${w}" is not a function, a cell or a value`);
    }
    if (src[i] === "$") return cellRef(null);
    throw new FormulaSyntaxError(`unexpected "${ch}" at position ${i + 1}`);
  }

  function unary(): Expr {
    const ch = peek();
    if (ch === "-" || ch === "+") {
      i++;
      return { kind: "unary", op: ch, arg: unary() };
    }
    return power();
  }
  function power(): Expr {
    let left = primary();
    while (peek() === "^") {
      i++;
      left = { kind: "binary", op: "^", left, right: primary() };
    }
    return left;
  }
  function term(): Expr {
    let left = unary();
    for (let ch = peek(); ch === "*" || ch === "/"; ch = peek()) {
      i++;
      left = { kind: "binary", op: ch, left, right: unary() };
    }
    return left;
  }
  function sum(): Expr {
    let left = term();
    for (let ch = peek(); ch === "+" || ch === "-"; ch = peek()) {
      i++;
      left = { kind: "binary", op: ch, left, right: term() };
    }
    return left;
  }
  function expr(): Expr {
    let left = sum();
    while (peek() === "&") {
      i++;
      left = { kind: "binary", op: "&", left, right: sum() };
    }
    return left;
  }

  const e = expr();
  ws();
  if (i < src.length) throw new FormulaSyntaxError(`unexpected "${src[i]}" at position ${i + 1}`);
  return e;
}
