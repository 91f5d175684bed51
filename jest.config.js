/* Jest projects: pure TypeScript in Node, React components in jsdom, and the browser end-to-end suite. */
const { availableParallelism } = require("os");

// ts-jest, with the built-ins each module names read once into its own scope (test/setup/tsTransform.js: a global's
// read from code in jest's vm context is not cached by V8 on Node 20, and the engine's loops read Math and Map).
const tsJest = [
  "<rootDir>/test/setup/tsTransform.js",
  {
    tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true },
    diagnostics: { warnOnly: false },
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
};
module.exports = {
  // Two workers at least. Jest's default is one fewer than the cores: one on a 2-core machine, which runs every suite
  // in band on one core while the other waits. The suites share nothing (each browser file has its own Chromium
  // profile and a free port, each jsdom file its own window), so the units, the jsdom and the browser files run side
  // by side; `-w 1` on the command line still runs one file at a time. `npm test` runs the browser files apart, after
  // the others (a Chromium beside a jsdom suite on two cores made the browser waits time out), two at a time: a
  // browser file spends much of its time waiting on its page, and two Chromiums took 158 s where one at a time
  // took 250 s. The long-task measurement (offThread.e2e.ts: no task over 100 ms on the page's thread) runs alone
  // after them: beside another Chromium on two cores a 76 ms task stretched to 133 ms.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // Jest's default timeout (5 s a test): a hang shows. Performance is measured by `npm run bench`, never by a
  // test; a test that needs more time on a slow machine says so itself (jsdom suites: test/setup/dom.ts).
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/test/e2e/"],
    },
    {
      ...common,
      displayName: "dom",
      // jsdom, its style cascade skipping the rules an element cannot match (test/setup/jsdomEnvironment.js).
      testEnvironment: "<rootDir>/test/setup/jsdomEnvironment.js",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/dom.ts"],
      // Fluent's icons and components: an icon file or a component package loaded on first use, not all 60 icon files
      // and 58 packages in every file (test/setup/lazyFluentIcons.js, lazyFluentComponents.js).
      moduleNameMapper: {
        "^@fluentui/react-icons$": "<rootDir>/test/setup/lazyFluentIcons.js",
        "^@fluentui/react-components$": "<rootDir>/test/setup/lazyFluentComponents.js",
      },
    },
    { ...common, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"] },
  ],
};
