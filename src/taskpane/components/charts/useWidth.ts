import { RefObject, useLayoutEffect, useState } from "react";

/** The element's width in CSS pixels, following resizes (the pane can be widened); `fallback` until measured. */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 300): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
