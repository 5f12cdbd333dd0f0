/** Every guarantor's reliability record from past activations: a table and a bar chart. */
import './activation.css';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { BarChart } from '../../components/bar-chart';
import { type Column, DataTable } from '../../components/data-table';
import { fmtNumber, fmtShare } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { type ActivationReliability, listReliability } from './api';
import { ActivationNav, SignInFirst } from './nav';

const rate = (r: number | null) => (r === null ? '—' : fmtShare(r));

const COLUMNS: Column<ActivationReliability>[] = [
  { key: 'guarantor', header: 'Guarantor', cell: (r) => r.guarantor },
  { key: 'items', header: 'Items decided', numeric: true, cell: (r) => fmtNumber(r.items) },
  { key: 'onTime', header: 'On time', numeric: true, cell: (r) => fmtNumber(r.onTime) },
  { key: 'late', header: 'Late', numeric: true, cell: (r) => fmtNumber(r.late) },
  { key: 'not', header: 'Not honoured', numeric: true, cell: (r) => fmtNumber(r.notHonoured) },
  { key: 'honoured', header: 'Honoured', numeric: true, cell: (r) => rate(r.honouredRate) },
  { key: 'onTimeRate', header: 'Of those, on time', numeric: true, cell: (r) => rate(r.onTimeRate) },
  {
    key: 'lateHours',
    header: 'Mean lateness',
    numeric: true,
    cell: (r) => (r.meanLateHours === null ? '—' : `${fmtNumber(r.meanLateHours, 1)} h`),
  },
];

export default function ReliabilityPage() {
  usePageTitle('Reliability');
  const { user } = useSession();
  const data = useResource(user ? `rel:${user.id}` : null, listReliability);
  const rows = [...(data.data ?? [])].sort((a, b) => (b.honouredRate ?? -1) - (a.honouredRate ?? -1));
  return (
    <>
      <h1 className="heading-l">Reliability records</h1>
      <ActivationNav />
      <p className="lead">
        What each guarantor did when its commitments were called on: of the activated commitments whose due
        time has come or that were marked, how many were honoured on time, late, or not at all. Pending and
        blocked items are not counted until they are decided. The simulation uses these records.
      </p>
      {user === null ? (
        <SignInFirst what="the reliability records" />
      ) : data.error ? (
        <ErrorMessage error={data.error} retry={data.reload} />
      ) : !data.data ? (
        <Loading what="Loading the records" />
      ) : (
        <>
          <BarChart
            title="Share of activated commitments honoured, by guarantor"
            description="Honoured on time or late, of the items decided."
            labelHeader="Guarantor"
            valueHeader="Honoured"
            extraHeader="Items decided"
            labelWidth={90}
            bars={rows.map((r) => ({
              key: r.guarantor,
              label: r.guarantor,
              value: r.honouredRate === null ? null : r.honouredRate * 100,
              display: rate(r.honouredRate),
              extra: fmtNumber(r.items),
            }))}
          />
          <DataTable
            caption="Reliability by guarantor"
            columns={COLUMNS}
            rows={rows}
            rowKey={(r) => r.guarantor}
            empty="No activation item has been decided yet."
          />
        </>
      )}
    </>
  );
}
