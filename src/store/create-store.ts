import type { Repos, Store } from '../core/ports';
import type { Database, Queryable } from './db';
import { cachedCommitments, cachedParties, ReadCache } from './read-cache';
import { auditRepo } from './repositories/audit';
import { commitmentRepo } from './repositories/commitments';
import { forcegenRepo } from './repositories/forcegen';
import { partyRepo, rateRepo } from './repositories/parties';
import { sessionRepo, tokenRepo, userRepo } from './repositories/users';

function repos(q: Queryable): Repos {
  return {
    parties: partyRepo(q),
    rates: rateRepo(q),
    users: userRepo(q),
    sessions: sessionRepo(q),
    tokens: tokenRepo(q),
    commitments: commitmentRepo(q),
    audit: auditRepo(q),
    forcegen: forcegenRepo(q),
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
  return {
    ...base,
    commitments: cache ? cachedCommitments(base.commitments, cache) : base.commitments,
    parties: cache ? cachedParties(base.parties, cache) : base.parties,
    audit: {
      ...base.audit,
      append: (input, build) => commit(db.transaction((tx) => auditRepo(tx).append(input, build))),
    },
    transaction: (fn) => commit(db.transaction((tx) => fn(repos(tx)))),
  };
}
