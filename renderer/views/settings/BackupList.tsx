/**
 * Settings ▸ 自动备份: the backups the desktop shell keeps, newest first, with when and why each was
 * written, its size, its records and whether restore() accepted it; "restore this backup" runs the
 * ordinary import on it (encrypted ones ask for the password; checked, confirmed, and the current
 * workspace backed up first).
 */
import { LockOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, DesktopBridge } from '../../../shared/bridge/contract';
import { useErrorReporter } from '../../session/useErrorReporter';
import { useTransfer } from '../../transfer/TransferProvider';

const MB = 1024 * 1024;

export function BackupList({ bridge }: { bridge: DesktopBridge }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const transfer = useTransfer();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);

  const refresh = useCallback(() => bridge.listBackups().then(setBackups, reportError), [bridge, reportError]);
  useEffect(() => void refresh(), [refresh]);

  const restoreBackup = async (entry: BackupEntry) => {
    const file = await bridge.readBackup({ name: entry.name });
    if (!file) {
      message.error(t('settings.backupGone'));
      await refresh();
      return;
    }
    transfer.importFrom(new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: 'application/json' }));
  };

  return (
    <Table<BackupEntry>
      size="small"
      rowKey="name"
      aria-label={t('settings.backupList')}
      loading={backups === null}
      dataSource={backups ?? []}
      pagination={false}
      scroll={{ y: 280 }}
      locale={{ emptyText: t('settings.backupNone') }}
      columns={[
        { key: 'at', title: t('settings.backupAt'), render: (_, b) => new Date(b.at).toLocaleString(i18n.language) },
        { key: 'reason', title: t('settings.backupReason'), render: (_, b) => (b.reason === 'daily' ? t('settings.backupDaily') : t('settings.backupBeforeImport')) },
        { key: 'bytes', title: t('settings.backupSize'), align: 'right', render: (_, b) => (b.bytes === null ? '—' : `${(b.bytes / MB).toFixed(1)} MB`) },
        { key: 'records', title: t('settings.backupRecords'), align: 'right', render: (_, b) => (b.records === null ? '—' : b.records.toLocaleString(i18n.language)) },
        {
          key: 'state',
          title: t('settings.backupState'),
          render: (_, b) => (
            <>
              {b.restorable === true ? <Tag color="green">{t('settings.backupRestorable')}</Tag> : b.restorable === false ? <Tag color="red">{t('settings.backupBroken')}</Tag> : <Tag>{t('settings.backupUnchecked')}</Tag>}
              {b.encrypted && (
                <Tooltip title={t('settings.backupEncrypted')}>
                  <LockOutlined aria-label={t('settings.backupEncrypted')} />
                </Tooltip>
              )}
            </>
          ),
        },
        {
          key: 'restore',
          title: '',
          render: (_, b) => (
            <Popconfirm
              title={t('settings.backupRestoreConfirm', { time: new Date(b.at).toLocaleString(i18n.language) })}
              description={t('settings.backupRestoreHint')}
              okText={t('settings.backupRestore')}
              cancelText={t('common.cancel')}
              onConfirm={() => void restoreBackup(b).catch(reportError)}
            >
              <Button size="small" icon={<UndoOutlined aria-hidden />} disabled={b.restorable === false} aria-label={t('settings.backupRestoreThis', { time: new Date(b.at).toLocaleString(i18n.language) })}>
                {t('settings.backupRestore')}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
