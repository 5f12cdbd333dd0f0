/**
 * What a password must be, checked wherever one is set (the API's contract checks the length too,
 * but the CLI and the demo loader call core directly). NIST SP 800-63B's rules: a minimum length,
 * no composition rules, and a refusal of values known to be common or derived from the account.
 */
import { LIMITS } from '../../contracts/limits';
import { AppError } from '../errors';

/**
 * Common passwords of 12 characters or more from public breach lists (shorter ones fail the length
 * rule already), then the obvious ones for this service (its name, the coalition, the slogan),
 * compared without case and spaces. A short list on purpose: the length rule does most of the
 * work; this stops the obvious.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012',
  '1234567890123',
  '12345678910',
  '123456789123',
  '1234567891011',
  '123123123123',
  '111111111111',
  '000000000000',
  '147258369147',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwerty123456',
  'qwertyuiopasdf',
  'asdfghjkl123',
  'password1234',
  'password12345',
  'password123!',
  'passwordpassword',
  'password123456',
  'mypassword123',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'administrator1',
  'changeme1234',
  'abcdefghijkl',
  'abc123abc123',
  'football1234',
  'baseball1234',
  'superman1234',
  'sunshine1234',
  'princess1234',
  'guarantor123',
  'guarantor2026',
  'slavaukraini',
  'slavaukraini!',
  'coalition2026',
]);

/** Throws `validation` naming `password` when it breaks a rule. */
export function checkPassword(password: string, account: { email: string; name?: string }): void {
  const refuse = (message: string): never => {
    throw new AppError('validation', `the password is not acceptable: ${message}`, [
      { path: 'password', message },
    ]);
  };
  if ([...password].length < LIMITS.passwordMinChars)
    refuse(`at least ${LIMITS.passwordMinChars} characters`);
  if (password.length > LIMITS.passwordMaxChars) refuse(`at most ${LIMITS.passwordMaxChars} characters`);
  const folded = password.toLowerCase().replace(/\s+/g, '');
  const email = account.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  if (
    folded === email.replace(/\s+/g, '') ||
    (local.length >= 4 && folded.startsWith(local) && folded.length - local.length < 4)
  )
    refuse('must not be the email address');
  const name = (account.name ?? '').toLowerCase().replace(/\s+/g, '');
  if (name.length >= 4 && folded === name) refuse('must not be the name');
  if (new Set(folded).size <= 2) refuse('too repetitive: use a passphrase of several words');
  if (COMMON_PASSWORDS.has(folded)) refuse('one of the most common passwords; choose another');
}
