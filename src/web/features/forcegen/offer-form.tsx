/**
 * "Offer a unit": a national offer in the GOV.UK manner (label, hint, error, control; an error
 * summary on a failed submit). Used by delegations on the Offers tab and by planners for the
 * "add an offer" what-if. The server's errors (`offer.quantity`, `body.offer.caveats.0.regions`)
 * are mapped back onto the fields they name.
 */
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import type { Capability, ForceGenScenario, Offer } from '../../../contracts/forcegen';
import { isApiError } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';
import { Checkbox, Select, TextArea, TextInput } from '../../components/field';
import { fmtNumber } from '../../components/format';
import {
  CAPABILITY_LABELS,
  CAPABILITY_ORDER,
  CAPABILITY_UNIT,
  CAVEAT_LABELS,
  CAVEAT_ORDER,
  MANDATE_LABELS,
  READINESS_HINTS,
  READINESS_LABELS,
  READINESS_ORDER,
} from './labels';
import {
  type FieldName,
  fieldOfPath,
  initial,
  LABELS,
  newId,
  ORDER,
  sentence,
  type Values,
  validate,
} from './offer-fields';

export function OfferForm({
  idPrefix,
  scenario,
  nations,
  submitLabel,
  onSubmit,
  withNote = true,
  intro,
}: {
  idPrefix: string;
  scenario: ForceGenScenario;
  /** Nation ids the user may choose from. */
  nations: string[];
  submitLabel: string;
  /** Rejects with an ApiError to show its field errors. */
  onSubmit: (offer: Offer, note: string | undefined) => Promise<void>;
  withNote?: boolean;
  intro?: ReactNode;
}) {
  const [values, setValues] = useState<Values>(() => initial(nations.length === 1 ? nations[0]! : ''));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const idTouched = useRef(false);
  const fid = (f: FieldName) => `${idPrefix}-${f}`;
  const nationName = new Map(scenario.nations.map((n) => [n.id, n.name || n.id]));

  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((s) => ({ ...s, [k]: v }));
  const bind = (f: Exclude<FieldName, 'caveats' | 'regions'>) => ({
    id: fid(f),
    name: f,
    value: values[f],
    error: errors[f],
    onChange: (e: { target: { value: string } }) => set(f, e.target.value),
  });

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const { errors: found, offer } = validate(values);
    setGeneral([]);
    if (!offer) {
      setErrors(found);
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(offer, withNote && values.note.trim() ? values.note.trim() : undefined);
      idTouched.current = false;
      setValues(initial(nations.length === 1 ? nations[0]! : values.nation));
      setAttempts(0);
    } catch (err) {
      const fields: Partial<Record<FieldName, string>> = {};
      const rest: string[] = [];
      if (isApiError(err)) {
        for (const i of err.errors) {
          const f = fieldOfPath(i.path);
          if (f) fields[f] ??= `${LABELS[f]}: ${i.message}`;
          else rest.push(sentence(i.message));
        }
        if (err.errors.length === 0 || (rest.length === 0 && Object.keys(fields).length === 0))
          rest.push(err.status === 409 ? sentence(err.message) : sentence(err.message || err.title));
      } else rest.push('The offer could not be sent; try again.');
      setErrors(fields);
      setGeneral(rest);
      setAttempts((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary: SummaryItem[] = [
    ...ORDER.filter((f) => errors[f]).map((f) => ({
      fieldId:
        f === 'caveats'
          ? `${fid('caveats')}-${values.caveats[0] ?? CAVEAT_ORDER[0]}`
          : f === 'regions'
            ? `${fid('regions')}-${scenario.regions[0]?.id}`
            : fid(f),
      message: errors[f]!,
    })),
    ...general.map((message) => ({ message })),
  ];
  const unit = values.capability ? CAPABILITY_UNIT[values.capability as Capability] : null;

  return (
    <form
      noValidate
      onSubmit={submit}
      className="commitment-form"
      aria-describedby={intro ? `${idPrefix}-intro` : undefined}
    >
      <ErrorSummary items={summary} focusKey={attempts} />
      {intro ? <div id={`${idPrefix}-intro`}>{intro}</div> : null}
      <Select
        {...bind('nation')}
        label={LABELS.nation}
        hint={nations.length === 1 ? 'You may offer units of your own nation only.' : undefined}
        placeholder={nations.length === 1 ? undefined : 'Select a nation'}
        options={nations.map((n) => ({ value: n, label: `${nationName.get(n) ?? n} (${n})` }))}
        onChange={(e) => {
          const nation = e.target.value;
          setValues((s) => ({ ...s, nation, id: idTouched.current ? s.id : newId(nation) }));
        }}
      />
      <TextInput
        {...bind('id')}
        label={LABELS.id}
        hint="Unique in this scenario; suggested from the nation, change it to your own numbering if you like."
        className="width-20"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          idTouched.current = true;
          set('id', e.target.value);
        }}
      />
      <TextInput {...bind('unit')} label={LABELS.unit} hint="The unit’s name, as the nation calls it" />
      <Select
        {...bind('capability')}
        label={LABELS.capability}
        placeholder="Select a capability"
        options={CAPABILITY_ORDER.map((c) => ({ value: c, label: CAPABILITY_LABELS[c] }))}
      />
      <div className="row">
        <TextInput
          {...bind('quantity')}
          label={LABELS.quantity}
          hint={unit ? `Number of ${unit.many}` : 'Number of units of the capability'}
          className="width-10"
          inputMode="numeric"
        />
        <TextInput
          {...bind('personnelPerUnit')}
          label={`${LABELS.personnelPerUnit} (optional)`}
          hint={unit ? `Default ${fmtNumber(unit.personnel)} a ${unit.one}` : 'Default from the capability'}
          className="width-10"
          inputMode="numeric"
        />
      </div>
      <Select
        {...bind('readiness')}
        label={LABELS.readiness}
        hint="In the manner of the UN Peacekeeping Capability Readiness System, lowest first"
        placeholder="Select a readiness level"
        options={READINESS_ORDER.map((r) => ({
          value: r,
          label: `${READINESS_LABELS[r]}: ${READINESS_HINTS[r]}`,
        }))}
      />
      <div className="row">
        <TextInput
          {...bind('noticeToMoveDays')}
          label={`${LABELS.noticeToMoveDays}, in days`}
          hint="From the order to move until the unit moves"
          className="width-10"
          inputMode="numeric"
        />
        <TextInput
          {...bind('rotationLengthDays')}
          label={`${LABELS.rotationLengthDays}, in days (optional)`}
          hint="One rotation"
          className="width-10"
          inputMode="numeric"
        />
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--s">Availability window</legend>
        <div className="hint">Days after the ceasefire (day 0). Leave “until” empty for open-ended.</div>
        <div className="row">
          <TextInput
            {...bind('availableFromDay')}
            label={`${LABELS.availableFromDay} day`}
            className="width-10"
            inputMode="numeric"
          />
          <TextInput
            {...bind('availableUntilDay')}
            label={`${LABELS.availableUntilDay} day (optional)`}
            className="width-10"
            inputMode="numeric"
          />
        </div>
      </fieldset>
      <fieldset className="fieldset" aria-describedby={`${fid('caveats')}-hint`}>
        <legend className="fieldset__legend fieldset__legend--s">Caveats (optional)</legend>
        <div className="hint" id={`${fid('caveats')}-hint`}>
          National restrictions on where and how the unit may serve. Select all that apply.
        </div>
        {errors.caveats ? (
          <p className="error-message">
            <span className="visually-hidden">Error: </span>
            {errors.caveats}
          </p>
        ) : null}
        {CAVEAT_ORDER.map((k) => {
          const on = values.caveats.includes(k);
          return (
            <div key={k}>
              <Checkbox
                id={`${fid('caveats')}-${k}`}
                name="caveats"
                value={k}
                label={CAVEAT_LABELS[k]}
                checked={on}
                onChange={(e) =>
                  set(
                    'caveats',
                    e.target.checked
                      ? CAVEAT_ORDER.filter((c) => c === k || values.caveats.includes(c))
                      : values.caveats.filter((c) => c !== k),
                  )
                }
              />
              {on && k === 'region_limit' ? (
                <fieldset className="fieldset fg-conditional">
                  <legend className="fieldset__legend">Regions the unit may serve in</legend>
                  {errors.regions ? (
                    <p className="error-message">
                      <span className="visually-hidden">Error: </span>
                      {errors.regions}
                    </p>
                  ) : null}
                  {scenario.regions.map((r) => (
                    <Checkbox
                      key={r.id}
                      id={`${fid('regions')}-${r.id}`}
                      name="regions"
                      value={r.id}
                      className="checkbox--small"
                      label={r.name || r.id}
                      checked={values.regions.includes(r.id)}
                      onChange={(e) =>
                        set(
                          'regions',
                          e.target.checked
                            ? [...values.regions, r.id]
                            : values.regions.filter((x) => x !== r.id),
                        )
                      }
                    />
                  ))}
                </fieldset>
              ) : null}
              {on && k === 'needs_mandate' ? (
                <div className="fg-conditional">
                  <Select
                    id={`${fid('caveats')}-mandate`}
                    label="Weakest mandate under which the unit may deploy"
                    value={values.mandate}
                    onChange={(e) => set('mandate', e.target.value as Values['mandate'])}
                    options={(['coalition', 'un_security_council'] as const).map((m) => ({
                      value: m,
                      label: MANDATE_LABELS[m],
                    }))}
                  />
                </div>
              ) : null}
              {on && k === 'max_duration_days' ? (
                <div className="fg-conditional">
                  <TextInput
                    {...bind('maxDays')}
                    label="Longest deployment of any one unit, in days"
                    className="width-10"
                    inputMode="numeric"
                  />
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {withNote ? (
        <TextArea
          {...bind('note')}
          label={`${LABELS.note} (optional)`}
          hint="Recorded with the new version of the scenario, e.g. the national wording of a caveat"
          rows={3}
        />
      ) : null}
      <div className="button-group form-actions">
        <button type="submit" className="button" disabled={busy} aria-disabled={busy || undefined}>
          {busy ? 'Sending…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
