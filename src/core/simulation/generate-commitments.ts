/**
 * A realistic generated register for benchmarks and tests, replayable from its seed: guarantors
 * weighted by size, pillars and kinds in plausible proportions, a spread of legal forms and
 * statuses, response times by kind, money for the kinds that carry it, and the conditions that
 * real texts attach (parliamentary approval, US backstop, mandate). Illustrative, not data.
 */
import type { ActivationReliability, ActivationTriggerKind } from '../../contracts/activation';
import type { Kind, LegalForm, Pillar, Status } from '../../contracts/enums';
import type { ActivatableCommitment, ConditionKind } from '../activation/types';
import { U32, Xoshiro128 } from './random';

const GUARANTORS: [string, number][] = [
  ['GB', 9],
  ['FR', 9],
  ['DE', 10],
  ['IT', 6],
  ['ES', 4],
  ['NL', 5],
  ['PL', 6],
  ['SE', 4],
  ['NO', 4],
  ['DK', 4],
  ['FI', 3],
  ['BE', 3],
  ['CA', 5],
  ['AU', 2],
  ['JP', 4],
  ['TR', 2],
  ['PT', 2],
  ['CZ', 2],
  ['RO', 2],
  ['LT', 2],
  ['LV', 1],
  ['EE', 2],
  ['IE', 1],
  ['AT', 1],
  ['GR', 1],
  ['HR', 1],
  ['SI', 1],
  ['SK', 1],
  ['LU', 1],
  ['IS', 1],
  ['NZ', 1],
  ['BG', 1],
  ['EU', 8],
  ['NATO', 3],
];

const PILLAR_KINDS: [Pillar, number, Kind[]][] = [
  [
    'renewed_attack',
    40,
    [
      'consultation',
      'intelligence',
      'air_defence',
      'equipment',
      'ammunition',
      'sanctions',
      'diplomatic',
      'logistics',
      'isr',
      'finance',
    ],
  ],
  [
    'multinational_force',
    20,
    ['troops', 'air_policing', 'maritime', 'demining', 'training', 'logistics', 'isr'],
  ],
  ['long_term_support', 20, ['equipment', 'ammunition', 'finance', 'budget_support', 'training']],
  ['monitoring', 7, ['monitoring', 'isr']],
  ['defence_cooperation', 8, ['industrial', 'equipment']],
  ['pressure', 5, ['sanctions', 'diplomatic']],
];

const LEGAL_FORMS: [LegalForm, number][] = [
  ['treaty', 15],
  ['executive_agreement', 35],
  ['memorandum', 20],
  ['political_declaration', 20],
  ['statement', 10],
];
const STATUSES: [Status, number][] = [
  ['agreed', 10],
  ['signed', 40],
  ['ratified', 15],
  ['in_force', 25],
  ['allocated', 7],
  ['delivered', 3],
];
const RESPONSE_HOURS = [24, 48, 72, 168, 336, 720, 1440];
const MONEY_KINDS = new Set<Kind>(['finance', 'budget_support', 'equipment', 'ammunition', 'industrial']);
const CONDITIONS: [ConditionKind, number, string][] = [
  ['parliamentary_approval', 0.25, 'Subject to approval by parliament'],
  ['us_backstop', 0.1, 'Conditional on a United States backstop'],
  ['mandate', 0.08, 'Within a mandate of the UN Security Council or the EU Council'],
  ['national_procedures', 0.1, 'In accordance with national procedures'],
  ['other', 0.03, 'Subject to a ceasefire monitoring arrangement'],
];

class Draw {
  private readonly buf = new Uint32Array(256);
  private at = 256;
  constructor(private readonly rng: Xoshiro128) {}
  next(): number {
    if (this.at === this.buf.length) {
      this.rng.fill(this.buf);
      this.at = 0;
    }
    return this.buf[this.at++]! * U32;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly [T, number, ...unknown[]][]): [T, number, ...unknown[]] {
    const total = items.reduce((s, i) => s + i[1], 0);
    let x = this.next() * total;
    for (const i of items) {
      x -= i[1];
      if (x < 0) return i;
    }
    return items[items.length - 1]!;
  }
  /** Lognormal with this median and 90th percentile, by Box–Muller. */
  lognormal(median: number, p90: number): number {
    const z = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
    return median * (p90 / median) ** (z / 1.2815515655446004);
  }
}

export interface GenerateCommitmentsInput {
  count: number;
  seed: number;
  /** The trigger every generated commitment carries (default renewed_attack). */
  trigger?: ActivationTriggerKind;
}

export function generateCommitments(input: GenerateCommitmentsInput): ActivatableCommitment[] {
  const d = new Draw(new Xoshiro128(input.seed, 0x9e1));
  const out: ActivatableCommitment[] = [];
  for (let i = 0; i < input.count; i++) {
    const guarantor = d.weighted(GUARANTORS)[0];
    const [pillar, , kinds] = d.weighted(PILLAR_KINDS) as [Pillar, number, Kind[]];
    const kind = d.pick(kinds);
    const ref = `${guarantor}-G${String(i + 1).padStart(5, '0')}`;
    const responseTimeHours =
      kind === 'consultation' ? 24 : d.next() < 0.2 ? undefined : d.pick(RESPONSE_HOURS);
    const withMoney = MONEY_KINDS.has(kind) || d.next() < 0.3;
    const eurAmount = withMoney ? Math.round(d.lognormal(50e6, 600e6)) : undefined;
    const conditions = CONDITIONS.filter(([, p]) => d.next() < p).map(([kind, , text]) => ({
      kind,
      text,
      satisfied: d.next() < 0.2,
    }));
    out.push({
      id: `gen-${input.seed}-${i + 1}`,
      ref,
      title: `${guarantor} ${kind.replace('_', ' ')} (generated)`,
      guarantor,
      pillar,
      kind,
      legalForm: d.weighted(LEGAL_FORMS)[0],
      status: d.weighted(STATUSES)[0],
      trigger: { kind: input.trigger ?? 'renewed_attack' },
      conditions,
      terms: {
        ...(responseTimeHours ? { responseTimeHours } : {}),
        ...(eurAmount ? { money: { eurAmount } } : {}),
      },
    });
  }
  return out;
}

/** Illustrative records from past activations, one per generated guarantor, replayable. */
export function generateReliability(seed: number): ActivationReliability[] {
  const d = new Draw(new Xoshiro128(seed, 0x7e1));
  return GUARANTORS.map(([guarantor]) => {
    const items = Math.floor(d.next() * 12);
    const quality = 0.55 + 0.45 * d.next();
    let onTime = 0;
    let late = 0;
    for (let i = 0; i < items; i++) {
      const x = d.next();
      if (x < quality * 0.75) onTime++;
      else if (x < quality) late++;
    }
    const honoured = onTime + late;
    const meanLateHours = late > 0 ? 12 + 150 * d.next() : null;
    return {
      guarantor,
      items,
      onTime,
      late,
      notHonoured: items - honoured,
      honouredRate: items > 0 ? honoured / items : null,
      onTimeRate: honoured > 0 ? onTime / honoured : null,
      meanLateHours,
    };
  });
}
