/** The report's own bar on screen (never printed): print or save as PDF with the browser's dialog. */
import type { TFunction } from 'i18next';

export function ReportToolbar({ t }: { t: TFunction }) {
  return (
    <nav className="kp-report-toolbar" aria-label={t('review.report.toolbar')}>
      <span>{t('review.report.previewHint')}</span>
      <button type="button" onClick={() => window.print()}>
        {t('review.report.print')}
      </button>
    </nav>
  );
}
