/**
 * A dense table with a sticky header. Sortable columns are links (the sort lives in the URL),
 * and the sorted column says so with aria-sort.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TableWrap } from './table-wrap';

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The API's sort field for this column, if it can be sorted. */
  sort?: string;
  numeric?: boolean;
  className?: string;
}

export interface SortState {
  sort: string;
  order: 'asc' | 'desc';
  /** The link that sorts by `field` in `order`. */
  href: (field: string, order: 'asc' | 'desc') => string;
}

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  busy,
  empty = 'Nothing to show.',
  captionHidden,
}: {
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sort?: SortState;
  busy?: boolean;
  empty?: ReactNode;
  captionHidden?: boolean;
}) {
  return (
    <TableWrap label={typeof caption === 'string' ? caption : 'Table'}>
      <table className="table" aria-busy={busy || undefined}>
        <caption className={captionHidden ? 'visually-hidden' : 'table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort && c.sort && sort.sort === c.sort;
              const ariaSort = active
                ? sort.order === 'asc'
                  ? 'ascending'
                  : 'descending'
                : c.sort
                  ? 'none'
                  : undefined;
              const cls = [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;
              return (
                <th key={c.key} scope="col" className={cls} aria-sort={ariaSort}>
                  {sort && c.sort ? (
                    <Link
                      className="sort-link"
                      to={sort.href(c.sort, active && sort.order === 'asc' ? 'desc' : 'asc')}
                      preventScrollReset
                    >
                      {c.header}
                      <span className="sort-link__icon" aria-hidden="true">
                        {active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </Link>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={rowKey(r)}>
                {columns.map((c) => (
                  <td
                    key={c.key}
                    className={
                      [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined
                    }
                  >
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableWrap>
  );
}
