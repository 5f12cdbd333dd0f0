/**
 * The concreteness analysis in words: the verdict with its score, what is missing, the hedges
 * found, and each finding as a row — the same content as the marks, for any reader.
 */
import type { ReactNode } from 'react';
import type { Analysis } from '../../api/endpoints';
import { languageName } from '../../components/format';
import { HEDGE_LABELS, labelOf, MISSING_LABELS, MODALITY_LABELS } from '../../components/labels';
import { SummaryList } from '../../components/summary-list';
import { ConcretenessTag } from '../../components/tags';
import { type HighlightKind, highlightsOf } from './spans';

/** "Concrete 95 / 100" with a sentence on what the label means. */
export function Verdict({ analysis, headingLevel = 3 }: { analysis: Analysis; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="verdict">
      <H className="verdict__title">
        <span className="visually-hidden">Verdict: </span>
        <ConcretenessTag concreteness={analysis} withScore={false} />{' '}
        <span className="verdict__score">
          score {analysis.score}
          <span className="verdict__outof"> / 100</span>
        </span>
      </H>
      <p className="verdict__explains">
        {analysis.label === 'concrete'
          ? 'It names who is bound, binds them, and gives a quantity or a time that can be checked.'
          : 'As written, it cannot be checked: see what is missing.'}
      </p>
    </div>
  );
}

export function MissingList({ analysis }: { analysis: Analysis }) {
  if (analysis.missing.length === 0) return null;
  return (
    <>
      <h3 className="heading-s">What is missing</h3>
      <ul className="list missing-list">
        {analysis.missing.map((m) => (
          <li key={m}>{labelOf(MISSING_LABELS, m)}</li>
        ))}
      </ul>
    </>
  );
}

export function HedgeList({ analysis, showNone = false }: { analysis: Analysis; showNone?: boolean }) {
  if (analysis.hedges.length === 0) {
    return showNone ? (
      <>
        <h3 className="heading-s">Hedges</h3>
        <p className="muted">No hedges found.</p>
      </>
    ) : null;
  }
  return (
    <>
      <h3 className="heading-s">Hedges found</h3>
      <ul className="list hedge-list">
        {analysis.hedges.map((h) => (
          <li key={`${h.span.start}-${h.span.end}`}>
            <q>{h.text}</q> <span className="muted">– {labelOf(HEDGE_LABELS, h.kind).toLowerCase()}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Notes from the analyser (why a hedge makes it vague; best-effort language support). */
export function AnalysisNotes({ analysis }: { analysis: Analysis }) {
  const notes = [...analysis.notes];
  if (analysis.languageSupport !== 'full') {
    notes.unshift(
      analysis.languageSupport === 'partial'
        ? `${languageName(analysis.lang)} is read with a partial word list: treat the result as a best effort.`
        : `There is no word list for ${languageName(analysis.lang)}: only numbers, sums and dates were read.`,
    );
  }
  if (notes.length === 0) return null;
  return (
    <ul className="list list--compact analysis-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** Each finding in words, by kind: what the marks show, without the text around them. */
export function FindingsList({ analysis }: { analysis: Analysis }) {
  const hs = highlightsOf(analysis);
  const none = <span className="muted">None found</span>;
  const list = (kinds: HighlightKind[], empty: ReactNode = none) => {
    const found = hs.filter((h) => kinds.includes(h.kind));
    if (found.length === 0) return empty;
    return (
      <ul className="findings__list">
        {found.map((h) => (
          <li key={`${h.kind}-${h.start}`}>
            <q>{h.text}</q> <span className="muted">– {h.description}</span>
          </li>
        ))}
      </ul>
    );
  };
  const rows: [string, ReactNode][] = [
    ['Who is bound', analysis.actor ? <q key="a">{analysis.actor.text}</q> : none],
    [
      'Wording',
      <>
        {labelOf(MODALITY_LABELS, analysis.modality)}
        {analysis.modalityDefaulted ? (
          <span className="muted"> (no modal verb: a plain statement reads as binding)</span>
        ) : null}
        {list(['binding', 'aspirational', 'permissive'], null)}
      </>,
    ],
    ['Quantities and money', list(['quantity'])],
    ['Time', list(['timeframe'])],
    ['Conditions and trigger', list(['condition'])],
  ];
  return <SummaryList rows={rows} />;
}
