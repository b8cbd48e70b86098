/**
 * Our product lines: the columns of every account's whitespace grid (白区分析), in the order typed. Type a
 * name and press Enter to add one; remove one with its ×. The list is saved at once, as what this list
 * showed changed (another window's change to it in between is a conflict to settle, never overwritten).
 */
import { App, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { useErrorReporter } from '../../session/useErrorReporter';
import { saveThenClose } from '../../components/saveThenClose';
import { useConflictChoices } from '../../components/useConflictChoices';
import { db } from '../../data/db';
import { useSettings } from '../../data/hooks/workspaceHooks';
import { saveSettingsEdit } from '../../data/repositories/settingsRepository';
import { problemText } from '../../i18n/problemText';

export function ProductLinesSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const settings = useSettings();

  const save = (loaded: Settings, productLines: string[]) =>
    void saveThenClose((choices) => saveSettingsEdit(db, { loaded, ...(choices ? { choices } : {}) }, { productLines: productLines.map((l) => l.trim()).filter(Boolean) }), {
      saved: () => void message.success(t('settings.productLines.saved')),
      refused: (problems) => void message.error(problems.map((p) => `${t('settings.productLines.title')}：${problemText(t, p)}`).join('；')),
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: () => t('settings.productLines.title') }),
    });

  if (!settings) return null;
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('settings.productLines.hint')}</Typography.Paragraph>
      <Select
        mode="tags"
        style={{ width: '100%' }}
        aria-label={t('settings.productLines.title')}
        placeholder={t('settings.productLines.placeholder')}
        value={settings.productLines}
        open={false}
        suffix={null}
        onChange={(lines: string[]) => save(settings, lines)}
      />
    </div>
  );
}
