import { Link } from 'react-router';
import { fmtNumber } from './format';

/** Page numbers to show: the first, the last, and two either side of the current one. */
function pages(current: number, last: number): (number | 'gap')[] {
  const out: (number | 'gap')[] = [];
  for (let p = 1; p <= last; p++) {
    if (p === 1 || p === last || Math.abs(p - current) <= 2) out.push(p);
    else if (out[out.length - 1] !== 'gap') out.push('gap');
  }
  return out;
}

export function Pagination({
  page,
  pageSize,
  total,
  href,
  label = 'results',
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  label?: string;
}) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <div className="pagination-bar">
      <p className="pagination__count" aria-live="polite">
        Showing <strong>{fmtNumber(from, 0)}</strong> to <strong>{fmtNumber(to, 0)}</strong> of{' '}
        <strong>{fmtNumber(total, 0)}</strong> {label}
      </p>
      {last > 1 ? (
        <nav className="pagination" aria-label="Pagination">
          <ul className="pagination__list">
            {page > 1 ? (
              <li>
                <Link to={href(page - 1)} rel="prev">
                  <span aria-hidden="true">‹ </span>Previous<span className="visually-hidden"> page</span>
                </Link>
              </li>
            ) : null}
            {pages(page, last).map((p, i) =>
              p === 'gap' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
                <li key={`gap${i}`} className="pagination__gap" aria-hidden="true">
                  …
                </li>
              ) : (
                <li key={p}>
                  <Link
                    to={href(p)}
                    aria-current={p === page ? 'page' : undefined}
                    aria-label={`Page ${p}`}
                    className={p === page ? 'pagination__current' : undefined}
                  >
                    {fmtNumber(p, 0)}
                  </Link>
                </li>
              ),
            )}
            {page < last ? (
              <li>
                <Link to={href(page + 1)} rel="next">
                  Next<span className="visually-hidden"> page</span>
                  <span aria-hidden="true"> ›</span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
