/**
 * The diverging colour scale of the heat map: ColorBrewer PuOr (orange for −2 through white at 0
 * to purple for +2), nine classes, one every half step — a scale readers with the common forms of
 * colour-blindness tell apart. Each cell also carries its number, so colour is never the only cue.
 */
const PUOR = [
  '#b35806',
  '#e08214',
  '#fdb863',
  '#fee0b6',
  '#f7f7f7',
  '#d8daeb',
  '#b2abd2',
  '#8073ac',
  '#542788',
];

/**
 * The text on each class is whichever of white and near-black contrasts more with it, at least
 * 4.5:1 (WCAG AA for the cells' 14 px bold numbers): white only on the two darkest ends.
 */
export function stanceColour(stance: number): { background: string; color: string } {
  const i = Math.max(0, Math.min(8, Math.round((stance + 2) * 2)));
  return { background: PUOR[i] ?? '#f7f7f7', color: i === 0 || i === 8 ? '#fff' : '#0b0c0c' };
}

export const LEGEND = [-2, -1, 0, 1, 2];
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');
