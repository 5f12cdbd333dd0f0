/** Register a new commitment (POST /api/commitments). */
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { createCommitment, getParties, type PartyInfo, type UserInfo } from '../../api/endpoints';
import { canCreate, useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { STATUS_VALUES } from '../../components/labels';
import { Loading, usePageTitle } from '../../components/page';
import { FormFrame, SignInFirst } from './form-frame';
import { buildDoc, sameValues } from './form-model';
import { emptyValues } from './form-values';
import { useFormState } from './use-form-state';
import { useUnsavedWarning } from './use-unsaved-warning';

export default function NewCommitmentPage() {
  usePageTitle('New commitment');
  const { user } = useSession();
  const parties = useResource(user ? 'parties' : null, getParties);
  if (user === undefined) return <Loading />;
  if (user === null) return <SignInFirst />;
  if (!canCreate(user)) {
    return (
      <>
        <h1 className="heading-l">New commitment</h1>
        <p>The {user.role} role may not register commitments. The secretariat and delegations can.</p>
        <p>
          <Link to="/commitments">Back to the register</Link>
        </p>
      </>
    );
  }
  if (!parties.data && !parties.error) return <Loading what="Loading the parties" />;
  return <NewForm user={user} parties={parties.data} />;
}

function NewForm({ user, parties }: { user: UserInfo; parties: PartyInfo[] | undefined }) {
  const navigate = useNavigate();
  const ownParty = user.role === 'delegation' ? user.partyCode : null;
  const initial = useMemo(() => emptyValues(ownParty ? { guarantor: ownParty } : {}), [ownParty]);
  const form = useFormState(initial, STATUS_VALUES);
  const dirty = !sameValues(form.values, initial);
  const { allowLeave } = useUnsavedWarning(dirty);
  const [saving, setSaving] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const problems = form.attempt();
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      const created = await createCommitment(buildDoc(form.values).doc as never);
      allowLeave();
      navigate(`/commitments/${encodeURIComponent(created.id)}`, { state: { saved: created.version } });
    } catch (err) {
      form.fail(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <span className="caption">Commitment register</span>
      <h1 className="heading-l">New commitment</h1>
      <p className="lead">
        One checkable promise by one guarantor. Fields marked optional may be left empty.
      </p>
      <FormFrame
        form={form}
        fields={{ mode: 'create', parties, ownParty, statusOptions: STATUS_VALUES }}
        onSubmit={onSubmit}
        saveDisabled={saving}
        cancelTo="/commitments"
      />
    </>
  );
}
