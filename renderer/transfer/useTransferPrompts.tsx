/**
 * The questions an import or a merge asks: why a file was refused (every problem named by its
 * record), whether to replace most of the workspace (and what the file leaves out), and an encrypted
 * file's password.
 */
import { App, Input, Modal, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/fileFormat/problems';
import type { ImportSummary } from '../workers/workspaceWorkerProtocol';
import { ProblemList } from './ProblemList';

export function useTransferPrompts() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const showRefusal = useCallback(
    (fileName: string, problems: Problem[], total: number, intro?: string) => {
      modal.error({
        title: t('transfer.refusedTitle'),
        width: 640,
        content: <ProblemList intro={intro ?? t('transfer.refusedBody', { name: fileName })} problems={problems} total={total} />,
      });
    },
    [modal, t],
  );

  const confirmReplace = useCallback(
    (summary: ImportSummary) =>
      new Promise<boolean>((resolve) => {
        modal.confirm({
          title: t('transfer.confirmTitle'),
          content: (
            <>
              <Typography.Paragraph>
                {t('transfer.confirmBody', { incoming: summary.incoming, existing: summary.existing, replaced: summary.replaced })}
              </Typography.Paragraph>
              {summary.emptied.map(({ table, count }) => (
                <Typography.Paragraph key={table} type="danger">
                  {t('transfer.confirmEmptied', { table: t(`records.${table}`), count })}
                </Typography.Paragraph>
              ))}
              {summary.redacted && <Typography.Paragraph type="warning">{t('transfer.confirmRedacted')}</Typography.Paragraph>}
              {summary.contactsLeftOut && <Typography.Paragraph type="warning">{t('transfer.confirmContactsLeftOut')}</Typography.Paragraph>}
              {summary.coachesHidden && <Typography.Paragraph type="warning">{t('transfer.confirmCoachesHidden')}</Typography.Paragraph>}
            </>
          ),
          okText: t('transfer.confirmReplace'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [modal, t],
  );

  /** Asks for an encrypted file's password; null when the person cancels. */
  const askPassword = useCallback(
    (fileName: string) =>
      new Promise<string | null>((resolve) => {
        let typed = '';
        modal.confirm({
          title: t('transfer.passwordTitle', { name: fileName }),
          content: (
            <Input.Password
              autoFocus
              aria-label={t('transfer.password')}
              placeholder={t('transfer.password')}
              onChange={(event) => (typed = event.target.value)}
              onPressEnter={() => {
                // Enter submits like OK; the dialog closes through Modal.destroyAll.
                resolve(typed);
                Modal.destroyAll();
              }}
            />
          ),
          okText: t('transfer.passwordOpen'),
          cancelText: t('common.cancel'),
          onOk: () => resolve(typed),
          onCancel: () => resolve(null),
        });
      }),
    [modal, t],
  );
  return { showRefusal, confirmReplace, askPassword };
}
