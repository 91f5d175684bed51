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
  return new FormulaParser(text.startsWith("=") ? text.slice(1) : text).formula();
}

/** A recursive-descent parser over the formula's text; `i` is the position reached. */
class FormulaParser {
  private i = 0;

  constructor(private readonly src: string) {}

  formula(): Expr {
    const e = this.expr();
    this.ws();
    if (this.i < this.src.length)
      throw new FormulaSyntaxError(`unexpected "${this.src[this.i]}" at position ${this.i + 1}`);
    return e;
  }

  private ws(): void {
    while (this.i < this.src.length && /\s/.test(this.src[this.i])) this.i++;
  }

  private peek(): string | undefined {
    this.ws();
    return this.src[this.i];
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new FormulaSyntaxError(`"${ch}" expected at position ${this.i + 1}`);
    this.i++;
  }

  private cellRef(sheet: string | null): Expr {
    const { src } = this;
    const m = CELL.exec(src.slice(this.i));
    if (!m) throw new FormulaSyntaxError(`a cell reference expected at position ${this.i + 1}`);
    this.i += m[0].length;
    let to = m[0];
    if (src[this.i] === ":") {
      const m2 = CELL.exec(src.slice(this.i + 1));
      if (!m2) throw new FormulaSyntaxError(`a cell reference expected after ":" at position ${this.i + 2}`);
      this.i += 1 + m2[0].length;
      to = m2[0];
    }
    return { kind: "ref", sheet, from: m[0].replace(/\$/g, ""), to: to.replace(/\$/g, "") };
  }

  private primary(): Expr {
    const { src } = this;
    const ch = this.peek();
    if (ch === undefined) throw new FormulaSyntaxError("the formula ends too early");
    if (ch === "(") {
      this.i++;
      const e = this.expr();
      this.expect(")");
      return e;
    }
    if (ch === '"') return this.text();
    if (ch === "'") {
      const end = src.indexOf("'!", this.i + 1);
      if (end < 0) throw new FormulaSyntaxError("a sheet name in quotes must be followed by !");
      const sheet = src.slice(this.i + 1, end).replace(/''/g, "'");
      this.i = end + 2;
      return this.cellRef(sheet);
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?/.exec(src.slice(this.i));
    if (num) {
      this.i += num[0].length;
      const v = Number(num[0].replace("%", ""));
      return { kind: "number", value: num[0].endsWith("%") ? v / 100 : v };
    }
    const word = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*/.exec(src.slice(this.i));
    if (word) return this.word(word[0]);
    if (src[this.i] === "$") return this.cellRef(null);
    throw new FormulaSyntaxError(`unexpected "${ch}" at position ${this.i + 1}`);
  }

  /** "text", a doubled quote standing for one quote. */
  private text(): Expr {
    const { src } = this;
    let s = "";
    this.i++;
    for (;;) {
      if (this.i >= src.length) throw new FormulaSyntaxError("a closing quote is missing");
      if (src[this.i] === '"') {
        if (src[this.i + 1] === '"') {
          s += '"';
          this.i += 2;
          continue;
        }
        this.i++;
        break;
      }
      s += src[this.i++];
    }
    return { kind: "string", value: s };
  }

  /** A word: a sheet name before !, a function before (, a cell, or TRUE/FALSE. */
  private word(w: string): Expr {
    const after = this.src[this.i + w.length];
    if (after === "!") {
      this.i += w.length + 1;
      return this.cellRef(w);
    }
    if (after === "(") {
      this.i += w.length + 1;
      return { kind: "call", name: w.toUpperCase(), args: this.args() };
    }
    if (CELL.test(this.src.slice(this.i)) && /^[A-Za-z]{1,3}\d+$/.test(w.replace(/\$/g, ""))) return this.cellRef(null);
    if (/^(true|false)$/i.test(w)) {
      this.i += w.length;
      return { kind: "boolean", value: w.toLowerCase() === "true" };
    }
    throw new FormulaSyntaxError(`"${w}" is not a function, a cell or a value`);
  }

  /** A call's arguments after its "(", up to and including the ")"; an argument left out is empty. */
  private args(): Expr[] {
    const args: Expr[] = [];
    if (this.peek() === ")") {
      this.i++;
      return args;
    }
    for (;;) {
      const c = this.peek();
      args.push(c === "," || c === ")" ? { kind: "empty" } : this.expr());
      if (this.peek() === ",") {
        this.i++;
        continue;
      }
      this.expect(")");
      return args;
    }
  }

  private unary(): Expr {
    const ch = this.peek();
    if (ch === "-" || ch === "+") {
      this.i++;
      return { kind: "unary", op: ch, arg: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    let left = this.primary();
    while (this.peek() === "^") {
      this.i++;
      left = { kind: "binary", op: "^", left, right: this.primary() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    for (let ch = this.peek(); ch === "*" || ch === "/"; ch = this.peek()) {
      this.i++;
      left = { kind: "binary", op: ch, left, right: this.unary() };
    }
    return left;
  }

  private sum(): Expr {
    let left = this.term();
    for (let ch = this.peek(); ch === "+" || ch === "-"; ch = this.peek()) {
      this.i++;
      left = { kind: "binary", op: ch, left, right: this.term() };
    }
    return left;
  }

  private expr(): Expr {
    let left = this.sum();
    while (this.peek() === "&") {
      this.i++;
      left = { kind: "binary", op: "&", left, right: this.sum() };
    }
    return left;
  }
}
