/**
 * /timeline/import: paste an article (or open a .txt file), see the dated events it reports with
 * their sentences and dates (the year inferred where the text omits it), tick the ones to keep,
 * confirm. Nothing is stored until the confirmation, and then all or none.
 */
import './timeline.css';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TimelineImportResult } from '../../../contracts/timeline';
import { api, isApiError } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { Checkbox, TextArea, TextInput } from '../../components/field';
import { fmtDate } from '../../components/format';
import { usePageTitle } from '../../components/page';

const YEAR_SOURCES: Record<string, string> = {
  explicit: 'written in the text',
  sentence: 'from an earlier year in the same sentence',
  'article-date': 'from the article’s date',
  text: 'from the nearest year elsewhere in the text',
  today: 'from today’s date',
};

export default function ImportPage() {
  usePageTitle('Import events from an article');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [found, setFound] = useState<TimelineImportResult | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const fail = (e: unknown) => {
    setError(
      isApiError(e)
        ? [e.message, ...e.errors.map((i) => `${i.path}: ${i.message}`)].join('; ')
        : 'The server could not be reached.',
    );
    setFocusKey((k) => k + 1);
  };

  return (
    <>
      <h1 className="heading-l">Import events from an article</h1>
      <p className="lead">
        Dates in Russian, Ukrainian and English are recognised; where the text omits the year it is inferred.
        Choose the events to keep, then confirm.
      </p>
      <ErrorSummary items={error ? [{ message: error }] : []} focusKey={focusKey} />
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            const r = await api<TimelineImportResult>('/api/timeline/import', {
              method: 'POST',
              body: { text },
            });
            setFound(r);
            setChosen(new Set(r.events.map((x) => x.date)));
            setError(null);
          } catch (err) {
            fail(err);
          }
        }}
      >
        <TextArea
          id="article-text"
          label="Article text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="form-group">
          <label className="label" htmlFor="article-file">
            Or open a text file (.txt)
          </label>
          <input
            id="article-file"
            type="file"
            accept=".txt,text/plain"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) {
                setText(await f.text());
                if (!title) setTitle(f.name.replace(/\.txt$/i, ''));
              }
            }}
          />
        </div>
        <button type="submit" className="button">
          Find the dated events
        </button>
      </form>
      {found ? (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await api('/api/timeline/import/confirm', {
                method: 'POST',
                body: {
                  article: { text },
                  source: {
                    title: title.trim() || 'Imported article',
                    ...(url.trim() ? { url: url.trim() } : {}),
                  },
                  events: found.events.filter((x) => chosen.has(x.date)).map((x) => ({ date: x.date })),
                },
              });
              navigate('/timeline');
            } catch (err) {
              fail(err);
            }
          }}
        >
          <h2 className="heading-m" data-testid="candidate-count">
            {found.events.length} dated event{found.events.length === 1 ? '' : 's'} found
          </h2>
          {found.articleDate ? <p>The article’s date: {fmtDate(found.articleDate)}.</p> : null}
          <fieldset className="fieldset">
            <legend className="visually-hidden">Events to keep</legend>
            {found.events.map((x) => (
              <div className="candidate" key={x.date} data-testid="candidate">
                <Checkbox
                  id={`cand-${x.date}`}
                  label={<strong>{fmtDate(x.date)}</strong>}
                  hint={
                    x.yearInferred
                      ? `Year inferred ${YEAR_SOURCES[x.yearSource] ?? ''}.`
                      : 'Year written in the text.'
                  }
                  checked={chosen.has(x.date)}
                  onChange={(e) => {
                    const n = new Set(chosen);
                    if (e.target.checked) n.add(x.date);
                    else n.delete(x.date);
                    setChosen(n);
                  }}
                />
                <p>
                  {x.text.slice(0, x.mention.span.start - x.span.start)}
                  <mark>{x.mention.text}</mark>
                  {x.text.slice(x.mention.span.end - x.span.start)}
                </p>
              </div>
            ))}
          </fieldset>
          <TextInput
            id="source-title"
            label="Source: the article’s title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextInput
            id="source-url"
            label="Source: the article’s address (URL)"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit" className="button" disabled={chosen.size === 0}>
            Confirm {chosen.size} event{chosen.size === 1 ? '' : 's'}
          </button>
        </form>
      ) : null}
    </>
  );
}
