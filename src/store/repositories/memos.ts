/** Memos and their marked copies, and the log of who opened which copy: part of the summit repository. */
import type { MemoCopyRecord, MemoOpenRecord, MemoRecord, SummitRepo } from '../../core/summits/records';
import type { Queryable } from '../db';
import { iso, unique } from './summits';

interface MemoRow {
  id: string;
  summit_id: string;
  title: string;
  language: MemoRecord['language'];
  body: string;
  memo_key: string;
  illustrative: boolean;
  created_at: Date;
  created_by: string | null;
}
const toMemo = (r: MemoRow): MemoRecord => ({
  id: r.id,
  summitId: r.summit_id,
  title: r.title,
  language: r.language,
  body: r.body,
  memoKey: r.memo_key,
  illustrative: r.illustrative,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
});

type MemoMethods = Pick<
  SummitRepo,
  'memos' | 'allMemos' | 'getMemo' | 'insertMemo' | 'insertCopies' | 'copies' | 'logOpen' | 'opens'
>;

export function memoRows(db: Queryable): MemoMethods {
  return {
    async memos(summitId) {
      return (
        await db.query<MemoRow>('SELECT * FROM memo WHERE summit_id = $1 ORDER BY created_at, id', [summitId])
      ).map(toMemo);
    },
    async allMemos() {
      return (await db.query<MemoRow>('SELECT * FROM memo ORDER BY created_at DESC, id')).map(toMemo);
    },
    async getMemo(id) {
      const [r] = await db.query<MemoRow>('SELECT * FROM memo WHERE id = $1', [id]);
      return r ? toMemo(r) : null;
    },
    async insertMemo(m) {
      await unique('memo_pkey', 'id', `memo id ${m.id}`, () =>
        db.query(
          `INSERT INTO memo (id, summit_id, title, language, body, memo_key, illustrative, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            m.id,
            m.summitId,
            m.title,
            m.language,
            m.body,
            m.memoKey,
            m.illustrative,
            m.createdAt,
            m.createdBy,
          ],
        ),
      );
    },
    async insertCopies(rows) {
      for (const c of rows)
        await db.query(
          'INSERT INTO memo_copy (copy_id, memo_id, party_code, text_sha256) VALUES ($1, $2, $3, $4)',
          [c.copyId, c.memoId, c.party, c.textSha256],
        );
    },
    async copies(memoId) {
      const rows = await db.query<{
        copy_id: string;
        memo_id: string;
        party_code: string;
        party_name: string;
        text_sha256: string;
        opens: number;
      }>(
        `SELECT c.copy_id, c.memo_id, c.party_code, p.name AS party_name, c.text_sha256,
           (SELECT count(*)::int FROM memo_copy_open o WHERE o.copy_id = c.copy_id) AS opens
         FROM memo_copy c JOIN party p ON p.code = c.party_code WHERE c.memo_id = $1 ORDER BY p.name`,
        [memoId],
      );
      return rows.map(
        (r): MemoCopyRecord => ({
          copyId: r.copy_id,
          memoId: r.memo_id,
          party: r.party_code,
          partyName: r.party_name,
          textSha256: r.text_sha256,
          opens: r.opens,
        }),
      );
    },
    async logOpen(o) {
      await db.query(
        'INSERT INTO memo_copy_open (id, copy_id, user_id, user_label, opened_at, format) VALUES ($1, $2, $3, $4, $5, $6)',
        [o.id, o.copyId, o.userId, o.userLabel, o.at, o.format],
      );
    },
    async opens(memoId) {
      const rows = await db.query<{
        id: string;
        copy_id: string;
        party_code: string;
        user_id: string | null;
        user_label: string;
        opened_at: Date;
        format: MemoOpenRecord['format'];
      }>(
        `SELECT o.id, o.copy_id, c.party_code, o.user_id, o.user_label, o.opened_at, o.format
         FROM memo_copy_open o JOIN memo_copy c ON c.copy_id = o.copy_id
         WHERE c.memo_id = $1 ORDER BY o.opened_at DESC, o.id`,
        [memoId],
      );
      return rows.map((r) => ({
        id: r.id,
        copyId: r.copy_id,
        party: r.party_code,
        userId: r.user_id,
        userLabel: r.user_label,
        at: iso(r.opened_at),
        format: r.format,
      }));
    },
  };
}
