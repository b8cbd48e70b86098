/**
 * The decision chain as an org chart in plain SVG: cards coloured by stance (with the stance's
 * glyph, so a black-and-white print still tells them apart), the buying role, influence, and who
 * of ours owns the person; reporting lines as elbows. Shapes and text only — sharp when zoomed,
 * searchable in the PDF. Every card is shown (a collapsed branch on screen is open on paper).
 */
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { layoutDecisionChain } from '../../../shared/methods/decisionChainLayout';
import { ROLE_BADGES, ROLE_COLORS, STANCE_COLORS, STANCE_GLYPHS } from '../../views/chains/chart/chartVisuals';
import type { ReportFormat } from '../reportFormat';

const CARD_W = 176;
const CARD_H = 78;
const GAP_X = 16;
const GAP_Y = 36;
const PAD = 8;

/** Text cut to fit a card line (SVG text does not wrap). */
function fit(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function OrgChartSvg({ people, f, label }: { people: readonly Stakeholder[]; f: ReportFormat; label: string }) {
  const layout = layoutDecisionChain(
    people.map((p) => ({ id: p.id, reportsToId: p.reportsToId, department: p.department, name: p.name, collapsed: false })),
    { nodeWidth: CARD_W, nodeHeight: CARD_H, gapX: GAP_X, gapY: GAP_Y },
  );
  const xs = [...layout.positions.values()];
  const minX = Math.min(...xs.map((p) => p.x));
  const minY = Math.min(...xs.map((p) => p.y));
  const width = Math.max(...xs.map((p) => p.x)) - minX + CARD_W + 2 * PAD;
  const height = Math.max(...xs.map((p) => p.y)) - minY + CARD_H + 2 * PAD;
  const at = (id: string) => {
    const p = layout.positions.get(id);
    return p ? { x: p.x - minX + PAD, y: p.y - minY + PAD } : null;
  };
  const lines = people.flatMap((p) => {
    const bossId = layout.effectiveBoss.get(p.id) ?? null;
    const from = bossId === null ? null : at(bossId);
    const to = at(p.id);
    if (!from || !to) return [];
    const midY = from.y + CARD_H + GAP_Y / 2;
    return [<path key={p.id} d={`M${from.x + CARD_W / 2},${from.y + CARD_H} V${midY} H${to.x + CARD_W / 2} V${to.y}`} fill="none" stroke="#8c8c8c" strokeWidth={1} />];
  });

  return (
    <svg className="kp-org" viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={label} xmlns="http://www.w3.org/2000/svg">
      {lines}
      {people.map((p) => {
        const pos = at(p.id);
        if (!pos) return null;
        const stance = String(p.stance);
        const color = STANCE_COLORS[stance] ?? '#8c8c8c';
        const role = ROLE_BADGES[p.buyingRole];
        const name = p.placeholder ? f.t('review.vacantSeat') : p.name;
        return (
          <g key={p.id} transform={`translate(${pos.x},${pos.y})`}>
            <rect width={CARD_W} height={CARD_H} rx={6} fill="#ffffff" stroke={p.placeholder ? '#bfbfbf' : color} strokeWidth={p.placeholder ? 1 : 1.5} strokeDasharray={p.placeholder ? '4 3' : undefined} />
            <rect width={6} height={CARD_H} rx={3} fill={color} />
            <text x={14} y={20} fontSize={13} fontWeight={700} fill="#1f1f1f">
              {fit(name, 9)}
            </text>
            {role !== '' && (
              <g transform={`translate(${CARD_W - 8},8)`}>
                <rect x={-role.length * 7 - 8} width={role.length * 7 + 8} height={16} rx={3} fill={ROLE_COLORS[p.buyingRole]} />
                <text x={-4} y={12} fontSize={10} fill="#ffffff" textAnchor="end">
                  {role}
                </text>
              </g>
            )}
            <text x={14} y={38} fontSize={10.5} fill="#595959">
              {fit([p.title, p.department].filter((s) => s !== '').join(' · '), 15)}
            </text>
            <text x={14} y={55} fontSize={10.5} fill={color}>
              {`${STANCE_GLYPHS[stance] ?? ''} ${f.code('stance', p.stance)}`}
            </text>
            <text x={CARD_W - 8} y={55} fontSize={10.5} fill="#595959" textAnchor="end">
              {f.t('review.report.influence', { value: p.influence })}
            </text>
            <text x={14} y={71} fontSize={10} fill="#8c8c8c">
              {fit(f.t('review.report.ownedBy', { owner: p.ownerId === null ? f.t('review.report.nobody') : f.owner(p.ownerId) }), 16)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
