/**
 * A guarantor's reliability record from past activations: of the items that are closed (honoured
 * on time, honoured late, not honoured), how many of each, and how late the late ones were.
 * Pending and blocked items are not counted: they have not yet been decided.
 */
import type { ActivationPlanItem, ActivationReliability } from '../../contracts/activation';

type Closed = Pick<ActivationPlanItem, 'guarantor' | 'state' | 'lateByHours'>;

export function reliabilityRecords(items: Iterable<Closed>): ActivationReliability[] {
  const acc = new Map<string, { onTime: number; late: number; not: number; lateHours: number }>();
  for (const i of items) {
    if (i.state === 'pending' || i.state === 'blocked') continue;
    let a = acc.get(i.guarantor);
    if (!a) {
      a = { onTime: 0, late: 0, not: 0, lateHours: 0 };
      acc.set(i.guarantor, a);
    }
    if (i.state === 'honoured_on_time') a.onTime++;
    else if (i.state === 'honoured_late') {
      a.late++;
      a.lateHours += i.lateByHours ?? 0;
    } else a.not++;
  }
  return [...acc.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([guarantor, a]) => {
      const n = a.onTime + a.late + a.not;
      const honoured = a.onTime + a.late;
      return {
        guarantor,
        items: n,
        onTime: a.onTime,
        late: a.late,
        notHonoured: a.not,
        honouredRate: n > 0 ? honoured / n : null,
        onTimeRate: honoured > 0 ? a.onTime / honoured : null,
        meanLateHours: a.late > 0 ? a.lateHours / a.late : null,
      };
    });
}
