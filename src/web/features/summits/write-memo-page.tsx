/** The secretariat writes a memo once; each invited delegation gets its own marked copy. */
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { MemoLanguage } from '../../../contracts/memo';
import { isApiError } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { Select, TextArea, TextInput } from '../../components/field';
import { usePageTitle } from '../../components/page';
import { writeMemo } from './api';
import { MEMO_LANGUAGE_VALUES } from './labels';

export default function WriteMemoPage() {
  usePageTitle('Write a memo');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<MemoLanguage>('en');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tries, setTries] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const m = await writeMemo(id, { title, language, body });
      navigate(`/memos/${encodeURIComponent(m.id)}`);
    } catch (err) {
      const found: Record<string, string> = {};
      if (isApiError(err)) for (const i of err.errors) found[i.path.replace(/^body\./, '')] = i.message;
      if (!Object.keys(found).length)
        found.form = err instanceof Error ? err.message : 'the memo was not written';
      setErrors(found);
      setTries((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }
  const items = Object.entries(errors).map(([k, message]) => ({
    ...(['title', 'body', 'language'].includes(k) ? { fieldId: `memo-${k}` } : {}),
    message: k === 'form' ? message : `${k}: ${message}`,
  }));
  return (
    <>
      <p>
        <Link to={`/summits/${encodeURIComponent(id)}`}>Back to the summit</Link>
      </p>
      <h1 className="heading-l">Write a memo to the delegations</h1>
      <p className="lead">
        Every invited delegation receives its own copy. The copies read the same, but each carries invisible
        marks that name it if an excerpt leaks.
      </p>
      <form onSubmit={submit} noValidate>
        {items.length ? <ErrorSummary items={items} focusKey={tries} /> : null}
        <TextInput
          id="memo-title"
          label="Subject"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
        />
        <Select
          id="memo-language"
          label="Language"
          hint="It selects the table of equivalent phrasings the marks choose from"
          value={language}
          onChange={(e) => setLanguage(e.target.value as MemoLanguage)}
          options={MEMO_LANGUAGE_VALUES.map((l) => ({ value: l, label: l }))}
          error={errors.language}
        />
        <TextArea
          id="memo-body"
          label="Text"
          hint="Longer texts with common phrasings carry more marks"
          rows={18}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errors.body}
        />
        <button type="submit" className="button" disabled={busy}>
          Write and mark the copies
        </button>
      </form>
    </>
  );
}
