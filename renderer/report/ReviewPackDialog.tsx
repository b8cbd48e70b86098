/**
 * 导出复盘材料: choose the scope (all accounts, one owner's, or a hand-picked list — the export
 * dialog's own scope picker), the plan year and
 * what to leave out; the workspace worker builds the workbook from the stored workspace while the
 * window stays live. Cancel while it builds: the result is dropped and no file is written.
 */
import { Alert, App, Checkbox, InputNumber, Modal, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../shared/domain/common';
import { isLanguage } from '../../shared/i18n';
import { SAFE_REDACTION, leftOut, type Redaction } from '../../shared/report/redaction';
import { accountsInScope, type AccountScope } from '../../shared/report/reviewScope';
import { useErrorReporter } from '../app/useErrorReporter';
import { useAccounts, useSettings } from '../data/hooks/workspaceHooks';
import { saveBlob } from '../platform/fileAccess';
import { ExportScope } from '../transfer/ExportScope';
import { buildReviewWorkbook } from '../transfer/workspaceWorkerClient';

export function ReviewPackDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const settings = useSettings();
  const accounts = useAccounts();
  const [scope, setScope] = useState<AccountScope>({ kind: 'all' });
  const [year, setYear] = useState<number | null>(null);
  const [redaction, setRedaction] = useState<Redaction>(SAFE_REDACTION);
  const [building, setBuilding] = useState(false);
  // Set when the dialog is closed while the worker builds: its result is then dropped.
  const dropped = useRef(false);

  // An owner or a list still to be chosen is not yet a scope to warn about.
  const chosen = scope.kind === 'all' || (scope.kind === 'owner' ? scope.ownerId !== null : scope.accountIds.length > 0);
  const inScope = useMemo(() => (accounts ? accountsInScope(accounts, scope).length : 0), [accounts, scope]);
  const planYear = year ?? settings?.planYear ?? new Date().getFullYear();
  const omitted = leftOut(redaction);

  const run = async () => {
    if (inScope === 0) return;
    setBuilding(true);
    dropped.current = false;
    try {
      const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
      const built = await buildReviewWorkbook({ scope, year: planYear, redaction, today: todayIsoDate(), language });
      if (dropped.current) return;
      const saved = await saveBlob(built.blob, `${t('review.fileName')}-${planYear}.xlsx`, 'xlsx');
      if (saved.saved) void message.success(t('review.done', { count: built.accounts }));
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setBuilding(false);
    }
  };

  return (
    <Modal
      open
      title={t('review.title')}
      okText={t('review.export')}
      cancelText={t('common.cancel')}
      confirmLoading={building}
      okButtonProps={{ disabled: inScope === 0 }}
      onOk={() => void run()}
      onCancel={() => {
        dropped.current = true;
        onClose();
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <ExportScope scope={scope} onChange={(next) => setScope(next)} />
        {chosen && inScope === 0 && accounts && <Typography.Text type="warning">{t('review.noAccounts')}</Typography.Text>}
        <Space>
          <Typography.Text strong>{t('review.year')}</Typography.Text>
          <InputNumber aria-label={t('review.year')} min={2000} max={2100} precision={0} value={planYear} onChange={(value) => setYear(value)} />
        </Space>
        <div>
          <Typography.Text strong>{t('review.formats')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('review.formatXlsx')}
          </Typography.Paragraph>
        </div>
        <Space orientation="vertical">
          <Checkbox checked={redaction.personalFiles} onChange={(event) => setRedaction({ ...redaction, personalFiles: event.target.checked })}>
            {t('review.includePersonal')}
          </Checkbox>
          <Checkbox checked={redaction.contacts} onChange={(event) => setRedaction({ ...redaction, contacts: event.target.checked })}>
            {t('review.includeContacts')}
          </Checkbox>
          <Checkbox checked={redaction.hideCoaches} onChange={(event) => setRedaction({ ...redaction, hideCoaches: event.target.checked })}>
            {t('review.hideCoaches')}
          </Checkbox>
        </Space>
        <Alert
          type={omitted.length > 0 ? 'info' : 'warning'}
          showIcon
          title={omitted.length > 0 ? t('review.leftOut', { items: omitted.map((item) => t(`review.leftOutItems.${item}`)).join(t('review.separator')) }) : t('review.leftOutNothing')}
        />
      </Space>
    </Modal>
  );
}
