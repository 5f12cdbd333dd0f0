import { randomUUID } from 'node:crypto';
import type { CommitmentCreateParsed, CommitmentDoc, CommitmentView } from '../../contracts/commitment';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudits } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, PartyRecord, Repos, Store, StoredCommitment } from '../ports';
import { analyzeCommitment } from './analyze-commitment';
import { buildTerms, clean, conversionYear } from './build-doc';
import { toView } from './view';

/** One registration: what to register and who asks. */
export interface Registration {
  input: CommitmentCreateParsed;
  actor: Actor;
}

/** The outcome of one registration among several: the new commitment, or why not. */
export type Registered = { ok: true; value: CommitmentView } | { ok: false; error: AppError };

/**
 * Registers a new commitment as version 1, with its EUR equivalent and an audit entry, in one
 * transaction. Throws `forbidden` (a delegation registering for another party), `validation`
 * (unknown guarantor or beneficiary, no exchange rate) and `conflict` (the ref is taken).
 */
export async function registerCommitment(
  opts: Registration,
  deps: { store: Store; clock: Clock; newId?: () => string },
): Promise<CommitmentView> {
  const [r] = await registerCommitments({ items: [opts] }, deps);
  if (!r?.ok) throw r?.error ?? new Error('no outcome');
  return r.value;
}

/**
 * Registers several commitments in one transaction (the server groups concurrent requests so):
 * each one is checked on its own and fails on its own — a refused or conflicting item leaves
 * the others written. Outcomes come back in the order of `items`.
 */
export async function registerCommitments(
  opts: { items: Registration[] },
  deps: { store: Store; clock: Clock; newId?: () => string },
): Promise<Registered[]> {
  const out: Registered[] = new Array(opts.items.length);
  const allowed: number[] = [];
  opts.items.forEach((item, i) => {
    const refused = attempt(() => authorize(item.actor, 'commitment.create', item.input.guarantor));
    if (refused) out[i] = { ok: false, error: refused };
    else allowed.push(i);
  });
  if (!allowed.length) return out;
  const items = allowed.map((i) => opts.items[i]!);
  // parties change rarely: read outside the transaction (cached on PGlite); the foreign keys
  // still guard the insert
  const parties = await deps.store.parties.getMany(partyCodes(items));
  const now = deps.clock.now();
  const written = await deps.store.transaction((repos) =>
    insertCommitments({
      items,
      now,
      repos,
      clock: deps.clock,
      newId: deps.newId ?? randomUUID,
      parties,
      changeNote: 'registered',
    }),
  );
  written.forEach((r, k) => {
    out[allowed[k]!] = r;
  });
  return out;
}

const partyCodes = (items: Registration[]) => [
  ...new Set(items.flatMap((x) => [x.input.guarantor, x.input.beneficiary])),
];

/** Runs `fn`; an AppError it throws is returned, anything else rethrown. */
function attempt(fn: () => unknown): AppError | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
}

/**
 * The transactional part of registering, shared with the importer: builds every record (an item
 * that cannot be built fails alone), writes them and their version 1 in one statement (an item
 * whose ref is taken fails alone, as a `conflict`), then their audit entries in one more.
 */
export async function insertCommitments(o: {
  items: Registration[];
  now: Date;
  repos: Repos;
  clock: Clock;
  newId: () => string;
  changeNote: string;
  /** The guarantors and beneficiaries, when the caller has read them already. */
  parties?: Map<string, PartyRecord>;
  onBuilt?: (done: number, total: number) => void;
}): Promise<Registered[]> {
  const { items, repos } = o;
  const parties = o.parties ?? (await repos.parties.getMany(partyCodes(items)));
  const nextRef = new Map<string, number>();
  const built: (Built | AppError)[] = [];
  for (const [i, item] of items.entries()) {
    try {
      built.push(await buildRecord({ ...item, now: o.now, repos, newId: o.newId, parties, nextRef }));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      built.push(e);
    }
    if (o.onBuilt && (i % 100 === 99 || i === items.length - 1)) o.onBuilt(i + 1, items.length);
  }
  const records = built.filter((b): b is Built => !(b instanceof AppError));
  const inserted = await repos.commitments.insertMany(
    records.map((b) => b.stored),
    o.changeNote,
  );
  const stored = new Set(records.filter((_, k) => inserted[k]).map((b) => b.stored.id));
  await recordAudits(
    { audit: repos.audit, clock: o.clock },
    records
      .filter((b) => stored.has(b.stored.id))
      .map((b) => ({
        actor: b.actor,
        action: 'commitment.create',
        entity: 'commitment',
        entityId: b.stored.id,
        after: b.stored.doc,
      })),
  );
  return built.map((b): Registered => {
    if (b instanceof AppError) return { ok: false, error: b };
    if (!stored.has(b.stored.id)) return { ok: false, error: refTaken(b.stored.doc.ref) };
    return { ok: true, value: toView(b.stored, b.guarantor, true) };
  });
}

/** The conflict a taken reference is reported as. */
export function refTaken(ref: string): AppError {
  return new AppError('conflict', `reference ${ref} is taken`, [
    { path: 'ref', message: 'already used by another commitment' },
  ]);
}

interface Built {
  stored: StoredCommitment;
  guarantor: PartyRecord;
  actor: Actor;
}

/** One record, version 1, ready to write: parties checked, ref assigned, money in EUR, analysed. */
async function buildRecord(o: {
  input: CommitmentCreateParsed;
  actor: Actor;
  now: Date;
  repos: Repos;
  newId: () => string;
  parties: Map<string, PartyRecord>;
  /** Per reference prefix, the next free number in this batch. */
  nextRef: Map<string, number>;
}): Promise<Built> {
  const { input, actor, now, repos, parties } = o;
  const guarantor = parties.get(input.guarantor);
  if (!guarantor) {
    throw new AppError('validation', 'unknown guarantor', [
      { path: 'guarantor', message: `no party with code ${input.guarantor}` },
    ]);
  }
  if (!parties.has(input.beneficiary)) {
    throw new AppError('validation', 'unknown beneficiary', [
      { path: 'beneficiary', message: `no party with code ${input.beneficiary}` },
    ]);
  }
  const { terms, ref, ...rest } = input;
  const year = conversionYear(input, now);
  const doc: CommitmentDoc = clean({
    ...rest,
    ref: ref ?? (await autoRef(`${input.guarantor}-${year}-`, repos, o.nextRef)),
    terms: await buildTerms(terms, year, repos),
  });
  const by = actor.kind === 'user' ? actor.userId : null;
  return {
    stored: {
      id: o.newId(),
      version: 1,
      doc,
      analysis: analyzeCommitment(doc),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      createdBy: by,
      updatedBy: by,
    },
    guarantor,
    actor,
  };
}

/** GB-2026-007: the prefix and the next number after the highest stored (or given out in this batch). */
async function autoRef(prefix: string, repos: Repos, next: Map<string, number>): Promise<string> {
  const n = next.get(prefix) ?? (await repos.commitments.nextRefNumber(prefix));
  next.set(prefix, n + 1);
  return `${prefix}${String(n).padStart(3, '0')}`;
}
