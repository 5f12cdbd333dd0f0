/**
 * guarantor analyze "TEXT" | --jsonl FILE|- : the concreteness analysis, run locally (it reads no
 * data). JSON lines in, JSON lines out, in input order; a bad line yields an error line and the
 * run goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyzeText } from '../../core/concreteness';
import { log, print } from '../output';

export function analyzeCommand(program: Command) {
  program
    .command('analyze [text]')
    .description('is a commitment concrete or vague? (en, uk, ru, fr, de; others best effort)')
    .option('--lang <code>', 'language of the text (detected when absent)')
    .option(
      '--jsonl <file>',
      'read lines {"id", "text", "lang"?} from FILE or - (stdin); write one JSON line each',
    )
    .option('-f, --format <format>', 'json|table (single text)', 'json')
    .action(async (text: string | undefined, o: { lang?: string; jsonl?: string; format: string }) => {
      if (o.jsonl) {
        process.exitCode = await analyzeJsonl(o.jsonl);
        return;
      }
      if (!text) {
        log('error: give a text, or --jsonl FILE');
        process.exitCode = 2;
        return;
      }
      const a = analyzeText(text, o.lang ? { lang: o.lang } : {});
      if (o.format === 'table') {
        print(
          [
            {
              label: a.label,
              score: a.score,
              modality: a.modality,
              actor: a.actor?.text ?? '',
              quantities: a.quantities.length,
              timeframes: a.timeframes.length,
              conditional: a.conditional,
              hedges: a.hedges.map((h) => h.text).join('; '),
              missing: a.missing.join(', '),
            },
          ],
          'table',
        );
      } else print(a, 'json');
    });
}

async function analyzeJsonl(file: string): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let bad = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown; lang?: unknown };
    try {
      rec = JSON.parse(line);
    } catch (e) {
      bad++;
      process.stdout.write(`${JSON.stringify({ line: n, error: `not JSON: ${(e as Error).message}` })}\n`);
      continue;
    }
    const id = rec?.id ?? null;
    if (typeof rec?.text !== 'string' || !rec.text.trim()) {
      bad++;
      process.stdout.write(`${JSON.stringify({ id, line: n, error: 'no text' })}\n`);
      continue;
    }
    const a = analyzeText(rec.text, typeof rec.lang === 'string' ? { lang: rec.lang } : {});
    process.stdout.write(`${JSON.stringify({ id, ...a })}\n`);
    if (n % 1000 === 0) log(`analysed ${n} lines`);
  }
  log(`analysed ${n - bad} of ${n} lines${bad ? `; ${bad} had errors` : ''}`);
  return 0;
}
