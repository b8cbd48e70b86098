/**
 * 导出复盘材料: choose the scope (all accounts, one owner's, or a hand-picked list — the export
 * dialog's own scope picker), the plan year, the sections, the formats and what to leave out.
 * The PDF is the report page (report.html): the desktop prints it to PDF in a hidden window, the
 * browser opens it in a tab of its own with a print button. The workbook and the deck are built by
 * the workspace worker while the window stays live. Cancel while building: results are dropped and
 * no file is written.
 */
import { App, Checkbox, DatePicker, Input, Modal, Progress, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../shared/bridge/fileNames';
import { todayIsoDate } from '../../shared/domain/common';
import { isLanguage } from '../../shared/i18n/languages';
import { LEAVING_REDACTION, type Redaction } from '../../shared/report/redaction';
import { REVIEW_FORMATS, REVIEW_SECTIONS, encodeReviewRequest, type ReviewFormat, type ReviewRequest, type ReviewSection } from '../../shared/report/reviewRequest';
import { accountsInScope, type AccountScope } from '../../shared/report/reviewScope';
import { useErrorReporter } from '../session/useErrorReporter';
import { RedactionChoices } from '../components/RedactionChoices';
import { useAccountDirectory } from '../workers/accountDirectory';
import { useSettings } from '../data/hooks/workspaceHooks';
import { desktopBridge } from '../platform/desktopBridge';
import { saveBlob } from '../platform/fileAccess';
import { ExportScope } from './ExportScope';
import { buildReviewFiles } from '../workers/workspaceWorkerClient';
import type { ImportPhase } from '../workers/workspaceWorkerProtocol';
import type { ReviewFileFormat } from '../report/buildReviewFiles';
import { NumberInput } from '../components/NumberInput';

/** The workbook and the deck come from the worker typed; the desktop's PDF comes as bytes. */
const PDF_TYPE = 'application/pdf';

export function ReviewPackDialog({ initialScope, onClose }: { initialScope: AccountScope; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const settings = useSettings();
  const accounts = useAccountDirectory();
  const [scope, setScope] = useState<AccountScope>(initialScope);
  const [year, setYear] = useState<number | null>(null);
  const [redaction, setRedaction] = useState<Redaction>(LEAVING_REDACTION);
  const [sections, setSections] = useState<ReviewSection[]>([...REVIEW_SECTIONS]);
  const [deckAppendix, setDeckAppendix] = useState(false);
  const [formats, setFormats] = useState<ReviewFormat[]>(['pdf', 'pptx', 'xlsx']);
  const [preparedBy, setPreparedBy] = useState('');
  const [compareBefore, setCompareBefore] = useState<Dayjs | null>(null);
  const [building, setBuilding] = useState<ReviewFormat | null>(null);
  // Where the file being built is: which of the chosen files, and the worker's phase in it.
  const [progress, setProgress] = useState<{ index: number; count: number; phase: ImportPhase | null; done: number; total: number } | null>(null);
  // Set when the dialog is closed while files are built: their results are then dropped.
  const dropped = useRef(false);

  // An owner or a list still to be chosen is not yet a scope to warn about.
  const chosen = scope.kind === 'all' || (scope.kind === 'owner' ? scope.ownerId !== null : scope.accountIds.length > 0);
  const inScope = useMemo(() => (accounts ? accountsInScope(accounts, scope) : []), [accounts, scope]);
  // The whole workspace needs no list to be chosen from: Export is live before the directory has come
  // (seconds after a start over 5,000 accounts, while the home reads everything), and the worker counts.
  const ready = scope.kind === 'all' ? !accounts || inScope.length > 0 : inScope.length > 0;
  const planYear = year ?? settings?.planYear ?? new Date().getFullYear();
  // One account: its name in the file name, so three accounts' packs do not overwrite each other.
  const baseName = safeFileName([t('review.fileName'), inScope.length === 1 ? (inScope[0]?.name ?? '') : '', String(planYear)].filter((s) => s !== '').join('-'));

  const run = async () => {
    if (!ready || formats.length === 0) return;
    const request: ReviewRequest = { scope, year: planYear, redaction, sections, today: todayIsoDate(), language: isLanguage(i18n.language) ? i18n.language : 'zh-CN', preparedBy: preparedBy.trim(), compareBefore: compareBefore ? compareBefore.format('YYYY-MM-DD') : null, deckAppendix };
    const fragment = encodeReviewRequest(request);
    const bridge = desktopBridge();
    // In a browser the report opens in its own tab at once: a tab opened after awaiting is blocked as a pop-up.
    if (formats.includes('pdf') && !bridge) window.open(`report.html#${fragment}`, '_blank', 'noopener');
    dropped.current = false;
    const saved: ReviewFormat[] = [];
    let counted = inScope.length;
    try {
      const files = REVIEW_FORMATS.filter((f) => formats.includes(f) && (f !== 'pdf' || bridge));
      const show = (format: ReviewFormat, index: number, phase: ImportPhase | null, done: number, total: number) => {
        if (dropped.current) return;
        setBuilding(format);
        setProgress({ index, count: files.length, phase, done, total });
      };
      const built: { format: ReviewFormat; blob: Blob }[] = [];
      if (files.includes('pdf') && bridge) {
        show('pdf', 0, null, 0, 0);
        built.push({ format: 'pdf', blob: new Blob([(await bridge.reportPdf({ fragment })) as Uint8Array<ArrayBuffer>], { type: PDF_TYPE }) });
      }
      // The workbook and the deck come from one read of the workspace in the worker.
      const fromWorker = files.filter((f): f is ReviewFileFormat => f !== 'pdf');
      const [first] = fromWorker;
      if (first && !dropped.current) {
        const offset = built.length;
        show(first, offset, null, 0, 0);
        const result = await buildReviewFiles(request, fromWorker, (phase, done, total, file = 0) => show(fromWorker[file] ?? first, offset + file, phase, done, total));
        built.push(...result.files);
        counted = result.accounts;
      }
      if (dropped.current) return;
      for (const { format, blob } of built) {
        const outcome = await saveBlob(blob, `${baseName}.${format}`, format);
        if (outcome.saved) saved.push(format);
      }
      if (saved.length > 0) void message.success(t('review.done', { count: counted, formats: saved.map((f) => t(`review.formatNames.${f}`)).join(t('review.separator')) }));
      else if (formats.includes('pdf') && !bridge) void message.info(t('review.reportOpened'));
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setBuilding(null);
      setProgress(null);
    }
  };

  const toggle = <V extends string>(list: V[], value: V, on: boolean, order: readonly V[]) => order.filter((v) => (v === value ? on : list.includes(v)));

  return (
    <Modal
      open
      width={640}
      title={t('review.title')}
      okText={building ? t('review.buildingFormat', { format: t(`review.formatNames.${building}`) }) : t('review.export')}
      cancelText={t('common.cancel')}
      // Not confirmLoading: antd then ignores Cancel, and Cancel is how a person stops a long build.
      okButtonProps={{ loading: building !== null, disabled: !ready || formats.length === 0 || sections.length === 0 }}
      onOk={() => void run()}
      onCancel={() => {
        dropped.current = true;
        onClose();
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <ExportScope scope={scope} onChange={(next) => setScope(next)} />
        {chosen && inScope.length === 0 && accounts && <Typography.Text type="warning">{t('review.noAccounts')}</Typography.Text>}
        <Space wrap>
          <Typography.Text strong>{t('review.year')}</Typography.Text>
          <NumberInput aria-label={t('review.year')} min={2000} max={2100} precision={0} value={planYear} onChange={(value) => setYear(value)} />
          <Typography.Text strong>{t('review.preparedBy')}</Typography.Text>
          <Input aria-label={t('review.preparedBy')} maxLength={100} style={{ width: 160 }} value={preparedBy} onChange={(event) => setPreparedBy(event.target.value)} />
        </Space>
        <div role="group" aria-label={t('review.formats')}>
          <Typography.Text strong>{t('review.formats')}</Typography.Text>
          <Space orientation="vertical" style={{ display: 'flex' }}>
            {REVIEW_FORMATS.map((format) => (
              <Checkbox key={format} checked={formats.includes(format)} onChange={(event) => setFormats(toggle(formats, format, event.target.checked, REVIEW_FORMATS))}>
                <strong>{t(`review.formatNames.${format}`)}</strong> <Typography.Text type="secondary">{t(`review.formatHints.${format}`)}</Typography.Text>
              </Checkbox>
            ))}
            {formats.includes('pptx') && (
              <Checkbox checked={deckAppendix} onChange={(event) => setDeckAppendix(event.target.checked)} style={{ marginInlineStart: 24 }}>
                {t('review.deckAppendix')}
              </Checkbox>
            )}
          </Space>
        </div>
        <div role="group" aria-label={t('review.sections')}>
          <Typography.Text strong>{t('review.sections')}</Typography.Text>
          <div>
            {REVIEW_SECTIONS.map((section) => (
              <Checkbox key={section} checked={sections.includes(section)} onChange={(event) => setSections(toggle(sections, section, event.target.checked, REVIEW_SECTIONS))}>
                {t(`review.sectionNames.${section}`)}
              </Checkbox>
            ))}
          </div>
        </div>
        {sections.includes('accounts') && (
          <Space wrap>
            <Typography.Text strong>{t('review.compareBefore')}</Typography.Text>
            <DatePicker
              aria-label={t('review.compareBefore')}
              placeholder={t('review.compareLatest')}
              value={compareBefore}
              onChange={(value: Dayjs | null) => setCompareBefore(value)}
              disabledDate={(day: Dayjs) => day.isAfter(dayjs(), 'day')}
            />
            <Typography.Text type="secondary">{t('review.compareHint')}</Typography.Text>
          </Space>
        )}
        <RedactionChoices value={redaction} onChange={setRedaction} />
        {building && progress && <BuildProgress format={building} {...progress} />}
      </Space>
    </Modal>
  );
}

/** Which file is being built, and how far: reading the workspace, then the sheets or the accounts' slides. */
function BuildProgress({ format, index, count, phase, done, total }: { format: ReviewFormat; index: number; count: number; phase: ImportPhase | null; done: number; total: number }) {
  const { t } = useTranslation();
  const name = t(`review.formatNames.${format}`);
  const step = phase === 'writing' && total > 0 ? t(`review.progress.${format === 'xlsx' ? 'sheets' : 'slides'}`, { done, total }) : t(format === 'pdf' ? 'review.progress.pdf' : 'review.progress.reading');
  // Reading is about half the time of a large workbook; the bar moves through the writing after it.
  const percent = phase === 'writing' && total > 0 ? Math.round(40 + (60 * done) / total) : phase === 'reading' ? 10 : 5;
  return (
    <div role="status" aria-live="polite">
      <Typography.Text>{t('review.progress.file', { index: index + 1, count, name })}</Typography.Text> <Typography.Text type="secondary">{step}</Typography.Text>
      <Progress percent={percent} showInfo={false} status="active" aria-label={t('review.progress.label')} />
    </div>
  );
}
