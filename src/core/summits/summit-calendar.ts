import type { Actor } from '../access/actor';
import type { Clock, Repos } from '../ports';
import { getSummit } from './get-summit';
import { toIcs } from './ics';

const FORMAT_WORDS = { in_person: 'in person', online: 'online', hybrid: 'hybrid (in person and online)' };

/** The summit as an .ics file for calendars. Throws `unauthenticated`, `not_found`. */
export async function summitCalendar(
  opts: { key: string; actor: Actor },
  deps: { repos: Pick<Repos, 'summits' | 'commitments'>; clock: Clock },
): Promise<{ filename: string; ics: string }> {
  const s = await getSummit(opts, deps);
  const description = [
    `Format: ${FORMAT_WORDS[s.format]}.`,
    `Time zone of the venue: ${s.timeZone}.`,
    s.agenda.length ? `Agenda:\n${s.agenda.map((a) => `${a.order}. ${a.title}`).join('\n')}` : '',
    s.illustrative ? 'Illustrative record: invented for the demo, not a public fact.' : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    filename: `${s.slug}.ics`,
    ics: toIcs({
      uid: `${s.id}@guarantor`,
      stamp: deps.clock.now(),
      start: new Date(s.startsAt),
      end: new Date(s.endsAt),
      summary: s.title,
      location: s.place,
      description,
      sequence: s.version - 1,
    }),
  };
}
