/**
 * Summits over the API: invitations and replies (only invited parties reply), action items that
 * fall overdue, the .ics export, memos with one marked copy per delegation (a delegation opens
 * only its own, and every opening is logged), copies as DOCX and PDF that still trace to their
 * copy, and `guarantor memo trace FILE` on the command line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentCreate } from '../../src/contracts/commitment';
import { registerCommitment } from '../../src/core/commitments/register-commitment';
import { PARIS_MEMO_ILLUSTRATIVE } from '../../src/core/memos';
import { extractText } from '../../src/platform/memo-documents';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { fixedClock, SYSTEM, sampleCommitment, seedBasics } from '../support/fixtures';
import { cli, freePort, startServer, stopServer } from '../support/server-process';

const SUMMIT = {
  slug: 'paris-test',
  title: 'Coalition of the willing, Paris',
  startsAt: '2026-01-06T14:00:00+01:00',
  endsAt: '2026-01-06T19:00:00+01:00',
  timeZone: 'Europe/Paris',
  place: 'Élysée Palace, Paris',
  format: 'hybrid',
};
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describeEachDatabase('summits API', (t) => {
  let app: FastifyInstance;
  let s: Record<string, Session>;
  let commitmentId = '';
  const as = (who: string, method: string, url: string, payload?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: headers(s[who]),
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });

  beforeAll(async () => {
    await seedBasics(t().store);
    const c = await registerCommitment(
      { input: CommitmentCreate.parse(sampleCommitment({ ref: 'GB-SUMMIT-1' })), actor: SYSTEM },
      { store: t().store, clock: fixedClock() },
    );
    commitmentId = c.id;
    app = (await testApp(t())).app;
    s = await signInAll(app);
  });
  afterAll(() => app?.close());

  it('the secretariat creates a summit and invites parties; a bad one names its field', async () => {
    const bad = await as('secretariat', 'POST', '/api/summits', {
      ...SUMMIT,
      endsAt: '2026-01-06T10:00:00Z',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.endsAt');
    const zone = await as('secretariat', 'POST', '/api/summits', { ...SUMMIT, timeZone: 'Mars/Olympus' });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().errors[0].path).toBe('body.timeZone');
    const r = await as('secretariat', 'POST', '/api/summits', SUMMIT);
    expect(r.statusCode, r.body).toBe(201);
    expect((await as('secretariat', 'POST', '/api/summits', SUMMIT)).json().errors[0].path).toBe('slug');
    const inv = await as('secretariat', 'POST', '/api/summits/paris-test/invitations', {
      parties: ['GB', 'FR', 'UA'],
    });
    expect(inv.json()).toEqual({ invited: ['GB', 'FR', 'UA'], alreadyInvited: [] });
    const unknown = await as('secretariat', 'POST', '/api/summits/paris-test/invitations', {
      parties: ['ZZ'],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('parties.0');
    expect((await as('gb', 'POST', '/api/summits', { ...SUMMIT, slug: 'x' })).statusCode).toBe(403);
  });

  it('a delegation replies for its own party; a reply from a party that was not invited is refused naming `party`', async () => {
    const ok = await as('gb', 'POST', '/api/summits/paris-test/replies', {
      party: 'GB',
      attending: true,
      level: 'head_of_state_or_government',
      mode: 'in_person',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(
      (await as('gb', 'POST', '/api/summits/paris-test/replies', { party: 'FR', attending: false }))
        .statusCode,
    ).toBe(403);
    const notInvited = await as('secretariat', 'POST', '/api/summits/paris-test/replies', {
      party: 'DE',
      attending: true,
      level: 'minister',
      mode: 'online',
    });
    expect(notInvited.statusCode).toBe(422);
    expect(notInvited.json().errors).toEqual([
      { path: 'party', message: 'not invited: only invited parties reply' },
    ]);
    const noLevel = await as('fr', 'POST', '/api/summits/paris-test/replies', {
      party: 'FR',
      attending: true,
      mode: 'online',
    });
    expect(noLevel.statusCode).toBe(400);
    expect(noLevel.json().errors[0].path).toBe('body.level');
    await as('fr', 'POST', '/api/summits/paris-test/replies', {
      party: 'FR',
      attending: true,
      level: 'minister',
      mode: 'online',
    });
    const view = (await as('observer', 'GET', '/api/summits/paris-test')).json();
    expect(view.invited).toBe(3);
    expect(view.attending).toBe(2);
    expect(view.invitations.find((i: { party: string }) => i.party === 'GB').reply).toMatchObject({
      level: 'head_of_state_or_government',
      mode: 'in_person',
    });
    expect(view.permissions.replyParties).toEqual([]);
    expect((await as('fr', 'GET', '/api/summits/paris-test')).json().permissions.replyParties).toEqual([
      'FR',
    ]);
  });

  it('agenda and decisions link commitments; an unknown commitment is named by its index', async () => {
    const bad = await as('secretariat', 'POST', '/api/summits/paris-test/agenda', {
      title: 'Force',
      commitmentIds: [commitmentId, '00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('commitmentIds.1');
    const item = await as('secretariat', 'POST', '/api/summits/paris-test/agenda', {
      title: 'Multinational Force Ukraine',
      commitmentIds: [commitmentId],
      requirementRefs: ['paris-2026/L-001'],
    });
    expect(item.statusCode).toBe(201);
    const d = await as('secretariat', 'POST', '/api/summits/paris-test/decisions', {
      agendaItemId: item.json().id,
      text: 'The coalition agrees the force’s first echelon.',
      commitmentIds: [commitmentId],
    });
    expect(d.statusCode).toBe(201);
    const view = (await as('fr', 'GET', '/api/summits/paris-test')).json();
    expect(view.agenda[0].commitments).toEqual([
      { id: commitmentId, ref: 'GB-SUMMIT-1', title: 'Military aid in 2024' },
    ]);
    expect(view.decisions[0].commitments[0].ref).toBe('GB-SUMMIT-1');
  });

  it('an action item past its deadline and not done shows as overdue; done, it does not', async () => {
    const late = await as('secretariat', 'POST', '/api/summits/paris-test/action-items', {
      text: 'Send written offers',
      ownerParty: 'FR',
      deadline: '2026-01-20T17:00:00Z',
    });
    expect(late.statusCode, late.body).toBe(201);
    await as('secretariat', 'POST', '/api/summits/paris-test/action-items', {
      text: 'Report on the backstop',
      ownerParty: 'GB',
      deadline: '2099-01-01T00:00:00Z',
    });
    const noOwner = await as('secretariat', 'POST', '/api/summits/paris-test/action-items', {
      text: 'x',
      deadline: '2099-01-01T00:00:00Z',
    });
    expect(noOwner.json().errors[0].path).toBe('body.ownerParty');
    let view = (await as('gb', 'GET', '/api/summits/paris-test')).json();
    expect(view.actionItems.map((a: { status: string }) => a.status)).toEqual(['overdue', 'open']);
    expect(view.overdue).toBe(1);
    expect((await as('gb', 'GET', '/api/summits')).json()[0].overdue).toBe(1);
    const done = await as('secretariat', 'PATCH', `/api/summits/paris-test/action-items/${late.json().id}`, {
      done: true,
    });
    expect(done.json().status).toBe('done');
    view = (await as('gb', 'GET', '/api/summits/paris-test')).json();
    expect(view.overdue).toBe(0);
  });

  it('exports the summit as iCalendar', async () => {
    const r = await as('gb', 'GET', '/api/summits/paris-test/calendar.ics');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/calendar');
    expect(r.body).toContain('BEGIN:VEVENT\r\n');
    expect(r.body).toContain('DTSTART:20260106T130000Z\r\n');
    expect(r.body).toContain('LOCATION:Élysée Palace\\, Paris\r\n');
    expect(
      (await app.inject({ method: 'GET', url: '/api/summits/paris-test/calendar.ics' })).statusCode,
    ).toBe(401);
  });

  it('a memo gives every invited party its own copy; a delegation opens only its own, and the opening is logged', async () => {
    const notInvited = await as('secretariat', 'POST', '/api/summits/paris-test/memos', {
      title: 'Memo',
      body: PARIS_MEMO_ILLUSTRATIVE.text,
      recipients: ['GB', 'DE'],
    });
    expect(notInvited.json().errors[0].path).toBe('recipients.1');
    const m = await as('secretariat', 'POST', '/api/summits/paris-test/memos', {
      id: 'paris-test-memo',
      title: 'Memo to delegations',
      body: PARIS_MEMO_ILLUSTRATIVE.text,
    });
    expect(m.statusCode, m.body).toBe(201);
    expect(
      m
        .json()
        .copies.map((c: { party: string }) => c.party)
        .sort(),
    ).toEqual(['FR', 'GB', 'UA']);
    expect(m.body).not.toContain('memoKey');
    expect(
      (await as('gb', 'GET', '/api/memos/paris-test-memo'))
        .json()
        .copies.map((c: { party: string }) => c.party),
    ).toEqual(['GB']);
    const own = await as('gb', 'GET', '/api/memos/paris-test-memo/copies/GB?format=txt');
    expect(own.statusCode).toBe(200);
    expect(own.body).toMatch(/\u200B|\u200C|\u200D|\u2060/);
    expect((await as('gb', 'GET', '/api/memos/paris-test-memo/copies/FR')).statusCode).toBe(403);
    expect((await as('planner', 'GET', '/api/memos/paris-test-memo/copies/GB')).statusCode).toBe(403);
    expect((await as('gb', 'GET', '/api/memos/paris-test-memo/opens')).statusCode).toBe(403);
    const opens = (await as('secretariat', 'GET', '/api/memos/paris-test-memo/opens')).json();
    expect(opens).toHaveLength(1);
    expect(opens[0]).toMatchObject({
      party: 'GB',
      format: 'txt',
      userLabel: expect.stringContaining('Test gb'),
    });
    // the copies differ from each other and from the master
    const fr = (await as('secretariat', 'GET', '/api/memos/paris-test-memo/copies/FR')).body;
    expect(fr).not.toBe(own.body);
    const trace = await as('secretariat', 'POST', '/api/memos/trace', {
      excerpt: own.body.slice(2000, 3500),
    });
    expect(trace.json()).toMatchObject({
      memoId: 'paris-test-memo',
      recipient: 'GB',
      recipientName: 'United Kingdom',
    });
    expect((await as('gb', 'POST', '/api/memos/trace', { excerpt: 'x' })).statusCode).toBe(403);
  });

  it('DOCX and PDF copies keep their marks: their extracted text traces to the right copy', async () => {
    const docx = await as('secretariat', 'GET', '/api/memos/paris-test-memo/copies/FR?format=docx');
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const fromDocx = extractText(docx.rawPayload, 'docx');
    const t1 = (
      await as('secretariat', 'POST', '/api/memos/trace', { excerpt: fromDocx, memoId: 'paris-test-memo' })
    ).json();
    expect(t1.recipient).toBe('FR');
    expect(t1.evidence.find((e: { layer: string }) => e.layer === 'zero-width').present).toBe(true);
    const pdf = await as('secretariat', 'GET', '/api/memos/paris-test-memo/copies/UA?format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    if (!hasPdftotext) return;
    const fromPdf = extractText(pdf.rawPayload, 'pdf');
    const t2 = (await as('secretariat', 'POST', '/api/memos/trace', { excerpt: fromPdf })).json();
    expect(t2.recipient).toBe('UA');
    expect(t2.confidence).toBeGreaterThan(0.99);
    const formats = (await as('secretariat', 'GET', '/api/memos/paris-test-memo/opens'))
      .json()
      .map((o: { format: string }) => o.format);
    expect(formats).toEqual(expect.arrayContaining(['docx', 'pdf', 'txt']));
  });
});

describe('guarantor memo trace FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guarantor-memo-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the copy a leaked DOCX or text file comes from, with confidence and evidence', async () => {
    const server = await startServer(data, await freePort());
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { ...server.auth, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    let docxFile = '';
    try {
      for (const [code, name] of [
        ['GB', 'United Kingdom'],
        ['FR', 'France'],
        ['PL', 'Poland'],
      ])
        await call('PUT', `/api/parties/${code}`, { name, kind: 'state' });
      const created = await call('POST', '/api/summits', SUMMIT);
      expect(created.status, `${await created.text()}\n${server.output()}`).toBe(201);
      await call('POST', '/api/summits/paris-test/invitations', { parties: ['GB', 'FR', 'PL'] });
      const m = await call('POST', '/api/summits/paris-test/memos', {
        id: 'cli-memo',
        title: 'Memo',
        body: PARIS_MEMO_ILLUSTRATIVE.text,
      });
      expect(m.status).toBe(201);
      const docx = Buffer.from(
        await (await call('GET', '/api/memos/cli-memo/copies/PL?format=docx')).arrayBuffer(),
      );
      docxFile = join(dir, 'leak.docx');
      writeFileSync(docxFile, docx);
      const txt = await (await call('GET', '/api/memos/cli-memo/copies/FR?format=txt')).text();
      // a leaker's paste: a 150-word stretch, zero-width characters stripped, spacing collapsed
      const words = txt.replace(/\u200B|\u200C|\u200D|\u2060/g, '').split(/\s+/);
      writeFileSync(join(dir, 'leak.txt'), words.slice(100, 250).join(' '));
    } finally {
      await stopServer(server);
    }
    const byDocx = cli(data, ['memo', 'trace', docxFile, '--json']);
    expect(byDocx.status, byDocx.stderr).toBe(0);
    expect(JSON.parse(byDocx.stdout)).toMatchObject({ memoId: 'cli-memo', recipient: 'PL' });
    const byText = cli(data, ['memo', 'trace', join(dir, 'leak.txt'), '--memo', 'cli-memo']);
    expect(byText.status, byText.stderr).toBe(0);
    expect(byText.stdout).toContain('FR');
    expect(byText.stdout).toMatch(/confidence/i);
    expect(byText.stdout).toMatch(/words/);
    const missing = cli(data, ['memo', 'trace', join(dir, 'nope.txt')]);
    expect(missing.status).not.toBe(0);
  });
});
