/** Force generation: the sourcing conferences (scenarios) the caller may follow. */
import './forcegen.css';
import { Link } from 'react-router';
import { listScenarios, type ScenarioSummaryInfo } from '../../api/forcegen';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDateTime, fmtNumber } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { IllustrativeBadge } from '../../components/tags';

const COLUMNS: Column<ScenarioSummaryInfo>[] = [
  {
    key: 'name',
    header: 'Scenario',
    className: 'col-title',
    cell: (s) => (
      <>
        <Link to={`/forcegen/${encodeURIComponent(s.id)}`}>{s.name}</Link>
        {s.illustrative ? (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        ) : null}
        <span className="fg-unit__id">{s.id}</span>
      </>
    ),
  },
  { key: 'nations', header: 'Nations', numeric: true, cell: (s) => fmtNumber(s.nations) },
  { key: 'lines', header: 'Requirement lines', numeric: true, cell: (s) => fmtNumber(s.lines) },
  { key: 'offers', header: 'Offers', numeric: true, cell: (s) => fmtNumber(s.offers) },
  { key: 'version', header: 'Version', numeric: true, cell: (s) => fmtNumber(s.version) },
  { key: 'updated', header: 'Last changed', className: 'nowrap', cell: (s) => fmtDateTime(s.updatedAt) },
];

export default function ScenariosPage() {
  usePageTitle('Force generation');
  const { user } = useSession();
  const list = useResource(user === undefined ? null : `fgs:${user?.id ?? ''}`, listScenarios);

  return (
    <>
      <h1 className="heading-l">Force generation</h1>
      <p className="lead">
        The Multinational Force Ukraine is generated from national offers against a statement of requirements,
        in sourcing conferences. Each scenario holds the requirement lines, the offers as they arrive, and the
        plans the optimiser solves from them.
      </p>
      {list.error ? (
        <ErrorMessage error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading what="Loading the scenarios" />
      ) : (
        <DataTable
          caption="Scenarios"
          columns={COLUMNS}
          rows={list.data}
          rowKey={(s) => s.id}
          busy={list.loading}
          empty="No scenario yet. Planners create one through the API or the command line."
        />
      )}
    </>
  );
}
