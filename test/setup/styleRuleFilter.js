/**
 * Which style rules an element cannot match, read from the rule's selector text alone: for every selector of the
 * list, the element lacks a class that the selector's last compound (the part that must match the element itself)
 * requires at its top level. Used by test/setup/jsdomEnvironment.js to skip, in jsdom's style cascade, the rules that
 * cannot match; selectors this reading is not sure of (escapes, quotes, namespaces) are never skipped.
 */
"use strict";

/** The selector list split at its top-level commas. */
function splitList(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The classes the last compound of one selector requires at its top level (outside :not(), :is(), [..]). */
function subjectClasses(selector) {
  const text = selector.trim();
  let depth = 0;
  let compoundStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && /[\s>+~]/.test(c)) compoundStart = i + 1;
  }
  const classes = [];
  depth = 0;
  for (let i = compoundStart; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "." && depth === 0) {
      const name = /^[A-Za-z0-9_-]+/.exec(text.slice(i + 1));
      if (name) classes.push(name[0].toLowerCase());
    }
  }
  return classes;
}

/** For a selector list: the classes each selector requires, or null when some selector may match any element. */
const requirements = new Map();
function requiredClasses(selectorText) {
  let found = requirements.get(selectorText);
  if (found !== undefined) return found;
  found = null;
  if (!/[\\"'|]/.test(selectorText)) {
    const each = splitList(selectorText).map(subjectClasses);
    if (each.every((classes) => classes.length > 0)) found = each;
  }
  requirements.set(selectorText, found);
  return found;
}

/** A class attribute read as a set of lower-case names, kept per attribute text. */
const classSets = new Map();
function classSet(text) {
  let set = classSets.get(text);
  if (set === undefined) {
    set = new Set(text.toLowerCase().split(/[ \t\n\f\r]+/));
    if (classSets.size > 50_000) classSets.clear();
    classSets.set(text, set);
  }
  return set;
}

/** False when an element whose class attribute is `classAttribute` cannot match `selectorText`; true otherwise. */
function mayMatch(classAttribute, selectorText) {
  const needed = typeof selectorText === "string" ? requiredClasses(selectorText) : null;
  if (needed === null) return true;
  const own = classSet(classAttribute ?? "");
  return needed.some((classes) => classes.every((name) => own.has(name)));
}

module.exports = { requiredClasses, mayMatch };
