/**
 * The fields of a commitment, grouped as the record reads: what, text, terms, trigger and
 * conditions, legal form and status, sources. Controlled: values and errors come from the page.
 */
import {
  CLASSIFICATIONS,
  COMPLETIONS,
  KINDS,
  LEGAL_FORMS,
  PILLAR_LABELS,
  PILLARS,
} from '../../../contracts/enums';
import { LIMITS } from '../../../contracts/limits';
import type { PartyInfo } from '../../api/endpoints';
import { Checkbox, type Option, Select, TextArea, TextInput } from '../../components/field';
import { languageName } from '../../components/format';
import {
  CLASSIFICATION_HINTS,
  CLASSIFICATION_LABELS,
  COMPLETION_LABELS,
  KIND_LABELS,
  LEGAL_FORM_LABELS,
  labelOf,
  STATUS_LABELS,
} from '../../components/labels';
import { LABELS } from './field-labels';
import { Rows, Section } from './form-parts';
import { type Errors, type FormValues, fieldId, rowKey, type SourceValues } from './form-values';
import { LiveAnalysis } from './live-analysis';
import { TermsAndTriggerFields } from './terms-fields';

const LANGS = [
  'en',
  'uk',
  'ru',
  'fr',
  'de',
  'es',
  'it',
  'pl',
  'nl',
  'pt',
  'sv',
  'da',
  'fi',
  'nb',
  'is',
  'et',
  'lv',
  'lt',
  'cs',
  'sk',
  'sl',
  'hr',
  'ro',
  'bg',
  'el',
  'hu',
  'tr',
  'ja',
  'ga',
  'sq',
  'mk',
  'mt',
  'lb',
  'ca',
];

const options = (values: readonly string[], labels: Record<string, string>): Option[] =>
  values.map((v) => ({ value: v, label: labelOf(labels, v) }));

export interface FormProps {
  mode: 'create' | 'edit';
  values: FormValues;
  errors: Errors;
  onChange: (next: FormValues) => void;
  parties: PartyInfo[] | undefined;
  /** A delegation registers for its own party only. */
  ownParty: string | null;
  statusOptions: string[];
  currentStatus?: string;
}

export function CommitmentFields({
  mode,
  values: v,
  errors,
  onChange,
  parties,
  ownParty,
  statusOptions,
  currentStatus,
}: FormProps) {
  const set = <K extends keyof FormValues>(k: K, value: FormValues[K]) => onChange({ ...v, [k]: value });
  const text = (k: keyof FormValues, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput
      id={fieldId(k)}
      label={LABELS[k]}
      value={v[k] as string}
      error={errors[k]}
      onChange={(e) => set(k, e.target.value as never)}
      {...extra}
    />
  );
  const partyOptions: Option[] = (parties ?? [])
    .filter((p) => !ownParty || p.code === ownParty)
    .map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }));
  if (v.guarantor && !partyOptions.some((o) => o.value === v.guarantor))
    partyOptions.push({ value: v.guarantor, label: v.guarantor });
  const langOptions = [...new Set([...LANGS, v.lang].filter(Boolean))]
    .map((c) => ({ value: c, label: languageName(c) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <>
      <Section title="What is promised">
        {mode === 'create' ? (
          <>
            <Select
              id={fieldId('guarantor')}
              label="Guarantor"
              hint={
                ownParty
                  ? 'A delegation registers commitments for its own party.'
                  : 'The party that makes the commitment'
              }
              options={partyOptions}
              placeholder={ownParty ? undefined : 'Choose the guarantor'}
              value={v.guarantor}
              error={errors.guarantor}
              onChange={(e) => set('guarantor', e.target.value)}
            />
            <Select
              id={fieldId('beneficiary')}
              label="Beneficiary"
              options={(parties ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
              value={v.beneficiary}
              error={errors.beneficiary}
              onChange={(e) => set('beneficiary', e.target.value)}
            />
            {text('ref', {
              hint: 'Optional, like GB-2026-004; one is made up from the guarantor and year when left empty',
              className: 'width-20',
              spellCheck: false,
            })}
          </>
        ) : null}
        <Select
          id={fieldId('pillar')}
          label="Pillar"
          options={options(PILLARS, PILLAR_LABELS)}
          placeholder="Choose a pillar"
          value={v.pillar}
          error={errors.pillar}
          onChange={(e) => set('pillar', e.target.value)}
        />
        <Select
          id={fieldId('kind')}
          label="Kind"
          hint="What is promised"
          options={options(KINDS, KIND_LABELS)}
          placeholder="Choose a kind"
          value={v.kind}
          error={errors.kind}
          onChange={(e) => set('kind', e.target.value)}
        />
        {text('title', { hint: 'A short title in English', maxLength: LIMITS.titleChars })}
        {text('announcedOn', { type: 'date', className: 'width-10' })}
        {text('agreementRef', { hint: 'Optional: the agreement this commitment belongs to' })}
      </Section>

      <Section title="The text">
        <TextArea
          id={fieldId('text')}
          label="Original text"
          hint="The words of the commitment, in the language they were written in. Its concreteness is shown below as you type."
          rows={6}
          value={v.text}
          error={errors.text}
          lang={v.lang || undefined}
          onChange={(e) => set('text', e.target.value)}
        />
        <LiveAnalysis values={v} onChange={onChange} />
        <Select
          id={fieldId('lang')}
          label="Language"
          hint="The language of the original text"
          options={langOptions}
          value={v.lang}
          error={errors.lang}
          onChange={(e) => set('lang', e.target.value)}
        />
        <TextArea
          id={fieldId('translation')}
          label="English translation"
          hint="Optional; give one when the original is not in English"
          rows={4}
          lang="en"
          value={v.translation}
          error={errors.translation}
          onChange={(e) => set('translation', e.target.value)}
        />
      </Section>

      <TermsAndTriggerFields v={v} errors={errors} set={set} text={text} />

      <Section title="Legal form and status">
        <Select
          id={fieldId('legalForm')}
          label="Legal form"
          hint="How binding the instrument is, strongest first"
          options={options(LEGAL_FORMS, LEGAL_FORM_LABELS)}
          placeholder="Choose the legal form"
          value={v.legalForm}
          error={errors.legalForm}
          onChange={(e) => set('legalForm', e.target.value)}
        />
        <Select
          id={fieldId('status')}
          label="Status"
          hint={
            mode === 'edit'
              ? statusOptions.length > 1
                ? 'A commitment moves up the ladder (it may skip steps); withdrawn, expired and breached are final.'
                : 'This status is final: it can no longer change.'
              : 'Where the commitment stands on the ladder: announced, drafted, agreed, signed, ratified, in force, allocated, delivered.'
          }
          options={statusOptions.map((s) => ({
            value: s,
            label: `${labelOf(STATUS_LABELS, s)}${s === currentStatus ? ' (current)' : ''}`,
          }))}
          value={v.status}
          error={errors.status}
          onChange={(e) => set('status', e.target.value)}
        />
        <Select
          id={fieldId('classification')}
          label="Classification"
          hint="Who may read the record"
          options={CLASSIFICATIONS.map((c) => ({
            value: c,
            label: `${CLASSIFICATION_LABELS[c]}: ${CLASSIFICATION_HINTS[c]}`,
          }))}
          value={v.classification}
          error={errors.classification}
          onChange={(e) => set('classification', e.target.value)}
        />
        <Select
          id={fieldId('completion')}
          label="Completion"
          hint="On the Open Government Partnership’s scale"
          options={options(COMPLETIONS, COMPLETION_LABELS)}
          value={v.completion}
          error={errors.completion}
          onChange={(e) => set('completion', e.target.value)}
        />
        <TextArea
          id={fieldId('completionEvidence')}
          label="Evidence of completion"
          hint="What shows the completion stage"
          rows={3}
          value={v.completionEvidence}
          error={errors.completionEvidence}
          onChange={(e) => set('completionEvidence', e.target.value)}
        />
        <Checkbox
          id={fieldId('illustrative')}
          label="Illustrative record"
          hint="Invented for a demo or an exercise: not a public fact"
          checked={v.illustrative}
          onChange={(e) => set('illustrative', e.target.checked)}
        />
      </Section>

      <Section title="Sources">
        <Rows<SourceValues>
          legend="Sources"
          noun="source"
          rows={v.sources}
          max={LIMITS.sourcesPerCommitment}
          error={errors.sources}
          fresh={() => ({ key: rowKey(), title: '', url: '', publishedOn: '' })}
          onChange={(rows) => set('sources', rows)}
          render={(row, i, update) => (
            <>
              <TextInput
                id={fieldId(`sources.${i}.title`)}
                label="Source title"
                value={row.title}
                error={errors[`sources.${i}.title`]}
                onChange={(e) => update({ ...row, title: e.target.value })}
              />
              <TextInput
                id={fieldId(`sources.${i}.url`)}
                label="Source web address"
                hint="Optional, starting with https://"
                type="url"
                spellCheck={false}
                value={row.url}
                error={errors[`sources.${i}.url`]}
                onChange={(e) => update({ ...row, url: e.target.value })}
              />
              <TextInput
                id={fieldId(`sources.${i}.publishedOn`)}
                label="Source date"
                hint="Optional: when it was published"
                type="date"
                className="width-10"
                value={row.publishedOn}
                error={errors[`sources.${i}.publishedOn`]}
                onChange={(e) => update({ ...row, publishedOn: e.target.value })}
              />
            </>
          )}
        />
        <TextArea
          id={fieldId('note')}
          label="Note"
          hint="Optional: anything a reader should know about this record"
          rows={3}
          value={v.note}
          error={errors.note}
          onChange={(e) => set('note', e.target.value)}
        />
      </Section>
    </>
  );
}
