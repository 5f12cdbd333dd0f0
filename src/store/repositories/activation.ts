import type { ActivationExclusion, ActivationPlanItem } from '../../contracts/activation';
import type { CommitmentDoc } from '../../contracts/commitment';
import type {
  ActivationItemRecord,
  ActivationRepo,
  DeterminationRecord,
  SigningKeyRecord,
} from '../../core/activation/repo';
import type { ActivatableCommitment } from '../../core/activation/types';
import type { Queryable } from '../db';
import { scopeSql } from './commitments';

interface DeterminationRow {
  id: string;
  reference: string;
  trigger_kind: DeterminationRecord['trigger'];
  severity: DeterminationRecord['severity'];
  determined_at: Date;
  time_zone: string;
  determined_by: string;
  attributed_to: string | null;
  incident_ids: string[];
  incident_refs: string[];
  evidence: DeterminationRecord['evidence'];
  reasoning: string | null;
  note: string | null;
  illustrative: boolean;
  recorded_by: string | null;
  recorded_by_label: string;
  recorded_at: Date;
  plan_digest: string;
  signature: string;
  key_id: string;
}

const toDetermination = (r: DeterminationRow): DeterminationRecord => ({
  id: r.id,
  reference: r.reference,
  trigger: r.trigger_kind,
  severity: r.severity,
  determinedAt: r.determined_at.toISOString(),
  timeZone: r.time_zone,
  determinedBy: r.determined_by,
  attributedTo: r.attributed_to,
  incidentIds: r.incident_ids ?? [],
  incidentRefs: r.incident_refs ?? [],
  evidence: r.evidence,
  reasoning: r.reasoning,
  note: r.note,
  illustrative: r.illustrative,
  recordedBy: r.recorded_by,
  recordedByLabel: r.recorded_by_label,
  recordedAt: r.recorded_at.toISOString(),
  planDigest: r.plan_digest,
  signature: r.signature,
  keyId: r.key_id,
});

interface ItemRow {
  id: string;
  determination_id: string;
  commitment_id: string;
  commitment_version: number;
  commitment_ref: string;
  title: string;
  guarantor: string;
  beneficiary: string;
  classification: ActivationItemRecord['classification'];
  pillar: ActivationItemRecord['pillar'];
  kind: ActivationItemRecord['kind'];
  legal_form: ActivationItemRecord['legalForm'];
  status: ActivationItemRecord['status'];
  response_time_hours: number | null;
  due_at: Date | null;
  due_local: ActivationPlanItem['dueLocal'];
  blockers: ActivationPlanItem['blockers'];
  must_act: ActivationPlanItem['mustAct'];
  state: ActivationPlanItem['state'];
  honoured_at: Date | null;
  declined_at: Date | null;
  evidence: string | null;
  marked_by: string | null;
  marked_by_label: string | null;
  marked_at: Date | null;
  position: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const toItem = (r: ItemRow): ActivationItemRecord => ({
  id: r.id,
  determinationId: r.determination_id,
  commitmentId: r.commitment_id,
  commitmentVersion: r.commitment_version,
  commitmentRef: r.commitment_ref,
  title: r.title,
  guarantor: r.guarantor,
  beneficiary: r.beneficiary,
  classification: r.classification,
  pillar: r.pillar,
  kind: r.kind,
  legalForm: r.legal_form,
  status: r.status,
  responseTimeHours: r.response_time_hours,
  dueAt: iso(r.due_at),
  dueLocal: r.due_local,
  blockers: r.blockers,
  mustAct: r.must_act,
  state: r.state,
  honouredAt: iso(r.honoured_at),
  declinedAt: iso(r.declined_at),
  // the contract's lateness is derived; core recomputes it with the state
  lateByHours: null,
  evidence: r.evidence,
  markedById: r.marked_by,
  markedBy: r.marked_by_label,
  markedAt: iso(r.marked_at),
  position: r.position,
});

/** What activation reads from a stored commitment document. */
function activatable(id: string, doc: CommitmentDoc): ActivatableCommitment {
  const t = doc.terms;
  return {
    id,
    ref: doc.ref,
    title: doc.title,
    guarantor: doc.guarantor,
    pillar: doc.pillar,
    kind: doc.kind,
    legalForm: doc.legalForm,
    status: doc.status,
    trigger: { kind: doc.trigger.kind, severity: doc.trigger.severity },
    conditions: doc.conditions.map((c) => ({ kind: c.kind, text: c.text, satisfied: c.satisfied })),
    terms: {
      responseTimeHours: t.responseTimeHours,
      startDate: t.startDate,
      endDate: t.endDate,
      durationMonths: t.durationMonths,
      money: t.money ? { eurAmount: t.money.eurAmount } : undefined,
    },
  };
}

const json = (v: unknown) => JSON.stringify(v);
const ITEM_SELECT = 'SELECT i.* FROM activation_item i JOIN commitment c ON c.id = i.commitment_id';

export function activationRepo(db: Queryable): ActivationRepo {
  return {
    async onTrigger(trigger) {
      const rows = await db.query<{
        id: string;
        version: number;
        doc: CommitmentDoc;
        beneficiary: string;
        classification: ActivationItemRecord['classification'];
      }>(
        'SELECT id, version, doc, beneficiary, classification FROM commitment WHERE trigger_kind = $1 ORDER BY ref',
        [trigger],
      );
      return rows.map((r) => ({
        commitment: activatable(r.id, r.doc),
        version: r.version,
        beneficiary: r.beneficiary,
        classification: r.classification,
      }));
    },
    async readable(scope) {
      const params: unknown[] = [];
      const rows = await db.query<{ id: string; doc: CommitmentDoc }>(
        `SELECT c.id, c.doc FROM commitment c WHERE c.trigger_kind <> 'none' AND ${scopeSql(scope, params)} ORDER BY c.ref`,
        params,
      );
      return rows.map((r) => activatable(r.id, r.doc));
    },
    async nextReferenceNumber(prefix) {
      const [r] = await db.query<{ n: number }>(
        `SELECT coalesce(max(substring(reference FROM length($1) + 1)::int), 0) + 1 AS n
           FROM determination WHERE reference LIKE $1 || '%' AND substring(reference FROM length($1) + 1) ~ '^[0-9]+$'`,
        [prefix],
      );
      return r?.n ?? 1;
    },
    async insertDetermination(d, excluded, items) {
      await db.query(
        `INSERT INTO determination (id, reference, trigger_kind, severity, determined_at, time_zone, determined_by,
           attributed_to, incident_ids, incident_refs, evidence, reasoning, note, illustrative, recorded_by,
           recorded_by_label, recorded_at, plan_digest, signature, key_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[], $10::text[], $11::jsonb, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
        [
          d.id,
          d.reference,
          d.trigger,
          d.severity,
          d.determinedAt,
          d.timeZone,
          d.determinedBy,
          d.attributedTo,
          d.incidentIds,
          d.incidentRefs,
          json(d.evidence),
          d.reasoning,
          d.note,
          d.illustrative,
          d.recordedBy,
          d.recordedByLabel,
          d.recordedAt,
          d.planDigest,
          d.signature,
          d.keyId,
        ],
      );
      await db.query(
        'INSERT INTO activation_plan (determination_id, created_at, excluded) VALUES ($1, $2, $3::jsonb)',
        [d.id, d.recordedAt, json(excluded)],
      );
      for (const i of items) {
        await db.query(
          `INSERT INTO activation_item (id, determination_id, commitment_id, commitment_version, commitment_ref, title,
             guarantor, beneficiary, classification, pillar, kind, legal_form, status, response_time_hours, due_at,
             due_local, blockers, must_act, state, honoured_at, declined_at, evidence, marked_by, marked_by_label,
             marked_at, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, $17::jsonb, $18::jsonb,
             $19, $20, $21, $22, $23, $24, $25, $26)`,
          [
            i.id,
            i.determinationId,
            i.commitmentId,
            i.commitmentVersion,
            i.commitmentRef,
            i.title,
            i.guarantor,
            i.beneficiary,
            i.classification,
            i.pillar,
            i.kind,
            i.legalForm,
            i.status,
            i.responseTimeHours,
            i.dueAt,
            i.dueLocal === null ? null : json(i.dueLocal),
            json(i.blockers),
            json(i.mustAct),
            i.state,
            i.honouredAt,
            i.declinedAt,
            i.evidence,
            i.markedById,
            i.markedBy,
            i.markedAt,
            i.position,
          ],
        );
      }
    },
    async getDetermination(id) {
      const [r] = await db.query<DeterminationRow>('SELECT * FROM determination WHERE id = $1', [id]);
      return r ? toDetermination(r) : null;
    },
    async listDeterminations() {
      return (
        await db.query<DeterminationRow>('SELECT * FROM determination ORDER BY determined_at DESC, id')
      ).map(toDetermination);
    },
    async items(determinationId, scope) {
      const params: unknown[] = [];
      const where = [scopeSql(scope, params)];
      if (determinationId !== null) {
        params.push(determinationId);
        where.push(`i.determination_id = $${params.length}`);
      }
      return (
        await db.query<ItemRow>(
          `${ITEM_SELECT} WHERE ${where.join(' AND ')} ORDER BY i.determination_id, i.position`,
          params,
        )
      ).map(toItem);
    },
    async firedItems(determinationId) {
      const rows = await db.query<{ commitment_id: string; commitment_version: number; due_at: Date | null }>(
        'SELECT commitment_id, commitment_version, due_at FROM activation_item WHERE determination_id = $1',
        [determinationId],
      );
      return rows.map((r) => ({
        commitmentId: r.commitment_id,
        commitmentVersion: r.commitment_version,
        dueAt: iso(r.due_at),
      }));
    },
    async excluded(determinationId, scope) {
      const params: unknown[] = [determinationId];
      const rows = await db.query<{ e: ActivationExclusion }>(
        `SELECT e.value AS e FROM activation_plan p
           CROSS JOIN LATERAL jsonb_array_elements(p.excluded) AS e(value)
           JOIN commitment c ON c.id = (e.value->>'commitmentId')::uuid
         WHERE p.determination_id = $1 AND ${scopeSql(scope, params)}
         ORDER BY c.ref`,
        params,
      );
      return rows.map((r) => r.e);
    },
    async getItem(id, scope) {
      const params: unknown[] = [id];
      const [r] = await db.query<ItemRow>(
        `${ITEM_SELECT} WHERE i.id = $1 AND ${scopeSql(scope, params)}`,
        params,
      );
      return r ? toItem(r) : null;
    },
    async markItem(i) {
      const rows = await db.query(
        `UPDATE activation_item SET state = $2, honoured_at = $3, declined_at = $4, evidence = $5, marked_by = $6,
           marked_by_label = $7, marked_at = $8
         WHERE id = $1 AND honoured_at IS NULL RETURNING id`,
        [i.id, i.state, i.honouredAt, i.declinedAt, i.evidence, i.markedById, i.markedBy, i.markedAt],
      );
      return rows.length === 1;
    },
    async signingKey(purpose) {
      const [r] = await db.query<{
        id: string;
        purpose: string;
        algorithm: 'Ed25519';
        public_key: string;
        private_key: string;
        created_at: Date;
      }>('SELECT * FROM server_signing_key WHERE purpose = $1', [purpose]);
      return r
        ? {
            id: r.id,
            purpose: r.purpose,
            algorithm: r.algorithm,
            publicKey: r.public_key,
            privateKey: r.private_key,
            createdAt: r.created_at.toISOString(),
          }
        : null;
    },
    async insertSigningKey(k: SigningKeyRecord) {
      await db.query(
        `INSERT INTO server_signing_key (id, purpose, algorithm, public_key, private_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (purpose) DO NOTHING`,
        [k.id, k.purpose, k.algorithm, k.publicKey, k.privateKey, k.createdAt],
      );
    },
  };
}
