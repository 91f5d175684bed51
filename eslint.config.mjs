// The house rules, checked by a machine (`npm run lint`). The rooms and layers they encode are drawn in
// docs/ARCHITECTURE.md; Prettier owns the layout (.prettierrc.json), so no formatting rule lives here.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const FUNCTION_LINES = { skipBlankLines: true, skipComments: true, IIFEs: true };

const DOM_GLOBALS = ["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "HTMLElement"];
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension", "OfficeRuntime"];
const officeMessage = "Office.js lives in src/excel only (the gateway); other rooms go through it.";

/** No Office.js object, type or package: everywhere but src/excel (and src/functions may use CustomFunctions). */
function noOffice(extraGlobals = [], domGlobals = []) {
  const names = [...OFFICE_GLOBALS, ...extraGlobals];
  const pattern = `/^(${names.join("|")})$/`;
  return {
    "no-restricted-globals": [
      "error",
      ...names.map((name) => ({ name, message: officeMessage })),
      ...domGlobals.map((name) => ({ name, message: "src/engine is pure TypeScript: no DOM, no browser." })),
    ],
    "no-restricted-syntax": [
      "error",
      { selector: `MemberExpression[object.name=${pattern}]`, message: officeMessage },
      { selector: `TSQualifiedName[left.name=${pattern}]`, message: officeMessage },
    ],
  };
}

const officePackages = { group: ["@microsoft/office-js", "office-js", "@types/office-js"], message: officeMessage };
const engineDoor = {
  group: ["**/engine/*", "!**/engine/index", "**/engine/**/*"],
  message: "Rooms use the engine through its one door, src/engine/index.ts.",
};
const uiInEngine = {
  group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*", "**/taskpane/**", "**/preview/**"],
  message: "src/engine is pure TypeScript: no React, DOM or UI.",
};
const roomsInEngine = {
  group: ["**/excel/**", "**/functions/**", "**/i18n/**"],
  message: "src/engine sits below every room: it imports none of them.",
};

/** A layer of the engine may import only the layers below it (docs/ARCHITECTURE.md). */
function layer(folder, above) {
  return {
    files: [`src/engine/${folder}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            uiInEngine,
            roomsInEngine,
            officePackages,
            ...(above.length > 0
              ? [
                  {
                    group: above.flatMap((f) => [`../${f}/*`, `../../${f}/*`, `../${f}`, `../../${f}`]),
                    message: `src/engine/${folder} sits below ${above.join(", ")}: it may not import them.`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "coverage/**", ".bench-build/**", "node_modules/**", "test-output/**", "assets/**"] },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      // A circle of imports is an error. This rule skips type-only imports; test/architecture/importGraph.test.ts
      // catches circles through those too.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-duplicates": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Functions that fit on a screen: 60 lines without blanks and comments (every function in src).
      "max-lines-per-function": ["error", { ...FUNCTION_LINES, max: 60 }],
    },
  },
  // The Office add-ins plugin's Office.js rules where Office.js lives. Left out: load-object-before-read,
  // call-sync-before-read and no-navigational-load, which take navigation getters (range.worksheet) and the
  // isNullObject flag for properties that need a load, and so report correct code.
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  // The AR.* functions declare their arguments as `any`: custom-functions-metadata builds functions.json from the
  // TypeScript types and knows no `unknown`; the values are checked by src/functions/args.ts.
  { files: ["src/functions/**/*.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Rooms: Office.js only in src/excel; src/functions may use CustomFunctions (the add-in's function runtime).
  { files: ["src/**/*.{ts,tsx}"], ignores: ["src/excel/**"], rules: noOffice() },
  { files: ["src/taskpane/**/*.{ts,tsx}", "src/i18n/**/*.ts"], rules: noOffice(["CustomFunctions"]) },
  { files: ["src/engine/**/*.ts"], rules: noOffice(["CustomFunctions"], DOM_GLOBALS) },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts", "src/excel/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [engineDoor] }] },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [uiInEngine, roomsInEngine, officePackages] }] },
  },
  // The engine's layers, bottom up: model < core < ledger < analysis/history < cash < collections.
  layer("model", ["core", "ledger", "analysis", "history", "cash", "collections", "sample"]),
  layer("core", ["ledger", "analysis", "history", "cash", "collections", "sample"]),
  layer("ledger", ["analysis", "history", "cash", "collections", "sample"]),
  layer("history", ["cash", "collections", "sample"]),
  layer("cash", ["collections", "sample"]),
  layer("collections", ["sample"]),
  {
    files: [
      "test/**/*.{ts,tsx}",
      "test/setup/*.js",
      "bench/**/*.ts",
      "scripts/**/*.js",
      "*.config.{js,mjs}",
      "webpack.config.js",
    ],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off", "max-lines-per-function": "off" },
  },
  prettier,
);
