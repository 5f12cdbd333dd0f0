/**
 * Where a record comes from, as forms for positions and pressure measures ask it: one source
 * (title and address) and whether the record is illustrative rather than a public fact.
 */
import { Checkbox, TextInput } from './field';

export interface SourceValues {
  sourceTitle: string;
  sourceUrl: string;
  illustrative: boolean;
}

export function SourceFields({
  idPrefix,
  values,
  onChange,
  error,
  illustrativeLabel,
}: {
  idPrefix: string;
  values: SourceValues;
  onChange: (change: Partial<SourceValues>) => void;
  /** The API's error for `sources`. */
  error: string | undefined;
  illustrativeLabel: string;
}) {
  return (
    <>
      <TextInput
        id={`${idPrefix}-sources`}
        label="Source title"
        value={values.sourceTitle}
        onChange={(e) => onChange({ sourceTitle: e.target.value })}
        error={error}
      />
      <TextInput
        id={`${idPrefix}-sourceUrl`}
        label="Source address (URL)"
        type="url"
        value={values.sourceUrl}
        onChange={(e) => onChange({ sourceUrl: e.target.value })}
      />
      <Checkbox
        id={`${idPrefix}-illustrative`}
        label={illustrativeLabel}
        checked={values.illustrative}
        onChange={(e) => onChange({ illustrative: e.target.checked })}
      />
    </>
  );
}

/** The API's `sources`: the one given, or none when its title is blank. */
export function sourcesOf(v: SourceValues): { title: string; url?: string }[] {
  const title = v.sourceTitle.trim();
  const url = v.sourceUrl.trim();
  return title ? [{ title, ...(url ? { url } : {}) }] : [];
}
