/**
 * A read cache for the register's lists and totals, for the embedded database only, where this
 * process is the single writer. Every committed transaction bumps a generation; a result is kept
 * only if no commit happened while it was read, so a cached page is never older than the last
 * commit. (On PostgreSQL other servers write too, so there is no cache there.)
 */
import type { CommitmentRepo, PartyRepo } from '../core/ports';

export class ReadCache {
  private generation = 0;
  private readonly entries = new Map<string, unknown>();
  constructor(private readonly max = 500) {}

  bump(): void {
    this.generation++;
    this.entries.clear();
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.entries.has(key)) {
      const hit = this.entries.get(key) as T;
      // keep recently used entries last, so that eviction drops the oldest
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const started = this.generation;
    const value = await load();
    if (this.generation === started) {
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, value);
    }
    return value;
  }
}

/** Wraps the (non-transactional) commitment repository's reads with the cache. */
export function cachedCommitments(repo: CommitmentRepo, cache: ReadCache): CommitmentRepo {
  return {
    ...repo,
    list: (query, scope) =>
      cache.get(`list:${JSON.stringify(query)}:${JSON.stringify(scope)}`, () => repo.list(query, scope)),
    totals: (scope) => cache.get(`totals:${JSON.stringify(scope)}`, () => repo.totals(scope)),
  };
}

/** Wraps the (non-transactional) party repository's reads with the cache. */
export function cachedParties(repo: PartyRepo, cache: ReadCache): PartyRepo {
  return {
    ...repo,
    get: (code) => cache.get(`party:${code}`, () => repo.get(code)),
    getMany: (codes) => cache.get(`parties:${codes.join(',')}`, () => repo.getMany(codes)),
    list: () => cache.get('parties', () => repo.list()),
  };
}
