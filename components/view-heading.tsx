import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A view's title, focused when the view appears, so keyboard and
 * screen-reader users land at the top of what they just opened.
 */
export function ViewHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);

  return (
    <h2 id={id} ref={ref} className="view__title" tabIndex={-1}>
      {children}
    </h2>
  );
}
