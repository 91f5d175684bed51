/**
 * Loads the BUILT functions bundle (dist/functions.js) the way Excel's runtime does: a fresh global scope with a
 * `CustomFunctions` object whose `associate` records each id → function. `npm test` builds dist/ first.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const distDir = path.resolve(__dirname, "../../dist");

export class BundleError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: {
    name: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
    repeating?: boolean;
    description?: string;
  }[];
  result: { type?: string; dimensionality?: string };
}

export function readMetadata(file = "functions.json"): { functions: FunctionMetadata[] } {
  const p = path.join(distDir, file);
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first (npm test does)`);
  return JSON.parse(fs.readFileSync(p, "utf8"));
}

/**
 * `office`: an Office host stand-in (its display language, e.g. "zh-CN"), as Office.js gives it to the shared
 * runtime; without it the bundle runs outside Office.
 */
export function loadBundle(office?: { displayLanguage: string }): Map<string, (...args: unknown[]) => unknown> {
  const file = path.join(distDir, "functions.js");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    Error: BundleError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associate(id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) {
      if (typeof id === "string") associated.set(id.toUpperCase(), fn!);
      else for (const [k, f] of Object.entries(id)) associated.set(k.toUpperCase(), f);
    },
  };
  const sandbox: Record<string, unknown> = { CustomFunctions, console, Date, Math, JSON };
  if (office) {
    const info = { host: "Excel", platform: "PC" };
    sandbox.Office = {
      context: { displayLanguage: office.displayLanguage },
      onReady: (callback?: (i: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
    };
  }
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  return associated;
}
