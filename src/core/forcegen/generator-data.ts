/**
 * Reference data for generated scenarios. Illustrative: GDP figures are rounded 2024 orders of
 * magnitude in EUR billions, enough for burden-sharing weights, not statistics to quote.
 */
import type { Capability, Phase, Readiness, Region, Substitution } from '../../contracts/forcegen';

/** Coalition-of-the-willing style nations, largest first. Beyond these the generator invents. */
export const COALITION_NATIONS: readonly { id: string; name: string; gdp: number }[] = [
  { id: 'DE', name: 'Germany', gdp: 4300 },
  { id: 'JP', name: 'Japan', gdp: 3800 },
  { id: 'GB', name: 'United Kingdom', gdp: 3300 },
  { id: 'FR', name: 'France', gdp: 2900 },
  { id: 'IT', name: 'Italy', gdp: 2200 },
  { id: 'CA', name: 'Canada', gdp: 2000 },
  { id: 'AU', name: 'Australia', gdp: 1650 },
  { id: 'ES', name: 'Spain', gdp: 1600 },
  { id: 'TR', name: 'Türkiye', gdp: 1200 },
  { id: 'NL', name: 'Netherlands', gdp: 1050 },
  { id: 'PL', name: 'Poland', gdp: 800 },
  { id: 'BE', name: 'Belgium', gdp: 600 },
  { id: 'SE', name: 'Sweden', gdp: 550 },
  { id: 'IE', name: 'Ireland', gdp: 520 },
  { id: 'AT', name: 'Austria', gdp: 480 },
  { id: 'NO', name: 'Norway', gdp: 450 },
  { id: 'DK', name: 'Denmark', gdp: 380 },
  { id: 'RO', name: 'Romania', gdp: 350 },
  { id: 'CZ', name: 'Czechia', gdp: 320 },
  { id: 'PT', name: 'Portugal', gdp: 285 },
  { id: 'FI', name: 'Finland', gdp: 280 },
  { id: 'GR', name: 'Greece', gdp: 230 },
  { id: 'NZ', name: 'New Zealand', gdp: 230 },
  { id: 'SK', name: 'Slovakia', gdp: 130 },
  { id: 'BG', name: 'Bulgaria', gdp: 100 },
  { id: 'HR', name: 'Croatia', gdp: 85 },
  { id: 'LU', name: 'Luxembourg', gdp: 85 },
  { id: 'LT', name: 'Lithuania', gdp: 78 },
  { id: 'SI', name: 'Slovenia', gdp: 65 },
  { id: 'LV', name: 'Latvia', gdp: 40 },
  { id: 'EE', name: 'Estonia', gdp: 38 },
  { id: 'CY', name: 'Cyprus', gdp: 33 },
  { id: 'IS', name: 'Iceland', gdp: 28 },
  { id: 'AL', name: 'Albania', gdp: 22 },
  { id: 'MK', name: 'North Macedonia', gdp: 15 },
];

/** Illustrative regions: three near the line of contact, two hubs outside Ukraine, sea and air. */
export const GENERATED_REGIONS: readonly Region[] = [
  { id: 'kyiv', name: 'Kyiv', domain: 'land', insideUkraine: true, combatZone: false },
  { id: 'west', name: 'Western Ukraine', domain: 'land', insideUkraine: true, combatZone: false },
  { id: 'central', name: 'Central Ukraine', domain: 'land', insideUkraine: true, combatZone: false },
  { id: 'odesa', name: 'Odesa', domain: 'land', insideUkraine: true, combatZone: false },
  { id: 'north', name: 'Northern border', domain: 'land', insideUkraine: true, combatZone: true },
  { id: 'east', name: 'Kharkiv–Dnipro', domain: 'land', insideUkraine: true, combatZone: true },
  { id: 'south', name: 'Zaporizhzhia–Mykolaiv', domain: 'land', insideUkraine: true, combatZone: true },
  { id: 'black_sea', name: 'Black Sea', domain: 'sea', insideUkraine: false, combatZone: false },
  { id: 'airspace', name: 'Ukrainian airspace', domain: 'air', insideUkraine: true, combatZone: false },
  { id: 'poland_hub', name: 'Rzeszów hub (Poland)', domain: 'land', insideUkraine: false, combatZone: false },
  { id: 'romania_hub', name: 'Romanian air bases', domain: 'land', insideUkraine: false, combatZone: false },
];

/** Per capability: share of lines, relative supply, where its lines are, line and offer sizes. */
export const CAPABILITY_PROFILE: Record<
  Capability,
  {
    lines: number;
    supply: number;
    regions: readonly string[];
    lineQty: [number, number];
    offerQty: [number, number];
  }
> = {
  land: {
    lines: 22,
    supply: 1.0,
    regions: ['kyiv', 'west', 'central', 'odesa', 'north', 'east'],
    lineQty: [2, 14],
    offerQty: [1, 3],
  },
  air: { lines: 7, supply: 0.9, regions: ['airspace', 'romania_hub'], lineQty: [4, 24], offerQty: [2, 8] },
  maritime: { lines: 6, supply: 1.0, regions: ['black_sea'], lineQty: [2, 8], offerQty: [1, 2] },
  demining: {
    lines: 9,
    supply: 1.2,
    regions: ['east', 'south', 'north', 'odesa', 'central'],
    lineQty: [4, 24],
    offerQty: [2, 6],
  },
  engineering: {
    lines: 8,
    supply: 0.9,
    regions: ['east', 'south', 'central', 'kyiv', 'west'],
    lineQty: [2, 8],
    offerQty: [1, 2],
  },
  medical: {
    lines: 8,
    supply: 0.8,
    regions: ['kyiv', 'central', 'odesa', 'east', 'west'],
    lineQty: [2, 8],
    offerQty: [1, 2],
  },
  logistics: {
    lines: 10,
    supply: 1.0,
    regions: ['poland_hub', 'west', 'central', 'kyiv'],
    lineQty: [2, 10],
    offerQty: [1, 2],
  },
  isr: {
    lines: 6,
    supply: 0.8,
    regions: ['airspace', 'black_sea', 'east', 'south'],
    lineQty: [2, 12],
    offerQty: [1, 3],
  },
  air_defence: {
    lines: 6,
    supply: 0.5,
    regions: ['kyiv', 'west', 'odesa', 'central'],
    lineQty: [2, 6],
    offerQty: [1, 2],
  },
  training: { lines: 7, supply: 1.3, regions: ['west', 'poland_hub'], lineQty: [4, 20], offerQty: [1, 4] },
  command_liaison: {
    lines: 4,
    supply: 1.1,
    regions: ['kyiv', 'poland_hub'],
    lineQty: [2, 10],
    offerQty: [1, 3],
  },
  military_police: {
    lines: 3,
    supply: 0.9,
    regions: ['kyiv', 'central', 'west'],
    lineQty: [2, 10],
    offerQty: [1, 3],
  },
  cbrn: { lines: 2, supply: 0.7, regions: ['kyiv', 'central', 'east'], lineQty: [2, 6], offerQty: [1, 2] },
  signals: {
    lines: 2,
    supply: 0.9,
    regions: ['kyiv', 'central', 'poland_hub'],
    lineQty: [2, 4],
    offerQty: [1, 1],
  },
};

/** What each phase typically asks: notice-to-move choices, readiness, priority skew. */
export const PHASE_PROFILE: Record<
  Phase,
  { share: number; maxNtm: readonly number[]; readiness: readonly Readiness[]; priority: readonly number[] }
> = {
  D0_30: {
    share: 0.3,
    maxNtm: [5, 10, 15, 30],
    readiness: ['ready', 'ready', 'rapid_deployment'],
    priority: [1, 1, 2, 2, 3],
  },
  D30_90: {
    share: 0.35,
    maxNtm: [30, 45, 60],
    readiness: ['assessed', 'ready', 'ready'],
    priority: [1, 2, 3, 3, 4],
  },
  D90_plus: {
    share: 0.35,
    maxNtm: [60, 90, 120],
    readiness: ['registered', 'assessed'],
    priority: [2, 3, 4, 5],
  },
};

/** Illustrative substitutions: which capability can stand in for which, at what efficiency. */
export const DEFAULT_SUBSTITUTIONS: readonly Substitution[] = [
  { from: 'engineering', to: 'demining', efficiency: 0.5 },
  { from: 'engineering', to: 'logistics', efficiency: 0.5 },
  { from: 'land', to: 'military_police', efficiency: 0.5 },
  { from: 'land', to: 'training', efficiency: 0.5 },
  { from: 'air', to: 'isr', efficiency: 0.5 },
  { from: 'maritime', to: 'isr', efficiency: 0.25 },
  { from: 'signals', to: 'command_liaison', efficiency: 0.5 },
  { from: 'cbrn', to: 'engineering', efficiency: 0.25 },
];
