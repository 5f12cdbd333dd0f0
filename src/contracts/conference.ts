/**
 * The sourcing conference: a stored force-generation scenario (statement of requirements and
 * offers), offers arriving live, and plans solved from it (base and what-if).
 */
import { z } from 'zod';
import { nonEmpty, text } from './common';
import { ForceGenResult, ForceGenScenario, Offer, PlanComparison, WhatIf } from './forcegen';
import { LIMITS } from './limits';

export const ScenarioId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes; at most 64')
  .describe('Scenario id, e.g. paris-2026');

export const ScenarioSave = z
  .strictObject({
    name: nonEmpty(200),
    scenario: z
      .unknown()
      .describe('A force-generation scenario (docs/forcegen.md); validated with the path of every bad field'),
    illustrative: z.boolean().default(false),
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('For a change: the version it is based on (a stale one is a conflict)'),
    changeNote: text(LIMITS.noteChars).optional(),
  })
  .meta({ id: 'ScenarioSave' });

export const ScenarioSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    nations: z.number().int(),
    lines: z.number().int(),
    offers: z.number().int(),
    illustrative: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ScenarioSummary' });

export const ScenarioView = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    illustrative: z.boolean(),
    updatedAt: z.string(),
    scenario: ForceGenScenario,
    permissions: z.object({ canEdit: z.boolean(), canSolve: z.boolean(), offerNations: z.array(z.string()) }),
  })
  .meta({ id: 'ScenarioView' });

export const OfferSubmit = z
  .strictObject({ offer: Offer, note: text(LIMITS.noteChars).optional() })
  .meta({ id: 'OfferSubmit' });

export const PlanRequest = z
  .strictObject({
    whatIf: WhatIf.optional().describe('Solve a variant and compare it with the base plan'),
    timeLimitSeconds: z.number().min(1).max(300).default(30),
  })
  .meta({ id: 'PlanRequest' });

export const PLAN_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;

export const PlanView = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    scenarioVersion: z.number().int(),
    whatIf: WhatIf.nullable(),
    status: z.enum(PLAN_STATUSES),
    progress: z
      .object({
        stage: z.string().optional(),
        objective: z.number().optional(),
        bound: z.number().optional(),
        seconds: z.number().optional(),
      })
      .nullable(),
    result: ForceGenResult.nullable(),
    comparison: PlanComparison.nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'PlanView' });
export type PlanView = z.infer<typeof PlanView>;
