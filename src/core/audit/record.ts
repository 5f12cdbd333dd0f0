import type { Actor } from '../access/actor';
import type { AuditRepo, Clock } from '../ports';
import { type AuditEntry, chainEntry } from './chain';

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous';
  return `${actor.name} (${actor.role}${actor.partyCode ? `, ${actor.partyCode}` : ''}${actor.via === 'token' ? ', API token' : actor.via === 'local' ? ', local CLI' : ''})`;
}

/** Appends one entry to the chain; call it inside the transaction that makes the change. */
export function recordAudit(
  deps: { audit: AuditRepo; clock: Clock },
  e: { actor: Actor; action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
): Promise<AuditEntry> {
  const input = {
    at: deps.clock.now(),
    actorId: e.actor.kind === 'user' ? e.actor.userId : null,
    actorLabel: actorLabel(e.actor),
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  };
  return deps.audit.append(input, (prev) => chainEntry(input, prev));
}
