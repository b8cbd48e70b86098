/**
 * The dialogs of import, export and merge: the progress of a running transfer, the export's
 * choices and the merge preview. Their own chunk (tables, selects, radios, progress bars): the
 * first screen starts without them and TransferProvider loads them when the window is first idle.
 */
import { Checkbox, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountScope } from '../../shared/report/reviewScope';
import type { Redaction } from '../../shared/report/redaction';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { RedactionChoices } from '../components/RedactionChoices';
import type { ImportPhase, MergeAnswers, MergePreview } from '../workers/workspaceWorkerProtocol';
import { ExportScope } from './ExportScope';
import { MergePreviewDialog } from './MergePreviewDialog';

export interface ProgressState {
  /** The dialog's title: which file is imported, or how many are merged. */
  title: string;
  phase: ImportPhase;
  done: number;
  total: number;
}

/** What the export dialog shows and changes; the state lives in TransferProvider. */
export interface ExportChoices {
  open: boolean;
  exporting: boolean;
  scope: AccountScope;
  redaction: Redaction;
  encrypt: boolean;
  password: string;
  passwordAgain: string;
  /** OK is disabled while this is true (a password problem or an empty scope). */
  blocked: boolean;
  onScope: (scope: AccountScope) => void;
  onRedaction: (redaction: Redaction) => void;
  onEncrypt: (encrypt: boolean) => void;
  onPassword: (password: string) => void;
  onPasswordAgain: (again: string) => void;
  onOk: () => void;
  onCancel: () => void;
}

interface Props {
  progress: ProgressState | null;
  exportChoices: ExportChoices;
  mergePreview: MergePreview | null;
  onMerge: (answers: MergeAnswers) => void;
  onMergeCancel: () => void;
}

export function TransferDialogs({ progress, exportChoices: choices, mergePreview, onMerge, onMergeCancel }: Props) {
  const { t } = useTranslation();
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  return (
    <>
      {mergePreview && <MergePreviewDialog preview={mergePreview} onMerge={onMerge} onCancel={onMergeCancel} />}
      {/* Rendered from the start, hidden: opening it then only shows it (mounting a dialog in the middle of a
          merge held the window for over 100 ms). */}
      <Modal open={progress !== null} forceRender title={progress?.title ?? ''} footer={null} closable={false} mask={{ closable: false }}>
        {progress && (
          <div role="status" aria-live="polite">
            <Typography.Paragraph>{t(`transfer.phase.${progress.phase}`, { done: progress.done, total: progress.total })}</Typography.Paragraph>
            {/* No "active" shimmer: it redrew the bar in the window's main thread about 75 times a second for
                the whole write (traced: 15–25 % of a core, on two cores that also run the write). The bar
                and the counts above move with every report. */}
            <Progress percent={progress.phase === 'writing' ? percent : 0} showInfo={progress.phase === 'writing'} />
          </div>
        )}
      </Modal>
      <Modal
        open={choices.open}
        title={t('transfer.exportTitle')}
        okText={t('transfer.export')}
        cancelText={t('common.cancel')}
        confirmLoading={choices.exporting}
        okButtonProps={{ disabled: choices.blocked }}
        onOk={choices.onOk}
        onCancel={choices.onCancel}
      >
        {choices.open && <ExportScope scope={choices.scope} onChange={choices.onScope} />}
        <RedactionChoices value={choices.redaction} onChange={choices.onRedaction} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('transfer.exportSensitiveHint')}
        </Typography.Paragraph>
        <Checkbox checked={choices.encrypt} onChange={(event) => choices.onEncrypt(event.target.checked)}>
          {t('transfer.exportEncrypt')}
        </Checkbox>
        {choices.encrypt && <NewPasswordFields password={choices.password} again={choices.passwordAgain} onPassword={choices.onPassword} onAgain={choices.onPasswordAgain} />}
      </Modal>
    </>
  );
}
