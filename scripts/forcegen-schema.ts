/**
 * Writes docs/forcegen-scenario.schema.json from the Zod contract (the input form: fields with
 * defaults are optional). `npx tsx scripts/forcegen-schema.ts` regenerates it; a test checks the
 * committed file matches.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ForceGenScenario } from '../src/contracts/forcegen';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/forcegen-scenario.schema.json', import.meta.url));

export function forceGenScenarioJsonSchema(): string {
  const schema = z.toJSONSchema(ForceGenScenario, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'https://guarantor.example/schemas/forcegen-scenario.schema.json', ...schema }, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, forceGenScenarioJsonSchema());
  process.stderr.write(`wrote ${SCHEMA_PATH}\n`);
}
