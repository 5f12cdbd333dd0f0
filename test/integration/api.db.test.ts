/** The API's handling of bad input, sessions, CSRF, tokens and rate limits, on each database. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { PASSWORD, sampleCommitment, seedBasics } from '../support/fixtures';

describeEachDatabase('API input and sessions', (t) => {
  let app: FastifyInstance;
  let s: Record<string, Session>;
  beforeAll(async () => {
    await seedBasics(t().store);
    app = (await testApp(t())).app;
    s = await signInAll(app);
  });
  afterAll(() => app.close());

  const post = (body: unknown, who = 'secretariat', extra: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/commitments',
      headers: { ...headers(s[who]), 'content-type': 'application/json', ...extra },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('creates with 201, a Location header and the EUR equivalent', async () => {
    const r = await post(sampleCommitment({ ref: 'API-1' }));
    expect(r.statusCode).toBe(201);
    expect(r.headers.location).toMatch(/^\/api\/commitments\/[0-9a-f-]{36}$/);
    expect(r.json().terms.money.eurAmount).toBeGreaterThan(2.9e9);
  });

  it('malformed JSON is a 400 problem naming the body', async () => {
    const r = await post('{"guarantor": "GB",');
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({ code: 'bad_request', errors: [{ path: 'body' }] });
  });

  it('an unknown field is a 400 naming it', async () => {
    const r = await post(sampleCommitment({ colour: 'blue' }));
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toContainEqual({ path: 'body.colour', message: 'unknown field: colour' });
  });

  it('a bad enum and a bad nested field are named by their paths', async () => {
    const r = await post(
      sampleCommitment({ pillar: 'space', terms: { money: { amount: -1, currency: 'GBP' } } }),
    );
    expect(r.statusCode).toBe(400);
    const paths = r.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.pillar', 'body.terms.money.amount']));
  });

  it('an oversized body is a 413, a NUL character a 400, never a 5xx', async () => {
    const big = await post(sampleCommitment({ text: 'x'.repeat(1_100_000) }));
    expect(big.statusCode).toBe(413);
    const nul = await post(sampleCommitment({ title: 'a\u0000b' }));
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors[0].path).toBe('body.title');
  });

  it('a bad query parameter is a 400 naming it', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/commitments?status=lost&pageSize=1000' });
    expect(r.statusCode).toBe(400);
    const paths = r.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['query.status', 'query.pageSize']));
  });

  it('an unsafe request with a session but without the CSRF token is refused and writes nothing', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/commitments',
      headers: { cookie: s.secretariat!.cookie },
      payload: sampleCommitment({ ref: 'CSRF-1' }),
    });
    expect(r.statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/commitments/CSRF-1', headers: headers(s.secretariat) }))
        .statusCode,
    ).toBe(404);
  });

  it('a stale edit is a 409 that tells the current version', async () => {
    const c = (await post(sampleCommitment({ ref: 'API-EDIT' }))).json();
    const first = await app.inject({
      method: 'PATCH',
      url: `/api/commitments/${c.id}`,
      headers: headers(s.gb),
      payload: { version: 1, title: 'New title' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/commitments/${c.id}`,
      headers: headers(s.secretariat),
      payload: { version: 1, title: 'Other' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0]).toMatchObject({ path: 'version' });
  });

  it('a read-scoped API token reads but may not write; a bad token is a 401', async () => {
    const tok = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: headers(s.secretariat),
      payload: { name: 'script', scope: 'read' },
    });
    expect(tok.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${tok.json().token}` };
    expect((await app.inject({ method: 'GET', url: '/api/commitments', headers: bearer })).statusCode).toBe(
      200,
    );
    const w = await app.inject({
      method: 'POST',
      url: '/api/commitments',
      headers: bearer,
      payload: sampleCommitment(),
    });
    expect(w.statusCode).toBe(403);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/commitments',
          headers: { authorization: 'Bearer gt_nope' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('signing out ends the session', async () => {
    const mine = await signInAll(app).then((x) => x.planner!);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: headers(mine) })).json().user.role,
    ).toBe('planner');
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: headers(mine) })).statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: headers(mine) })).json().user,
    ).toBeNull();
  });

  it('sign-in is rate-limited per client after 10 attempts a minute', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '10.1.2.3',
        payload: { email: 'gb@test.invalid', password: i === 0 ? PASSWORD : 'wrong password!' },
      });
      codes.push(r.statusCode);
    }
    expect(codes[0]).toBe(200);
    expect(codes.slice(1, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });

  it('sets security headers and cookie flags', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: '10.7.7.7',
      payload: { email: 'fr@test.invalid', password: PASSWORD },
    });
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the OpenAPI document with the contracts as named schemas', async () => {
    const r = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.paths['/api/commitments'].get).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Commitment', 'CommitmentCreate', 'Problem']),
    );
  });
});

describeEachDatabase('POST /api/analyze', (t) => {
  it('answers the analysis with spans, and 400 naming the field for empty text', async () => {
    const { app } = await testApp(t());
    const r = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'Germany will consult within 24 hours.' },
    });
    expect(r.statusCode).toBe(200);
    const a = r.json();
    expect(a.label).toBe('concrete');
    expect(a.timeframes[0]).toMatchObject({ kind: 'response_time' });
    const span = a.timeframes[0].span;
    expect('Germany will consult within 24 hours.'.slice(span.start, span.end)).toContain('24 hours');
    const bad = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: '  ' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.text');
    await app.close();
  });
});
