/** Incidents per region over the period, largest first, each against its own baseline. */
import type { IncidentAggregates } from '../../../contracts/incident';
import { BarChart } from '../../components/bar-chart';
import { fmtNumber } from '../../components/format';

export function RegionChart({ data }: { data: IncidentAggregates }) {
  return (
    <BarChart
      title="Incidents per region"
      description={`Over the ${data.period.days} days of the period; beside each, the count its own baseline rate would give and the ratio.`}
      labelHeader="Region"
      valueHeader="Incidents"
      extraHeader="Against the baseline"
      labelWidth={200}
      bars={data.rows
        .filter((r) => r.count > 0 || r.expected > 0)
        .map((r) => ({
          key: r.key,
          label: r.label,
          value: r.count,
          display: fmtNumber(r.count, 0),
          extra:
            r.ratio === null
              ? `none expected (${fmtNumber(r.expected, 1)})`
              : `× ${fmtNumber(r.ratio, 1)} (${fmtNumber(r.expected, 1)} expected)`,
        }))}
    />
  );
}
