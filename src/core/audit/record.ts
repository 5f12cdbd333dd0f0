import type { Actor } from '../access/actor';
import type { AuditRepo, Clock } from '../ports';
import { type AuditEntry, type AuditInput, chainEntry } from './chain';

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous';
  return `${actor.name} (${actor.role}${actor.partyCode ? `, ${actor.partyCode}` : ''}${actor.via === 'token' ? ', API token' : actor.via === 'local' ? ', local CLI' : ''})`;
}

/** What happened, as the caller tells it; the clock and the actor's label complete the entry. */
export interface AuditEvent {
  actor: Actor;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

function auditInput(clock: Clock, e: AuditEvent): AuditInput {
  return {
    at: clock.now(),
    actorId: e.actor.kind === 'user' ? e.actor.userId : null,
    actorLabel: actorLabel(e.actor),
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  };
}

/** Appends one entry to the chain; call it inside the transaction that makes the change. */
export function recordAudit(deps: { audit: AuditRepo; clock: Clock }, e: AuditEvent): Promise<AuditEntry> {
  const input = auditInput(deps.clock, e);
  return deps.audit.append(input, (prev) => chainEntry(input, prev));
}

/** Appends entries in order, in one statement; call it inside the transaction that makes the changes. */
export function recordAudits(
  deps: { audit: AuditRepo; clock: Clock },
  es: AuditEvent[],
): Promise<AuditEntry[]> {
  return deps.audit.appendMany(
    es.map((e) => auditInput(deps.clock, e)),
    chainEntry,
  );
}
