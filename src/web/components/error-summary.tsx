/**
 * The GOV.UK error summary: at the top of the page, focused when it appears, each message a
 * link that moves focus to the field it is about.
 */
import { type RefObject, useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the field the message is about; without it the message is not a link. */
  fieldId?: string | undefined;
  message: string;
}

function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  // the label is scrolled into view too, so the question is visible above the field
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? el;
  label.scrollIntoView({ block: 'start' });
  (el as HTMLElement).focus({ preventScroll: true });
}

export function ErrorSummary({
  items,
  title = 'There is a problem',
  focusKey,
  summaryRef,
}: {
  items: SummaryItem[];
  title?: string;
  /** Changes each time the summary should take focus (each failed submit). */
  focusKey?: number;
  summaryRef?: RefObject<HTMLDivElement | null>;
}) {
  const own = useRef<HTMLDivElement>(null);
  const ref = summaryRef ?? own;
  useEffect(() => {
    if (focusKey !== undefined && focusKey > 0) ref.current?.focus();
  }, [focusKey, ref]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((it) =>
          it.fieldId ? (
            <li key={`${it.fieldId}:${it.message}`}>
              <a
                href={`#${it.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(it.fieldId!);
                }}
              >
                {it.message}
              </a>
            </li>
          ) : (
            <li key={it.message}>{it.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
