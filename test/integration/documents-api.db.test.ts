/**
 * The written guarantees over the API, on the demo's register (its parties, rates and 90
 * commitments, entered on 6 January 2026): every format of the declaration and an agreement,
 * the DOCX through LibreOffice, the PDF's text (Cyrillic too), the Akoma Ntoso schema, the diff
 * of two dates, signing and a tampered signature, translations, and the compliance report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentCreate, type CommitmentCreateParsed } from '../../src/contracts/commitment';
import { registerCommitment } from '../../src/core/commitments/register-commitment';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { fixedClock, SYSTEM, seedBasics } from '../support/fixtures';

/** The OASIS schema sits beside the project (../shared/schemas/akn); AKN_XSD names another copy. */
const AKN_XSD =
  process.env.AKN_XSD ?? new URL('../../../shared/schemas/akn/akomantoso30.xsd', import.meta.url).pathname;
const demoDir = new URL('../../demo/paris-2026/', import.meta.url);
const readDemo = <T>(name: string) => JSON.parse(readFileSync(new URL(name, demoDir), 'utf8')) as T;
const DEMO = readDemo<{ commitments: Record<string, unknown>[] }>('commitments.json').commitments.map((c) =>
  CommitmentCreate.parse(c),
);

function has(cmd: string, args: string[] = ['--version']): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}
const today = () => new Date().toISOString().slice(0, 10);
/** pdftotext breaks lines anywhere a ref has a hyphen; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** Who reads what (SPEC: classification), written here apart from the code under test. */
const readable = (c: CommitmentCreateParsed, reader: 'secretariat' | 'gb' | 'observer') =>
  c.classification === 'public' ||
  (reader !== 'observer' && c.classification === 'coalition') ||
  (c.classification === 'bilateral' &&
    (reader === 'secretariat' || (reader === 'gb' && (c.guarantor === 'GB' || c.beneficiary === 'GB')))) ||
  (c.classification === 'national' && reader === 'gb' && c.guarantor === 'GB');

const inDeclaration = (reader: 'secretariat' | 'observer') =>
  DEMO.filter((c) => c.status !== 'withdrawn' && readable(c, reader)).map((c) => c.ref!);
const inGbAgreement = DEMO.filter(
  (c) => c.status !== 'withdrawn' && (c.guarantor === 'GB' || c.beneficiary === 'GB') && readable(c, 'gb'),
).map((c) => c.ref!);

/** The demo's parties, exchange rates and commitments, as demo/load-demo.ts enters them. */
async function loadDemoRegister(t: Parameters<typeof seedBasics>[0]) {
  const { parties } = readDemo<{
    parties: { code: string; name: string; kind: 'state' | 'organisation'; gdpEur: number | null }[];
  }>('parties.json');
  for (const p of parties)
    await t.parties.upsert({ ...p, gdpYear: 2024, gdpSource: 'demo', invited: true, illustrative: false });
  const { rates } = readDemo<{
    rates: { currency: string; year: number; eurPerUnit: number; date: string }[];
  }>('exchange-rates.json');
  for (const r of rates)
    await t.rates.upsert({ ...r, rateDate: r.date, source: 'ECB euro foreign exchange reference rates' });
  const deps = { store: t, clock: fixedClock('2026-01-06T09:00:00.000Z') };
  for (const c of DEMO) await registerCommitment({ input: c, actor: SYSTEM }, deps);
}

describeEachDatabase('written guarantees API', (t) => {
  let app: FastifyInstance;
  let s: Record<string, Session>;
  let dir: string;
  beforeAll(async () => {
    await seedBasics(t().store);
    await loadDemoRegister(t().store);
    app = (await testApp(t())).app;
    s = await signInAll(app);
    dir = mkdtempSync(join(tmpdir(), 'guarantor-docs-'));
  });
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: headers(s[who]) });
  const save = (name: string, body: Buffer | string) => {
    const file = join(dir, name);
    writeFileSync(file, body);
    return file;
  };
  const xmllint = (file: string) =>
    spawnSync('xmllint', ['--noout', '--schema', AKN_XSD, file], { encoding: 'utf8' });
  const pdfText = (file: string) => {
    const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  it('every format of the declaration and of an agreement is produced for the demo', async () => {
    const expectations = [
      { who: 'secretariat', url: '/api/documents/declaration', refs: inDeclaration('secretariat') },
      { who: 'gb', url: '/api/documents/agreements/GB', refs: inGbAgreement },
    ];
    for (const { who, url, refs } of expectations) {
      expect(refs.length).toBeGreaterThan(5);
      const types = {
        md: 'text/markdown',
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        pdf: 'application/pdf',
        akn: 'application/akn+xml',
        json: 'application/json',
      };
      for (const [format, type] of Object.entries(types)) {
        const r = await get(who, `${url}?format=${format}&lang=en`);
        expect(r.statusCode, `${url} ${format}: ${r.body.slice(0, 300)}`).toBe(200);
        expect(r.headers['content-type']).toContain(type);
        expect(r.rawPayload.length).toBeGreaterThan(1000);
        if (format === 'md' || format === 'akn')
          for (const ref of refs) expect(r.body, `${format} ${ref}`).toContain(ref);
      }
      const model = (await get(who, `${url}?format=json`)).json();
      const articles = model.chapters.flatMap(
        (c: { articles: { commitment: { ref: string } }[] }) => c.articles,
      );
      expect(articles.map((a: { commitment: { ref: string } }) => a.commitment.ref).sort()).toEqual(
        [...refs].sort(),
      );
    }
  });

  it("a document holds only what its reader may read: GB's national records only in GB's own agreement", async () => {
    const national = DEMO.filter((c) => c.classification === 'national' && c.guarantor === 'GB').map(
      (c) => c.ref!,
    );
    expect(national.length).toBeGreaterThan(0);
    const own = (await get('gb', '/api/documents/agreements/GB?format=md')).body;
    const seenByFrance = (await get('fr', '/api/documents/agreements/GB?format=md')).body;
    const seenBySecretariat = (await get('secretariat', '/api/documents/declaration?format=md')).body;
    for (const ref of national) {
      expect(own).toContain(ref);
      expect(seenByFrance).not.toContain(ref);
      expect(seenBySecretariat).not.toContain(ref);
    }
    const publicOnly = (await get('observer', '/api/documents/declaration?format=json')).json();
    const refs = publicOnly.chapters.flatMap((c: { articles: { commitment: { ref: string } }[] }) =>
      c.articles.map((a) => a.commitment.ref),
    );
    expect(refs.sort()).toEqual(inDeclaration('observer').sort());
    expect((await app.inject({ method: 'GET', url: '/api/documents/declaration' })).statusCode).toBe(401);
  });

  it("the PDF's text holds every commitment, Cyrillic included, with DejaVu Sans embedded", async () => {
    const r = await get('secretariat', '/api/documents/declaration?format=pdf&lang=uk');
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.includes(Buffer.from('DejaVuSans'))).toBe(true);
    const text = pdfText(save('declaration-uk.pdf', r.rawPayload));
    const flat = squash(text);
    for (const ref of inDeclaration('secretariat')) expect(flat, ref).toContain(ref);
    for (const words of [
      'Зведена декларація про гарантії безпеки для України',
      'Стаття 1.',
      'Визначення термінів',
    ])
      expect(flat).toContain(squash(words));
    // the one Ukrainian original (FR-2026-007) is printed as written
    const uk = DEMO.find((c) => c.lang === 'uk')!;
    expect(flat).toContain(squash(uk.text.slice(0, 40)));
    // the agreement in French, accents and all
    const fr = pdfText(
      save('gb-fr.pdf', (await get('gb', '/api/documents/agreements/GB?format=pdf&lang=fr')).rawPayload),
    );
    expect(squash(fr)).toContain(squash('Dispositions finales'));
    for (const ref of inGbAgreement) expect(squash(fr)).toContain(ref);
  });

  it('the DOCX opens in LibreOffice (converted to PDF headless) and its text holds every commitment', async (ctx) => {
    const r = await get('gb', '/api/documents/agreements/GB?format=docx&lang=uk');
    expect(r.statusCode).toBe(200);
    const docx = save('agreement-gb.docx', r.rawPayload);
    // the package itself: core properties and every commitment in the body
    const core = spawnSync('unzip', ['-p', docx, 'docProps/core.xml'], { encoding: 'utf8' }).stdout;
    expect(core).toContain('<dc:creator>Guarantor</dc:creator>');
    expect(core).toContain('Угода про безпекові зобов');
    const body = spawnSync('unzip', ['-p', docx, 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 50e6,
    }).stdout;
    for (const ref of inGbAgreement) expect(body).toContain(ref);
    if (!has('soffice')) {
      const why = 'LibreOffice (soffice) is not installed: the DOCX → PDF conversion was not run';
      if (process.env.CI === 'true') throw new Error(`${why}; CI must install it (libreoffice-writer-nogui)`);
      process.stderr.write(`skipped: ${why}\n`);
      ctx.skip();
      return;
    }
    const out = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(out.status, out.stderr).toBe(0);
    const text = pdfText(join(dir, 'agreement-gb.pdf'));
    for (const ref of inGbAgreement) expect(squash(text), ref).toContain(ref);
    expect(squash(text)).toContain('Підписи');
  });

  it('every Akoma Ntoso document validates against the OASIS LegalDocML schema', async () => {
    const urls = [
      ['secretariat', '/api/documents/declaration?format=akn&lang=en'],
      ['gb', '/api/documents/agreements/GB?format=akn&lang=uk'],
      ['fr', '/api/documents/agreements/FR?format=akn&lang=fr'],
      ['secretariat', '/api/compliance?format=akn&lang=en'],
    ] as const;
    for (const [who, url] of urls) {
      const r = await get(who, url);
      expect(r.statusCode, url).toBe(200);
      const v = xmllint(save(`doc-${who}-${urls.findIndex((u) => u[1] === url)}.xml`, r.body));
      expect(v.status, `${url}\n${v.stderr}`).toBe(0);
    }
    const agreement = (await get('gb', '/api/documents/agreements/GB?format=akn')).body;
    const id = (await get('gb', '/api/commitments/GB-2024-001')).json().id;
    expect(agreement).toContain(`<article eId="art_gb-2024-001" refersTo="#ref_gb-2024-001">`);
    expect(agreement).toContain(`href="/api/commitments/${id}/versions/1"`);
    expect(agreement).toMatch(
      /<FRBRthis value="\/akn\/ua\/act\/\d{4}-\d{2}-\d{2}\/guarantees-agreement-gb\/!main"\/>/,
    );
  });

  it('a changed commitment and a withdrawn one show in the diff of two dates', async () => {
    const patch = async (ref: string, body: Record<string, unknown>) => {
      const c = (await get('secretariat', `/api/commitments/${ref}`)).json();
      const r = await app.inject({
        method: 'PATCH',
        url: `/api/commitments/${c.id}`,
        headers: headers(s.secretariat),
        payload: { version: c.version, ...body },
      });
      expect(r.statusCode, r.body).toBe(200);
      return c.id as string;
    };
    const gbId = await patch('GB-2024-004', { status: 'delivered' });
    await patch('FR-2026-009', { status: 'withdrawn', changeNote: 'dropped from the final text' });
    const d = (await get('secretariat', `/api/documents/diff?from=2026-01-06&to=${today()}`)).json();
    expect(d.changed.map((c: { eId: string }) => c.eId)).toEqual(['art_gb-2024-004']);
    expect(d.changed[0].commitment).toEqual({ id: gbId, ref: 'GB-2024-004', fromVersion: 1, toVersion: 2 });
    expect(d.changed[0].fields).toEqual([{ path: 'status', before: 'allocated', after: 'delivered' }]);
    expect(d.removed.map((c: { eId: string }) => c.eId)).toEqual(['art_fr-2026-009']);
    expect(d.added).toEqual([]);
    // before the register held anything, every article is added
    const first = (await get('secretariat', `/api/documents/diff?from=2026-01-05&to=2026-01-06`)).json();
    expect(first.added.filter((c: { commitment: unknown }) => c.commitment).length).toBe(
      inDeclaration('secretariat').length,
    );
    const bad = await get('secretariat', '/api/documents/diff?from=2026-02-01&to=2026-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.from');
  });

  describe('signatures', () => {
    const sign = (who: string, party: string, body: Record<string, unknown> = { confirm: true }) =>
      app.inject({
        method: 'POST',
        url: `/api/documents/agreements/${party}/signatures`,
        headers: headers(s[who]),
        payload: body,
      });
    const verify = async (who: string, id: string) =>
      (await get(who, `/api/documents/signatures/${id}/verify`)).json();

    it('a delegation signs its own agreement only; the signature verifies', async () => {
      expect((await sign('fr', 'GB')).statusCode).toBe(403);
      expect((await sign('secretariat', 'GB')).statusCode).toBe(403);
      const unconfirmed = await sign('gb', 'GB', {});
      expect(unconfirmed.statusCode).toBe(400);
      expect(unconfirmed.json().errors[0].path).toBe('body.confirm');
      const r = await sign('gb', 'GB', { confirm: true, lang: 'uk' });
      expect(r.statusCode, r.body).toBe(201);
      const sig = r.json();
      expect(sig.hash).toMatch(/^[0-9a-f]{64}$/);
      for (const who of ['gb', 'observer', 'secretariat']) {
        const v = await verify(who, sig.id);
        expect(v.status, who).toBe('valid');
        expect(v.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
      }
      const list = (await get('observer', '/api/documents/agreements/GB/signatures')).json();
      expect(list.map((x: { id: string }) => x.id)).toContain(sig.id);
    });

    it('a commitment changed after signing leaves the agreement unsigned, naming the clause', async () => {
      const sig = (await sign('gb', 'GB')).json();
      const c = (await get('gb', '/api/commitments/GB-2026-002')).json();
      const edit = await app.inject({
        method: 'PATCH',
        url: `/api/commitments/${c.id}`,
        headers: headers(s.gb),
        payload: { version: c.version, terms: { durationMonths: 24 } },
      });
      expect(edit.statusCode, edit.body).toBe(200);
      const v = await verify('gb', sig.id);
      expect(v.status).toBe('changed');
      expect(v.valid).toBe(false);
      expect(v.checks.find((x: { name: string }) => x.name === 'signature').ok).toBe(true);
      expect(v.changedClauses.map((x: { eId: string }) => x.eId)).toEqual(['art_gb-2026-002']);
      expect(v.changedClauses[0].fields.map((f: { path: string }) => f.path)).toEqual([
        'terms.durationMonths',
      ]);
      // a fresh signature over today's agreement holds
      expect((await verify('gb', (await sign('gb', 'GB')).json().id)).status).toBe('valid');
    });

    it('a tampered signed document, or a rewritten history, fails verification', async () => {
      const sig = (await sign('gb', 'GB')).json();
      // someone with database access rewrites a signed commitment's version in place
      const gbNational = DEMO.find((c) => c.guarantor === 'GB' && c.classification === 'national')!;
      await t().db.query(
        `UPDATE commitment_version SET doc = jsonb_set(doc, '{text}', to_jsonb('a different promise'::text))
         WHERE commitment_id = (SELECT id FROM commitment WHERE ref = $1)`,
        [gbNational.ref],
      );
      const v = await verify('gb', sig.id);
      expect(v.status).toBe('invalid');
      expect(v.checks.find((x: { name: string }) => x.name === 'history').ok).toBe(false);
      expect(v.changedClauses.map((x: { commitment: { ref: string } | null }) => x.commitment?.ref)).toEqual([
        gbNational.ref,
      ]);
      // the clause is national: others learn that something changed, not what
      const seenByObserver = await verify('observer', sig.id);
      expect(seenByObserver.status).toBe('invalid');
      expect(seenByObserver.changedClauses).toEqual([]);
      expect(seenByObserver.hiddenChanges).toBe(1);

      // the stored document edited beside its signature: the Ed25519 check fails
      const other = (await sign('gb', 'GB')).json();
      await t().db.query(
        `UPDATE document_signature SET document = replace(document, 'GB-2024-001', 'GB-2024-00X') WHERE id = $1`,
        [other.id],
      );
      const w = await verify('gb', other.id);
      expect(w.status).toBe('invalid');
      expect(w.checks.find((x: { name: string }) => x.name === 'signature').ok).toBe(false);
      expect(
        (await get('gb', '/api/documents/signatures/00000000-0000-4000-8000-000000000000/verify')).statusCode,
      ).toBe(404);
    });
  });

  it("a person's translation is used in its language, for its version's text only", async () => {
    const put = (who: string, lang: string, text: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/documents/translations/GB-2024-001/${lang}`,
        headers: headers(s[who]),
        payload: { text },
      });
    expect((await put('gb', 'uk', 'Переклад')).statusCode).toBe(403);
    expect((await put('secretariat', 'en', 'same language')).statusCode).toBe(422);
    const text =
      'Прем’єр-міністр Ріші Сунак підтвердив, що Велика Британія надасть Україні 2,5 млрд фунтів військової допомоги у 2024/25 році.';
    const r = await put('secretariat', 'uk', text);
    expect(r.statusCode, r.body).toBe(200);
    const uk = (await get('gb', '/api/documents/agreements/GB?format=md&lang=uk')).body;
    expect(uk).toContain(text);
    expect(uk).toContain('Текст у перекладі з оригіналу (англійська)');
    const fr = (await get('gb', '/api/documents/agreements/GB?format=md&lang=fr')).body;
    expect(fr).not.toContain(text);
  });

  it('compliance scores follow from the statuses and evidence, and change when they change', async () => {
    const report = async () => (await get('secretariat', '/api/compliance?summit=paris-2026')).json();
    const scoreOf = (
      r: { commitments: { ref: string; score: number; rule: string; evidence: { kind: string }[] }[] },
      ref: string,
    ) => r.commitments.find((c) => c.ref === ref);
    const before = await report();
    // the demo as entered: statuses and completion stages decide, no evidence is attached
    expect(scoreOf(before, 'US-2026-002')).toMatchObject({ score: -1, rule: 'R1' }); // withdrawn
    expect(scoreOf(before, 'GB-2026-003')).toMatchObject({ score: 0, rule: 'R6' }); // announced, limited
    expect(scoreOf(before, 'FR-2026-012')).toMatchObject({ score: 0, rule: 'R7' }); // signed, not started
    expect(scoreOf(before, 'FR-2026-004')).toMatchObject({ score: -1, rule: 'R8' }); // drafted, not started
    expect(scoreOf(before, 'NZ-2026-001')).toMatchObject({ score: 0, rule: 'R6' }); // delivered, no evidence
    expect(scoreOf(before, 'GB-2024-001')).toBeUndefined(); // not a Paris commitment
    const all = (await get('secretariat', '/api/compliance?summit=all')).json();
    expect(scoreOf(all, 'GB-2024-001')).toBeDefined();
    // averages and ranks agree with the scores
    for (const g of before.byGuarantor) {
      const mine = before.commitments.filter((c: { guarantor: string }) => c.guarantor === g.key);
      const mean = mine.reduce((a: number, c: { score: number }) => a + c.score, 0) / mine.length;
      expect(g.average).toBeCloseTo(mean, 2);
      expect(g.count).toBe(mine.length);
    }
    const ranks = before.byGuarantor.map((g: { rank: number }) => g.rank);
    expect(ranks[0]).toBe(1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);

    // evidence of delivery attached: New Zealand's training team now scores +1
    const nz = (await get('secretariat', '/api/commitments/NZ-2026-001')).json();
    const r = await app.inject({
      method: 'PATCH',
      url: `/api/commitments/${nz.id}`,
      headers: headers(s.secretariat),
      payload: {
        version: nz.version,
        completionEvidence: 'Training reports of the UK-led programme (illustrative)',
      },
    });
    expect(r.statusCode, r.body).toBe(200);
    const after = await report();
    expect(scoreOf(after, 'NZ-2026-001')).toMatchObject({ score: 1, rule: 'R3' });
    expect(scoreOf(after, 'NZ-2026-001')!.evidence[0]).toMatchObject({ kind: 'completion' });
    const nzBefore = before.byGuarantor.find((g: { key: string }) => g.key === 'NZ');
    const nzAfter = after.byGuarantor.find((g: { key: string }) => g.key === 'NZ');
    expect(nzAfter.average).toBeGreaterThan(nzBefore.average);
    // the final edition counts a passed deadline against the guarantor; the interim does not
    const finalEd = (
      await get('secretariat', `/api/compliance?summit=all&edition=final&date=${today()}`)
    ).json();
    expect(scoreOf(finalEd, 'GB-2024-001')).toMatchObject({ score: -1, rule: 'R4' }); // ended 31 March 2025
    expect(scoreOf(all, 'GB-2024-001')).toMatchObject({ score: 0, rule: 'R7' });
    for (const format of ['md', 'docx', 'pdf'])
      expect((await get('secretariat', `/api/compliance?format=${format}`)).statusCode, format).toBe(200);
    // an observer's report holds public records only
    const obs = (await get('observer', '/api/compliance?summit=all')).json();
    expect(
      obs.commitments.every(
        (c: { ref: string }) => DEMO.find((d) => d.ref === c.ref)?.classification === 'public',
      ),
    ).toBe(true);
  });

  it('bad input is a 4xx naming the field', async () => {
    const cases: [string, string][] = [
      ['/api/documents/declaration?format=odt', 'query.format'],
      ['/api/documents/declaration?date=2026-02-30', 'query.date'],
      ['/api/documents/declaration?date=2999-01-01', 'query.date'],
      ['/api/documents/declaration?lang=de', 'query.lang'],
      ['/api/documents/agreements/gb', 'params.party'],
      ['/api/documents/diff?kind=agreement&from=2026-01-01&to=2026-01-02', 'query.party'],
      ['/api/compliance?edition=draft', 'query.edition'],
    ];
    for (const [url, path] of cases) {
      const r = await get('secretariat', url);
      expect(r.statusCode, url).toBe(400);
      expect(
        r.json().errors.map((e: { path: string }) => e.path),
        url,
      ).toContain(path);
    }
    expect((await get('secretariat', '/api/documents/agreements/ZZ')).statusCode).toBe(404);
  });
});
