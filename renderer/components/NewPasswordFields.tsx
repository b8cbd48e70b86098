/**
 * Choosing a password for an encrypted file or encrypted backups: typed twice, at least
 * MIN_PASSWORD_LENGTH characters, with the warning that a lost password cannot be recovered. One
 * component so the export dialog and the backup setting ask the same way.
 */
import { Alert, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { newPasswordProblem } from './newPasswordProblem';

interface Props {
  password: string;
  again: string;
  onPassword: (value: string) => void;
  onAgain: (value: string) => void;
}

export function NewPasswordFields({ password, again, onPassword, onAgain }: Props) {
  const { t } = useTranslation();
  const problem = newPasswordProblem(t, password, again);
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
      <Input.Password aria-label={t('transfer.password')} placeholder={t('transfer.password')} value={password} onChange={(event) => onPassword(event.target.value)} />
      <Input.Password aria-label={t('transfer.passwordAgain')} placeholder={t('transfer.passwordAgain')} value={again} onChange={(event) => onAgain(event.target.value)} status={problem && again !== '' ? 'error' : undefined} />
      {problem && (password !== '' || again !== '') && <Typography.Text type="danger">{problem}</Typography.Text>}
      <Alert type="warning" showIcon title={t('transfer.passwordLost')} />
    </Space>
  );
}
