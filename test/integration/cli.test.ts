/**
 * The CLI on a real data directory, without a server and through one: list, add, export and
 * import (CSV and XLSX, all or nothing with row numbers), users, backup and restore.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCommitment } from '../support/fixtures';
import { cli, freePort, type ServerProcess, startServer, stopServer } from '../support/server-process';

const dir = mkdtempSync(join(tmpdir(), 'guarantor-cli-'));
const data = join(dir, 'data');
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('guarantor CLI', () => {
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    // create the data directory with two parties, through a short-lived server
    server = await startServer(data, await freePort());
    for (const [code, name] of [
      ['GB', 'United Kingdom'],
      ['UA', 'Ukraine'],
      ['FR', 'France'],
    ]) {
      await fetch(`${server.url}/api/parties/${code}`, {
        method: 'PUT',
        headers: { ...server.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name, kind: 'state', gdpEur: 3e12 }),
      });
    }
    await stopServer(server);
    server = undefined;
  });
  afterAll(async () => {
    if (server) await stopServer(server, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds and lists without a server (local mode), data on stdout, logs on stderr', () => {
    const add = cli(data, [
      'commitments',
      'add',
      '--file',
      file(
        'c.json',
        JSON.stringify(
          sampleCommitment({ ref: 'CLI-1', terms: { money: { amount: 100, currency: 'EUR' } } }),
        ),
      ),
    ]);
    expect(add.status, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout).ref).toBe('CLI-1');
    const list = cli(data, ['commitments', 'list', '--format', 'csv']);
    expect(list.status).toBe(0);
    expect(list.stdout.split('\n')[0]).toBe('ref,guarantor,pillar,kind,status,classification,eur,title');
    expect(list.stdout).toContain('CLI-1,GB');
    expect(list.stderr).toContain('1 of 1 shown');
  });

  it('reports a bad add with the field and a non-zero exit code', () => {
    const bad = cli(data, [
      'commitments',
      'add',
      '--file',
      file('bad.json', JSON.stringify(sampleCommitment({ pillar: 'space' }))),
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('body.pillar');
  });

  it('imports all rows or none, naming bad rows by number', () => {
    const header = 'ref,guarantor,pillar,kind,title,text,lang,legal_form,money_amount,money_currency\n';
    const good = (ref: string) =>
      `${ref},FR,long_term_support,finance,Aid,"La France fournira 3 milliards d'euros.",fr,executive_agreement,3000000000,EUR\n`;
    const badCsv = file(
      'bad.csv',
      header +
        good('IMP-1') +
        'IMP-2,FR,nowhere,finance,Aid,x,fr,treaty,1,EUR\n' +
        good('IMP-3').replace('3000000000', 'lots'),
    );
    const r = cli(data, ['commitments', 'import', badCsv]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('row 3: pillar');
    expect(r.stderr).toContain('row 4: money_amount');
    expect(cli(data, ['commitments', 'list', '--format', 'json', '--guarantor', 'FR']).stdout).toContain(
      '"total": 0',
    );
    const ok = cli(data, ['commitments', 'import', file('good.csv', header + good('IMP-1') + good('IMP-2'))]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('importing: 2/2 (100%)');
    expect(JSON.parse(ok.stdout)).toMatchObject({ imported: 2 });
  });

  it('exports CSV and XLSX that import again', () => {
    const csv = cli(data, ['commitments', 'export']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^id,ref,guarantor,beneficiary,pillar/);
    const xlsxPath = join(dir, 'register.xlsx');
    expect(cli(data, ['commitments', 'export', '--format', 'xlsx', '--out', xlsxPath]).status).toBe(0);
    expect(readFileSync(xlsxPath).subarray(0, 2).toString()).toBe('PK');
    // the same rows are taken: import fails as a whole on the first taken ref
    const again = cli(data, ['commitments', 'import', xlsxPath]);
    expect(again.status).toBe(6);
    expect(again.stderr).toMatch(/row 2: reference \S+ is taken/);
  });

  it('a commission member gets an API token from the command line and records a determination with it', async () => {
    process.env.GUARANTOR_PASSWORD = 'a commission pass phrase 2026';
    try {
      const add = cli(data, [
        'users',
        'add',
        '--email',
        'member@commission.test.invalid',
        '--name',
        'Commission Member',
        '--role',
        'commission',
      ]);
      expect(add.status, add.stderr).toBe(0);
      const create = cli(data, ['token', 'create', '--email', 'member@commission.test.invalid']);
      expect(create.status, create.stderr).toBe(0);
      const token = create.stdout.trim();
      expect(token).toMatch(/^gt_[\w-]{20,}$/);
      expect(create.stderr).toContain('a write token for member@commission.test.invalid');
      const at = '2026-03-14T18:00+02:00';
      const determine = cli(data, [
        'determine',
        '--trigger',
        'renewed-attack',
        '--at',
        at,
        '--token',
        token,
        '-f',
        'json',
      ]);
      expect(determine.status, determine.stderr).toBe(0);
      // without a token, or with the secretariat's local access, no determination
      expect(cli(data, ['determine', '--trigger', 'renewed-attack', '--at', at]).status).not.toBe(0);
      process.env.GUARANTOR_PASSWORD = 'not the pass phrase at all';
      const wrong = cli(data, ['token', 'create', '--email', 'member@commission.test.invalid']);
      expect(wrong.status).not.toBe(0);
      expect(wrong.stdout).toBe('');
    } finally {
      delete process.env.GUARANTOR_PASSWORD;
    }
  });

  it('goes through the running server when one owns the data', async () => {
    server = await startServer(data, await freePort());
    const r = cli(data, ['commitments', 'show', 'CLI-1']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).ref).toBe('CLI-1');
    const u = cli(data, ['users', 'list', '--format', 'json']);
    expect(u.status).toBe(0);
    const backup = join(dir, 'backup.tar');
    const b = cli(data, ['backup', backup]);
    expect(b.status, b.stderr).toBe(0);
    // restore refuses while the server runs
    expect(cli(data, ['restore', backup]).status).toBe(6);
    await stopServer(server);
    server = undefined;
  });

  it('restores a backup and keeps the replaced data aside', () => {
    expect(
      cli(data, [
        'commitments',
        'add',
        '--file',
        file('late.json', JSON.stringify(sampleCommitment({ ref: 'AFTER-BACKUP', terms: {} }))),
      ]).status,
    ).toBe(0);
    const r = cli(data, ['restore', join(dir, 'backup.tar')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('restored');
    const list = cli(data, ['commitments', 'list', '--format', 'json', '--page-size', '200']).stdout;
    expect(list).toContain('CLI-1');
    expect(list).not.toContain('AFTER-BACKUP');
  });
});

describe('guarantor analyze', () => {
  it('reads JSON lines and writes one line each in input order, with error lines for bad input', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../support/server-process');
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'The United Kingdom will provide £2.5 billion of military support in 2024.',
      }),
      'not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'Мы продолжим поддерживать Украину.', lang: 'ru' }),
    ].join('\n');
    const r = spawnSync(process.execPath, [BIN, 'analyze', '--jsonl', '-'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual(['a', 'line 2', 'c', 'd']);
    expect(out[0]).toMatchObject({ label: 'concrete', modality: 'binding', lang: 'en' });
    expect(out[1].error).toMatch(/not JSON/);
    expect(out[2]).toMatchObject({ id: 'c', line: 3, error: 'no text' });
    expect(out[3]).toMatchObject({ label: 'vague', lang: 'ru' });
    expect(r.stderr).toContain('2 had errors');
  });
});

describe('guarantor forcegen', () => {
  // its own folder: the register tests above remove theirs when they end
  const fgDir = mkdtempSync(join(tmpdir(), 'guarantor-cli-fg-'));
  const fgFile = (name: string, content: string) => {
    const p = join(fgDir, name);
    writeFileSync(p, content);
    return p;
  };
  afterAll(() => rmSync(fgDir, { recursive: true, force: true }));

  it('generates the same scenario from the same seed, and solves it to JSON', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../support/server-process');
    const gen = (seed: string) =>
      spawnSync(
        process.execPath,
        [BIN, 'forcegen', 'generate', '--nations', '6', '--lines', '12', '--offers', '40', '--seed', seed],
        { encoding: 'utf8' },
      );
    const a = gen('5');
    expect(a.status, a.stderr).toBe(0);
    expect(gen('5').stdout).toBe(a.stdout);
    expect(gen('6').stdout).not.toBe(a.stdout);
    const scenarioFile = fgFile('scenario.json', a.stdout);
    const solved = spawnSync(
      process.execPath,
      [BIN, 'forcegen', 'solve', scenarioFile, '--json', '--time-limit', '20'],
      { encoding: 'utf8' },
    );
    expect(solved.status, solved.stderr).toBe(0);
    const result = JSON.parse(solved.stdout);
    expect(result.allocation.length).toBeGreaterThan(0);
    expect(result.burdenSharing).toHaveLength(6);
    expect(solved.stderr).toContain('stage coverage');
  });

  it('rejects a malformed scenario with the path of the bad field', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../support/server-process');
    const bad = JSON.parse(readFileSync(join(fgDir, 'scenario.json'), 'utf8'));
    bad.offers[3].readiness = 'eager';
    const r = spawnSync(
      process.execPath,
      [BIN, 'forcegen', 'solve', fgFile('bad-scenario.json', JSON.stringify(bad))],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/offers\[3\]\.readiness|offers\.3\.readiness/);
  });
});
