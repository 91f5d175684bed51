/**
 * jest-environment-jsdom, with jsdom's style cascade made to skip the style rules an element cannot match.
 *
 * Why: every getByRole (its hidden check and the accessible name), every userEvent click (its pointer-events check)
 * and every axe run asks jsdom for computed styles. jsdom computes an element's style by asking its selector engine
 * whether each rule of each style sheet matches the element; Fluent's atomic CSS is about 900 one-class rules, so one
 * element cost about 900 selector matches, and the styles of a rendered pane, computed again after every React
 * update, most of a taskpane test's time.
 *
 * What: a rule whose selectors each require a class the element lacks (test/setup/styleRuleFilter.js) is answered
 * "no match" before the selector engine is asked: the same answer, sooner. The cascade, its order and every other
 * match stay jsdom's own; test/setup/styleRuleFilter.test.tsx checks the reading against jsdom's matches() on the
 * rendered taskpane.
 */
"use strict";

const { mayMatch } = require("./styleRuleFilter");

// Patched before jsdom's style rules load: they take their reference to matchesDontThrow once, on load.
const selectors = require("jsdom/lib/jsdom/living/helpers/selectors");
const matchesDontThrow = selectors.matchesDontThrow;
selectors.matchesDontThrow = (elImpl, selector) =>
  mayMatch(elImpl.getAttributeNS(null, "class"), selector) && matchesDontThrow(elImpl, selector);

const JsdomEnvironment = require("jest-environment-jsdom").default;

/**
 * Error stacks of at most 10 frames (Node's default; jest sets 100). React's development build makes an Error for
 * every element it creates (its owner stacks, up to 10,000 a second), each capturing the whole render's call stack,
 * jsdom's and Fluent's frames included: with 100 frames a capture, a good part of a taskpane test's time and
 * garbage. A failing test's own stack still names its line: the test's frames are the top ones.
 */
class Environment extends JsdomEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.Error.stackTraceLimit = 10;
  }
}

module.exports = Environment;
