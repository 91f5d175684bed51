import { act, render } from "@testing-library/react";
import { useRef } from "react";
import { useWidth } from "../../../../src/taskpane/components/charts/useWidth";

function Measured({ fallback }: { fallback?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref, fallback);
  return (
    <div ref={ref} data-testid="box">
      {width}
    </div>
  );
}

describe("a chart's measured width", () => {
  const clientWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientWidth")!;
  afterEach(() => Object.defineProperty(HTMLElement.prototype, "clientWidth", clientWidth));

  test("the fallback until the element has a width", () => {
    Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 0 });
    const { getByTestId } = render(<Measured fallback={280} />);
    expect(getByTestId("box").textContent).toBe("280");
  });

  test("the element's width, followed when it is resized", () => {
    let width = 320;
    let resized: () => void = () => {};
    Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => width });
    const observe = jest.fn();
    const disconnect = jest.fn();
    const saved = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe = observe;
      disconnect = disconnect;
      unobserve() {}
    } as unknown as typeof ResizeObserver;
    try {
      const { getByTestId, unmount } = render(<Measured />);
      expect(getByTestId("box").textContent).toBe("320");
      width = 410;
      act(() => resized());
      expect(getByTestId("box").textContent).toBe("410");
      unmount();
      expect(disconnect).toHaveBeenCalled();
    } finally {
      globalThis.ResizeObserver = saved;
    }
  });
});
