/** A top account's slides (its plan, then its chain) and the appendix's detail slides (plan, opportunities, money). */
import { collectionState } from '../../../shared/methods/collection';
import { chainPages } from '../../../shared/report/chainPages';
import type { AccountChapter } from '../../../shared/report/reviewChapters';
import { changeText } from '../../i18n/changeText';
import { gapText } from '../../i18n/gapText';
import { chainPartText } from '../reportFormat';
import { GREY, PLAN_ROWS_WITH_FACTS, W, cut, table, tableSlides, titled, type Deck } from './deckKit';
import { SLIDE_CHAIN_PAGE, healthLine, orgChart, partsMap } from './chainSlides';

/** The account's plan and its chain: what the main deck shows of a top account. Returns the slides added. */
export function accountSlides(deck: Deck, chapter: AccountChapter): number {
  const { f } = deck;
  const { account } = chapter;
  const facts = [f.code('tier', account.tier), account.industry, account.region, f.owner(account.ownerId), f.code('matrixQuadrant', chapter.placement.effective)].filter((s) => s !== '').join(' · ');
  const c = (key: 'product' | 'target' | 'weighted' | 'won' | 'coverage' | 'status' | 'gap' | 'opportunity' | 'stage' | 'amount' | 'expectedClose' | 'contract' | 'installment' | 'dueDate' | 'received' | 'collection') =>
    f.t(`review.columns.${key}`);

  // The account and its plan.
  const plan = titled(deck, account.name, `${facts}\n${f.t('review.report.riskRule', { percent: deck.riskMargin })}`);
  plan.addText(facts, { ...deck.text, x: 0.5, y: 1.1, w: W - 1, h: 0.4, fontSize: 13, color: GREY });
  const planHeader = [c('product'), c('target'), c('weighted'), c('won'), c('coverage'), c('status'), c('gap')];
  const planNumeric = [false, true, true, true, true, false, true];
  // The plan under the facts; a longer one shows its rows with the biggest gaps, and says where the rest are.
  const planFits = chapter.plan.length <= PLAN_ROWS_WITH_FACTS;
  const lines = planFits ? chapter.plan : [...chapter.plan].sort((a, b) => b.gap - a.gap).slice(0, PLAN_ROWS_WITH_FACTS - 1);
  const planRows = lines.map((l) => [l.row.product, f.money(l.row.target), f.money(l.weighted), f.money(l.won), f.percent(l.coverage), f.t(`plan.status.${l.status}`), l.gap > 0 ? f.money(l.gap) : '—']);
  if (!planFits) planRows.push([f.t('review.report.planMore', { count: chapter.plan.length - lines.length }), '', '', '', '', '', '']);
  if (planRows.length > 0) table(deck, plan, planHeader, planRows, planNumeric, 1.6);
  const barriers = chapter.barriers.slice(0, 4).map((b) => `${f.code('barrierType', b.type)}（${f.code('barrierStrategy', b.strategy)}）：${b.description}`);
  if (barriers.length > 0) plan.addText(`${f.t('review.report.barriers')}\n${barriers.join('\n')}`, { ...deck.text, x: 0.5, y: 5.4, w: W - 1, h: 1.8, fontSize: 12, valign: 'top' });
  if (!planFits) plan.addNotes(f.t('review.report.planInAppendix'));

  // The decision chain, with its balance in the notes.
  const b = chapter.health.balance;
  const balance = `${f.t('chain.health.support', { value: b.support })} · ${f.t('chain.health.opposition', { value: b.opposition })}`;
  const names = new Map(chapter.people.map((p) => [p.id, p.name]));
  const change = chapter.change
    ? [
        f.t('review.report.changeSince', { name: chapter.change.snapshot.name, date: chapter.change.snapshot.takenAt.slice(0, 10) }),
        ...chapter.change.diff.joined.map((p) => `${f.t('chain.snapshots.joined')}：${p.name}`),
        ...chapter.change.diff.left.map((p) => `${f.t('chain.snapshots.left')}：${p.name}`),
        ...chapter.change.diff.changed.map((c) => `${c.name}：${c.changes.map((x) => changeText(f.t, x, (id) => f.owner(id), (id) => names.get(id) ?? '')).join('；')}`),
      ]
    : [];
  // No people, no chain slide: an empty slide says nothing a meeting needs.
  const pages = chainPages(chapter.people, SLIDE_CHAIN_PAGE);
  const notes = [balance, f.t('review.report.chainNotes'), ...change].join('\n');
  const gaps = chapter.health.gaps.map((g) => gapText(f.t, g));
  pages.forEach((page, i) => {
    const partText = chainPartText(f, i, pages.length, page.departments);
    const part = partText === null ? '' : ` · ${partText}`;
    const chain = titled(deck, `${f.t('review.report.chain', { name: account.name })}${part}`, [notes, ...gaps].join('\n'));
    // On the slide itself: the health, and what moved since the chosen review (all of it in the notes).
    chain.addText(healthLine(f, chapter.health), { ...deck.text, x: 0.5, y: 1.08, w: W - 1, h: 0.32, fontSize: 12, bold: true, color: chapter.health.balance.status === 'BEHIND' ? 'CF1322' : '389E0D' });
    if (change.length > 0) chain.addText(cut(change.join('；'), 2 * (W - 1) - 0.4, 11), { ...deck.text, x: 0.5, y: 1.38, w: W - 1, h: 0.4, fontSize: 11, color: '595959', valign: 'top' });
    if (pages.length > 1) partsMap(deck, chain, pages, i);
    orgChart(deck, chain, page, pages.length > 1);
  });
  return 1 + pages.length;
}

/** How many slides accountSlides takes for a chapter. */
export const accountSlideCount = (chapter: AccountChapter) => 1 + chainPages(chapter.people, SLIDE_CHAIN_PAGE).length;

/** The appendix's slides for one account: the full plan when long, its opportunities and its money. */
export function detailSlides(deck: Deck, chapter: AccountChapter) {
  const { f } = deck;
  const { account } = chapter;
  const c = (key: 'product' | 'target' | 'weighted' | 'won' | 'coverage' | 'status' | 'gap' | 'opportunity' | 'stage' | 'amount' | 'expectedClose' | 'contract' | 'installment' | 'dueDate' | 'received' | 'collection') =>
    f.t(`review.columns.${key}`);
  if (chapter.plan.length > PLAN_ROWS_WITH_FACTS)
    tableSlides(
      deck,
      `${account.name} · ${f.t('review.sheets.plan')}`,
      [c('product'), c('target'), c('weighted'), c('won'), c('coverage'), c('status'), c('gap')],
      chapter.plan.map((l) => [l.row.product, f.money(l.row.target), f.money(l.weighted), f.money(l.won), f.percent(l.coverage), f.t(`plan.status.${l.status}`), l.gap > 0 ? f.money(l.gap) : '—']),
      [false, true, true, true, true, false, true],
    );

  if (chapter.opportunities.length > 0)
    tableSlides(
      deck,
      `${account.name} · ${f.t('review.sheets.opportunities')}`,
      [c('opportunity'), c('stage'), c('amount'), c('expectedClose'), f.t('review.report.grade'), f.t('review.report.nextGradeNeeds')],
      chapter.opportunities.map((o) => [
        o.opportunity.name,
        f.code('funnelStage', o.opportunity.stage),
        f.money(o.opportunity.amount),
        o.opportunity.expectedClose ?? '—',
        o.grade.grade ? f.t('opportunities.grade', { grade: o.grade.grade }) : f.t('opportunities.ungraded'),
        o.grade.missing.map((m) => f.t(`opportunities.criteria.${m.criterion}`, { count: m.count ?? 0, days: m.days ?? 0 })).join('；'),
      ]),
      [false, false, true, false, false, false],
      f.t('review.report.gradeNotes'),
    );
  const installments = chapter.contracts.flatMap((contract) => contract.installments.map((installment) => ({ contract, installment })));
  if (installments.length > 0)
    tableSlides(
      deck,
      `${account.name} · ${f.t('review.sheets.installments')}`,
      [c('contract'), c('installment'), c('amount'), c('dueDate'), c('received'), c('collection')],
      installments.map(({ contract, installment }) => [
        contract.title,
        installment.label || f.code('installmentStage', installment.stage),
        f.money(installment.amount),
        installment.dueDate ?? '—',
        f.money(installment.received),
        f.t(`review.collection.${collectionState(installment, deck.today)}`),
      ]),
      [false, false, true, false, true, false],
    );
}
