import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forceGenScenarioJsonSchema, SCHEMA_PATH } from '../../scripts/forcegen-schema';
import { CAVEAT_KINDS, ForceGenResult, ForceGenScenario } from './forcegen';

describe('force-generation contract', () => {
  it('docs/forcegen-scenario.schema.json is the schema generated from the Zod contract (npx tsx scripts/forcegen-schema.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(forceGenScenarioJsonSchema());
  });

  it('the JSON Schema documents every caveat kind and names its parts', () => {
    const schema = JSON.parse(forceGenScenarioJsonSchema());
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        'ForceGenScenario',
        'ForceGenOffer',
        'ForceGenRequirementLine',
        'ForceGenCaveat',
        'ForceGenNation',
      ]),
    );
    const kinds = schema.$defs.ForceGenCaveat.oneOf.map(
      (o: { properties: { kind: { const: string } } }) => o.properties.kind.const,
    );
    expect(kinds).toEqual([...CAVEAT_KINDS]);
  });

  it('rejects a line in an unknown region with the path of the field', () => {
    const r = ForceGenScenario.safeParse({
      schemaVersion: 1,
      id: 'x',
      name: 'x',
      regions: [{ id: 'kyiv' }],
      nations: [{ id: 'AA', gdp: 1 }],
      lines: [
        {
          id: 'L',
          capability: 'land',
          quantity: 1,
          phase: 'D0_30',
          region: 'nowhere',
          maxNoticeToMoveDays: 5,
        },
      ],
      offers: [],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['lines', 0, 'region']]);
  });

  it('the result schema has an id for OpenAPI', () => {
    expect(ForceGenResult.meta()?.id).toBe('ForceGenResult');
  });
});
