import type { AttendanceLevel, AttendanceMode } from '../../contracts/summit';
import { AppError } from '../../core/errors';
import type {
  ActionItemRecord,
  AgendaItemRecord,
  DecisionRecord,
  SummitListRow,
  SummitRecord,
  SummitRepo,
} from '../../core/summits/records';
import type { Queryable } from '../db';
import { memoRows } from './memos';

export const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface SummitRow {
  id: string;
  slug: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  place: string;
  format: SummitRecord['format'];
  outcome_notes: string | null;
  illustrative: boolean;
  version: number;
  created_at: Date;
  created_by: string | null;
  updated_at: Date;
}
const toSummit = (r: SummitRow): SummitRecord => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  startsAt: iso(r.starts_at),
  endsAt: iso(r.ends_at),
  timeZone: r.time_zone,
  place: r.place,
  format: r.format,
  outcomeNotes: r.outcome_notes,
  illustrative: r.illustrative,
  version: r.version,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
  updatedAt: iso(r.updated_at),
});

/** A unique constraint is the check (no read first): a taken key becomes a conflict naming `path`. */
export async function unique<T>(constraint: string, path: string, what: string, write: () => Promise<T>) {
  try {
    return await write();
  } catch (e) {
    const err = e as { code?: string; constraint?: string; message?: string };
    if (err.code === '23505' && (err.constraint === constraint || err.message?.includes(constraint)))
      throw new AppError('conflict', `${what} is taken`, [{ path, message: 'already used' }]);
    throw e;
  }
}

export function summitRepo(db: Queryable): SummitRepo {
  return {
    async list(now) {
      const rows = await db.query<
        SummitRow & { invited: number; replied: number; attending: number; overdue: number }
      >(
        `SELECT s.*,
           (SELECT count(*)::int FROM summit_invitation i WHERE i.summit_id = s.id) AS invited,
           (SELECT count(*)::int FROM summit_invitation i JOIN summit_reply r ON r.invitation_id = i.id
             WHERE i.summit_id = s.id) AS replied,
           (SELECT count(*)::int FROM summit_invitation i JOIN summit_reply r ON r.invitation_id = i.id
             WHERE i.summit_id = s.id AND r.attending) AS attending,
           (SELECT count(*)::int FROM summit_action_item a
             WHERE a.summit_id = s.id AND a.done_at IS NULL AND a.deadline < $1) AS overdue
         FROM summit s ORDER BY s.starts_at DESC`,
        [now],
      );
      return rows.map(
        (r): SummitListRow => ({
          ...toSummit(r),
          invited: r.invited,
          replied: r.replied,
          attending: r.attending,
          overdue: r.overdue,
        }),
      );
    },
    async get(key) {
      const [r] = await db.query<SummitRow>(
        UUID.test(key) ? 'SELECT * FROM summit WHERE id = $1' : 'SELECT * FROM summit WHERE slug = $1',
        [key],
      );
      return r ? toSummit(r) : null;
    },
    async insert(s) {
      await unique('summit_slug_unique', 'slug', `slug ${s.slug}`, () =>
        db.query(
          `INSERT INTO summit (id, slug, title, starts_at, ends_at, time_zone, place, format, outcome_notes, illustrative, version, created_at, created_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [
            s.id,
            s.slug,
            s.title,
            s.startsAt,
            s.endsAt,
            s.timeZone,
            s.place,
            s.format,
            s.outcomeNotes,
            s.illustrative,
            s.version,
            s.createdAt,
            s.createdBy,
            s.updatedAt,
          ],
        ),
      );
    },
    async update(s) {
      const rows = await unique('summit_slug_unique', 'slug', `slug ${s.slug}`, () =>
        db.query(
          `UPDATE summit SET slug = $2, title = $3, starts_at = $4, ends_at = $5, time_zone = $6, place = $7,
             format = $8, outcome_notes = $9, illustrative = $10, version = $11, updated_at = $12
           WHERE id = $1 AND version = $11 - 1 RETURNING id`,
          [
            s.id,
            s.slug,
            s.title,
            s.startsAt,
            s.endsAt,
            s.timeZone,
            s.place,
            s.format,
            s.outcomeNotes,
            s.illustrative,
            s.version,
            s.updatedAt,
          ],
        ),
      );
      return rows.length === 1;
    },
    async invitations(summitId) {
      const rows = await db.query<{
        id: string;
        summit_id: string;
        party_code: string;
        party_name: string;
        invited_at: Date;
        attending: boolean | null;
        level: AttendanceLevel | null;
        mode: AttendanceMode | null;
        replied_at: Date | null;
        replied_by: string | null;
        note: string | null;
        source: string | null;
        reply_illustrative: boolean | null;
      }>(
        `SELECT i.id, i.summit_id, i.party_code, p.name AS party_name, i.invited_at,
           r.attending, r.level, r.mode, r.replied_at, r.replied_by, r.note, r.source, r.illustrative AS reply_illustrative
         FROM summit_invitation i JOIN party p ON p.code = i.party_code
         LEFT JOIN summit_reply r ON r.invitation_id = i.id
         WHERE i.summit_id = $1 ORDER BY p.name`,
        [summitId],
      );
      return rows.map((r) => ({
        id: r.id,
        summitId: r.summit_id,
        party: r.party_code,
        partyName: r.party_name,
        invitedAt: iso(r.invited_at),
        reply:
          r.replied_at === null || r.attending === null
            ? null
            : {
                attending: r.attending,
                level: r.level,
                mode: r.mode,
                repliedAt: iso(r.replied_at),
                repliedBy: r.replied_by,
                note: r.note,
                source: r.source,
                illustrative: r.reply_illustrative ?? false,
              },
      }));
    },
    async invite(rows) {
      const added: string[] = [];
      for (const r of rows) {
        const out = await db.query<{ party_code: string }>(
          `INSERT INTO summit_invitation (id, summit_id, party_code, invited_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (summit_id, party_code) DO NOTHING RETURNING party_code`,
          [r.id, r.summitId, r.party, r.invitedAt],
        );
        if (out[0]) added.push(out[0].party_code);
      }
      return added;
    },
    async invitationFor(summitId, party) {
      const [r] = await db.query<{ id: string }>(
        'SELECT id FROM summit_invitation WHERE summit_id = $1 AND party_code = $2',
        [summitId, party],
      );
      return r ?? null;
    },
    async saveReply(invitationId, r) {
      await db.query(
        `INSERT INTO summit_reply (invitation_id, attending, level, mode, replied_at, replied_by, note, source, illustrative)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (invitation_id) DO UPDATE SET attending = EXCLUDED.attending, level = EXCLUDED.level,
           mode = EXCLUDED.mode, replied_at = EXCLUDED.replied_at, replied_by = EXCLUDED.replied_by,
           note = EXCLUDED.note, source = EXCLUDED.source, illustrative = EXCLUDED.illustrative`,
        [
          invitationId,
          r.attending,
          r.level,
          r.mode,
          r.repliedAt,
          r.repliedBy,
          r.note,
          r.source,
          r.illustrative,
        ],
      );
    },
    async agenda(summitId) {
      const rows = await db.query<{
        id: string;
        summit_id: string;
        position: number;
        title: string;
        commitment_ids: string[];
        requirement_refs: string[];
        illustrative: boolean;
      }>('SELECT * FROM summit_agenda_item WHERE summit_id = $1 ORDER BY position, title', [summitId]);
      return rows.map(
        (r): AgendaItemRecord => ({
          id: r.id,
          summitId: r.summit_id,
          order: r.position,
          title: r.title,
          commitmentIds: r.commitment_ids,
          requirementRefs: r.requirement_refs,
          illustrative: r.illustrative,
        }),
      );
    },
    async insertAgendaItem(a) {
      await db.query(
        `INSERT INTO summit_agenda_item (id, summit_id, position, title, commitment_ids, requirement_refs, illustrative)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
        [
          a.id,
          a.summitId,
          a.order,
          a.title,
          JSON.stringify(a.commitmentIds),
          JSON.stringify(a.requirementRefs),
          a.illustrative,
        ],
      );
    },
    async decisions(summitId) {
      const rows = await db.query<{
        id: string;
        summit_id: string;
        agenda_item_id: string | null;
        text: string;
        commitment_ids: string[];
        illustrative: boolean;
        created_at: Date;
      }>('SELECT * FROM summit_decision WHERE summit_id = $1 ORDER BY created_at, id', [summitId]);
      return rows.map(
        (r): DecisionRecord => ({
          id: r.id,
          summitId: r.summit_id,
          agendaItemId: r.agenda_item_id,
          text: r.text,
          commitmentIds: r.commitment_ids,
          illustrative: r.illustrative,
          createdAt: iso(r.created_at),
        }),
      );
    },
    async insertDecision(d) {
      await db.query(
        `INSERT INTO summit_decision (id, summit_id, agenda_item_id, text, commitment_ids, illustrative, created_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
        [
          d.id,
          d.summitId,
          d.agendaItemId,
          d.text,
          JSON.stringify(d.commitmentIds),
          d.illustrative,
          d.createdAt,
        ],
      );
    },
    async actionItems(summitId) {
      const rows = await db.query<ActionRow>(
        'SELECT * FROM summit_action_item WHERE summit_id = $1 ORDER BY deadline, id',
        [summitId],
      );
      return rows.map(toAction);
    },
    async insertActionItem(a) {
      await db.query(
        `INSERT INTO summit_action_item (id, summit_id, decision_id, text, owner_party, owner_user, deadline, done_at, illustrative, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          a.id,
          a.summitId,
          a.decisionId,
          a.text,
          a.ownerParty,
          a.ownerUserId,
          a.deadline,
          a.doneAt,
          a.illustrative,
          a.createdAt,
        ],
      );
    },
    async getActionItem(id) {
      const [r] = await db.query<ActionRow>('SELECT * FROM summit_action_item WHERE id = $1', [id]);
      return r ? toAction(r) : null;
    },
    async setActionItemDone(id, doneAt) {
      await db.query('UPDATE summit_action_item SET done_at = $2 WHERE id = $1', [id, doneAt]);
    },
    ...memoRows(db),
  };
}

interface ActionRow {
  id: string;
  summit_id: string;
  decision_id: string | null;
  text: string;
  owner_party: string | null;
  owner_user: string | null;
  deadline: Date;
  done_at: Date | null;
  illustrative: boolean;
  created_at: Date;
}
const toAction = (r: ActionRow): ActionItemRecord => ({
  id: r.id,
  summitId: r.summit_id,
  decisionId: r.decision_id,
  text: r.text,
  ownerParty: r.owner_party,
  ownerUserId: r.owner_user,
  deadline: iso(r.deadline),
  doneAt: isoOrNull(r.done_at),
  illustrative: r.illustrative,
  createdAt: iso(r.created_at),
});
