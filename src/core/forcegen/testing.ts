/**
 * Tiny scenarios for tests: one region set, two nations, and helpers that fill in the fields a
 * test does not care about. Not used by production code.
 */
import { ForceGenScenario, type ForceGenScenarioInput, type OfferInput } from '../../contracts/forcegen';

type LineInput = ForceGenScenarioInput['lines'][number];

export const line = (id: string, over: Partial<LineInput> = {}): LineInput => ({
  id,
  capability: 'land',
  quantity: 1,
  phase: 'D30_90',
  region: 'kyiv',
  maxNoticeToMoveDays: 60,
  priority: 3,
  ...over,
});

export const offer = (id: string, over: Partial<OfferInput> = {}): OfferInput => ({
  id,
  nation: 'AA',
  unit: `unit ${id}`,
  capability: 'land',
  quantity: 1,
  readiness: 'ready',
  noticeToMoveDays: 10,
  ...over,
});

export function scenario(over: Partial<ForceGenScenarioInput> = {}): ForceGenScenario {
  return ForceGenScenario.parse({
    schemaVersion: 1,
    id: 'test',
    name: 'Test scenario',
    regions: [
      { id: 'kyiv', insideUkraine: true },
      { id: 'east', insideUkraine: true, combatZone: true },
      { id: 'poland_hub', insideUkraine: false },
    ],
    nations: [
      { id: 'AA', gdp: 100, parliamentaryApproval: 'granted' },
      { id: 'BB', gdp: 100, parliamentaryApproval: 'granted' },
    ],
    lines: [],
    offers: [],
    ...over,
  });
}
