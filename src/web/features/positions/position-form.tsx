/**
 * Record a position (GOV.UK form pattern: labels above fields, an error summary linked to each
 * field). The secretariat records any party's; a delegation, or Ukraine's team, its own party's.
 */
import { useState } from 'react';
import { useSession } from '../../api/session';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';
import { Select, TextArea, TextInput } from '../../components/field';
import { SourceFields, sourcesOf } from '../../components/source-fields';
import { type AlignmentMatrix, recordPosition } from './api';
import { signed } from './colour';
import { formErrors } from './form-errors';

const STANCES = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];
const FIELDS = ['issue', 'party', 'asOf', 'stance', 'summary', 'redLines', 'sources', 'illustrative'];

export function PositionForm({
  matrix,
  parties,
  onSaved,
}: {
  matrix: AlignmentMatrix;
  parties: { code: string; name: string }[];
  onSaved: () => void;
}) {
  const { user } = useSession();
  const ownParty = user?.role === 'secretariat' ? null : (user?.partyCode ?? null);
  const [v, setV] = useState({
    issue: matrix.issues[0]?.slug ?? '',
    party: ownParty ?? 'UA',
    asOf: matrix.date,
    stance: '0',
    summary: '',
    redLines: '',
    sourceTitle: '',
    sourceUrl: '',
    illustrative: false,
  });
  const [errors, setErrors] = useState<{ items: SummaryItem[]; byField: Record<string, string> }>({
    items: [],
    byField: {},
  });
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const issue = matrix.issues.find((i) => i.slug === v.issue);

  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setSaved(null);
        try {
          await recordPosition({
            issue: v.issue,
            party: v.party,
            asOf: v.asOf,
            stance: Number(v.stance),
            summary: v.summary,
            redLines: v.redLines
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            sources: sourcesOf(v),
            illustrative: v.illustrative,
          });
          setErrors({ items: [], byField: {} });
          setSaved(`Recorded ${v.party}'s position on ${issue?.title ?? v.issue}.`);
          setV({ ...v, summary: '', redLines: '', sourceTitle: '', sourceUrl: '' });
          onSaved();
        } catch (err) {
          setErrors(formErrors(err, 'pos', FIELDS));
          setFocusKey((k) => k + 1);
        } finally {
          setBusy(false);
        }
      }}
    >
      <ErrorSummary items={errors.items} focusKey={focusKey} />
      {saved ? (
        <div className="notice notice--success" role="status">
          {saved}
        </div>
      ) : null}
      <Select
        id="pos-issue"
        label="Issue"
        value={v.issue}
        onChange={set('issue')}
        error={errors.byField.issue}
        options={matrix.issues.map((i) => ({ value: i.slug, label: i.title }))}
      />
      <Select
        id="pos-party"
        label="Party"
        hint={ownParty ? 'You may record your own party’s positions.' : undefined}
        value={v.party}
        onChange={set('party')}
        error={errors.byField.party}
        disabled={ownParty !== null}
        options={parties.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
      />
      <TextInput
        id="pos-asOf"
        label="As of"
        type="date"
        value={v.asOf}
        onChange={set('asOf')}
        error={errors.byField.asOf}
        className="form-group--narrow"
      />
      <Select
        id="pos-stance"
        label="Stance"
        hint={issue ? `−2: ${issue.lowLabel}. +2: ${issue.highLabel}.` : undefined}
        value={v.stance}
        onChange={set('stance')}
        error={errors.byField.stance}
        options={STANCES.map((s) => ({ value: String(s), label: signed(s) }))}
      />
      <TextArea
        id="pos-summary"
        label="Summary"
        value={v.summary}
        onChange={set('summary')}
        error={errors.byField.summary}
      />
      <TextArea
        id="pos-redLines"
        label="Red lines"
        hint="One a line."
        rows={3}
        value={v.redLines}
        onChange={set('redLines')}
        error={errors.byField.redLines}
      />
      <SourceFields
        idPrefix="pos"
        values={v}
        onChange={(change) => setV({ ...v, ...change })}
        error={errors.byField.sources}
        illustrativeLabel="Illustrative: the stance is a judgement, not a public fact"
      />
      <button type="submit" className="button" disabled={busy}>
        Record the position
      </button>
    </form>
  );
}
