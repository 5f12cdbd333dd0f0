import { describe, expect, it } from 'vitest';
import { ForceGenScenario } from '../../contracts/forcegen';
import { generateScenario } from './generate-scenario';
import { seededRandom } from './random';

describe('generateScenario', () => {
  it('replays from its seed', () => {
    const a = generateScenario({ nations: 12, lines: 40, offers: 200, seed: 42 });
    const b = generateScenario({ nations: 12, lines: 40, offers: 200, seed: 42 });
    expect(b).toEqual(a);
    expect(generateScenario({ nations: 12, lines: 40, offers: 200, seed: 43 })).not.toEqual(a);
  });

  it('draws only from the injected random source when one is given', () => {
    const a = generateScenario({ nations: 5, lines: 10, offers: 30, seed: 0, random: seededRandom(7) });
    expect(a).toEqual(
      generateScenario({ nations: 5, lines: 10, offers: 30, seed: 0, random: seededRandom(7) }),
    );
  });

  it('is valid against the contract and has the sizes asked for', () => {
    const s = generateScenario({ nations: 50, lines: 120, offers: 600, seed: 1 });
    expect(ForceGenScenario.safeParse(s).success).toBe(true);
    expect([s.nations.length, s.lines.length, s.offers.length]).toEqual([50, 120, 600]);
    expect(s.illustrative).toBe(true);
  });

  it('looks like a coalition: larger economies offer more, every offer names a known nation', () => {
    const s = generateScenario({ nations: 35, lines: 150, offers: 1000, seed: 3 });
    const byNation = new Map<string, number>();
    for (const o of s.offers) byNation.set(o.nation, (byNation.get(o.nation) ?? 0) + 1);
    const big = ['DE', 'GB', 'FR'].reduce((a, n) => a + (byNation.get(n) ?? 0), 0);
    const small = ['EE', 'LV', 'IS'].reduce((a, n) => a + (byNation.get(n) ?? 0), 0);
    expect(big).toBeGreaterThan(3 * small);
    expect(new Set(s.lines.map((l) => l.capability)).size).toBeGreaterThanOrEqual(10);
    expect(s.offers.some((o) => o.caveats.length > 0)).toBe(true);
  });
});
