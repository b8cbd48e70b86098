/**
 * Settings ▸ 自动备份 ▸ encrypt the automatic backups with a password (desktop only). The password is
 * kept by the operating system's key store, so backups are written without asking; it is needed to
 * import a backup, and a lost password cannot be recovered — the dialog says so before it is set.
 */
import { LockOutlined } from '@ant-design/icons';
import { App, Button, Modal, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEncryptionState, DesktopBridge } from '../../../shared/bridge/contract';
import { MIN_PASSWORD_LENGTH } from '../../../shared/fileFormat/encryption';
import { useErrorReporter } from '../../session/useErrorReporter';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { newPasswordProblem } from '../../components/newPasswordProblem';

export function BackupEncryption({ bridge }: { bridge: DesktopBridge }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const [state, setState] = useState<BackupEncryptionState | null>(null);
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');

  const refresh = useCallback(() => bridge.backupEncryption().then(setState, reportError), [bridge, reportError]);
  useEffect(() => void refresh(), [refresh]);

  const problem = newPasswordProblem(t, password, again);

  const apply = async (next: string | null) => {
    const result = await bridge.setBackupPassword({ password: next });
    if (!result.ok) {
      message.error(result.reason === 'unavailable' ? t('settings.backupEncryptionUnavailable') : t('transfer.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
      return;
    }
    message.success(next === null ? t('settings.backupEncryptionOff') : t('settings.backupEncryptionOn'));
    setAsking(false);
    setPassword('');
    setAgain('');
    await refresh();
  };

  if (!state) return null;
  if (!state.available) return <Typography.Paragraph type="secondary">{t('settings.backupEncryptionUnavailable')}</Typography.Paragraph>;
  return (
    <>
      <Space>
        <Switch
          checked={state.enabled}
          aria-label={t('settings.backupEncryption')}
          onChange={(on) => (on ? setAsking(true) : void apply(null).catch(reportError))}
        />
        <Typography.Text>{t('settings.backupEncryption')}</Typography.Text>
        {state.enabled && (
          <Button size="small" icon={<LockOutlined aria-hidden />} onClick={() => setAsking(true)}>
            {t('settings.backupEncryptionChange')}
          </Button>
        )}
      </Space>
      <Modal
        open={asking}
        title={t('settings.backupEncryption')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: problem !== null }}
        onOk={() => void apply(password).catch(reportError)}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('settings.backupEncryptionHint')}</Typography.Paragraph>
        <NewPasswordFields password={password} again={again} onPassword={setPassword} onAgain={setAgain} />
      </Modal>
    </>
  );
}
