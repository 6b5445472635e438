import { useCallback, useEffect, useRef, useState } from 'react';

/** A callback ref and the element's content width, kept current with a ResizeObserver. */
export function useElementWidth<T extends HTMLElement>(): [(el: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    setWidth(Math.floor(el.getBoundingClientRect().width));
    observer.current = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.floor(w));
    });
    observer.current.observe(el);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width];
}

/** useElementWidth, and the element itself as state (for listeners that follow it). */
export function useMeasuredElement<T extends HTMLElement>(): [(el: T | null) => void, number, T | null] {
  const [widthRef, width] = useElementWidth<T>();
  const [element, setElement] = useState<T | null>(null);
  const ref = useCallback(
    (el: T | null) => {
      widthRef(el);
      setElement(el);
    },
    [widthRef],
  );
  return [ref, width, element];
}
