import { ExportOutlined, FolderOpenOutlined, ImportOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../../session/StorageGate';
import { useErrorReporter } from '../../session/useErrorReporter';
import { desktopBridge } from '../../platform/desktopBridge';
import { useTransfer } from '../../transfer/TransferProvider';
import { useRestorePoint } from '../../transfer/useRestorePoint';
import { BackupEncryption } from './BackupEncryption';
import { BackupList } from './BackupList';

export function DataSettings() {
  const { t, i18n } = useTranslation();
  const transfer = useTransfer();
  const restorePoint = useRestorePoint();
  const storage = useStorageStatus();
  const reportError = useErrorReporter();
  const bridge = desktopBridge();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('settings.dataHint')}</Typography.Paragraph>
      <Space>
        <Button icon={<ExportOutlined aria-hidden />} onClick={transfer.startExport}>
          {t('transfer.exportTitle')}
        </Button>
        <Button icon={<ImportOutlined aria-hidden />} onClick={transfer.startImport}>
          {t('transfer.importTitle')}
        </Button>
      </Space>
      <Typography.Title level={5}>{t('settings.backups')}</Typography.Title>
      {bridge ? (
        <>
          <Typography.Paragraph type="secondary">{t('settings.backupsHint')}</Typography.Paragraph>
          <Button icon={<FolderOpenOutlined aria-hidden />} onClick={() => void bridge.openBackupsFolder().catch(reportError)}>
            {t('settings.openBackups')}
          </Button>
          <BackupList bridge={bridge} />
          <BackupEncryption bridge={bridge} />
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('settings.backupsBrowser')}</Typography.Paragraph>
      )}
      {!bridge && (
        <>
          <Typography.Title level={5}>{t('transfer.restorePoint')}</Typography.Title>
          {restorePoint ? (
            <Space wrap>
              <Typography.Text>
                {t('transfer.restorePointInfo', { time: new Date(restorePoint.info.takenAt).toLocaleString(i18n.language), count: restorePoint.info.records })}
              </Typography.Text>
              <Button icon={<UndoOutlined aria-hidden />} onClick={() => restorePoint && transfer.importFrom(restorePoint.file)}>
                {t('transfer.restorePointRestore')}
              </Button>
            </Space>
          ) : (
            <Typography.Paragraph type="secondary">{t('transfer.restorePointNone')}</Typography.Paragraph>
          )}
        </>
      )}
      <Alert
        type={storage.persisted ? 'success' : 'warning'}
        showIcon
        title={t('settings.storage')}
        description={storage.persisted ? t('settings.storagePersisted') : t('settings.storageNotPersisted')}
      />
    </Space>
  );
}
