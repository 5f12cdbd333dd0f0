/** The statement of requirements: one row a line, filterable by phase and capability (in the URL). */
import { useSearchParams } from 'react-router';
import type { Capability, ForceGenScenario, Phase, RequirementLine } from '../../../contracts/forcegen';
import { type Column, DataTable } from '../../components/data-table';
import { fmtNumber, plural } from '../../components/format';
import { CAPABILITY_LABELS, PHASE_LABELS, PHASE_ORDER, quantityInWords, READINESS_LABELS } from './labels';
import { capabilityFilter, days, type Names, PRIORITY_WORDS, ReadinessTag, TabFilters } from './parts';
import { UnitSymbol } from './unit-symbol';

export function RequirementsTab({ scenario, names }: { scenario: ForceGenScenario; names: Names }) {
  const [params] = useSearchParams();
  const phase = params.get('phase') ?? '';
  const capability = params.get('capability') ?? '';
  const combat = new Set(scenario.regions.filter((r) => r.combatZone).map((r) => r.id));

  const rows = scenario.lines.filter(
    (l) => (!phase || l.phase === phase) && (!capability || l.capability === capability),
  );
  const demand = rows.reduce((a, l) => a + l.quantity, 0);

  const columns: Column<RequirementLine>[] = [
    {
      key: 'line',
      header: 'Line',
      className: 'nowrap',
      cell: (l) => (
        <>
          <strong>{l.id}</strong>
          {l.title ? <span className="fg-unit__id">{l.title}</span> : null}
        </>
      ),
    },
    {
      key: 'capability',
      header: 'Capability',
      cell: (l) => (
        <span className="fg-unit">
          <UnitSymbol capability={l.capability} />
          {CAPABILITY_LABELS[l.capability]}
        </span>
      ),
    },
    {
      key: 'quantity',
      header: 'Quantity',
      numeric: true,
      cell: (l) => quantityInWords(l.capability, l.quantity, false),
    },
    { key: 'phase', header: 'Phase', className: 'nowrap', cell: (l) => PHASE_LABELS[l.phase] },
    {
      key: 'region',
      header: 'Region',
      cell: (l) => (
        <>
          {names.region(l.region)}
          {combat.has(l.region) ? (
            <>
              {' '}
              <span className="chip chip--warning">combat zone</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'ntm',
      header: 'Max notice-to-move',
      numeric: true,
      cell: (l) => days(l.maxNoticeToMoveDays),
    },
    {
      key: 'readiness',
      header: 'Min readiness',
      cell: (l) => <ReadinessTag readiness={l.minReadiness} />,
    },
    {
      key: 'priority',
      header: 'Priority',
      className: 'nowrap',
      cell: (l) => (
        <>
          {l.priority} <span className="muted">{PRIORITY_WORDS[l.priority] ?? ''}</span>
        </>
      ),
    },
  ];

  const words = [
    phase ? PHASE_LABELS[phase as Phase] : null,
    capability ? CAPABILITY_LABELS[capability as Capability] : null,
  ].filter(Boolean);

  return (
    <section aria-labelledby="h-requirements">
      <h2 className="heading-m" id="h-requirements">
        Statement of requirements
      </h2>
      <p className="section-lead">
        What the force needs: each line asks for a quantity of one capability in one phase after the
        ceasefire, in one region or domain, at a readiness and notice-to-move, with a priority from 1
        (critical) to 5 (desirable). Readiness levels, lowest first:{' '}
        {Object.values(READINESS_LABELS).join(', ')}.
      </p>
      <TabFilters
        idPrefix="req"
        filters={[
          {
            name: 'phase',
            label: 'Phase',
            value: phase,
            all: 'All phases',
            options: PHASE_ORDER.map((p) => ({ value: p, label: PHASE_LABELS[p] })),
          },
          capabilityFilter(capability),
        ]}
      />
      <p className="fg-count" role="status">
        {plural(rows.length, 'line')} of {fmtNumber(scenario.lines.length)}
        {words.length ? ` (${words.join(', ')})` : ''}, asking for {fmtNumber(demand)} units in all.
      </p>
      <DataTable
        caption={`Requirement lines${words.length ? `: ${words.join(', ')}` : ''}`}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(l) => l.id}
        empty="No line matches these filters."
      />
    </section>
  );
}
