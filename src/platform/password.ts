import argon2 from 'argon2';
import type { PasswordHasher } from '../core/ports';

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4), the OWASP-recommended family. */
export const argon2Hasher: PasswordHasher = {
  hash: (plain) => argon2.hash(plain, { type: argon2.argon2id }),
  verify: async (hash, plain) => {
    try {
      return await argon2.verify(hash, plain);
    } catch {
      return false;
    }
  },
};

/** Cheap parameters for tests and demo seeding of many users; never for real accounts. */
export const fastArgon2Hasher: PasswordHasher = {
  hash: (plain) =>
    argon2.hash(plain, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 }),
  verify: argon2Hasher.verify,
};
