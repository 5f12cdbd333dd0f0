import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate-scenario';

const base = {
  schemaVersion: 1,
  id: 's',
  name: 'S',
  regions: [{ id: 'kyiv' }],
  nations: [{ id: 'AA', gdp: 10 }],
  lines: [
    { id: 'L1', capability: 'land', quantity: 2, phase: 'D0_30', region: 'kyiv', maxNoticeToMoveDays: 10 },
  ],
  offers: [
    {
      id: 'O1',
      nation: 'AA',
      unit: 'u',
      capability: 'land',
      quantity: 1,
      readiness: 'ready',
      noticeToMoveDays: 5,
    },
  ],
};
const paths = (input: unknown) => {
  const v = validateScenario(input);
  return v.ok ? [] : v.issues.map((i) => i.path);
};

describe('validateScenario', () => {
  it('accepts a well-formed scenario and fills defaults', () => {
    const v = validateScenario(base);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.scenario.usBackstop).toBe(false);
      expect(v.scenario.offers[0]!.caveats).toEqual([]);
      expect(v.scenario.lines[0]!.priority).toBe(3);
    }
  });

  it('rejects a malformed scenario with the path of each bad field', () => {
    expect(paths({ ...base, lines: [{ ...base.lines[0], quantity: -1 }] })).toEqual(['lines[0].quantity']);
    expect(paths({ ...base, offers: [{ ...base.offers[0], nation: 'ZZ' }] })).toEqual(['offers[0].nation']);
    expect(paths({ ...base, lines: [{ ...base.lines[0], region: 'mars' }] })).toEqual(['lines[0].region']);
    expect(
      paths({
        ...base,
        offers: [{ ...base.offers[0], caveats: [{ kind: 'region_limit', regions: ['kyiv', 'mars'] }] }],
      }),
    ).toEqual(['offers[0].caveats[0].regions[1]']);
    expect(
      paths({ ...base, offers: [{ ...base.offers[0], caveats: [{ kind: 'no_such_caveat' }] }] }),
    ).toEqual(['offers[0].caveats[0].kind']);
    expect(
      paths({ ...base, offers: [{ ...base.offers[0], availableFromDay: 30, availableUntilDay: 30 }] }),
    ).toEqual(['offers[0].availableUntilDay']);
    expect(paths({ ...base, offers: [...base.offers, base.offers[0]] })).toEqual(['offers[1].id']);
    expect(paths({ ...base, substitutions: [{ from: 'land', to: 'land', efficiency: 0.5 }] })).toEqual([
      'substitutions[0].to',
    ]);
    expect(paths({ ...base, substitutions: [{ from: 'land', to: 'training', efficiency: 1.5 }] })).toEqual([
      'substitutions[0].efficiency',
    ]);
    expect(paths({ ...base, nations: [{ id: 'AA', gdp: 0 }] })).toEqual(['nations[0].gdp']);
    expect(paths({ ...base, schemaVersion: 2 })).toEqual(['schemaVersion']);
    expect(paths('not json')).toEqual(['(root)']);
  });
});
