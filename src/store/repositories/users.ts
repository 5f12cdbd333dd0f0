import type { SessionRepo, TokenRepo, UserRecord, UserRepo } from '../../core/ports';
import type { Queryable } from '../db';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRecord['role'];
  party_code: string | null;
  password_hash: string;
  disabled: boolean;
  created_at: Date;
}
const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  partyCode: r.party_code,
  passwordHash: r.password_hash,
  disabled: r.disabled,
  createdAt: r.created_at.toISOString(),
});

/** The user's columns, prefixed `u_`, for reads that join app_user as `u`. */
const USER_COLUMNS = `u.id AS u_id, u.email AS u_email, u.name AS u_name, u.role AS u_role,
  u.party_code AS u_party_code, u.password_hash AS u_password_hash, u.disabled AS u_disabled,
  u.created_at AS u_created_at`;
type JoinedUser = { [K in keyof UserRow as `u_${K}`]: UserRow[K] };
const joinedUser = (r: JoinedUser): UserRecord =>
  toUser({
    id: r.u_id,
    email: r.u_email,
    name: r.u_name,
    role: r.u_role,
    party_code: r.u_party_code,
    password_hash: r.u_password_hash,
    disabled: r.u_disabled,
    created_at: r.u_created_at,
  });

export function userRepo(db: Queryable): UserRepo {
  return {
    async byId(id) {
      const [r] = await db.query<UserRow>('SELECT * FROM app_user WHERE id = $1', [id]);
      return r ? toUser(r) : null;
    },
    async byEmail(email) {
      const [r] = await db.query<UserRow>('SELECT * FROM app_user WHERE email = $1', [email.toLowerCase()]);
      return r ? toUser(r) : null;
    },
    async list() {
      return (await db.query<UserRow>('SELECT * FROM app_user ORDER BY role, email')).map(toUser);
    },
    async insert(u) {
      await db.query(
        `INSERT INTO app_user (id, email, name, role, party_code, password_hash, disabled, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [u.id, u.email.toLowerCase(), u.name, u.role, u.partyCode, u.passwordHash, u.disabled, u.createdAt],
      );
    },
    async count() {
      const [r] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
      return r?.n ?? 0;
    },
  };
}

export function sessionRepo(db: Queryable): SessionRepo {
  return {
    async insert(s) {
      await db.query(
        'INSERT INTO user_session (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
        [s.idHash, s.userId, s.csrfToken, s.expiresAt.toISOString()],
      );
    },
    async find(idHash, now) {
      const [r] = await db.query<
        { id_hash: string; user_id: string; csrf_token: string; expires_at: Date } & JoinedUser
      >(
        `SELECT s.id_hash, s.user_id, s.csrf_token, s.expires_at, ${USER_COLUMNS}
         FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.expires_at > $2`,
        [idHash, now.toISOString()],
      );
      return r
        ? {
            idHash: r.id_hash,
            userId: r.user_id,
            csrfToken: r.csrf_token,
            expiresAt: r.expires_at,
            user: joinedUser(r),
          }
        : null;
    },
    async delete(idHash) {
      await db.query('DELETE FROM user_session WHERE id_hash = $1', [idHash]);
    },
    async deleteForUser(userId) {
      await db.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
    },
  };
}

export function tokenRepo(db: Queryable): TokenRepo {
  return {
    async insert(t) {
      await db.query(
        'INSERT INTO api_token (id, user_id, name, token_hash, scope, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [t.id, t.userId, t.name, t.tokenHash, t.scope, t.expiresAt?.toISOString() ?? null],
      );
    },
    async findByHash(hash, now) {
      const [r] = await db.query<
        {
          id: string;
          user_id: string;
          name: string;
          token_hash: string;
          scope: 'read' | 'write';
          expires_at: Date | null;
          revoked_at: Date | null;
        } & JoinedUser
      >(
        `SELECT t.id, t.user_id, t.name, t.token_hash, t.scope, t.expires_at, t.revoked_at, ${USER_COLUMNS}
         FROM api_token t JOIN app_user u ON u.id = t.user_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)`,
        [hash, now.toISOString()],
      );
      return r
        ? {
            id: r.id,
            userId: r.user_id,
            name: r.name,
            tokenHash: r.token_hash,
            scope: r.scope,
            expiresAt: r.expires_at,
            revokedAt: r.revoked_at,
            user: joinedUser(r),
          }
        : null;
    },
    async revoke(id, userId, now) {
      const rows = await db.query(
        'UPDATE api_token SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id',
        [id, userId, now.toISOString()],
      );
      return rows.length > 0;
    },
  };
}
