/** Attending delegations by level, split by in person and online. */
import type { Invitation } from '../../../contracts/summit';
import { StackedBarChart } from '../../components/stacked-bar-chart';
import { ATTENDANCE_LEVEL_VALUES, ATTENDANCE_MODE_VALUES, LEVEL_LABELS, MODE_LABELS } from './labels';

export function AttendanceChart({ invitations }: { invitations: Invitation[] }) {
  const attending = invitations.filter((i) => i.reply?.attending);
  const rows = ATTENDANCE_LEVEL_VALUES.map((level) => {
    const values = ATTENDANCE_MODE_VALUES.map(
      (mode) => attending.filter((i) => i.reply?.level === level && i.reply.mode === mode).length,
    );
    const total = values.reduce((a, b) => a + b, 0);
    return {
      key: level,
      label: LEVEL_LABELS[level],
      values,
      after: `${total}`,
      cells: [...values.map(String), String(total)],
    };
  });
  return (
    <StackedBarChart
      title="Attending delegations by level, in person and online"
      description="Replies marked illustrative are counted as recorded."
      series={ATTENDANCE_MODE_VALUES.map((m, i) => ({ key: m, label: MODE_LABELS[m], hatch: i === 1 }))}
      rows={rows}
      labelHeader="Level"
      columns={[...ATTENDANCE_MODE_VALUES.map((m) => MODE_LABELS[m]), 'Total']}
      labelWidth={220}
    />
  );
}
