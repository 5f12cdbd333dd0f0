import type { AuditRepo } from '../ports';
import { type ChainBreak, verifyRun } from './chain';

export interface VerifyResult {
  ok: boolean;
  entries: number;
  firstBreak: ChainBreak | null;
}

/** Walks the whole audit log in pages and reports the first entry that breaks the chain. */
export async function verifyAuditChain(deps: { audit: AuditRepo }, pageSize = 2000): Promise<VerifyResult> {
  let prev: { seq: number; hash: string } | null = null;
  let count = 0;
  for (;;) {
    const page = await deps.audit.scan(prev?.seq ?? 0, pageSize);
    if (page.length === 0) break;
    const br = verifyRun(page, prev);
    if (br) return { ok: false, entries: count + page.findIndex((e) => e.seq === br.seq), firstBreak: br };
    count += page.length;
    const last = page[page.length - 1]!;
    prev = { seq: last.seq, hash: last.hash };
  }
  // entries removed from the end leave an intact but shorter chain: the head row remembers
  const head = await deps.audit.head();
  if (head.seq !== (prev?.seq ?? 0) || (prev && head.hash !== prev.hash)) {
    return {
      ok: false,
      entries: count,
      firstBreak: {
        seq: (prev?.seq ?? 0) + 1,
        reason: 'sequence_gap',
        detail: `the chain ends at entry ${prev?.seq ?? 0} but its head records entry ${head.seq}`,
      },
    };
  }
  return { ok: true, entries: count, firstBreak: null };
}
