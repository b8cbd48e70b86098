/**
 * What the home says about where the data lives, before any figure: in a browser that may evict
 * local data when the disk runs low, that it may (not only in Settings); and when the workspace is
 * empty but a restore point from before the last import exists, that it can be restored.
 */
import { UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../../session/StorageGate';
import { desktopBridge } from '../../platform/desktopBridge';
import { useTransfer } from '../../transfer/TransferProvider';
import { useRestorePoint } from '../../transfer/useRestorePoint';

export function StorageNotices({ accountTotal }: { accountTotal: number | undefined }) {
  const { t, i18n } = useTranslation();
  const storage = useStorageStatus();
  const transfer = useTransfer();
  const point = useRestorePoint(accountTotal);
  const desktop = desktopBridge() !== null;
  const offerRestore = point !== null && accountTotal === 0;
  if (desktop || (storage.persisted && !offerRestore)) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {offerRestore && (
        <Alert
          type="warning"
          showIcon
          title={t('portfolio.restoreOffer', { time: new Date(point.info.takenAt).toLocaleString(i18n.language), count: point.info.records })}
          action={
            <Button size="small" icon={<UndoOutlined aria-hidden />} onClick={() => transfer.importFrom(point.file)}>
              {t('portfolio.restoreOfferButton')}
            </Button>
          }
        />
      )}
      {!storage.persisted && <Alert type="info" showIcon title={t('portfolio.notPersisted')} />}
    </Space>
  );
}
