/**
 * The what-if chooser: what changes (a nation withdraws, the US backstop is absent, a caveat is
 * lifted, an offer is added) and its details; starts the variant's solve.
 */
import { type FormEvent, useState } from 'react';
import type { CaveatKind, WhatIf } from '../../../contracts/forcegen';
import { isApiError } from '../../api/client';
import { type Plan, requestPlan, type ScenarioInfo } from '../../api/forcegen';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/field';
import { CAVEAT_LABELS, CAVEAT_ORDER, WHAT_IF_LABELS } from './labels';
import { OfferForm } from './offer-form';

type Kind = WhatIf['kind'];
const KINDS = Object.keys(WHAT_IF_LABELS) as Kind[];

export function WhatIfForm({ view, onStarted }: { view: ScenarioInfo; onStarted: (p: Plan) => void }) {
  const s = view.scenario;
  const [kind, setKind] = useState<Kind | ''>('');
  const [nation, setNation] = useState('');
  const [caveat, setCaveat] = useState<CaveatKind | ''>('');
  const [caveatNation, setCaveatNation] = useState('');
  const [errors, setErrors] = useState<{ fieldId?: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const nations = [...s.nations].sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
  const nationOptions = nations.map((n) => ({ value: n.id, label: n.name || n.id }));

  async function run(whatIf: WhatIf) {
    const p = await requestPlan(view.id, { whatIf });
    onStarted(p);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found: { fieldId?: string; message: string }[] = [];
    if (!kind) found.push({ fieldId: 'wi-kind-withdraw_nation', message: 'Select what changes' });
    if (kind === 'withdraw_nation' && !nation)
      found.push({ fieldId: 'wi-nation', message: 'Select the nation that withdraws' });
    if (kind === 'lift_caveat' && !caveat)
      found.push({ fieldId: 'wi-caveat', message: 'Select the caveat to lift' });
    setErrors(found);
    if (found.length) {
      setAttempts((n) => n + 1);
      return;
    }
    const whatIf: WhatIf =
      kind === 'withdraw_nation'
        ? { kind, nation }
        : kind === 'lift_caveat'
          ? { kind, caveat: caveat as CaveatKind, ...(caveatNation ? { nation: caveatNation } : {}) }
          : { kind: 'drop_us_backstop' };
    setBusy(true);
    try {
      await run(whatIf);
    } catch (err) {
      setErrors([
        { message: isApiError(err) ? err.message : 'The what-if could not be started; try again.' },
      ]);
      setAttempts((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (id: string) => errors.find((x) => x.fieldId === id)?.message;
  const offeredCaveats = new Set(s.offers.flatMap((o) => o.caveats.map((c) => c.kind)));

  return (
    <>
      <form noValidate onSubmit={submit} className="commitment-form" aria-label="Run a what-if">
        <ErrorSummary items={errors} focusKey={attempts} />
        <fieldset className="fieldset fg-radios">
          <legend className="fieldset__legend fieldset__legend--s">What changes?</legend>
          {fieldError('wi-kind-withdraw_nation') ? (
            <p className="error-message">
              <span className="visually-hidden">Error: </span>
              {fieldError('wi-kind-withdraw_nation')}
            </p>
          ) : null}
          {KINDS.map((k) => (
            <div key={k}>
              <div className="checkbox">
                <input
                  type="radio"
                  className="checkbox__input"
                  id={`wi-kind-${k}`}
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                <label className="checkbox__label" htmlFor={`wi-kind-${k}`}>
                  {WHAT_IF_LABELS[k]}
                </label>
              </div>
              {kind === k && k === 'withdraw_nation' ? (
                <div className="fg-conditional">
                  <Select
                    id="wi-nation"
                    label="Nation that withdraws"
                    hint="Its offers and its weight in coalition GDP leave the force"
                    placeholder="Select a nation"
                    value={nation}
                    error={fieldError('wi-nation')}
                    onChange={(e) => setNation(e.target.value)}
                    options={nationOptions}
                  />
                </div>
              ) : null}
              {kind === k && k === 'drop_us_backstop' ? (
                <div className="fg-conditional hint">
                  {s.usBackstop
                    ? 'The scenario assumes a US backstop; offers that need one become unusable.'
                    : 'The scenario already assumes no US backstop, so the variant should change nothing; run it to check.'}
                </div>
              ) : null}
              {kind === k && k === 'lift_caveat' ? (
                <div className="fg-conditional">
                  <Select
                    id="wi-caveat"
                    label="Caveat to lift"
                    placeholder="Select a caveat"
                    value={caveat}
                    error={fieldError('wi-caveat')}
                    onChange={(e) => setCaveat(e.target.value as CaveatKind)}
                    options={CAVEAT_ORDER.filter((c) => offeredCaveats.has(c)).map((c) => ({
                      value: c,
                      label: CAVEAT_LABELS[c],
                    }))}
                  />
                  <Select
                    id="wi-caveat-nation"
                    label="For which nation"
                    placeholder="Every nation"
                    value={caveatNation}
                    onChange={(e) => setCaveatNation(e.target.value)}
                    options={nationOptions}
                  />
                </div>
              ) : null}
            </div>
          ))}
        </fieldset>
        {kind !== 'add_offer' ? (
          <div className="button-group form-actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Starting…' : 'Run the what-if'}
            </button>
          </div>
        ) : null}
      </form>
      {kind === 'add_offer' ? (
        <div className="fg-conditional">
          <OfferForm
            idPrefix="wi-offer"
            scenario={s}
            nations={nations.map((n) => n.id)}
            withNote={false}
            submitLabel="Run the what-if"
            intro={
              <p className="hint">
                A hypothetical offer: it is solved in the variant only, not added to the scenario.
              </p>
            }
            onSubmit={(offer) => run({ kind: 'add_offer', offer })}
          />
        </div>
      ) : null}
    </>
  );
}
