/**
 * A decision chain drawn in plain SVG — shapes and text, no HTML inside foreignObject — so that
 * PowerPoint, WPS and Illustrator open it and a PDF keeps it sharp and searchable. Cards are
 * coloured by stance (with the stance's glyph, for black-and-white prints), carry the buying role,
 * influence and who of ours owns the person. Used by the review report (tree layout) and by the
 * chain's SVG export (the positions and lines on screen).
 */
import { STANCES } from '../../shared/domain/codes';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { cutToWidth, LINK_COLORS, LINK_DASH, REPORTING_COLOR, ROLE_BADGES, ROLE_COLORS, STANCE_COLORS, STANCE_GLYPHS } from './chartVisuals';

export interface SvgCard {
  person: Stakeholder;
  x: number;
  y: number;
  ownerName: string | null;
}

export interface SvgLine {
  /** SVG path data in chart coordinates. */
  d: string;
  color: string;
  dashed: boolean;
  width: number;
  label: string | null;
  labelAt: { x: number; y: number } | null;
}

export interface SvgFrame {
  department: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChainSvgWords {
  stance: (stance: number) => string;
  role: (role: Stakeholder['buyingRole']) => string;
  influence: (value: number) => string;
  ownedBy: (owner: string | null) => string;
  vacantSeat: string;
  /** Legend headings; no legend when absent. */
  legend?: { stance: string; roles: string; lines: string; reporting: string; influence: string };
}

const ROLES = ['EB', 'UB', 'TB', 'COACH'] as const;
const LEGEND_HEIGHT = 96;

/** The name's size on a card, in card units per 78 of height: what a page or slide scales to ≥ 9 pt / 14 pt. */
export const SVG_NAME_SIZE = 22;

function Card({ card, w, h, words }: { card: SvgCard; w: number; h: number; words: ChainSvgWords }) {
  const p = card.person;
  const k = h / 78;
  const stance = String(p.stance);
  const color = STANCE_COLORS[stance] ?? '#8c8c8c';
  const role = ROLE_BADGES[p.buyingRole];
  const badge = role === '' ? 0 : (role.length * 7 + 8) * k;
  const room = w - 14 - 8;
  return (
    <g transform={`translate(${card.x},${card.y})`}>
      <rect width={w} height={h} rx={6} fill="#ffffff" stroke={p.placeholder ? '#bfbfbf' : color} strokeWidth={p.placeholder ? 1 : 1.5} strokeDasharray={p.placeholder ? '4 3' : undefined} />
      <rect width={6} height={h} rx={3} fill={color} />
      {/* The name first and large: it is what a room reads from the screen or the page. */}
      <text x={14} y={25 * k} fontSize={SVG_NAME_SIZE * k} fontWeight={700} fill="#1f1f1f">
        {cutToWidth(p.placeholder ? words.vacantSeat : p.name, room - badge - 4 * k, SVG_NAME_SIZE * k)}
      </text>
      {role !== '' && (
        <g transform={`translate(${w - 8},${8 * k})`}>
          <rect x={-badge} width={badge} height={16 * k} rx={3} fill={ROLE_COLORS[p.buyingRole]} />
          <text x={-4 * k} y={12 * k} fontSize={10 * k} fill="#ffffff" textAnchor="end">
            {role}
          </text>
        </g>
      )}
      <text x={14} y={43 * k} fontSize={11.5 * k} fill="#434343">
        {cutToWidth([p.title, p.department].filter((s) => s !== '').join(' · '), room, 11.5 * k)}
      </text>
      <text x={14} y={59 * k} fontSize={11 * k} fill={color} fontWeight={600}>
        {`${STANCE_GLYPHS[stance] ?? ''} ${words.stance(p.stance)}`}
      </text>
      <text x={w - 8} y={59 * k} fontSize={10.5 * k} fill="#595959" textAnchor="end">
        {words.influence(p.influence)}
      </text>
      <text x={14} y={73 * k} fontSize={10 * k} fill="#8c8c8c">
        {cutToWidth(words.ownedBy(card.ownerName), room, 10 * k)}
      </text>
    </g>
  );
}

function Legend({ y, words, heads }: { y: number; words: ChainSvgWords; heads: NonNullable<ChainSvgWords['legend']> }) {
  return (
    <g transform={`translate(0,${y})`} fontSize={12}>
      <text y={16} fontWeight={700} fill="#262626">
        {heads.stance}
      </text>
      {STANCES.map((s, i) => (
        <text key={s} x={90 + i * 110} y={16} fill={STANCE_COLORS[String(s)]}>
          {`${STANCE_GLYPHS[String(s)] ?? ''} ${words.stance(s)}`}
        </text>
      ))}
      <text y={44} fontWeight={700} fill="#262626">
        {heads.roles}
      </text>
      {ROLES.map((r, i) => (
        <g key={r} transform={`translate(${90 + i * 170},32)`}>
          <rect width={40} height={16} rx={3} fill={ROLE_COLORS[r]} />
          <text x={20} y={12} fontSize={10} fill="#ffffff" textAnchor="middle">
            {ROLE_BADGES[r]}
          </text>
          <text x={46} y={12} fill="#262626">
            {words.role(r)}
          </text>
        </g>
      ))}
      <text y={72} fontWeight={700} fill="#262626">
        {heads.lines}
      </text>
      <line x1={90} y1={68} x2={118} y2={68} stroke={REPORTING_COLOR} strokeWidth={2} />
      <text x={124} y={72} fill="#262626">
        {heads.reporting}
      </text>
      <line x1={250} y1={68} x2={278} y2={68} stroke={LINK_COLORS.INFLUENCES} strokeWidth={2} strokeDasharray={LINK_DASH} />
      <text x={284} y={72} fill="#262626">
        {heads.influence}
      </text>
    </g>
  );
}

export interface ChainSvgProps {
  cards: readonly SvgCard[];
  lines: readonly SvgLine[];
  frames?: readonly SvgFrame[];
  cardWidth: number;
  cardHeight: number;
  words: ChainSvgWords;
  label: string;
  className?: string;
  /** Space around the drawing. */
  padding?: number;
  /** Drawn at this many points per chart unit (a page's chain); else one CSS pixel per unit. */
  pointsPerUnit?: number;
}

/** The chart fitted to its own bounds (cards, frames and line ends), the legend below when asked. */
export function ChainSvg({ cards, lines, frames = [], cardWidth, cardHeight, words, label, className, padding = 8, pointsPerUnit }: ChainSvgProps) {
  const xs = [...cards.map((c) => c.x), ...frames.map((f) => f.x)];
  const ys = [...cards.map((c) => c.y), ...frames.map((f) => f.y)];
  const minX = Math.min(...xs) - padding;
  const minY = Math.min(...ys) - padding;
  const maxX = Math.max(...cards.map((c) => c.x + cardWidth), ...frames.map((f) => f.x + f.width)) + padding;
  const chartBottom = Math.max(...cards.map((c) => c.y + cardHeight), ...frames.map((f) => f.y + f.height)) + padding;
  const legend = words.legend ?? null;
  const width = Math.max(maxX - minX, legend ? 780 : 0);
  const height = chartBottom - minY + (legend ? LEGEND_HEIGHT : 0);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className={className}
      viewBox={`${minX} ${minY} ${width} ${height}`}
      width={pointsPerUnit ? `${(width * pointsPerUnit).toFixed(1)}pt` : width}
      height={pointsPerUnit ? `${(height * pointsPerUnit).toFixed(1)}pt` : height}
      role="img"
      aria-label={label}
      fontFamily="'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
    >
      <title>{label}</title>
      <rect x={minX} y={minY} width={width} height={height} fill="#ffffff" />
      {frames.map((f) => (
        <g key={`${f.department}-${f.x}`}>
          <rect x={f.x} y={f.y} width={f.width} height={f.height} rx={10} fill="#fafafa" stroke="#d9d9d9" strokeDasharray="6 4" />
          <text x={f.x + 12} y={f.y + 18} fontSize={12} fill="#8c8c8c">
            {f.department}
          </text>
        </g>
      ))}
      {lines.map((l) => (
        <g key={l.d}>
          <path d={l.d} fill="none" stroke={l.color} strokeWidth={l.width} strokeDasharray={l.dashed ? LINK_DASH : undefined} />
          {l.label !== null && l.labelAt !== null && (
            <text x={l.labelAt.x} y={l.labelAt.y} fontSize={11} fontWeight={600} fill={l.color} textAnchor="middle" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
              {l.label}
            </text>
          )}
        </g>
      ))}
      {cards.map((c) => (
        <Card key={c.person.id} card={c} w={cardWidth} h={cardHeight} words={words} />
      ))}
      {legend && <Legend y={chartBottom + 8} words={words} heads={legend} />}
    </svg>
  );
}
