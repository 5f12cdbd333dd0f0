import type { Repos, Store } from '../core/ports';
import type { Database, Queryable } from './db';
import { cachedCommitments, cachedParties, ReadCache } from './read-cache';
import { activationRepo } from './repositories/activation';
import { type AuditHeadCache, auditRepo } from './repositories/audit';
import { commitmentRepo } from './repositories/commitments';
import { documentRepo } from './repositories/documents';
import { forcegenRepo } from './repositories/forcegen';
import { incidentRepo } from './repositories/incidents';
import { jobRepo } from './repositories/jobs';
import { partyRepo, rateRepo } from './repositories/parties';
import { positionRepo } from './repositories/positions';
import { pressureRepo } from './repositories/pressure';
import { summitRepo } from './repositories/summits';
import { timelineRepo } from './repositories/timeline';
import { sessionRepo, tokenRepo, userRepo } from './repositories/users';

function repos(q: Queryable, head?: AuditHeadCache): Repos {
  return {
    parties: partyRepo(q),
    rates: rateRepo(q),
    users: userRepo(q),
    sessions: sessionRepo(q),
    tokens: tokenRepo(q),
    commitments: commitmentRepo(q),
    audit: auditRepo(q, head),
    forcegen: forcegenRepo(q),
    incidents: incidentRepo(q),
    activation: activationRepo(q),
    positions: positionRepo(q),
    pressure: pressureRepo(q),
    timeline: timelineRepo(q),
    summits: summitRepo(q),
    documents: documentRepo(q),
    jobs: jobRepo(q),
  };
}

/**
 * The store over one database. Outside a transaction, an audit append runs in one of its own.
 * On PGlite, list and totals reads are cached until the next commit (see read-cache.ts).
 */
export function createStore(db: Database): Store {
  const cache = db.kind === 'pglite' ? new ReadCache() : null;
  // a write outside a transaction also ends the cached generation
  const direct: Queryable = cache
    ? {
        query: <T>(sql: string, params?: readonly unknown[]) =>
          /^\s*SELECT/i.test(sql)
            ? db.query<T>(sql, params)
            : db.query<T>(sql, params).finally(() => cache.bump()),
      }
    : db;
  const base = repos(direct);
  const commit = <T>(p: Promise<T>) => (cache ? p.finally(() => cache.bump()) : p);
  // PGlite only: the audit chain's head after the last commit; unknown (read from the table)
  // at start and after any transaction that did not commit
  const head: AuditHeadCache | undefined =
    db.kind === 'pglite' ? { committed: undefined, pending: undefined } : undefined;
  // The head moves while the transaction still holds PGlite's lock (a later transaction must see
  // it): after its last statement; a failed transaction, or a failed COMMIT, forgets it.
  const inTransaction = <T>(fn: (tx: Queryable) => Promise<T>) =>
    commit(
      db
        .transaction(async (tx) => {
          try {
            const out = await fn(tx);
            if (head?.pending) head.committed = head.pending;
            return out;
          } catch (e) {
            if (head) head.committed = undefined;
            throw e;
          } finally {
            if (head) head.pending = undefined;
          }
        })
        .catch((e: unknown) => {
          if (head) head.committed = undefined;
          throw e;
        }),
    );
  return {
    ...base,
    commitments: cache ? cachedCommitments(base.commitments, cache) : base.commitments,
    parties: cache ? cachedParties(base.parties, cache) : base.parties,
    audit: {
      ...base.audit,
      append: (input, build) => inTransaction((tx) => auditRepo(tx, head).append(input, build)),
      appendMany: (inputs, build) => inTransaction((tx) => auditRepo(tx, head).appendMany(inputs, build)),
    },
    transaction: (fn) => inTransaction((tx) => fn(repos(tx, head))),
  };
}
