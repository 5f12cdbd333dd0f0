import { z } from 'zod';
import { nonEmpty, PartyCode } from './common';
import { Role } from './enums';
import { LIMITS } from './limits';

export const Password = z
  .string()
  .min(LIMITS.passwordMinChars, `at least ${LIMITS.passwordMinChars} characters`)
  .max(LIMITS.passwordMaxChars, `at most ${LIMITS.passwordMaxChars} characters`)
  .describe('At least 12 characters; a passphrase is best');

export const Email = z
  .email('must be an email address')
  .max(254)
  .transform((s) => s.toLowerCase());

export const UserCreate = z
  .strictObject({
    email: Email,
    name: nonEmpty(120),
    role: Role,
    partyCode: PartyCode.optional().describe('Required for delegation and beneficiary users'),
    password: Password,
  })
  .refine((u) => !['delegation', 'beneficiary'].includes(u.role) || u.partyCode, {
    message: 'a delegation or beneficiary user acts for a party: give partyCode',
    path: ['partyCode'],
  })
  .refine((u) => u.password.toLowerCase() !== u.email, {
    message: 'must not be the email address',
    path: ['password'],
  })
  .meta({ id: 'UserCreate' });
export type UserCreate = z.output<typeof UserCreate>;

export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: Role,
    partyCode: z.string().nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const SignIn = z
  .strictObject({
    email: z
      .string()
      .max(254)
      .transform((s) => s.trim().toLowerCase()),
    password: z.string().min(1, 'give the password').max(LIMITS.passwordMaxChars),
  })
  .meta({ id: 'SignIn' });

export const Me = z.object({ user: User.nullable(), csrfToken: z.string().nullable() }).meta({ id: 'Me' });

export const TokenCreate = z
  .strictObject({
    name: nonEmpty(80),
    scope: z.enum(['read', 'write']).default('read'),
    expiresInDays: z.number().int().min(1).max(366).default(90),
  })
  .meta({ id: 'TokenCreate' });

export const Party = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['state', 'organisation']),
    gdpEur: z.number().nullable(),
    gdpYear: z.number().nullable(),
    gdpSource: z.string().nullable(),
    invited: z.boolean(),
    illustrative: z.boolean(),
  })
  .meta({ id: 'Party' });
