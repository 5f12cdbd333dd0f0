/**
 * Force generation for the Multinational Force Ukraine: the scenario an optimiser reads (statement
 * of requirements, national offers, nations with GDP, substitutions) and the plan it returns.
 * The JSON Schema in docs/forcegen-scenario.schema.json is generated from `ForceGenScenario`
 * (scripts/forcegen-schema.ts); docs/forcegen.md explains the model.
 */
import { z } from 'zod';

/** Size limits of one scenario (kept here until contracts/limits.ts gathers them). */
export const FORCEGEN_LIMITS = {
  nations: 500,
  regions: 200,
  lines: 20_000,
  offers: 100_000,
  quantity: 100_000,
  days: 3_650,
  idLength: 64,
  textLength: 500,
} as const;

/** The capability taxonomy. Each has a unit of measure and a default size in CAPABILITY_UNITS. */
export const CAPABILITIES = [
  'land',
  'air',
  'maritime',
  'demining',
  'engineering',
  'medical',
  'logistics',
  'isr',
  'air_defence',
  'training',
  'command_liaison',
  'military_police',
  'cbrn',
  'signals',
] as const;
export const Capability = z
  .enum(CAPABILITIES)
  .describe('What a requirement line asks for or an offer provides')
  .meta({ id: 'ForceGenCapability' });
export type Capability = z.infer<typeof Capability>;

/**
 * The unit of measure of each capability (what `quantity` counts) and the personnel one such unit
 * deploys by default, used for burden sharing. Offers may override `personnelPerUnit`.
 */
export const CAPABILITY_UNITS: Record<Capability, { unit: string; personnel: number }> = {
  land: { unit: 'company', personnel: 150 },
  air: { unit: 'aircraft', personnel: 25 },
  maritime: { unit: 'vessel', personnel: 80 },
  demining: { unit: 'team', personnel: 12 },
  engineering: { unit: 'company', personnel: 120 },
  medical: { unit: 'team', personnel: 40 },
  logistics: { unit: 'company', personnel: 120 },
  isr: { unit: 'system', personnel: 20 },
  air_defence: { unit: 'battery', personnel: 100 },
  training: { unit: 'team', personnel: 15 },
  command_liaison: { unit: 'cell', personnel: 10 },
  military_police: { unit: 'platoon', personnel: 35 },
  cbrn: { unit: 'team', personnel: 25 },
  signals: { unit: 'company', personnel: 100 },
};

/** Phases after the ceasefire (day 0). D90_plus runs to the scenario's `horizonDays`. */
export const PHASES = ['D0_30', 'D30_90', 'D90_plus'] as const;
export const Phase = z
  .enum(PHASES)
  .describe('Phase after the ceasefire: days 0–30, 30–90, 90 to the horizon')
  .meta({ id: 'ForceGenPhase' });
export type Phase = z.infer<typeof Phase>;

/** PCRS-like readiness levels, lowest first (the order is the rank). */
export const READINESS_LEVELS = ['registered', 'assessed', 'ready', 'rapid_deployment'] as const;
export const Readiness = z
  .enum(READINESS_LEVELS)
  .describe(
    'Readiness in the manner of the UN PCRS: registered (pledged), assessed (verified by a visit), ready (fully prepared), rapid_deployment',
  )
  .meta({ id: 'ForceGenReadiness' });
export type Readiness = z.infer<typeof Readiness>;

export const MANDATES = ['none', 'coalition', 'un_security_council'] as const;
export const Mandate = z
  .enum(MANDATES)
  .describe(
    'Legal mandate for the force, weakest first: none, a coalition decision at Ukraine’s invitation, a UN Security Council resolution',
  )
  .meta({ id: 'ForceGenMandate' });
export type Mandate = z.infer<typeof Mandate>;

export const DOMAINS = ['land', 'sea', 'air'] as const;

/** The caveat kinds an offer may carry; docs/forcegen.md explains how the model applies each. */
export const CAVEAT_KINDS = [
  'region_limit',
  'no_combat_zone',
  'outside_ukraine_only',
  'needs_us_backstop',
  'needs_parliamentary_approval',
  'needs_mandate',
  'max_duration_days',
  'keep_together',
] as const;
export const CaveatKind = z
  .enum(CAVEAT_KINDS)
  .describe('A kind of national caveat')
  .meta({ id: 'ForceGenCaveatKind' });
export type CaveatKind = z.infer<typeof CaveatKind>;

const id = z.string().trim().min(1).max(FORCEGEN_LIMITS.idLength);
const text = z.string().max(FORCEGEN_LIMITS.textLength);
const day = z.number().int().min(0).max(FORCEGEN_LIMITS.days);
const note = text.optional().describe('Free text, e.g. the national wording of the caveat');

export const Caveat = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('region_limit'),
      regions: z.array(id).min(1).describe('The only regions the offer may serve in'),
      note,
    }),
    z.object({ kind: z.literal('no_combat_zone').describe('Not in a region marked combatZone'), note }),
    z.object({
      kind: z
        .literal('outside_ukraine_only')
        .describe('Only from regions outside Ukraine (hubs, sea, airspace)'),
      note,
    }),
    z.object({
      kind: z.literal('needs_us_backstop').describe('Usable only if the scenario has a US backstop'),
      note,
    }),
    z.object({
      kind: z
        .literal('needs_parliamentary_approval')
        .describe("Usable only once the nation's parliament approved"),
      note,
    }),
    z.object({
      kind: z.literal('needs_mandate'),
      mandate: Mandate.exclude(['none'])
        .default('un_security_council')
        .describe('The weakest mandate under which the offer may deploy'),
      note,
    }),
    z.object({
      kind: z.literal('max_duration_days'),
      days: z
        .number()
        .int()
        .min(1)
        .max(FORCEGEN_LIMITS.days)
        .describe('Longest deployment of any one unit, in days'),
      note,
    }),
    z.object({
      kind: z.literal('keep_together').describe('All units deploy as one block to one line per phase'),
      note,
    }),
  ])
  .describe('A national restriction on an offer')
  .meta({ id: 'ForceGenCaveat' });
export type Caveat = z.infer<typeof Caveat>;

export const Region = z
  .object({
    id: id.describe('Region id, referenced by lines and region_limit caveats'),
    name: text.optional().describe('Display name'),
    domain: z.enum(DOMAINS).default('land').describe('land, sea or air'),
    insideUkraine: z
      .boolean()
      .default(true)
      .describe('False for hubs in neighbouring states and international waters'),
    combatZone: z.boolean().default(false).describe('Near the line of contact; excluded by no_combat_zone'),
  })
  .describe('A region or domain where a requirement line is to be filled')
  .meta({ id: 'ForceGenRegion' });
export type Region = z.infer<typeof Region>;

export const Nation = z
  .object({
    id: id.describe('Party id, e.g. an ISO 3166 alpha-2 code'),
    name: text.optional().describe('Display name'),
    gdp: z.number().positive().finite().describe('GDP in EUR billions (any one unit: only shares matter)'),
    parliamentaryApproval: z
      .enum(['granted', 'pending', 'refused'])
      .default('pending')
      .describe('State of the parliamentary vote that needs_parliamentary_approval offers wait for'),
  })
  .describe('A contributing nation (or organisation) and its weight for burden sharing')
  .meta({ id: 'ForceGenNation' });
export type Nation = z.infer<typeof Nation>;

export const RequirementLine = z
  .object({
    id: id.describe('Line id, unique in the scenario'),
    title: text.optional().describe('What the line is for'),
    capability: Capability,
    quantity: z
      .number()
      .int()
      .min(1)
      .max(FORCEGEN_LIMITS.quantity)
      .describe("How many units of the capability's unit of measure"),
    phase: Phase,
    region: id.describe('Region id where the line is to be filled'),
    maxNoticeToMoveDays: day.describe('Longest notice-to-move accepted, in days'),
    minReadiness: Readiness.default('registered').describe('Lowest readiness accepted'),
    priority: z.number().int().min(1).max(5).default(3).describe('1 (critical) to 5 (desirable)'),
    version: z
      .number()
      .int()
      .min(1)
      .default(1)
      .describe('Version of the line in the statement of requirements'),
  })
  .describe('One line of the statement of requirements')
  .meta({ id: 'ForceGenRequirementLine' });
export type RequirementLine = z.infer<typeof RequirementLine>;

export const Offer = z
  .object({
    id: id.describe('Offer id, unique in the scenario'),
    nation: id.describe('Nation id of the offering nation'),
    unit: text.min(1).describe('The unit offered, e.g. "1st Armoured Infantry Company"'),
    capability: Capability,
    quantity: z
      .number()
      .int()
      .min(1)
      .max(FORCEGEN_LIMITS.quantity)
      .describe("Units of the capability's unit of measure; split across lines unless keep_together"),
    personnelPerUnit: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .describe('Personnel one unit deploys; default from the capability taxonomy'),
    readiness: Readiness,
    noticeToMoveDays: day.describe('Days from the order to move until the unit moves'),
    availableFromDay: day.default(0).describe('First day after the ceasefire the offer is available'),
    availableUntilDay: day
      .nullable()
      .default(null)
      .describe('Last day after the ceasefire the offer is available; null for open-ended'),
    rotationLengthDays: z
      .number()
      .int()
      .min(1)
      .max(FORCEGEN_LIMITS.days)
      .optional()
      .describe('Length of one rotation; carried to the plan, sustainment is the nation’s'),
    caveats: z.array(Caveat).max(20).default([]).describe('National caveats'),
  })
  .describe("A nation's unit offered to the force")
  .meta({ id: 'ForceGenOffer' });
export type Offer = z.infer<typeof Offer>;
export type OfferInput = z.input<typeof Offer>;

export const Substitution = z
  .object({
    from: Capability.describe('Capability of the offer'),
    to: Capability.describe('Capability of the line it may fill'),
    efficiency: z.number().gt(0).max(1).describe('Line units covered per offered unit, in (0, 1]'),
  })
  .describe('An offer of capability `from` may fill a line of capability `to` at the given efficiency')
  .meta({ id: 'ForceGenSubstitution' });
export type Substitution = z.infer<typeof Substitution>;

export const DEFAULT_PRIORITY_WEIGHTS = [16, 8, 4, 2, 1] as const;

const ScenarioObject = z.object({
  schemaVersion: z.literal(1).describe('Version of this format'),
  id: id.describe('Scenario id'),
  name: text.min(1).describe('Display name'),
  illustrative: z.boolean().default(false).describe('True for invented or illustrative data'),
  horizonDays: z
    .number()
    .int()
    .min(91)
    .max(FORCEGEN_LIMITS.days)
    .default(365)
    .describe('End of phase D90_plus'),
  usBackstop: z
    .boolean()
    .default(false)
    .describe('Whether a US backstop is assumed; gates needs_us_backstop'),
  mandate: Mandate.default('coalition').describe('The mandate assumed; gates needs_mandate'),
  countPendingApprovals: z
    .boolean()
    .default(false)
    .describe('Planning assumption: count offers waiting for a pending parliamentary vote'),
  priorityWeights: z
    .array(z.number().positive().finite())
    .length(5)
    .default([...DEFAULT_PRIORITY_WEIGHTS])
    .describe('Weight of a fully covered line of priority 1..5'),
  regions: z.array(Region).min(1).max(FORCEGEN_LIMITS.regions),
  nations: z.array(Nation).min(1).max(FORCEGEN_LIMITS.nations),
  lines: z.array(RequirementLine).max(FORCEGEN_LIMITS.lines).describe('The statement of requirements'),
  offers: z.array(Offer).max(FORCEGEN_LIMITS.offers),
  substitutions: z.array(Substitution).default([]),
});

type Ctx = z.core.$RefinementCtx<z.output<typeof ScenarioObject>>;

function uniqueIds(ctx: Ctx, items: readonly { id: string }[], key: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

/** Cross-field rules: unique ids, references that resolve, windows that make sense. */
function checkReferences(s: z.output<typeof ScenarioObject>, ctx: Ctx): void {
  const regions = uniqueIds(ctx, s.regions, 'regions');
  const nations = uniqueIds(ctx, s.nations, 'nations');
  uniqueIds(ctx, s.lines, 'lines');
  uniqueIds(ctx, s.offers, 'offers');
  s.lines.forEach((l, i) => {
    if (!regions.has(l.region))
      ctx.addIssue({ code: 'custom', path: ['lines', i, 'region'], message: `unknown region "${l.region}"` });
  });
  s.offers.forEach((o, i) => {
    if (!nations.has(o.nation))
      ctx.addIssue({
        code: 'custom',
        path: ['offers', i, 'nation'],
        message: `unknown nation "${o.nation}"`,
      });
    if (o.availableUntilDay !== null && o.availableUntilDay <= o.availableFromDay)
      ctx.addIssue({
        code: 'custom',
        path: ['offers', i, 'availableUntilDay'],
        message: 'must be after availableFromDay',
      });
    const kinds = new Set<string>();
    o.caveats.forEach((c, j) => {
      if (kinds.has(c.kind))
        ctx.addIssue({
          code: 'custom',
          path: ['offers', i, 'caveats', j, 'kind'],
          message: `repeated caveat ${c.kind}`,
        });
      kinds.add(c.kind);
      if (c.kind !== 'region_limit') return;
      c.regions.forEach((r, k) => {
        if (!regions.has(r))
          ctx.addIssue({
            code: 'custom',
            path: ['offers', i, 'caveats', j, 'regions', k],
            message: `unknown region "${r}"`,
          });
      });
    });
  });
  const pairs = new Set<string>();
  s.substitutions.forEach((sub, i) => {
    const key = `${sub.from}>${sub.to}`;
    if (sub.from === sub.to)
      ctx.addIssue({
        code: 'custom',
        path: ['substitutions', i, 'to'],
        message: 'a capability cannot substitute itself',
      });
    else if (pairs.has(key))
      ctx.addIssue({ code: 'custom', path: ['substitutions', i], message: `duplicate substitution ${key}` });
    pairs.add(key);
  });
}

export const ForceGenScenario = ScenarioObject.superRefine(checkReferences)
  .describe('A force-generation scenario: statement of requirements, offers, nations, assumptions')
  .meta({ id: 'ForceGenScenario', title: 'Guarantor force-generation scenario' });
export type ForceGenScenario = z.output<typeof ForceGenScenario>;
export type ForceGenScenarioInput = z.input<typeof ForceGenScenario>;
