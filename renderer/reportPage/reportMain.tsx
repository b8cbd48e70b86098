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
import { createRoot } from 'react-dom/client';
import { reviewParts } from '../../shared/report/reviewChapters';
import { decodeReviewRequest } from '../../shared/report/reviewRequest';
import { db } from '../data/db';
import { readWorkspace } from '../data/repositories/workspaceRepository';
import { reportFormat } from '../report/reportFormat';
import { reviewTranslator, storedReviewModel } from '../report/reviewSetup';
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
  const t = await reviewTranslator(request?.language ?? 'zh-CN');
  if (!request) {
    root.render(<p role="alert">{t('review.report.badRequest')}</p>);
    markReady('error');
    return;
  }
  document.documentElement.lang = request.language;
  const stored = await readWorkspace(db);
  const model = storedReviewModel(stored, request, t);
  const content = { model, ...reviewParts(model), sections: request.sections, preparedBy: request.preparedBy };
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
