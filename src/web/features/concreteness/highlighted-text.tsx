/**
 * The original text with the analysis marked in place. Each kind of finding has its own line
 * style and a short visible tag after it (so colour is never the only cue), and each mark is
 * described for screen readers; the legend says what the styles mean.
 */
import type { ReactNode } from 'react';
import type { Analysis } from '../../api/endpoints';
import {
  HIGHLIGHT_INFO,
  HIGHLIGHT_KINDS,
  type HighlightKind,
  type HighlightNode,
  highlightsOf,
  nestHighlights,
} from './spans';

function renderRange(text: string, nodes: HighlightNode[], from: number, to: number): ReactNode[] {
  const out: ReactNode[] = [];
  let pos = from;
  for (const n of nodes) {
    if (n.start > pos) out.push(text.slice(pos, n.start));
    out.push(
      <mark
        key={`${n.kind}-${n.start}-${n.end}`}
        className={`hl hl--${n.kind}`}
        data-kind={n.kind}
        data-tag={n.continued ? undefined : (n.tag ?? HIGHLIGHT_INFO[n.kind].tag)}
        title={n.description}
        aria-description={n.description}
      >
        {renderRange(text, n.children, n.start, n.end)}
      </mark>,
    );
    pos = n.end;
  }
  if (pos < to) out.push(text.slice(pos, to));
  return out;
}

/** The text with its findings marked; `lang` is the text's own language. */
export function HighlightedText({
  text,
  analysis,
  lang,
  className = 'quote quote--analysed',
  id,
}: {
  text: string;
  analysis: Analysis;
  lang?: string | undefined;
  className?: string;
  id?: string;
}) {
  const nodes = nestHighlights(highlightsOf(analysis), text.length);
  return (
    <blockquote className={className} lang={lang} id={id}>
      {renderRange(text, nodes, 0, text.length)}
    </blockquote>
  );
}

/** The kinds present in an analysis, in the legend's order. */
export function kindsIn(analysis: Analysis): HighlightKind[] {
  const found = new Set(highlightsOf(analysis).map((h) => h.kind));
  return HIGHLIGHT_KINDS.filter((k) => found.has(k));
}

/** What each style means; by default only the kinds present, so a short text has a short legend. */
export function HighlightLegend({ kinds = HIGHLIGHT_KINDS }: { kinds?: readonly HighlightKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <div className="hl-legend">
      <ul className="hl-legend__list" aria-label="Key to the marks">
        {kinds.map((k) => (
          <li key={k} className="hl-legend__item">
            <mark className={`hl hl--${k}`} data-tag={HIGHLIGHT_INFO[k].tag} aria-hidden="true">
              {HIGHLIGHT_INFO[k].name}
            </mark>
            <span className="visually-hidden">{HIGHLIGHT_INFO[k].name}</span>
            <span className="hl-legend__explains">: {HIGHLIGHT_INFO[k].explains}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
