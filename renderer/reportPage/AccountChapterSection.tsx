/**
 * One account's chapter: who the account is and what stands in the way (barriers with strategy),
 * graded opportunities and what the next grade needs, whitespace, the plan rows with milestones, money owed with the 情理法 checklist, and the
 * latest and next activities; last, on a landscape page of its own, the decision chain as an org chart
 * with its health (a named page in the middle would force a page break either side of it). Empty
 * parts are left out rather than printed as empty tables.
 */
import type { Activity } from '../../shared/domain/activity';
import type { Contract, Installment } from '../../shared/domain/contract';
import { collectionState } from '../../shared/methods/collection';
import type { AccountChapter, GradedOpportunity } from '../../shared/report/reviewChapters';
import type { PlanLine } from '../../shared/report/reviewModel';
import { changeText } from '../i18n/changeText';
import { gapText } from '../i18n/gapText';
import { OrgChartSvg } from './OrgChartSvg';
import type { ReportFormat } from '../report/reportFormat';
import { ReportTable } from './ReportTable';

/** What moved on the chain since its latest snapshot: who joined, who left, whose stance or coverage changed. */
function ChainChange({ change, f, people }: { change: NonNullable<AccountChapter['change']>; f: ReportFormat; people: ReadonlyMap<string, string> }) {
  const { t } = f;
  const { diff } = change;
  const name = (id: string) => people.get(id) ?? '';
  const lines = [
    t('chain.snapshots.balanceChange', { before: diff.balance.before.margin, after: diff.balance.after.margin }),
    ...diff.joined.map((p) => `${t('chain.snapshots.joined')}：${p.name || t('chain.card.seat')}`),
    ...diff.left.map((p) => `${t('chain.snapshots.left')}：${p.name || t('chain.card.seat')}`),
    ...diff.changed.map((c) => `${c.name}：${c.changes.map((x) => changeText(t, x, (id) => f.owner(id), name)).join('；')}`),
  ];
  return (
    <div className="kp-change">
      <h4>{t('review.report.changeSince', { name: change.snapshot.name, date: change.snapshot.takenAt.slice(0, 10) })}</h4>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function Mark({ ok, f }: { ok: boolean; f: ReportFormat }) {
  return <span className={ok ? 'ok' : 'no'}>{ok ? `✓ ${f.t('review.yes')}` : `✗ ${f.t('review.no')}`}</span>;
}

export function AccountChapterSection({ chapter, f, today }: { chapter: AccountChapter; f: ReportFormat; today: string }) {
  const { t } = f;
  const { account, health } = chapter;
  const c = (key: string) => f.t(`review.columns.${key}` as 'review.columns.owner');
  const facts = [f.code('tier', account.tier), account.industry, account.region, f.owner(account.ownerId), f.code('matrixQuadrant', chapter.placement.effective)].filter((s) => s !== '');
  const installments = chapter.contracts.flatMap((contract) => contract.installments.map((installment) => ({ contract, installment })));
  const people = new Map(chapter.people.map((p) => [p.id, p.name]));
  const balance = health.balance;

  return (
    <section id={`kp-account-${account.id}`} className="kp-chapter" aria-label={account.name}>
      <h2>{account.name}</h2>
      <p className="kp-facts">{facts.join(' · ')}</p>
      {account.information.mainBusiness !== '' && (
        <p>
          <strong>{t('review.report.mainBusiness')}</strong>
          {account.information.mainBusiness}
        </p>
      )}
      {chapter.barriers.length > 0 && (
        <>
          <h3>{t('review.report.barriers')}</h3>
          <ReportTable
            rows={chapter.barriers}
            rowKey={(b) => b.id}
            columns={[
              { header: t('review.report.barrierType'), cell: (b) => f.code('barrierType', b.type), width: '14%' },
              { header: t('review.report.barrier'), cell: (b) => b.description },
              { header: t('review.report.strategy'), cell: (b) => f.code('barrierStrategy', b.strategy), width: '8%' },
              { header: t('review.report.breakthrough'), cell: (b) => b.breakthroughPlan },
            ]}
          />
        </>
      )}

      {chapter.opportunities.length > 0 && (
        <>
          <h3>{t('review.sheets.opportunities')}</h3>
          <ReportTable<GradedOpportunity>
            rows={chapter.opportunities}
            rowKey={(o) => o.opportunity.id}
            columns={[
              { header: c('opportunity'), cell: (o) => o.opportunity.name },
              { header: c('product'), cell: (o) => o.opportunity.product },
              { header: c('stage'), cell: (o) => f.code('funnelStage', o.opportunity.stage) },
              { header: c('amount'), cell: (o) => f.compact(o.opportunity.amount), numeric: true },
              { header: c('expectedClose'), cell: (o) => o.opportunity.expectedClose ?? '—' },
              { header: t('review.report.grade'), cell: (o) => (o.grade.grade ? t('opportunities.grade', { grade: o.grade.grade }) : t('opportunities.ungraded')) },
              {
                header: t('review.report.nextGradeNeeds'),
                cell: (o) => o.grade.missing.map((m) => t(`opportunities.criteria.${m.criterion}`, { count: m.count ?? 0, days: m.days ?? 0 })).join('；'),
                width: '30%',
              },
            ]}
          />
        </>
      )}

      {chapter.whitespace.length > 0 && (
        <>
          <h3>{t('review.report.whitespace')}</h3>
          <ReportTable
            rows={chapter.whitespace}
            rowKey={(w) => w.id}
            columns={[
              { header: t('review.report.businessUnit'), cell: (w) => w.businessUnit },
              { header: t('review.report.productLine'), cell: (w) => w.productLine },
              { header: c('status'), cell: (w) => f.code('whitespaceStatus', w.status) },
              { header: t('review.report.competitor'), cell: (w) => w.competitorName },
            ]}
          />
        </>
      )}

      {chapter.plan.length > 0 && (
        <>
          <h3>{t('review.sheets.plan')}</h3>
          <ReportTable<PlanLine>
            rows={chapter.plan}
            rowKey={(l) => l.row.id}
            columns={[
              { header: c('product'), cell: (l) => l.row.product },
              { header: c('target'), cell: (l) => f.compact(l.row.target), numeric: true },
              { header: c('floor'), cell: (l) => f.compact(l.row.floorTarget), numeric: true },
              { header: c('weighted'), cell: (l) => f.compact(l.weighted), numeric: true },
              { header: c('won'), cell: (l) => f.compact(l.won), numeric: true },
              { header: c('coverage'), cell: (l) => f.percent(l.coverage), numeric: true },
              { header: c('status'), cell: (l) => <span className={l.status === 'AT_RISK' ? 'no' : undefined}>{t(`plan.status.${l.status}`)}</span> },
              { header: c('gap'), cell: (l) => (l.gap > 0 ? f.compact(l.gap) : '—'), numeric: true },
            ]}
          />
          {chapter.plan.some((l) => l.row.milestones.length > 0 || l.row.revisions.length > 0) && (
            <ul className="kp-milestones">
              {chapter.plan.flatMap((l) => [
                ...l.row.milestones.map((m) => (
                  <li key={m.id}>
                    {t('review.report.milestone', { mark: m.done ? '☑' : '☐', product: l.row.product, task: m.task })}
                    {m.dueDate !== null && <span className="kp-muted">{` · ${m.dueDate}`}</span>}
                  </li>
                )),
                ...l.row.revisions.map((r) => (
                  <li key={r.id}>
                    {t('review.report.revision', { product: l.row.product, from: f.money(r.from), to: f.money(r.to), date: r.at.slice(0, 10) })}
                    {r.reason !== '' && <span className="kp-muted">{` · ${r.reason}`}</span>}
                  </li>
                )),
              ])}
            </ul>
          )}
        </>
      )}

      {installments.length > 0 && (
        <>
          <h3>{t('review.sheets.installments')}</h3>
          <ReportTable<{ contract: Contract; installment: Installment }>
            rows={installments}
            rowKey={(r) => r.installment.id}
            columns={[
              { header: c('contract'), cell: (r) => r.contract.title },
              { header: c('installment'), cell: (r) => r.installment.label || f.code('installmentStage', r.installment.stage) },
              { header: c('amount'), cell: (r) => f.money(r.installment.amount), numeric: true },
              { header: c('dueDate'), cell: (r) => r.installment.dueDate ?? '—' },
              { header: c('received'), cell: (r) => f.money(r.installment.received), numeric: true },
              { header: c('collection'), cell: (r) => f.t(`review.collection.${collectionState(r.installment, today)}`) },
              {
                header: t('review.report.qingLiFa'),
                cell: (r) => t('review.report.qingLiFaState', { qing: r.contract.checklist.relationshipKept ? '✓' : '✗', li: r.contract.checklist.contractFulfilled ? '✓' : '✗', fa: r.contract.checklist.deliveryNote && r.contract.checklist.acceptanceCertificate && r.contract.checklist.invoice ? '✓' : '✗' }),
              },
            ]}
          />
        </>
      )}

      {(chapter.recent.length > 0 || chapter.next.length > 0) && (
        <>
          <h3>{t('review.report.activities')}</h3>
          <ReportTable<Activity>
            rows={[...chapter.next, ...chapter.recent]}
            rowKey={(a) => a.id}
            columns={[
              { header: c('date'), cell: (a) => (a.planned ? t('review.report.planned', { date: a.date }) : a.date), width: '14%' },
              { header: c('kind'), cell: (a) => f.code('activityKind', a.kind), width: '10%' },
              { header: c('summary'), cell: (a) => a.summary },
              { header: c('nextStep'), cell: (a) => [a.nextStep, a.nextStepDate ?? ''].filter((s) => s !== '').join(' · ') },
            ]}
          />
        </>
      )}
      <div className="kp-wide">
        <h3>{t('review.report.chain', { name: account.name })}</h3>
        {chapter.people.length > 0 ? <OrgChartSvg people={chapter.people} f={f} label={t('review.report.chain', { name: account.name })} /> : <p className="kp-muted">{t('review.report.noPeople')}</p>}
        <div className="kp-health">
          <div>
            <h4>{t('chain.health.balance')}</h4>
            <p>
              {t('chain.health.support', { value: balance.support })} · {t('chain.health.opposition', { value: balance.opposition })} ·{' '}
              {balance.status === 'AHEAD' ? t('chain.health.ahead', { margin: balance.margin }) : balance.status === 'BEHIND' ? t('chain.health.behind', { margin: -balance.margin }) : t('chain.health.even')}
            </p>
            <h4>{t('chain.health.kp')}</h4>
            <ReportTable
              rows={health.keyPeople}
              rowKey={(k) => k.role}
              columns={[
                { header: t('review.report.role'), cell: (k) => k.role },
                { header: t('chain.health.present'), cell: (k) => <Mark ok={k.present} f={f} /> },
                { header: t('chain.health.contacted'), cell: (k) => <Mark ok={k.contacted} f={f} /> },
                { header: t('chain.health.supportive'), cell: (k) => <Mark ok={k.supportive} f={f} /> },
              ]}
            />
          </div>
          <div>
            <h4>{t('chain.health.gaps')}</h4>
            {health.gaps.length === 0 ? (
              <p>{t('chain.health.noGaps')}</p>
            ) : (
              <ul>
                {health.gaps.map((gap) => (
                  <li key={[gap.code, ...gap.stakeholderIds].join(':')}>
                    {gapText(t, gap)}
                    {gap.stakeholderIds.length > 0 && <span className="kp-muted">{` （${gap.stakeholderIds.map((id) => people.get(id) ?? '').filter((n) => n !== '').join('、')}）`}</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        {chapter.change && <ChainChange change={chapter.change} f={f} people={people} />}
      </div>
    </section>
  );
}
