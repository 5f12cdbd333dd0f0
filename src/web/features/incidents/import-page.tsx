/**
 * Importing a file of incident reports (CSV or JSON; columns in docs/incidents.md). The import
 * is all or nothing: a file with bad rows is refused, and every bad row is listed here by its
 * number and field so that the file can be put right and sent again.
 */
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, isApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorSummary } from '../../components/error-summary';
import { ErrorMessage, usePageTitle } from '../../components/page';
import { TableWrap } from '../../components/table-wrap';
import { type IncidentImportResult, importFile } from './api';
import './incidents.css';
import { canRecord } from './permissions';

interface RowError {
  row: string;
  field: string;
  message: string;
}

const rowError = (path: string, message: string): RowError => {
  const m = /^(row \d+): (.*)$/.exec(path);
  return m ? { row: m[1]!, field: m[2]!, message } : { row: '', field: path, message };
};

export default function ImportIncidentsPage() {
  usePageTitle('Import incident reports');
  const { user } = useSession();
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<{ summary: string; rows: RowError[] } | null>(null);
  const [done, setDone] = useState<IncidentImportResult | null>(null);

  if (user !== undefined && !canRecord(user))
    return (
      <ErrorMessage
        page
        error={
          new ApiError({
            status: user ? 403 : 401,
            code: user ? 'forbidden' : 'unauthenticated',
            title: 'Not allowed',
            detail: 'only the monitoring mission and the secretariat import incident reports',
          })
        }
      />
    );

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = file.current?.files?.[0];
    setDone(null);
    if (!f) {
      setProblem({ summary: 'Choose a CSV or JSON file', rows: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      setDone(await importFile(f.name, await f.text()));
      setProblem(null);
    } catch (err) {
      setProblem(
        isApiError(err)
          ? {
              summary: err.message.charAt(0).toUpperCase() + err.message.slice(1),
              rows: err.errors.map((x) => rowError(x.path, x.message)),
            }
          : { summary: 'The file could not be sent; try again.', rows: [] },
      );
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        <Link to="/incidents" className="back-link">
          Back to incident reports
        </Link>
      </p>
      <h1 className="heading-l">Import incident reports</h1>
      <p className="lead">
        A CSV file with the columns of the incident sheet (see the API documentation and docs/incidents.md),
        or a JSON array of incidents. Every row is checked first: if any is wrong, nothing is imported and
        each wrong row is listed below.
      </p>
      <ErrorSummary
        items={problem ? [{ fieldId: 'incident-file', message: problem.summary }] : []}
        focusKey={attempt}
      />
      {done ? (
        <div className="notice notice--success" role="status">
          <h2 className="notice__title">
            {done.imported} incident{done.imported === 1 ? '' : 's'} imported
          </h2>
          <p>
            {done.references.length > 0 ? `${done.references[0]} to ${done.references.at(-1)}. ` : null}
            <Link to="/incidents">See the incident reports</Link>
          </p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className={`form-group${problem ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="incident-file">
            File
          </label>
          <div className="hint" id="incident-file-hint">
            .csv or .json, up to 20,000 incidents
          </div>
          {problem ? (
            <p className="error-message" id="incident-file-error">
              <span className="visually-hidden">Error: </span>
              {problem.summary}
            </p>
          ) : null}
          <input
            ref={file}
            id="incident-file"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            className="input"
            aria-describedby={`incident-file-hint${problem ? ' incident-file-error' : ''}`}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
      {problem && problem.rows.length > 0 ? (
        <TableWrap label="Problems in the file" short>
          <table className="table table--compact">
            <caption className="table__caption">
              {problem.rows.length} problem{problem.rows.length === 1 ? '' : 's'} in the file
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Field</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {problem.rows.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several problems in one field
                <tr key={i}>
                  <td className="nowrap">{r.row}</td>
                  <td>{r.field}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </>
  );
}
