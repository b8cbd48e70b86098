/**
 * The decision chain in the review report: the tree layout of the reporting lines (every card
 * shown — a collapsed branch on screen is open on paper), drawn by the chain's own SVG drawer.
 */
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { layoutDecisionChain } from '../../../shared/methods/decisionChainLayout';
import { ChainSvg, type ChainSvgWords, type SvgLine } from '../../views/chains/chart/ChainSvg';
import { REPORTING_COLOR } from '../../views/chains/chart/chartVisuals';
import type { ReportFormat } from '../reportFormat';

const CARD_W = 176;
const CARD_H = 78;
const GAP_Y = 36;

export function chainWords(f: Pick<ReportFormat, 't' | 'code' | 'owner'>): ChainSvgWords {
  return {
    stance: (stance) => f.code('stance', stance),
    role: (role) => f.code('buyingRole', role),
    influence: (value) => f.t('review.report.influence', { value }),
    ownedBy: (owner) => f.t('review.report.ownedBy', { owner: owner ?? f.t('review.report.nobody') }),
    vacantSeat: f.t('review.vacantSeat'),
  };
}

export function OrgChartSvg({ people, f, label }: { people: readonly Stakeholder[]; f: ReportFormat; label: string }) {
  const layout = layoutDecisionChain(
    people.map((p) => ({ id: p.id, reportsToId: p.reportsToId, department: p.department, name: p.name, collapsed: false })),
    { nodeWidth: CARD_W, nodeHeight: CARD_H, gapX: 16, gapY: GAP_Y },
  );
  const cards = people.flatMap((person) => {
    const at = layout.positions.get(person.id);
    return at ? [{ person, x: at.x, y: at.y, ownerName: person.ownerId === null ? null : f.owner(person.ownerId) }] : [];
  });
  const lines = people.flatMap((p): SvgLine[] => {
    const bossId = layout.effectiveBoss.get(p.id) ?? null;
    const from = bossId === null ? undefined : layout.positions.get(bossId);
    const to = layout.positions.get(p.id);
    if (!from || !to) return [];
    const midY = from.y + CARD_H + GAP_Y / 2;
    return [{ d: `M${from.x + CARD_W / 2},${from.y + CARD_H} V${midY} H${to.x + CARD_W / 2} V${to.y}`, color: REPORTING_COLOR, dashed: false, width: 1, label: null, labelAt: null }];
  });
  return <ChainSvg className="kp-org" cards={cards} lines={lines} cardWidth={CARD_W} cardHeight={CARD_H} words={chainWords(f)} label={label} />;
}
