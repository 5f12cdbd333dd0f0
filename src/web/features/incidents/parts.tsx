/** Small pieces the incident pages share: the status tag, casualties in words, Kyiv time. */
import type { Incident, VerificationStatus } from '../../../contracts/incident';
import { VERIFICATION_LABELS, VERIFICATION_TONES } from './labels';

export function VerificationTag({ status }: { status: VerificationStatus }) {
  return <strong className={`tag tag--${VERIFICATION_TONES[status]}`}>{VERIFICATION_LABELS[status]}</strong>;
}

export const killed = (i: Incident) => i.casualties.civilianKilled + i.casualties.militaryKilled;
export const injured = (i: Incident) => i.casualties.civilianInjured + i.casualties.militaryInjured;

/** "2 killed, 3 injured (1 civilian)" or "none reported". */
export function casualtyWords(i: Incident): string {
  const c = i.casualties;
  const part = (n: number, civ: number, word: string) =>
    n === 0 ? null : `${n} ${word}${civ > 0 ? ` (${civ === n ? 'all' : civ} civilian)` : ''}`;
  const words = [
    part(killed(i), c.civilianKilled, 'killed'),
    part(injured(i), c.civilianInjured, 'injured'),
  ].filter(Boolean);
  return words.length ? words.join(', ') : 'none reported';
}

const kyivTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Kyiv',
});
/** An instant on Kyiv's clock, as the mission reports it. */
export const fmtKyiv = (iso: string) => kyivTime.format(new Date(iso));
