import type { Status } from '../../contracts/enums';
import { STATUS_LABELS } from './labels';

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
