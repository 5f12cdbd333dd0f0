/** The terms, trigger and conditions of the commitment form. */
import type { ReactNode } from 'react';
import { BREACH_SEVERITIES, CONDITION_KINDS, TRIGGERS } from '../../../contracts/enums';
import { LIMITS } from '../../../contracts/limits';
import { Checkbox, type Option, Select, TextArea } from '../../components/field';
import { CONDITION_LABELS, labelOf, SEVERITY_LABELS, TRIGGER_LABELS } from '../../components/labels';
import { Rows, Section } from './form-parts';
import { type ConditionValues, type Errors, type FormValues, fieldId, rowKey } from './form-values';

const options = (values: readonly string[], labels: Record<string, string>): Option[] =>
  values.map((x) => ({ value: x, label: labelOf(labels, x) }));

export interface SectionProps {
  v: FormValues;
  errors: Errors;
  set: <K extends keyof FormValues>(k: K, value: FormValues[K]) => void;
  /** A text input for a top-level path, with its label, value and error wired. */
  text: (k: keyof FormValues, extra?: Record<string, unknown>) => ReactNode;
}

export function TermsAndTriggerFields({ v, errors, set, text }: SectionProps) {
  return (
    <>
      <Section
        title="Terms"
        hint="Leave empty what the commitment does not say: an empty field is missing, not zero."
      >
        <fieldset className="fieldset fieldset--inner">
          <legend className="fieldset__legend fieldset__legend--s">Quantity</legend>
          <div className="row">
            {text('terms.quantity.value', { inputMode: 'decimal', className: 'width-10' })}
            {text('terms.quantity.unit', { hint: 'troops, aircraft, shells, …', className: 'width-20' })}
          </div>
          <Checkbox
            id={fieldId('terms.quantity.ceiling')}
            label="“Up to”: the quantity is a ceiling"
            checked={v['terms.quantity.ceiling']}
            onChange={(e) => set('terms.quantity.ceiling', e.target.checked)}
          />
        </fieldset>
        <fieldset className="fieldset fieldset--inner">
          <legend className="fieldset__legend fieldset__legend--s">Money</legend>
          <div className="row">
            {text('terms.money.amount', { inputMode: 'decimal', className: 'width-20' })}
            {text('terms.money.currency', {
              hint: 'ISO code: EUR, GBP, USD',
              className: 'width-5',
              maxLength: 3,
              autoCapitalize: 'characters',
              spellCheck: false,
            })}
          </div>
          <Checkbox
            id={fieldId('terms.money.ceiling')}
            label="“Up to”: the sum is a ceiling"
            checked={v['terms.money.ceiling']}
            onChange={(e) => set('terms.money.ceiling', e.target.checked)}
          />
          <p className="hint">
            The register converts the sum to EUR at its rate for the year. To use another rate, give it and
            its date.
          </p>
          <div className="row">
            {text('terms.money.eurPerUnit', {
              hint: 'EUR for one of the currency',
              inputMode: 'decimal',
              className: 'width-10',
            })}
            {text('terms.money.rateDate', { type: 'date', className: 'width-10' })}
          </div>
        </fieldset>
        <div className="row">
          {text('terms.startDate', { type: 'date', className: 'width-10' })}
          {text('terms.endDate', { type: 'date', className: 'width-10' })}
          {text('terms.durationMonths', { inputMode: 'numeric', className: 'width-5' })}
        </div>
        {text('terms.responseTimeHours', {
          hint: 'Hours after the trigger determination within which the guarantor acts, e.g. 24',
          inputMode: 'decimal',
          className: 'width-5',
        })}
      </Section>

      <Section title="Trigger and conditions">
        <Select
          id={fieldId('trigger.kind')}
          label="Trigger"
          hint="The event that switches the commitment on"
          options={options(TRIGGERS, TRIGGER_LABELS)}
          value={v['trigger.kind']}
          error={errors['trigger.kind']}
          onChange={(e) => set('trigger.kind', e.target.value)}
        />
        {v['trigger.kind'] === 'attributed_breach' ? (
          <Select
            id={fieldId('trigger.severity')}
            label="Least severity that fires it"
            options={options(BREACH_SEVERITIES, SEVERITY_LABELS)}
            placeholder="Any severity"
            value={v['trigger.severity']}
            error={errors['trigger.severity']}
            onChange={(e) => set('trigger.severity', e.target.value)}
          />
        ) : null}
        <Rows<ConditionValues>
          legend="Conditions"
          noun="condition"
          rows={v.conditions}
          max={LIMITS.conditionsPerCommitment}
          error={errors.conditions}
          fresh={() => ({ key: rowKey(), kind: 'parliamentary_approval', text: '', satisfied: false })}
          onChange={(rows) => set('conditions', rows)}
          render={(row, i, update) => (
            <>
              <Select
                id={fieldId(`conditions.${i}.kind`)}
                label="Kind of condition"
                options={options(CONDITION_KINDS, CONDITION_LABELS)}
                value={row.kind}
                error={errors[`conditions.${i}.kind`]}
                onChange={(e) => update({ ...row, kind: e.target.value })}
              />
              <TextArea
                id={fieldId(`conditions.${i}.text`)}
                label="Condition text"
                rows={2}
                value={row.text}
                error={errors[`conditions.${i}.text`]}
                onChange={(e) => update({ ...row, text: e.target.value })}
              />
              <Checkbox
                id={fieldId(`conditions.${i}.satisfied`)}
                label="The condition is satisfied"
                checked={row.satisfied}
                onChange={(e) => update({ ...row, satisfied: e.target.checked })}
              />
            </>
          )}
        />
      </Section>
    </>
  );
}
