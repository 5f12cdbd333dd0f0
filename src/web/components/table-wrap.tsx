/**
 * The scrolling box around a wide or long table (sticky header inside). When the table is larger
 * than the box, the box itself takes keyboard focus, so that the arrow keys scroll it (WCAG 2.1.1;
 * axe's scrollable-region-focusable), and is a named region so that a screen reader says what
 * got focus. A table that fits adds no tab stop.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function TableWrap({
  label,
  short,
  className,
  children,
}: {
  /**
   * What the table shows, read out as "Table: …" when the box gets focus (the prefix keeps it
   * apart from a section named by the same heading).
   */
  label: string;
  /** A lower maximum height, for tables beside other content. */
  short?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () =>
      setScrolls(el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    const table = el.firstElementChild;
    if (table) ro.observe(table);
    return () => ro.disconnect();
  }, []);
  const cls = ['table-wrap', short ? 'table-wrap--short' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div
      ref={box}
      className={cls}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `Table: ${label}` } : {})}
    >
      {children}
    </div>
  );
}
