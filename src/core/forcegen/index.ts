/** Force generation for the Multinational Force Ukraine: pure core (no I/O). */
export { comparePlans } from './compare-plans';
export { type GenerateScenarioInput, generateScenario } from './generate-scenario';
export type { MipModel, MipSolution, MipSolveLimits, MipSolver } from './mip';
export { greedyForceGeneration, type PlanDeps, planForceGeneration } from './plan-force-generation';
export { type RandomSource, seededRandom } from './random';
export { type ScenarioIssue, type ScenarioValidation, validateScenario } from './validate-scenario';
export { addOffer, applyWhatIf, dropUsBackstop, liftCaveat, withdrawNation } from './what-if';
