import type { ConcretenessLabel } from '../../contracts/analysis';
import type { Status } from '../../contracts/enums';
import { CONCRETENESS_LABELS, STATUS_LABELS } from './labels';

const STATUS_TONE: Record<Status, string> = {
  announced: 'grey',
  drafted: 'light-blue',
  agreed: 'light-blue',
  signed: 'blue',
  ratified: 'blue',
  in_force: 'green',
  allocated: 'green',
  delivered: 'dark-green',
  withdrawn: 'grey',
  expired: 'yellow',
  breached: 'red',
};

export function StatusTag({ status }: { status: string }) {
  const tone = STATUS_TONE[status as Status] ?? 'grey';
  return <strong className={`tag tag--${tone}`}>{STATUS_LABELS[status as Status] ?? status}</strong>;
}

/** Marks demo records that are not public facts. */
export function IllustrativeBadge() {
  return (
    <strong
      className="tag tag--illustrative"
      title="Illustrative record: invented for the demo, not a public fact"
    >
      Illustrative
    </strong>
  );
}

/**
 * The concreteness label as a tag, with the score beside it: the word says it, the tone only
 * repeats it. `null` (not analysed yet) reads as such.
 */
export function ConcretenessTag({
  concreteness,
  withScore = true,
}: {
  concreteness: { label: string; score: number } | null | undefined;
  withScore?: boolean;
}) {
  if (!concreteness) return <span className="muted">Not analysed</span>;
  const { label, score } = concreteness;
  return (
    <span className="concreteness" data-label={label}>
      <strong className={`tag ${label === 'concrete' ? 'tag--green' : 'tag--yellow'}`}>
        {CONCRETENESS_LABELS[label as ConcretenessLabel] ?? label}
      </strong>
      {withScore ? (
        <span className="concreteness__score" title="Concreteness score, 0 to 100">
          {' '}
          {score}
          <span className="visually-hidden"> out of 100</span>
        </span>
      ) : null}
    </span>
  );
}
