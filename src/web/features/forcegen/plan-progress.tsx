/**
 * A plan being solved: which of the three stages runs, the objective against the best bound as
 * a bar, the seconds spent; a Cancel button keeps the best plan found so far. The words go in
 * the caller's polite live region (`progressWords`), which stays mounted while plans come and go,
 * so a screen reader hears the progress without losing its place.
 */
import { useState } from 'react';
import { cancelPlan, type Plan } from '../../api/forcegen';
import { fmtNumber, fmtShare } from '../../components/format';
import { STAGE_LABELS, STAGE_ORDER, type Stage } from './labels';

function closeness(objective: number | undefined, bound: number | undefined): number | null {
  if (objective === undefined || bound === undefined) return null;
  const hi = Math.max(Math.abs(objective), Math.abs(bound));
  const lo = Math.min(Math.abs(objective), Math.abs(bound));
  if (hi === 0) return 1;
  return lo / hi;
}

function fmtObjective(stage: string | undefined, n: number): string {
  return stage === 'coverage' || stage === undefined ? fmtShare(n) : fmtNumber(n, n < 10 ? 3 : 0);
}

/**
 * What the live region says about a plan being solved: only what changes rarely (queued, the
 * stage); the figures, which change twice a second, are in the box and read on demand.
 */
export function progressWords(
  status: Plan['status'] | undefined,
  progress: Plan['progress'],
  label = 'The plan',
): string {
  const stage = progress?.stage as Stage | undefined;
  const i = stage ? STAGE_ORDER.indexOf(stage) : -1;
  if (status === 'queued') return `${label} is queued: the solver starts in a moment.`;
  return `${label} is being solved${stage ? `: stage ${i + 1} of 3, ${STAGE_LABELS[stage].toLowerCase()}` : ''}.`;
}

export function PlanProgress({
  status,
  progress,
  planId,
  canCancel,
}: {
  status: Plan['status'] | undefined;
  progress: Plan['progress'];
  planId: string;
  canCancel: boolean;
}) {
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const stage = progress?.stage as Stage | undefined;
  const stageIndex = stage ? STAGE_ORDER.indexOf(stage) : -1;
  const ratio = closeness(progress?.objective, progress?.bound);

  const figures =
    progress && progress.objective !== undefined
      ? `Objective ${fmtObjective(stage, progress.objective)} against a bound of ${fmtObjective(stage, progress.bound ?? 0)}` +
        `${ratio !== null ? ` (${fmtShare(ratio)} of the way)` : ''}` +
        `${progress.seconds !== undefined ? `, after ${fmtNumber(progress.seconds, 1)} s` : ''}.`
      : null;

  return (
    <div className="fg-progress">
      <h3 className="notice__title">{status === 'queued' ? 'Queued' : 'Solving…'}</h3>
      <ol className="fg-stages" aria-label="Stages">
        {STAGE_ORDER.map((s, i) => (
          <li key={s} aria-current={s === stage ? 'step' : undefined}>
            {i + 1}. {STAGE_LABELS[s]}
            {i < stageIndex ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ol>
      <div className="fg-progress__bar" aria-hidden="true">
        {ratio === null ? (
          <div className="fg-progress__fill fg-progress__fill--waiting" />
        ) : (
          <div className="fg-progress__fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
        )}
      </div>
      <p className="muted">{figures ?? 'The solver reports its first figures within a few seconds.'}</p>
      {cancelError ? <p className="error-message">{cancelError}</p> : null}
      {canCancel ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={cancelling}
          onClick={async () => {
            setCancelling(true);
            setCancelError(null);
            try {
              await cancelPlan(planId);
            } catch (e) {
              setCancelError(`Could not cancel: ${(e as Error).message}`);
              setCancelling(false);
            }
          }}
        >
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      ) : null}
    </div>
  );
}
