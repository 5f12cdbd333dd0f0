/**
 * A unit's military symbol (APP-6 / MIL-STD-2525, friendly), drawn by the milsymbol package from
 * a symbol identification code per capability. The symbol repeats what the capability column
 * says, so it is hidden from screen readers.
 */
import { useEffect, useState } from 'react';
import type { Capability } from '../../../contracts/forcegen';

/** 2525C letter SIDCs: friendly (F), present (P); ground units (G…U), sea surface (S), air (A). */
const SIDC: Record<Capability, string> = {
  land: 'SFGPUCI--------', // infantry
  engineering: 'SFGPUCE--------', // engineer
  demining: 'SFGPUCEC-------', // combat engineer
  medical: 'SFGPUSM--------', // medical
  logistics: 'SFGPUSS--------', // supply
  isr: 'SFGPUCR--------', // reconnaissance
  air_defence: 'SFGPUCD--------', // air defence
  signals: 'SFGPUUS--------', // signal
  air: 'SFAPMF---------', // military fixed wing
  maritime: 'SFSPCL---------', // surface combatant, line
  training: 'SFGPU----------', // a unit without a function icon
  command_liaison: 'SFGPUH---------', // headquarters element
  military_police: 'SFGPUUM--------', // military police
  cbrn: 'SFGPUUA--------', // CBRN defence
};

// milsymbol is large (every standard's icons): it loads after the page, once, and symbols appear then
let library: Promise<typeof import('milsymbol').default> | null = null;
const cache = new Map<Capability, string>();

function symbolUrl(ms: typeof import('milsymbol').default, c: Capability): string {
  let url = cache.get(c);
  if (!url) {
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new ms.Symbol(SIDC[c], { size: 18 }).asSVG())}`;
    cache.set(c, url);
  }
  return url;
}

export function UnitSymbol({ capability }: { capability: Capability }) {
  const [url, setUrl] = useState(() => cache.get(capability) ?? null);
  useEffect(() => {
    if (url) return;
    let live = true;
    library ??= import('milsymbol').then((m) => m.default);
    void library.then((ms) => {
      if (live) setUrl(symbolUrl(ms, capability));
    });
    return () => {
      live = false;
    };
  }, [capability, url]);
  // the capability column says the same in words: the picture is decorative
  return url ? (
    <img className="unit-symbol" src={url} alt="" />
  ) : (
    <span className="unit-symbol" aria-hidden="true" />
  );
}
