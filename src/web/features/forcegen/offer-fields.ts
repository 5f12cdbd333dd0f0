/**
 * The fields of the "Offer a unit" form: their values, labels and initial state, the validation
 * that turns them into an offer, and the mapping of the server's error paths back onto them.
 */
import type { Capability, Caveat, CaveatKind, Offer, Readiness } from '../../../contracts/forcegen';
import { fmtNumber } from '../../components/format';

const MAX_QUANTITY = 100_000;
const MAX_DAYS = 3_650;

export interface Values {
  nation: string;
  id: string;
  unit: string;
  capability: string;
  quantity: string;
  personnelPerUnit: string;
  readiness: string;
  noticeToMoveDays: string;
  availableFromDay: string;
  availableUntilDay: string;
  rotationLengthDays: string;
  caveats: CaveatKind[];
  regions: string[];
  mandate: 'coalition' | 'un_security_council';
  maxDays: string;
  note: string;
}

export type FieldName = Exclude<keyof Values, 'caveats' | 'mandate'> | 'caveats';

export const newId = (nation: string) =>
  nation ? `${nation}-${Date.now().toString(36).slice(-5).toUpperCase()}` : '';

export function initial(nation: string): Values {
  return {
    nation,
    id: newId(nation),
    unit: '',
    capability: '',
    quantity: '1',
    personnelPerUnit: '',
    readiness: '',
    noticeToMoveDays: '',
    availableFromDay: '0',
    availableUntilDay: '',
    rotationLengthDays: '',
    caveats: [],
    regions: [],
    mandate: 'un_security_council',
    maxDays: '',
    note: '',
  };
}

export const LABELS: Record<FieldName, string> = {
  nation: 'Nation',
  id: 'Offer reference',
  unit: 'Unit',
  capability: 'Capability',
  quantity: 'Quantity',
  personnelPerUnit: 'Personnel per unit',
  readiness: 'Readiness',
  noticeToMoveDays: 'Notice-to-move',
  availableFromDay: 'Available from',
  availableUntilDay: 'Available until',
  rotationLengthDays: 'Rotation length',
  caveats: 'Caveats',
  regions: 'Regions',
  maxDays: 'Longest deployment',
  note: 'Note',
};
export const ORDER = Object.keys(LABELS) as FieldName[];

/** A whole number in [min, max], or null. */
function whole(s: string, min: number, max: number): number | null {
  const t = s.trim().replace(/[\s,._]/g, '');
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

export function validate(v: Values): { errors: Partial<Record<FieldName, string>>; offer: Offer | null } {
  const e: Partial<Record<FieldName, string>> = {};
  if (!v.nation) e.nation = 'Select the nation offering the unit';
  if (!v.id.trim()) e.id = 'Enter a reference for the offer';
  else if (v.id.trim().length > 64) e.id = 'The reference must be 64 characters or fewer';
  if (!v.unit.trim()) e.unit = 'Enter the unit offered, for example “1st Engineer Company”';
  else if (v.unit.length > 500) e.unit = 'The unit must be 500 characters or fewer';
  if (!v.capability) e.capability = 'Select the capability the unit provides';
  const quantity = whole(v.quantity, 1, MAX_QUANTITY);
  if (!v.quantity.trim()) e.quantity = 'Enter the quantity offered';
  else if (quantity === null)
    e.quantity = `Quantity must be a whole number from 1 to ${fmtNumber(MAX_QUANTITY)}`;
  const personnel = v.personnelPerUnit.trim() ? whole(v.personnelPerUnit, 1, 100_000) : undefined;
  if (personnel === null) e.personnelPerUnit = 'Personnel per unit must be a whole number from 1 to 100,000';
  if (!v.readiness) e.readiness = 'Select the readiness of the unit';
  const ntm = whole(v.noticeToMoveDays, 0, MAX_DAYS);
  if (!v.noticeToMoveDays.trim()) e.noticeToMoveDays = 'Enter the notice-to-move, in days';
  else if (ntm === null)
    e.noticeToMoveDays = `Notice-to-move must be a whole number of days from 0 to ${fmtNumber(MAX_DAYS)}`;
  const from = whole(v.availableFromDay || '0', 0, MAX_DAYS);
  if (from === null) e.availableFromDay = `Available from must be a day from 0 to ${fmtNumber(MAX_DAYS)}`;
  const until = v.availableUntilDay.trim() ? whole(v.availableUntilDay, 0, MAX_DAYS) : undefined;
  if (until === null) e.availableUntilDay = `Available until must be a day from 0 to ${fmtNumber(MAX_DAYS)}`;
  else if (until !== undefined && from !== null && until <= from)
    e.availableUntilDay = 'Available until must be after the day it is available from';
  const rotation = v.rotationLengthDays.trim() ? whole(v.rotationLengthDays, 1, MAX_DAYS) : undefined;
  if (rotation === null)
    e.rotationLengthDays = `Rotation length must be a whole number of days from 1 to ${fmtNumber(MAX_DAYS)}`;
  const caveats: Caveat[] = [];
  for (const kind of v.caveats) {
    if (kind === 'region_limit') {
      if (v.regions.length === 0) e.regions = 'Select at least one region the unit may serve in';
      caveats.push({ kind, regions: v.regions });
    } else if (kind === 'needs_mandate') caveats.push({ kind, mandate: v.mandate });
    else if (kind === 'max_duration_days') {
      const d = whole(v.maxDays, 1, MAX_DAYS);
      if (d === null)
        e.maxDays = `Longest deployment must be a whole number of days from 1 to ${fmtNumber(MAX_DAYS)}`;
      caveats.push({ kind, days: d ?? 1 });
    } else caveats.push({ kind });
  }
  if (v.note.length > 2000) e.note = 'The note must be 2,000 characters or fewer';
  if (Object.keys(e).length > 0) return { errors: e, offer: null };
  return {
    errors: e,
    offer: {
      id: v.id.trim(),
      nation: v.nation,
      unit: v.unit.trim(),
      capability: v.capability as Capability,
      quantity: quantity!,
      ...(personnel ? { personnelPerUnit: personnel } : {}),
      readiness: v.readiness as Readiness,
      noticeToMoveDays: ntm!,
      availableFromDay: from!,
      availableUntilDay: until ?? null,
      ...(rotation ? { rotationLengthDays: rotation } : {}),
      caveats,
    },
  };
}

/** `offer.caveats.0.regions.1` → the form field it is about (or null: no field). */
export function fieldOfPath(path: string): FieldName | null {
  const p = path.replace(/^body\./, '').replace(/^whatIf\./, '');
  if (p === 'note') return 'note';
  const m = /^offer\.([A-Za-z]+)(?:\.(\d+)\.([A-Za-z]+))?/.exec(p);
  if (!m) return null;
  const [, field, , sub] = m;
  if (field === 'caveats') return sub === 'regions' ? 'regions' : sub === 'days' ? 'maxDays' : 'caveats';
  return ORDER.includes(field as FieldName) ? (field as FieldName) : null;
}

export const sentence = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
