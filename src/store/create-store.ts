import type { Repos, Store } from '../core/ports';
import type { Database, Queryable } from './db';
import { auditRepo } from './repositories/audit';
import { commitmentRepo } from './repositories/commitments';
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
  };
}

/** The store over one database. Outside a transaction, an audit append runs in one of its own. */
export function createStore(db: Database): Store {
  const base = repos(db);
  return {
    ...base,
    audit: {
      ...base.audit,
      append: (input, build) => db.transaction((tx) => auditRepo(tx).append(input, build)),
    },
    transaction: (fn) => db.transaction((tx) => fn(repos(tx))),
  };
}
