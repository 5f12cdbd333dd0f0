/**
 * /documents: the consolidated declaration or one guarantor's agreement, generated from the
 * register as of a date, in English, Ukrainian or French: a preview, downloads in every format,
 * a comparison of two dates, and (for agreements) the signatures with their verification.
 * Every choice lives in the URL.
 */
import { Link, useSearchParams } from 'react-router';
import { getParties } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { Select, TextInput } from '../../components/field';
import { DOC_LANG_LABELS, DOC_LANG_VALUES } from '../../components/labels';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { Tabs } from '../../components/tabs';
import { type DocChoice, documentHref, getDiff, getDocument } from './api';
import { DiffView } from './compare';
import { DocumentView } from './document-view';
import { Signatures } from './signatures';
import './documents.css';

const DOWNLOADS = [
  ['docx', 'Word (DOCX)'],
  ['pdf', 'PDF'],
  ['md', 'Markdown'],
  ['akn', 'Akoma Ntoso XML'],
] as const;
const isDate = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : '');

export default function DocumentsPage() {
  usePageTitle('Written guarantees');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const choice: DocChoice = {
    kind: params.get('kind') === 'agreement' ? 'agreement' : 'declaration',
    party: params.get('party') ?? user?.partyCode ?? 'GB',
    lang: DOC_LANG_VALUES.find((l) => l === params.get('lang')) ?? 'en',
    date: isDate(params.get('date')),
  };
  const tab = ['preview', 'compare', 'signatures'].find((t) => t === params.get('tab')) ?? 'preview';
  const from = isDate(params.get('from')) || '2026-01-06';
  const to = isDate(params.get('to')) || new Date().toISOString().slice(0, 10);
  const set = (change: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  const parties = useResource('parties', getParties);
  const key = `${choice.kind}:${choice.party}:${choice.lang}:${choice.date}:${user?.id ?? ''}`;
  const doc = useResource(user && tab === 'preview' ? key : null, (signal) => getDocument(choice, signal));
  const diff = useResource(user && tab === 'compare' ? `${key}:${from}:${to}` : null, (signal) =>
    getDiff(choice, from, to, signal),
  );
  const tabs = [
    { id: 'preview', label: 'Preview' },
    { id: 'compare', label: 'Compare two dates' },
    ...(choice.kind === 'agreement' ? [{ id: 'signatures', label: 'Signatures' }] : []),
  ];

  return (
    <>
      <h1 className="heading-l">Written guarantees</h1>
      <p className="lead">
        The documents people negotiate and sign, generated from the register, so that the text and the data
        cannot drift apart. Each article names the commitment and the version it was written from. A document
        holds only what you may read.
      </p>
      {user === null ? (
        <div className="notice notice--info">
          <p>
            <Link to="/sign-in?next=%2Fdocuments">Sign in</Link> to generate the documents: each holds only
            what your role may read.
          </p>
        </div>
      ) : null}
      <form className="doc-form" onSubmit={(e) => e.preventDefault()} aria-label="Which document">
        <Select
          id="doc-kind"
          label="Document"
          value={choice.kind}
          onChange={(e) => set({ kind: e.currentTarget.value, tab: '' })}
          options={[
            { value: 'declaration', label: 'Consolidated declaration' },
            { value: 'agreement', label: 'Agreement with one guarantor' },
          ]}
        />
        {choice.kind === 'agreement' ? (
          <Select
            id="doc-party"
            label="Guarantor"
            value={choice.party}
            onChange={(e) => set({ party: e.currentTarget.value })}
            options={(parties.data ?? [{ code: choice.party, name: choice.party }]).map((p) => ({
              value: p.code,
              label: `${p.name} (${p.code})`,
            }))}
          />
        ) : null}
        <Select
          id="doc-lang"
          label="Language"
          value={choice.lang}
          onChange={(e) => set({ lang: e.currentTarget.value })}
          options={DOC_LANG_VALUES.map((l) => ({ value: l, label: DOC_LANG_LABELS[l] }))}
        />
        <TextInput
          id="doc-date"
          type="date"
          label="As of"
          hint="The register at the end of this day; empty for today"
          value={choice.date}
          onChange={(e) => set({ date: e.currentTarget.value })}
        />
      </form>
      <section className="downloads" aria-label="Downloads">
        {DOWNLOADS.map(([format, label]) => (
          <a key={format} className="button button--secondary" href={documentHref(choice, format)} download>
            Download {label}
          </a>
        ))}
      </section>
      <Tabs
        label="Document views"
        tabs={tabs}
        selected={tab}
        onSelect={(id) => set({ tab: id === 'preview' ? '' : id })}
      >
        {tab === 'preview' ? (
          <>
            {doc.error ? <ErrorMessage error={doc.error} retry={doc.reload} /> : null}
            {!doc.data && !doc.error && user ? <Loading what="Generating the document" /> : null}
            {doc.data ? <DocumentView m={doc.data} /> : null}
          </>
        ) : null}
        {tab === 'compare' ? (
          <>
            <div className="doc-form">
              <TextInput
                id="diff-from"
                type="date"
                label="From"
                value={from}
                onChange={(e) => set({ from: e.currentTarget.value })}
              />
              <TextInput
                id="diff-to"
                type="date"
                label="To"
                value={to}
                onChange={(e) => set({ to: e.currentTarget.value })}
              />
            </div>
            {diff.error ? <ErrorMessage error={diff.error} retry={diff.reload} /> : null}
            {!diff.data && !diff.error && user ? <Loading what="Comparing" /> : null}
            {diff.data ? <DiffView d={diff.data} /> : null}
          </>
        ) : null}
        {tab === 'signatures' && choice.kind === 'agreement' && user ? (
          <Signatures party={choice.party} lang={choice.lang} date={choice.date} />
        ) : null}
      </Tabs>
    </>
  );
}
