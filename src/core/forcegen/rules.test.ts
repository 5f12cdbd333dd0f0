import { describe, expect, it } from 'vitest';
import { effectiveNoticeToMove, exclusions, ruleContext } from './rules';
import { line, offer, scenario } from './testing';

function why(
  over: Parameters<typeof scenario>[0],
  o: Parameters<typeof offer>[1],
  l: Parameters<typeof line>[1] = {},
) {
  const s = scenario({ ...over, lines: [line('L', l)], offers: [offer('O', o)] });
  return exclusions(ruleContext(s), s.offers[0]!, s.lines[0]!);
}

describe('eligibility rules', () => {
  it('capability must match or substitute', () => {
    expect(why({}, { capability: 'air' })).toEqual(['capability']);
    expect(
      why(
        { substitutions: [{ from: 'engineering', to: 'land', efficiency: 0.5 }] },
        { capability: 'engineering' },
      ),
    ).toEqual([]);
  });

  it('region_limit: only the listed regions', () => {
    expect(why({}, { caveats: [{ kind: 'region_limit', regions: ['east'] }] })).toEqual(['region_limit']);
    expect(why({}, { caveats: [{ kind: 'region_limit', regions: ['kyiv', 'east'] }] })).toEqual([]);
  });

  it('no_combat_zone: not in a region marked combatZone', () => {
    expect(why({}, { caveats: [{ kind: 'no_combat_zone' }] }, { region: 'east' })).toEqual([
      'no_combat_zone',
    ]);
    expect(why({}, { caveats: [{ kind: 'no_combat_zone' }] }, { region: 'kyiv' })).toEqual([]);
  });

  it('outside_ukraine_only: only regions outside Ukraine', () => {
    expect(why({}, { caveats: [{ kind: 'outside_ukraine_only' }] })).toEqual(['outside_ukraine_only']);
    expect(why({}, { caveats: [{ kind: 'outside_ukraine_only' }] }, { region: 'poland_hub' })).toEqual([]);
  });

  it('needs_us_backstop follows the scenario assumption', () => {
    const c = { caveats: [{ kind: 'needs_us_backstop' as const }] };
    expect(why({ usBackstop: false }, c)).toEqual(['needs_us_backstop']);
    expect(why({ usBackstop: true }, c)).toEqual([]);
  });

  it('needs_parliamentary_approval: granted, or pending when pending votes are counted', () => {
    const c = { caveats: [{ kind: 'needs_parliamentary_approval' as const }] };
    const nations = (a: 'granted' | 'pending' | 'refused') => [
      { id: 'AA', gdp: 1, parliamentaryApproval: a },
    ];
    expect(why({ nations: nations('granted') }, c)).toEqual([]);
    expect(why({ nations: nations('pending') }, c)).toEqual(['needs_parliamentary_approval']);
    expect(why({ nations: nations('pending'), countPendingApprovals: true }, c)).toEqual([]);
    expect(why({ nations: nations('refused'), countPendingApprovals: true }, c)).toEqual([
      'needs_parliamentary_approval',
    ]);
  });

  it('needs_mandate: the scenario mandate must be at least the one asked for', () => {
    const c = { caveats: [{ kind: 'needs_mandate' as const, mandate: 'un_security_council' as const }] };
    expect(why({ mandate: 'coalition' }, c)).toEqual(['needs_mandate']);
    expect(why({ mandate: 'un_security_council' }, c)).toEqual([]);
    expect(
      why({ mandate: 'coalition' }, { caveats: [{ kind: 'needs_mandate', mandate: 'coalition' }] }),
    ).toEqual([]);
  });

  it('max_duration_days: the phase must not be longer than the cap (D30_90 is 60 days)', () => {
    expect(why({}, { caveats: [{ kind: 'max_duration_days', days: 59 }] })).toEqual(['max_duration_days']);
    expect(why({}, { caveats: [{ kind: 'max_duration_days', days: 60 }] })).toEqual([]);
  });

  it('keep_together never excludes', () => {
    expect(why({}, { caveats: [{ kind: 'keep_together' }] })).toEqual([]);
  });

  it('readiness: at least the line minimum', () => {
    expect(why({}, { readiness: 'ready' }, { minReadiness: 'rapid_deployment' })).toEqual(['readiness']);
    expect(why({}, { readiness: 'rapid_deployment' }, { minReadiness: 'ready' })).toEqual([]);
  });

  it('notice-to-move: a registered pledge counts as 90 days, an assessed one as 30, whatever it states', () => {
    const s = scenario({ offers: [offer('O', { readiness: 'registered', noticeToMoveDays: 5 })] });
    expect(effectiveNoticeToMove(s.offers[0]!)).toBe(90);
    expect(why({}, { readiness: 'registered', noticeToMoveDays: 5 }, { maxNoticeToMoveDays: 89 })).toEqual([
      'notice_to_move',
    ]);
    expect(why({}, { readiness: 'registered', noticeToMoveDays: 5 }, { maxNoticeToMoveDays: 90 })).toEqual(
      [],
    );
    expect(why({}, { readiness: 'assessed', noticeToMoveDays: 5 }, { maxNoticeToMoveDays: 29 })).toEqual([
      'notice_to_move',
    ]);
    expect(why({}, { readiness: 'ready', noticeToMoveDays: 11 }, { maxNoticeToMoveDays: 10 })).toEqual([
      'notice_to_move',
    ]);
    expect(why({}, { readiness: 'ready', noticeToMoveDays: 10 }, { maxNoticeToMoveDays: 10 })).toEqual([]);
  });

  it('availability window must cover the whole phase', () => {
    expect(why({}, { availableFromDay: 31 })).toEqual(['availability_window']); // D30_90 starts on day 30
    expect(why({}, { availableFromDay: 30 })).toEqual([]);
    expect(why({}, { availableUntilDay: 89 })).toEqual(['availability_window']);
    expect(why({}, { availableUntilDay: 90 })).toEqual([]);
    expect(why({ horizonDays: 200 }, { availableUntilDay: 199 }, { phase: 'D90_plus' })).toEqual([
      'availability_window',
    ]);
  });

  it('lists every rule broken', () => {
    expect(
      why(
        {},
        { readiness: 'registered', availableFromDay: 40, caveats: [{ kind: 'no_combat_zone' }] },
        { region: 'east' },
      ),
    ).toEqual(['notice_to_move', 'availability_window', 'no_combat_zone']);
  });
});
