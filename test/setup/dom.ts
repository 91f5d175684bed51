/** jsdom set-up for React component tests (the taskpane and the preview). */
import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

// A whole taskpane rendered and clicked through in jsdom takes seconds on a busy 2-core machine.
jest.setTimeout(60_000);

// Fluent UI reads these; jsdom does not provide them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!(globalThis as { ResizeObserver?: unknown }).ResizeObserver) {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Fluent's tab indicator animates in a requestAnimationFrame callback that sets React state; jsdom runs those
// callbacks on a timer, outside any act(). Running them inside act() is what the browser's event loop amounts to.
// Testing Library turns the act environment off while it waits (findBy…, waitFor); then the frame runs as it is.
{
  const { act } = require("react") as typeof import("react");
  const frame = window.requestAnimationFrame.bind(window);
  const actEnvironment = () => (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT === true;
  window.requestAnimationFrame = (callback: FrameRequestCallback) =>
    frame((time) => (actEnvironment() ? act(() => callback(time)) : callback(time)));
}

// jsdom has no layout: every clientWidth is 0, so Fluent's Overflow (the results' tab bar) would move all tabs but
// one into its "More" menu at some later frame. Give elements the room of a wide pane instead, so every tab stays on
// the bar, deterministically; the narrow widths are tested in a real browser (test/e2e/width.e2e.ts).
Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 1000 });

// findBy… and waitFor wait for the result, not for a time: their default 1 s ran out on a loaded machine (load 15 on
// two cores) before a 19-row analysis had painted.
{
  const { configure } = require("@testing-library/react") as typeof import("@testing-library/react");
  configure({ asyncUtilTimeout: 30_000 });
}
