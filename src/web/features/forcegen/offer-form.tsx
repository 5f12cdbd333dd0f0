/**
 * "Offer a unit": a national offer in the GOV.UK manner (label, hint, error, control; an error
 * summary on a failed submit). Used by delegations on the Offers tab and by planners for the
 * "add an offer" what-if. The server's errors (`offer.quantity`, `body.offer.caveats.0.regions`)
 * are mapped back onto the fields they name.
 */
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import type {
  Capability,
  Caveat,
  CaveatKind,
  ForceGenScenario,
  Offer,
  Readiness,
} from '../../../contracts/forcegen';
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

const MAX_QUANTITY = 100_000;
const MAX_DAYS = 3_650;

interface Values {
  nation: string;
  id: string;
  unit: string;
  capability: string;
  quantity: string;
  personnelPerUnit: string;
  readiness: string;
  noticeToMoveDays: string;
  availableFromDay: string;
  availableUntilDay: string;
  rotationLengthDays: string;
  caveats: CaveatKind[];
  regions: string[];
  mandate: 'coalition' | 'un_security_council';
  maxDays: string;
  note: string;
}

type FieldName = Exclude<keyof Values, 'caveats' | 'mandate'> | 'caveats';

const newId = (nation: string) =>
  nation ? `${nation}-${Date.now().toString(36).slice(-5).toUpperCase()}` : '';

function initial(nation: string): Values {
  return {
    nation,
    id: newId(nation),
    unit: '',
    capability: '',
    quantity: '1',
    personnelPerUnit: '',
    readiness: '',
    noticeToMoveDays: '',
    availableFromDay: '0',
    availableUntilDay: '',
    rotationLengthDays: '',
    caveats: [],
    regions: [],
    mandate: 'un_security_council',
    maxDays: '',
    note: '',
  };
}

const LABELS: Record<FieldName, string> = {
  nation: 'Nation',
  id: 'Offer reference',
  unit: 'Unit',
  capability: 'Capability',
  quantity: 'Quantity',
  personnelPerUnit: 'Personnel per unit',
  readiness: 'Readiness',
  noticeToMoveDays: 'Notice-to-move',
  availableFromDay: 'Available from',
  availableUntilDay: 'Available until',
  rotationLengthDays: 'Rotation length',
  caveats: 'Caveats',
  regions: 'Regions',
  maxDays: 'Longest deployment',
  note: 'Note',
};
const ORDER = Object.keys(LABELS) as FieldName[];

/** A whole number in [min, max], or null. */
function whole(s: string, min: number, max: number): number | null {
  const t = s.trim().replace(/[\s,._]/g, '');
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

function validate(v: Values): { errors: Partial<Record<FieldName, string>>; offer: Offer | null } {
  const e: Partial<Record<FieldName, string>> = {};
  if (!v.nation) e.nation = 'Select the nation offering the unit';
  if (!v.id.trim()) e.id = 'Enter a reference for the offer';
  else if (v.id.trim().length > 64) e.id = 'The reference must be 64 characters or fewer';
  if (!v.unit.trim()) e.unit = 'Enter the unit offered, for example “1st Engineer Company”';
  else if (v.unit.length > 500) e.unit = 'The unit must be 500 characters or fewer';
  if (!v.capability) e.capability = 'Select the capability the unit provides';
  const quantity = whole(v.quantity, 1, MAX_QUANTITY);
  if (!v.quantity.trim()) e.quantity = 'Enter the quantity offered';
  else if (quantity === null)
    e.quantity = `Quantity must be a whole number from 1 to ${fmtNumber(MAX_QUANTITY)}`;
  const personnel = v.personnelPerUnit.trim() ? whole(v.personnelPerUnit, 1, 100_000) : undefined;
  if (personnel === null) e.personnelPerUnit = 'Personnel per unit must be a whole number from 1 to 100,000';
  if (!v.readiness) e.readiness = 'Select the readiness of the unit';
  const ntm = whole(v.noticeToMoveDays, 0, MAX_DAYS);
  if (!v.noticeToMoveDays.trim()) e.noticeToMoveDays = 'Enter the notice-to-move, in days';
  else if (ntm === null)
    e.noticeToMoveDays = `Notice-to-move must be a whole number of days from 0 to ${fmtNumber(MAX_DAYS)}`;
  const from = whole(v.availableFromDay || '0', 0, MAX_DAYS);
  if (from === null) e.availableFromDay = `Available from must be a day from 0 to ${fmtNumber(MAX_DAYS)}`;
  const until = v.availableUntilDay.trim() ? whole(v.availableUntilDay, 0, MAX_DAYS) : undefined;
  if (until === null) e.availableUntilDay = `Available until must be a day from 0 to ${fmtNumber(MAX_DAYS)}`;
  else if (until !== undefined && from !== null && until <= from)
    e.availableUntilDay = 'Available until must be after the day it is available from';
  const rotation = v.rotationLengthDays.trim() ? whole(v.rotationLengthDays, 1, MAX_DAYS) : undefined;
  if (rotation === null)
    e.rotationLengthDays = `Rotation length must be a whole number of days from 1 to ${fmtNumber(MAX_DAYS)}`;
  const caveats: Caveat[] = [];
  for (const kind of v.caveats) {
    if (kind === 'region_limit') {
      if (v.regions.length === 0) e.regions = 'Select at least one region the unit may serve in';
      caveats.push({ kind, regions: v.regions });
    } else if (kind === 'needs_mandate') caveats.push({ kind, mandate: v.mandate });
    else if (kind === 'max_duration_days') {
      const d = whole(v.maxDays, 1, MAX_DAYS);
      if (d === null)
        e.maxDays = `Longest deployment must be a whole number of days from 1 to ${fmtNumber(MAX_DAYS)}`;
      caveats.push({ kind, days: d ?? 1 });
    } else caveats.push({ kind });
  }
  if (v.note.length > 2000) e.note = 'The note must be 2,000 characters or fewer';
  if (Object.keys(e).length > 0) return { errors: e, offer: null };
  return {
    errors: e,
    offer: {
      id: v.id.trim(),
      nation: v.nation,
      unit: v.unit.trim(),
      capability: v.capability as Capability,
      quantity: quantity!,
      ...(personnel ? { personnelPerUnit: personnel } : {}),
      readiness: v.readiness as Readiness,
      noticeToMoveDays: ntm!,
      availableFromDay: from!,
      availableUntilDay: until ?? null,
      ...(rotation ? { rotationLengthDays: rotation } : {}),
      caveats,
    },
  };
}

/** `offer.caveats.0.regions.1` → the form field it is about (or null: no field). */
function fieldOfPath(path: string): FieldName | null {
  const p = path.replace(/^body\./, '').replace(/^whatIf\./, '');
  if (p === 'note') return 'note';
  const m = /^offer\.([A-Za-z]+)(?:\.(\d+)\.([A-Za-z]+))?/.exec(p);
  if (!m) return null;
  const [, field, , sub] = m;
  if (field === 'caveats') return sub === 'regions' ? 'regions' : sub === 'days' ? 'maxDays' : 'caveats';
  return ORDER.includes(field as FieldName) ? (field as FieldName) : null;
}

const sentence = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

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
