/**
 * The review report as one document: cover, portfolio summary, the customer-analysis matrix, a
 * chapter per account, and a closing page of risks and asks. The same page is the on-screen
 * preview and, printed (browser) or printToPDF'd (desktop), the PDF.
 */
import { MATRIX_QUADRANTS } from '../../shared/domain/codes';
import { fromMinorUnits, toMinorUnits } from '../../shared/domain/money';
import type { ReviewSection } from '../../shared/report/reviewRequest';
import { asksOf, rankRisks, riskMoney, type AccountChapter, type PortfolioPicture, type RiskItem } from '../../shared/report/reviewChapters';
import type { OwnerLine, ReviewModel } from '../../shared/report/reviewModel';
import { leftOutText } from '../i18n/leftOutText';
import { AccountChapterSection } from './AccountChapterSection';
import { barsSvg, matrixSvg } from '../drawing/reportCharts';
import { riskText, type ReportFormat } from '../report/reportFormat';
import { ReportTable } from './ReportTable';

export interface ReportContent {
  model: ReviewModel;
  chapters: AccountChapter[];
  picture: PortfolioPicture;
  risks: RiskItem[];
  sections: readonly ReviewSection[];
  preparedBy: string;
}

const QUADRANT_COLORS = { CORE: '#237804', GROWTH: '#1677ff', TRACTION: '#d48806', PROBLEM: '#cf1322' } as const;

/** Inline SVG drawn by the chart library (markup only: no script reaches the page). */
function Svg({ markup, label }: { markup: string; label: string }) {
  return <div className="kp-chart" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: markup }} />;
}

function Cover({ content, f }: { content: ReportContent; f: ReportFormat }) {
  const { model } = content;
  return (
    <section className="kp-cover" aria-label={f.t('review.report.cover')}>
      <p className="kp-brand">{f.t('app.name')}</p>
      <h1>{f.t('review.report.title', { year: model.year })}</h1>
      <p className="kp-scope">{f.t('review.report.scope', { count: model.accounts.length, names: model.accounts.slice(0, 10).map((a) => a.name).join('、') })}</p>
      <dl>
        <dt>{f.t('review.report.date')}</dt>
        <dd>{model.today}</dd>
        {content.preparedBy !== '' && (
          <>
            <dt>{f.t('review.report.preparedBy')}</dt>
            <dd>{content.preparedBy}</dd>
          </>
        )}
        <dt>{f.t('review.report.redaction')}</dt>
        <dd>{leftOutText(f.t, model.leftOut)}</dd>
      </dl>
    </section>
  );
}

function Summary({ content, f }: { content: ReportContent; f: ReportFormat }) {
  const { model, picture } = content;
  const { totals } = model;
  const major = (minor: number) => fromMinorUnits(minor, model.currency);
  const ownerName = (l: OwnerLine) => (l === totals ? f.t('review.total') : f.owner(l.ownerId));
  const kpis = [
    { label: f.t('review.columns.target'), value: f.compact(totals.target) },
    { label: f.t('review.columns.weighted'), value: f.compact(totals.weighted) },
    { label: f.t('review.columns.won'), value: f.compact(totals.won) },
    { label: f.t('review.columns.coverage'), value: f.percent(totals.coverage) },
    { label: f.t('review.columns.gap'), value: totals.gap > 0 ? f.compact(totals.gap) : '—' },
    { label: f.t('review.columns.overdue'), value: f.compact(picture.overdue) },
    { label: f.t('review.report.nrr'), value: f.percent(picture.nrr) },
  ];
  const c = (key: string) => f.t(`review.columns.${key}` as 'review.columns.owner');
  return (
    <section id="kp-summary" className="kp-summary" aria-label={f.t('review.report.summary')}>
      <h2>{f.t('review.report.summary')}</h2>
      <div className="kp-kpis">
        {kpis.map((k) => (
          <div key={k.label} className="kp-kpi">
            <div className="kp-kpi-value">{k.value}</div>
            <div className="kp-kpi-label">{k.label}</div>
          </div>
        ))}
      </div>
      <p className="kp-muted">{f.t('review.report.riskRule', { percent: model.riskMarginPercent })}</p>
      <ReportTable<OwnerLine>
        rows={[...model.owners, totals]}
        rowKey={(l, i) => `${l.ownerId ?? 'none'}-${i}`}
        columns={[
          { header: c('owner'), cell: (l) => (l === totals ? <strong>{ownerName(l)}</strong> : ownerName(l)), keepWhole: true },
          { header: c('accounts'), cell: (l) => l.accounts, numeric: true },
          { header: c('target'), cell: (l) => f.compact(l.target), numeric: true },
          { header: c('floor'), cell: (l) => f.compact(l.floor), numeric: true },
          { header: c('weighted'), cell: (l) => f.compact(l.weighted), numeric: true },
          { header: c('won'), cell: (l) => f.compact(l.won), numeric: true },
          { header: c('coverage'), cell: (l) => f.percent(l.coverage), numeric: true },
          { header: c('atRiskRows'), cell: (l) => l.atRiskRows, numeric: true },
          { header: c('gap'), cell: (l) => (l.gap > 0 ? f.compact(l.gap) : '—'), numeric: true },
          { header: c('overdue'), cell: (l) => f.compact(l.overdue), numeric: true },
        ]}
      />
      <Svg
        label={f.t('review.report.byOwnerChart')}
        markup={barsSvg(
          model.owners.map(ownerName),
          [
            { name: c('target'), color: '#8c8c8c', values: model.owners.map((l) => major(l.target)) },
            { name: c('weighted'), color: '#1677ff', values: model.owners.map((l) => major(l.weighted)) },
            { name: c('won'), color: '#389e0d', values: model.owners.map((l) => major(l.won)) },
          ],
          (value) => f.compact(toMinorUnits(value, model.currency) ?? 0),
        )}
      />
      <div className="kp-columns">
        <div>
          <h3>{f.t('review.report.tiers')}</h3>
          <ReportTable
            rows={Object.entries(picture.tiers)}
            rowKey={([tier]) => tier}
            columns={[
              { header: c('tier'), cell: ([tier]) => f.code('tier', tier) },
              { header: c('accounts'), cell: ([, n]) => n, numeric: true },
            ]}
          />
        </div>
        <div>
          <h3>{f.t('review.report.quadrants')}</h3>
          <ReportTable
            rows={Object.entries(picture.quadrants)}
            rowKey={([q]) => q}
            columns={[
              { header: f.t('review.report.quadrant'), cell: ([q]) => f.code('matrixQuadrant', q) },
              { header: c('accounts'), cell: ([, n]) => n, numeric: true },
            ]}
          />
        </div>
        <div>
          <h3>{f.t('review.report.funnel')}</h3>
          <ReportTable
            rows={picture.funnel.filter((s) => s.count > 0)}
            rowKey={(s) => s.stage}
            columns={[
              { header: c('stage'), cell: (s) => f.code('funnelStage', s.stage) },
              { header: f.t('review.report.count'), cell: (s) => s.count, numeric: true },
              { header: c('amount'), cell: (s) => f.compact(s.amount), numeric: true },
            ]}
          />
        </div>
      </div>
    </section>
  );
}

function Matrix({ content, f }: { content: ReportContent; f: ReportFormat }) {
  const { model, chapters } = content;
  // Accounts whose potential is unknown are not drawn (no place on the potential axis). Numbered from
  // the biggest potential down; the table under the chart names them.
  const placed = chapters
    .flatMap((c) => (c.placement.potential === null || c.placement.effective === null ? [] : [{ chapter: c, potential: c.placement.potential, quadrant: c.placement.effective }]))
    .sort((a, b) => b.potential - a.potential);
  const points = placed.map((p, i) => ({ label: String(i + 1), relationship: p.chapter.placement.relationship.level, potential: fromMinorUnits(p.potential, model.currency), color: QUADRANT_COLORS[p.quadrant] }));
  const quadrants = MATRIX_QUADRANTS.map((q) => ({ label: f.code('matrixQuadrant', q), color: QUADRANT_COLORS[q], high: q === 'CORE' || q === 'GROWTH', strong: q === 'CORE' || q === 'TRACTION' }));
  return (
    <section id="kp-matrix" className="kp-wide kp-matrix" aria-label={f.t('review.report.matrix')}>
      <h2>{f.t('review.report.matrix')}</h2>
      <Svg
        label={f.t('review.report.matrix')}
        markup={matrixSvg(points, { relationship: model.settings.matrix.relationshipThreshold, potential: fromMinorUnits(model.settings.matrix.potentialThreshold, model.currency) }, { x: f.t('review.report.relationship'), y: f.t('review.report.potential'), potential: (value) => f.compact(toMinorUnits(value, model.currency) ?? 0) }, quadrants)}
      />
      <ReportTable
        rows={placed}
        rowKey={(p) => p.chapter.account.id}
        columns={[
          { header: '#', cell: (p) => placed.indexOf(p) + 1, numeric: true, width: '6%' },
          { header: f.t('review.columns.account'), cell: (p) => p.chapter.account.name },
          { header: f.t('review.report.quadrant'), cell: (p) => f.code('matrixQuadrant', p.quadrant), width: '14%' },
          { header: f.t('review.report.relationship'), cell: (p) => p.chapter.placement.relationship.level, numeric: true, width: '14%' },
          { header: f.t('review.report.potential'), cell: (p) => f.compact(p.potential), numeric: true, width: '16%' },
        ]}
      />
      <h3>{f.t('review.report.rfm')}</h3>
      <ReportTable
        rows={content.picture.rfm}
        rowKey={(r) => r.rfmClass}
        columns={[
          { header: f.t('review.report.rfmClass'), cell: (r) => f.t(`rfm.classes.${r.rfmClass}`), width: '18%' },
          { header: f.t('review.report.count'), cell: (r) => r.accounts.length, numeric: true, width: '8%' },
          { header: f.t('review.columns.account'), cell: (r) => r.accounts.join('、') },
        ]}
      />
      {content.picture.unclassed > 0 && <p className="kp-muted">{f.t('review.report.unclassed', { count: content.picture.unclassed })}</p>}
      <p className="kp-legend">
        {Object.entries(QUADRANT_COLORS).map(([q, color]) => (
          <span key={q}>
            <span className="kp-dot" style={{ background: color }} /> {f.code('matrixQuadrant', q)}
          </span>
        ))}
      </p>
    </section>
  );
}

/** The most risks the PDF lists, the biggest money first; the workbook has them all. */
const PDF_RISKS = 30;

function Risks({ content, f }: { content: ReportContent; f: ReportFormat }) {
  const words = (r: RiskItem) => riskText(f, r);
  const ranked = rankRisks(content.risks);
  const shown = ranked.slice(0, PDF_RISKS);
  return (
    <section id="kp-risks" className="kp-risks" aria-label={f.t('review.report.risks')}>
      <h2>{f.t('review.report.risks')}</h2>
      {content.risks.length === 0 ? (
        <p>{f.t('review.report.noRisks')}</p>
      ) : (
        <>
          {ranked.length > shown.length && <p className="kp-muted">{f.t('review.report.risksCapped', { count: shown.length, total: ranked.length })}</p>}
          <ReportTable<RiskItem>
            rows={shown}
            rowKey={(_, i) => String(i)}
            columns={[
              { header: f.t('review.columns.account'), cell: (r) => f.account(r.accountId), keepWhole: true },
              { header: f.t('review.report.riskKind'), cell: (r) => f.t(`review.report.riskKinds.${r.kind}`), width: '12%' },
              { header: f.t('review.report.riskMoney'), cell: (r) => (riskMoney(r) > 0 ? f.compact(riskMoney(r)) : '—'), numeric: true, width: '12%' },
              { header: f.t('review.report.riskWhat'), cell: words },
            ]}
          />
        </>
      )}
      <h3>{f.t('review.report.asks')}</h3>
      <ul className="kp-asks">
        {asksOf(content.risks).map((ask) => (
          <li key={ask.key}>{f.t(`review.report.ask.${ask.key}`, { count: ask.count, amount: f.compact(ask.amount) })}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * 目录: every part of the report as a link (clickable in the PDF; the PDF's bookmarks carry the same
 * headings). Chromium cannot tell a page number before printing: the desktop writes the numbers into
 * the printed file at the end of each link (electron/contentsPageNumbers.ts) and tells the page
 * first, which then draws dot leaders to a slot kept free for them (report.css).
 */
function Contents({ content, f }: { content: ReportContent; f: ReportFormat }) {
  const on = (s: ReviewSection) => content.sections.includes(s);
  const entries = [
    ...(on('summary') ? [{ href: '#kp-summary', text: f.t('review.report.summary') }] : []),
    ...(on('matrix') && content.chapters.length > 0 ? [{ href: '#kp-matrix', text: f.t('review.report.matrix') }] : []),
    ...(on('accounts') ? content.chapters.map((c) => ({ href: `#kp-account-${c.account.id}`, text: c.account.name })) : []),
    ...(on('risks') ? [{ href: '#kp-risks', text: f.t('review.report.risks') }] : []),
  ];
  return (
    <nav className="kp-contents" aria-label={f.t('review.report.contents')}>
      <h2>{f.t('review.report.contents')}</h2>
      <ol>
        {entries.map((e) => (
          <li key={e.href}>
            <a href={e.href}>
              <span>{e.text}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function ReviewReport({ content, f }: { content: ReportContent; f: ReportFormat }) {
  const on = (s: ReviewSection) => content.sections.includes(s);
  return (
    <article className="kp-report">
      {on('cover') && <Cover content={content} f={f} />}
      {content.chapters.length > 3 && <Contents content={content} f={f} />}
      {on('summary') && <Summary content={content} f={f} />}
      {on('matrix') && content.chapters.length > 0 && <Matrix content={content} f={f} />}
      {on('accounts') && content.chapters.map((chapter) => <AccountChapterSection key={chapter.account.id} chapter={chapter} f={f} today={content.model.today} />)}
      {on('risks') && <Risks content={content} f={f} />}
    </article>
  );
}
