/**
 * A unit's military symbol, after APP-6 (NATO Joint Military Symbology): the friendly frame
 * (a rectangle for land units, a circle for sea surface, a rounded top for air) in the friendly
 * fill, with the function's main icon inside. Hand-drawn in SVG because the `milsymbol` package
 * is not installed; it covers only what the capability taxonomy needs, not the full standard.
 * The symbol repeats what the capability column says, so it is hidden from screen readers.
 */
import type { Capability } from '../../../contracts/forcegen';

const W = 36;
const H = 24;
const FILL = '#80e0ff'; // APP-6 friendly fill ("crystal blue")

function Icon({ capability }: { capability: Capability }) {
  const s = { stroke: '#000', strokeWidth: 1.5, fill: 'none' } as const;
  const text = (t: string, size = 8) => (
    <text
      x={W / 2}
      y={H / 2 + 0.5}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={size}
      fontWeight={700}
      fill="#000"
      fontFamily="Arial, sans-serif"
    >
      {t}
    </text>
  );
  switch (capability) {
    case 'land': // infantry: the diagonals of the frame
      return <path d={`M1 1L${W - 1} ${H - 1}M${W - 1} 1L1 ${H - 1}`} {...s} />;
    case 'engineering': // engineer: a bridge
      return <path d="M10 16V8H26V16M18 8V16" {...s} />;
    case 'demining': // engineer with mine-clearing letters
      return (
        <>
          <path d="M10 10V5H26V10M18 5V10" {...s} strokeWidth={1.2} />
          <text
            x={W / 2}
            y={17}
            textAnchor="middle"
            fontSize={7}
            fontWeight={700}
            fontFamily="Arial, sans-serif"
          >
            MC
          </text>
        </>
      );
    case 'medical': // medical: a cross
      return <path d={`M${W / 2} 1V${H - 1}M1 ${H / 2}H${W - 1}`} {...s} />;
    case 'logistics': // supply: a bar across the lower part
      return <path d={`M1 ${H - 7}H${W - 1}`} {...s} />;
    case 'isr': // reconnaissance: one diagonal
      return <path d={`M1 ${H - 1}L${W - 1} 1`} {...s} />;
    case 'air_defence': // air defence: a dome on the base
      return <path d={`M4 ${H - 1}Q${W / 2} 6 ${W - 4} ${H - 1}`} {...s} />;
    case 'signals': // signal: a lightning bolt
      return <path d={`M1 1L${W / 2 + 2} ${H / 2 + 2}L${W / 2 - 2} ${H / 2 - 2}L${W - 1} ${H - 1}`} {...s} />;
    case 'air': // fixed-wing aviation: a bow tie
      return <path d={`M9 ${H / 2 - 4}L${W - 9} ${H / 2 + 4}V${H / 2 - 4}L9 ${H / 2 + 4}Z`} {...s} />;
    case 'maritime': // sea surface combatant: a hull
      return <path d={`M8 ${H / 2 - 1}H${W - 8}L${W - 12} ${H / 2 + 5}H12Z`} {...s} />;
    case 'training':
      return text('TRG');
    case 'command_liaison':
      return text('LO');
    case 'military_police':
      return text('MP');
    case 'cbrn':
      return text('CBRN', 7);
  }
}

function Frame({ capability }: { capability: Capability }) {
  const s = { stroke: '#000', strokeWidth: 2, fill: FILL } as const;
  if (capability === 'maritime')
    return <ellipse cx={W / 2} cy={H / 2} rx={W / 2 - 1} ry={H / 2 - 1} {...s} />;
  if (capability === 'air')
    return (
      <path d={`M1 ${H - 1}V${H / 2}A${W / 2 - 1} ${H / 2 - 1} 0 0 1 ${W - 1} ${H / 2}V${H - 1}Z`} {...s} />
    );
  return <rect x={1} y={1} width={W - 2} height={H - 2} {...s} />;
}

export function UnitSymbol({ capability }: { capability: Capability }) {
  return (
    <svg
      className="unit-symbol"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
      focusable="false"
    >
      <Frame capability={capability} />
      <Icon capability={capability} />
    </svg>
  );
}
