/**
 * The decision chain in the review report: the same layout as the screen (stacked columns, every card
 * shown — a collapsed branch on screen is open on paper), drawn by the chain's own SVG drawer at a
 * size where every name is 9 pt or more on the landscape page. A chain too big for one page is shared
 * out by department over several (shared/report/chainPages.ts), each saying which part it is.
 */
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { reportingLinePath } from '../../shared/methods/decisionChainLayout';
import { chainOverview } from '../../shared/report/chainOverview';
import { chainPages, type ChainPage, type ChainPageSpec } from '../../shared/report/chainPages';
import { ChainSvg, SVG_NAME_SIZE, type ChainSvgWords, type SvgLine } from '../drawing/ChainSvg';
import { REPORTING_COLOR, cutToWidth } from '../drawing/chartVisuals';
import { chainPartText, overviewPartText, type ReportFormat } from '../report/reportFormat';

const CARD = { width: 176, height: 78, gapX: 16, gapY: 36 };
/** A4 landscape less the margins (269 mm), and its height less the heading and the part line, in pt. */
export const REPORT_CHAIN_PAGE: ChainPageSpec = { width: 762, height: 440, card: CARD, nameSize: SVG_NAME_SIZE, minName: 9, maxScale: 0.75, overviewHeight: 66 };
/** The map of the parts on a split chain's pages, in pt: labels at 9 pt like the smallest name. */
const STRIP = { width: REPORT_CHAIN_PAGE.width, height: 58, gap: 12, labelHeight: 13 };
const STRIP_LABEL_PT = 9;

export function chainWords(f: Pick<ReportFormat, 't' | 'code' | 'owner'>): ChainSvgWords {
  return {
    stance: (stance) => f.code('stance', stance),
    role: (role) => f.code('buyingRole', role),
    influence: (value) => f.t('review.report.influence', { value }),
    ownedBy: (owner) => f.t('review.report.ownedBy', { owner: owner ?? f.t('review.report.nobody') }),
    vacantSeat: f.t('review.vacantSeat'),
  };
}

/** The parts of a split chain side by side as miniatures, the part on this page in the accent colour. */
function PartsMap({ pages, current, f }: { pages: readonly ChainPage<Stakeholder>[]; current: number; f: ReportFormat }) {
  const parts = chainOverview(pages, CARD, STRIP);
  return (
    <svg className="kp-org-map" width={`${STRIP.width}pt`} height={`${STRIP.height}pt`} viewBox={`0 0 ${STRIP.width} ${STRIP.height}`} role="img" aria-label={f.t('review.report.overview', { total: pages.length, n: current + 1 })}>
      {parts.map((part, i) => {
        const here = i === current;
        const label = overviewPartText(f, part);
        return (
          <g key={part.n}>
            <rect x={part.x + 0.5} y={0.5} width={part.width - 1} height={STRIP.height - STRIP.labelHeight - 1} rx={3} fill={here ? '#e6f4ff' : '#fafafa'} stroke={here ? '#1677ff' : '#d9d9d9'} />
            {part.cards.map((c, k) => (
              <rect key={k} x={c.x} y={c.y} width={c.width} height={c.height} fill={here ? '#1677ff' : '#bfbfbf'} />
            ))}
            <text x={part.x + 2} y={STRIP.height - 3} fontSize={STRIP_LABEL_PT} fill={here ? '#0958d9' : '#595959'} fontWeight={here ? 700 : 400}>
              {cutToWidth(label, part.width - 4, STRIP_LABEL_PT)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function OrgChartSvg({ people, f, label }: { people: readonly Stakeholder[]; f: ReportFormat; label: string }) {
  const pages = chainPages(people, REPORT_CHAIN_PAGE);
  return pages.map((page, i) => {
    const cards = page.people.flatMap((person) => {
      const at = page.layout.positions.get(person.id);
      return at ? [{ person, x: at.x, y: at.y, ownerName: person.ownerId === null ? null : f.owner(person.ownerId) }] : [];
    });
    const lines = page.people.flatMap((p): SvgLine[] => {
      const bossId = page.layout.effectiveBoss.get(p.id) ?? null;
      const from = bossId === null ? undefined : page.layout.positions.get(bossId);
      const to = page.layout.positions.get(p.id);
      if (!from || !to) return [];
      return [{ d: reportingLinePath(from, to, page.layout.stacked.get(p.id), CARD.width, CARD.height, CARD.gapY), color: REPORTING_COLOR, dashed: false, width: 1, label: null, labelAt: null }];
    });
    const part = chainPartText(f, i, pages.length, page.departments);
    return (
      <figure key={page.departments.join('|') || 'whole'} className="kp-org-page">
        {part && <figcaption className="kp-org-part">{part}</figcaption>}
        {pages.length > 1 && <PartsMap pages={pages} current={i} f={f} />}
        <ChainSvg
          className="kp-org"
          cards={cards}
          lines={lines}
          frames={page.layout.frames}
          cardWidth={CARD.width}
          cardHeight={CARD.height}
          words={chainWords(f)}
          label={part ? `${label} · ${part}` : label}
          pointsPerUnit={page.scale}
        />
      </figure>
    );
  });
}
