/**
 * The review report page (report.html#<request>). It reads the stored workspace of this origin
 * itself — the same IndexedDB the app writes — builds the review model for the request in its
 * address, and renders the document. When the fonts are in and the document is drawn it marks
 * <html data-report-ready="true">: the desktop then prints it to PDF (electron/reportPdf.ts), the
 * browser shows it with a print button, and the e2e tests print it with Chromium.
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './report.css';
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { I18NEXT_RESOURCES } from '../../../shared/i18n';
import { buildChapters, portfolioPicture, risksOf } from '../../../shared/report/reviewChapters';
import { buildReviewModel } from '../../../shared/report/reviewModel';
import { decodeReviewRequest } from '../../../shared/report/reviewRequest';
import { db } from '../../data/db';
import { readWorkspace } from '../../data/repositories/workspaceRepository';
import { reportFormat } from '../reportFormat';
import { ReportToolbar } from './ReportToolbar';
import { ReviewReport } from './ReviewReport';

const container = document.getElementById('report');
if (!container) throw new Error('report.html has no #report element');
const root = createRoot(container);

function markReady(state: 'true' | 'error') {
  document.documentElement.dataset.reportReady = state;
}

async function show(): Promise<void> {
  const request = decodeReviewRequest(location.hash);
  const i18n = i18next.createInstance();
  await i18n.init({ resources: I18NEXT_RESOURCES, lng: request?.language ?? 'zh-CN', fallbackLng: 'en', interpolation: { escapeValue: false } });
  const { t } = i18n;
  if (!request) {
    root.render(<p role="alert">{t('review.report.badRequest')}</p>);
    markReady('error');
    return;
  }
  document.documentElement.lang = request.language;
  const stored = await readWorkspace(db);
  const model = buildReviewModel({ ...request, tables: stored.tables, settings: stored.settings, coachAlias: (letter) => t('review.coachAlias', { letter }) });
  const chapters = buildChapters(model);
  const content = { model, chapters, picture: portfolioPicture(model, chapters), risks: risksOf(chapters, model), sections: request.sections, preparedBy: request.preparedBy };
  const f = reportFormat(model, t, request.language);
  document.title = `${t('review.fileName')}-${request.year}`;
  root.render(
    <>
      <ReportToolbar t={t} />
      <ReviewReport content={content} f={f} />
    </>,
  );
  // Drawn on the next frame; the CJK font slices it uses load after that.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await document.fonts.ready;
  markReady('true');
}

show().catch((error: unknown) => {
  root.render(<p role="alert">{String(error)}</p>);
  markReady('error');
});
