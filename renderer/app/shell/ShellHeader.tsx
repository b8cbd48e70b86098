/**
 * The header: the tagline and the file commands (撤销记录, 导入, 合并, 导出, 复盘材料). Plain buttons
 * styled like antd's default button (shell.css), so the header is drawn with the sidebar, before
 * antd arrives; each waits for the database and for the workbench that carries it out.
 */
import { ExportOutlined, FundProjectionScreenOutlined, HistoryOutlined, ImportOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageReady } from '../../session/StorageGate';
import { undoHistory } from '../../session/undoHistory';
import { useShellCommands } from './shellCommands';

function ShellButton({ icon, label, disabled, onClick, children }: { icon: ReactNode; label?: string; disabled: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="kp-shell-button" disabled={disabled} aria-label={label} onClick={onClick}>
      {icon}
      <span>{children}</span>
    </button>
  );
}

export function ShellHeader() {
  const { t } = useTranslation();
  const ready = useStorageReady();
  const commands = useShellCommands();
  const entries = useSyncExternalStore(undoHistory.subscribe, undoHistory.getSnapshot);
  const undoable = entries.filter((e) => e.state === 'ready').length;
  const off = !ready || !commands;
  return (
    <header className="kp-shell-header keyplan-no-print">
      {/* Wraps to a second line rather than being cut where the window is narrow (en at 1280 px). */}
      <span className="kp-shell-tagline">{t('app.tagline')}</span>
      <div className="kp-shell-commands">
        <span className="kp-shell-badge-host">
          <ShellButton icon={<HistoryOutlined aria-hidden />} label={t('undoHistory.buttonLabel', { n: undoable })} disabled={!commands} onClick={() => commands?.openUndoHistory()}>
            {t('undoHistory.button')}
          </ShellButton>
          {undoable > 0 && (
            <span className="kp-shell-badge" aria-hidden>
              {undoable}
            </span>
          )}
        </span>
        <ShellButton icon={<ImportOutlined aria-hidden />} disabled={off} onClick={() => commands?.startImport()}>
          {t('transfer.import')}
        </ShellButton>
        <ShellButton icon={<MergeCellsOutlined aria-hidden />} label={t('merge.buttonLabel')} disabled={off} onClick={() => commands?.startMerge()}>
          {t('merge.button')}
        </ShellButton>
        <ShellButton icon={<ExportOutlined aria-hidden />} disabled={off} onClick={() => commands?.startExport()}>
          {t('transfer.export')}
        </ShellButton>
        <ShellButton icon={<FundProjectionScreenOutlined aria-hidden />} label={t('review.buttonLabel')} disabled={off} onClick={() => commands?.openReviewPack()}>
          {t('review.button')}
        </ShellButton>
      </div>
    </header>
  );
}
