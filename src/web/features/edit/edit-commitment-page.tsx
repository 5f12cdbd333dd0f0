/**
 * Edit a commitment (PATCH with the version loaded and only the changed fields). If someone else
 * saved meanwhile (409), the user is told plainly, sees what they changed, and can load that
 * version with their own typed changes kept on top of it.
 */
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { type Commitment, getCommitment, updateCommitment } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { usePartyName } from '../../api/use-parties';
import { useResource } from '../../api/use-resource';
import { type Change, DiffTable, diffDocs, fieldLabel } from '../../components/diff';
import { TextArea } from '../../components/field';
import { fmtDateTime } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { labelForPath } from './field-labels';
import { FormFrame, SignInFirst } from './form-frame';
import { buildDoc, buildPatch, rebase, sameValues } from './form-model';
import { type FormValues, fieldId, valuesFromCommitment } from './form-values';
import { useFormState } from './use-form-state';
import { useUnsavedWarning } from './use-unsaved-warning';

export default function EditCommitmentPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const res = useResource(user ? `edit:${user.id}:${id}` : null, (s) => getCommitment(id, s));
  usePageTitle(res.data ? `Edit ${res.data.ref}` : 'Edit commitment');
  if (user === undefined) return <Loading />;
  if (user === null) return <SignInFirst />;
  if (res.error) return <ErrorMessage error={res.error} retry={res.reload} page />;
  if (!res.data) return <Loading what="Loading the commitment" />;
  if (!res.data.permissions?.canEdit) {
    return (
      <>
        <h1 className="heading-l">You may not edit this commitment</h1>
        <p>
          Your role may not edit it: the secretariat may edit any commitment, a delegation only its own
          party&rsquo;s. This one is {res.data.guarantorName}&rsquo;s.
        </p>
        <p>
          <Link to={`/commitments/${encodeURIComponent(res.data.id)}`}>Back to the commitment</Link>
        </p>
      </>
    );
  }
  return <EditForm key={res.data.id} loaded={res.data} />;
}

const docOf = (v: FormValues) => buildDoc(v).doc;

function EditForm({ loaded }: { loaded: Commitment }) {
  const navigate = useNavigate();
  const [base, setBase] = useState(loaded);
  const baseValues = useMemo(() => valuesFromCommitment(base), [base]);
  // the statuses the API says this record may move to, from the version being edited
  const statusOptions = useMemo(
    () => [...new Set([base.status, ...(base.permissions?.allowedStatuses ?? [])])],
    [base.status, base.permissions],
  );
  const partyName = usePartyName();
  const form = useFormState(baseValues, statusOptions);
  const dirty = !sameValues(form.values, baseValues);
  const { allowLeave } = useUnsavedWarning(dirty);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{ latest: Commitment; theirs: Change[] } | null>(null);
  const [rebased, setRebased] = useState<{ version: number; both: string[] } | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const rebasedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  useEffect(() => {
    if (rebased) rebasedRef.current?.focus();
  }, [rebased]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const problems = form.attempt();
    const { patch, errors } = buildPatch(baseValues, form.values, base.version);
    if (Object.keys(problems).length > 0) return;
    if (Object.keys(errors).length > 0) {
      form.fail(
        null,
        Object.fromEntries(Object.entries(errors).map(([p, m]) => [p, `${labelForPath(p)} ${m}`])),
      );
      return;
    }
    if (Object.keys(patch).every((k) => k === 'version' || k === 'changeNote')) {
      form.setGeneral(['You have not changed anything yet.']);
      return;
    }
    setSaving(true);
    try {
      const saved = await updateCommitment(base.id, patch as never);
      allowLeave();
      navigate(`/commitments/${encodeURIComponent(saved.id)}`, { state: { saved: saved.version } });
    } catch (err) {
      if (isApiError(err) && err.status === 409) {
        try {
          const latest = await getCommitment(base.id);
          setConflict({ latest, theirs: diffDocs(docOf(baseValues), docOf(valuesFromCommitment(latest))) });
          form.setGeneral([]);
        } catch (again) {
          form.fail(again);
        }
      } else {
        form.fail(err);
      }
    } finally {
      setSaving(false);
    }
  }

  function loadTheirs() {
    if (!conflict) return;
    const theirs = valuesFromCommitment(conflict.latest);
    const { values, both } = rebase(baseValues, form.values, theirs);
    setBase(conflict.latest);
    form.replace(values);
    setRebased({ version: conflict.latest.version, both: both.map(String) });
    setConflict(null);
  }

  const href = `/commitments/${encodeURIComponent(base.id)}`;
  const notices = (
    <>
      {conflict ? (
        <div className="notice notice--warning" role="alert" tabIndex={-1} ref={conflictRef}>
          <h2 className="notice__title">Someone else saved this commitment while you were editing it</h2>
          <p>
            Version {conflict.latest.version} was saved on {fmtDateTime(conflict.latest.updatedAt)}. Your
            changes have <strong>not</strong> been saved, and they are still in the form below.
          </p>
          {conflict.theirs.length ? (
            <>
              <p>What changed in their version:</p>
              <DiffTable changes={conflict.theirs} caption="Changes saved by someone else" />
            </>
          ) : (
            <p>None of the fields in this form changed in their version.</p>
          )}
          <div className="button-group">
            <button type="button" className="button" onClick={loadTheirs}>
              Load their version and keep my changes
            </button>
          </div>
        </div>
      ) : null}
      {rebased ? (
        <div className="notice notice--info" role="status" tabIndex={-1} ref={rebasedRef}>
          <h2 className="notice__title">You are now editing version {rebased.version}</h2>
          <p>Your changes are kept on top of it. Check the form, then save again.</p>
          {rebased.both.length ? (
            <p>
              You both changed: {rebased.both.map((k) => fieldLabel(k)).join(', ')}. The form shows your
              values for these.
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );

  return (
    <>
      <Link to={href} className="back-link">
        Back to the commitment
      </Link>
      <span className="caption">
        {base.ref} · version {base.version}
      </span>
      <h1 className="heading-l">Edit commitment</h1>
      <SummaryList
        rows={[
          ['Guarantor', `${base.guarantorName} (${base.guarantor})`],
          ['Beneficiary', partyName(base.beneficiary)],
          ['Reference', base.ref],
        ]}
      />
      <FormFrame
        form={form}
        fields={{
          mode: 'edit',
          parties: undefined,
          ownParty: null,
          statusOptions,
          currentStatus: base.status,
        }}
        onSubmit={onSubmit}
        notices={notices}
        saveDisabled={saving || !!conflict}
        cancelTo={href}
        afterActions={dirty ? <span className="muted">You have unsaved changes.</span> : null}
      >
        <fieldset className="fieldset">
          <legend className="fieldset__legend">
            <h2 className="heading-m">About this change</h2>
          </legend>
          <TextArea
            id={fieldId('changeNote')}
            label="Note on this change"
            hint="Optional: why you made it. It is kept in the history."
            rows={2}
            value={form.values.changeNote}
            error={form.errors.changeNote}
            onChange={(e) => form.setValues({ ...form.values, changeNote: e.target.value })}
          />
        </fieldset>
      </FormFrame>
    </>
  );
}
