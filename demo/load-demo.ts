/**
 * The Paris 2026 demo: the 35 invited delegations and Ukraine, ECB exchange rates, demo users
 * for every role, and commitments from public texts (each with its source) beside illustrative
 * ones (marked `illustrative: true`, shown as such in the UI). Loaded on a server's first start.
 */
import { readFileSync } from 'node:fs';
import { CommitmentCreate } from '../src/contracts/commitment';
import type { Role } from '../src/contracts/enums';
import type { Actor } from '../src/core/access/actor';
import { recordAudit } from '../src/core/audit/record';
import { registerCommitment } from '../src/core/commitments/register-commitment';
import { saveScenario } from '../src/core/conference/save-scenario';
import { generateScenario } from '../src/core/forcegen';
import type { Clock, Events, PasswordHasher, Store } from '../src/core/ports';
import { createUser } from '../src/core/users/create-user';
import { loadActivationDemo } from './activation';
import { loadIncidentsDemo } from './incidents';
import { loadPositionsDemo } from './positions';
import { loadSummitDemo } from './summits';

const dir = new URL('./paris-2026/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;

/** Every demo account has this password; it is printed at start and in the README. */
export const DEMO_PASSWORD = 'coalition-demo-2026';

export const DEMO_USERS: { email: string; name: string; role: Role; partyCode?: string }[] = [
  { email: 'secretariat@demo.guarantor', name: 'Secretariat officer (illustrative)', role: 'secretariat' },
  {
    email: 'uk@demo.guarantor',
    name: 'UK delegation officer (illustrative)',
    role: 'delegation',
    partyCode: 'GB',
  },
  {
    email: 'fr@demo.guarantor',
    name: 'French delegation officer (illustrative)',
    role: 'delegation',
    partyCode: 'FR',
  },
  {
    email: 'de@demo.guarantor',
    name: 'German delegation officer (illustrative)',
    role: 'delegation',
    partyCode: 'DE',
  },
  {
    email: 'pl@demo.guarantor',
    name: 'Polish delegation officer (illustrative)',
    role: 'delegation',
    partyCode: 'PL',
  },
  {
    email: 'ukraine@demo.guarantor',
    name: "Ukraine's negotiator (illustrative)",
    role: 'beneficiary',
    partyCode: 'UA',
  },
  { email: 'planner@demo.guarantor', name: 'Force planner (illustrative)', role: 'planner' },
  { email: 'monitor@demo.guarantor', name: 'Monitoring mission officer (illustrative)', role: 'monitor' },
  {
    email: 'commission@demo.guarantor',
    name: 'Special Commission member (illustrative)',
    role: 'commission',
  },
  { email: 'observer@demo.guarantor', name: 'Public observer (illustrative)', role: 'observer' },
];

const SYSTEM: Actor = {
  kind: 'user',
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'demo loader',
  role: 'secretariat',
  partyCode: null,
  canWrite: true,
  via: 'local',
};

interface PartyFile {
  parties: {
    code: string;
    name: string;
    kind: 'state' | 'organisation';
    gdpEur: number | null;
    gdpYear?: number | null;
    gdpSource?: { title: string; url?: string } | null;
    gdpApproximate?: boolean;
    invited?: boolean;
    illustrative?: boolean;
  }[];
}
interface RateFile {
  source: { title: string; url?: string };
  rates: { currency: string; year: number; eurPerUnit: number; date: string }[];
}

/**
 * The force-generation demo: requirement lines and offers are generated (illustrative: no
 * statement of requirements is public), weighted by the coalition members' real 2024 GDP.
 */
function demoForceScenario(parties: PartyFile['parties']) {
  const s = generateScenario({ nations: 30, lines: 80, offers: 400, seed: 2026, usBackstop: false });
  const gdp = new Map(
    parties.filter((p) => p.gdpEur).map((p) => [p.code, { name: p.name, gdp: Math.round(p.gdpEur! / 1e9) }]),
  );
  return {
    ...s,
    name: 'Multinational Force Ukraine (illustrative)',
    nations: s.nations.map((n) => ({ ...n, ...(gdp.get(n.id) ?? {}) })),
  };
}

/** Loads the demo into an empty register; returns the sign-in lines to print, or null if not empty. */
export async function loadDemo(
  deps: { store: Store; clock: Clock; hasher: PasswordHasher; events?: Events },
  opts: { force?: boolean } = {},
): Promise<string[] | null> {
  if (!opts.force && (await deps.store.parties.list()).length > 0) return null;
  const { parties } = readJson<PartyFile>('parties.json');
  const rates = readJson<RateFile>('exchange-rates.json');
  const { commitments } = readJson<{ commitments: Record<string, unknown>[] }>('commitments.json');
  await deps.store.transaction(async (repos) => {
    for (const p of parties) {
      await repos.parties.upsert({
        code: p.code,
        name: p.name,
        kind: p.kind,
        gdpEur: p.gdpEur ?? null,
        gdpYear: p.gdpYear ?? null,
        gdpSource: p.gdpSource
          ? [
              p.gdpSource.title,
              p.gdpSource.url,
              p.gdpApproximate ? 'approximate: not yet checked at the source' : '',
            ]
              .filter(Boolean)
              .join(' — ')
          : null,
        invited: p.invited ?? false,
        illustrative: p.illustrative ?? false,
      });
    }
    for (const r of rates.rates) {
      await repos.rates.upsert({
        currency: r.currency,
        year: r.year,
        eurPerUnit: r.eurPerUnit,
        rateDate: r.date,
        source: [rates.source.title, rates.source.url].filter(Boolean).join(' — '),
      });
    }
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: SYSTEM,
        action: 'demo.load',
        entity: 'register',
        entityId: 'paris-2026',
        after: { parties: parties.length, rates: rates.rates.length },
      },
    );
  });
  for (const u of DEMO_USERS) {
    await createUser({ input: { ...u, password: DEMO_PASSWORD }, actor: SYSTEM }, deps);
  }
  for (const raw of commitments) {
    await registerCommitment({ input: CommitmentCreate.parse(raw), actor: SYSTEM }, deps);
  }
  const negotiationLines = (await loadPositionsDemo(deps, SYSTEM)) ?? [];
  await saveScenario(
    {
      id: 'paris-2026',
      name: 'Multinational Force Ukraine — Paris coalition sourcing conference (illustrative)',
      scenario: demoForceScenario(parties),
      illustrative: true,
      changeNote: 'illustrative demo scenario: generated requirement lines and offers, real GDP weights',
      actor: SYSTEM,
    },
    { ...deps, events: deps.events ?? { publish: () => {} } },
  );
  const incidentLine = await loadIncidentsDemo(deps, SYSTEM);
  const summitLine = await loadSummitDemo(deps, SYSTEM);
  // after the commitments and the monitoring period: the determination activates the former
  const activationLine = await loadActivationDemo(deps);
  return [
    `Loaded the Paris 2026 demo: ${parties.length} parties, ${commitments.length} commitments (public facts with sources; illustrative records are marked).`,
    ...negotiationLines,
    incidentLine,
    ...(activationLine ? [activationLine] : []),
    ...(summitLine ? [summitLine] : []),
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(28)} ${u.role}${u.partyCode ? ` (${u.partyCode})` : ''}`),
  ];
}
