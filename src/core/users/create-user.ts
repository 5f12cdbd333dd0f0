import { randomUUID } from 'node:crypto';
import type { UserCreate } from '../../contracts/user';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, PasswordHasher, Store, UserRecord } from '../ports';
import { checkPassword } from './password-rules';

export type PublicUser = Omit<UserRecord, 'passwordHash'>;
export const publicUser = ({ passwordHash: _h, ...u }: UserRecord): PublicUser => u;

/**
 * Adds a user (secretariat only, or the local CLI acting as the system). Throws `forbidden`,
 * `conflict` (email taken) and `validation` (unknown party; a password that breaks a rule of
 * ./password-rules.ts).
 */
export async function createUser(
  opts: { input: UserCreate; actor: Actor },
  deps: { store: Store; clock: Clock; hasher: PasswordHasher },
): Promise<PublicUser> {
  authorize(opts.actor, 'user.manage');
  const { input } = opts;
  checkPassword(input.password, { email: input.email, name: input.name });
  const passwordHash = await deps.hasher.hash(input.password);
  return deps.store.transaction(async (repos) => {
    if (input.partyCode && !(await repos.parties.get(input.partyCode))) {
      throw new AppError('validation', 'unknown party', [
        { path: 'partyCode', message: `no party with code ${input.partyCode}` },
      ]);
    }
    if (await repos.users.byEmail(input.email)) {
      throw new AppError('conflict', 'a user with this email exists', [
        { path: 'email', message: 'already registered' },
      ]);
    }
    const user: UserRecord = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      role: input.role,
      partyCode: input.partyCode ?? null,
      passwordHash,
      disabled: false,
      createdAt: deps.clock.now().toISOString(),
    };
    await repos.users.insert(user);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        after: publicUser(user),
      },
    );
    return publicUser(user);
  });
}
