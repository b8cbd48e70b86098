/**
 * What a file leaves out — personal files, contact details, coaches' identities — and a line saying
 * what is left out. One set of choices for the review pack and the workspace export: one rule
 * (shared/report/redaction.ts) applied to every format.
 */
import { Alert, Checkbox, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { leftOut, type Redaction } from '../../shared/report/redaction';
import { leftOutText } from '../i18n/leftOutText';

export function RedactionChoices({ value, onChange }: { value: Redaction; onChange: (next: Redaction) => void }) {
  const { t } = useTranslation();
  const omitted = leftOut(value);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Checkbox checked={value.personalFiles} onChange={(event) => onChange({ ...value, personalFiles: event.target.checked })}>
        {t('review.includePersonal')}
      </Checkbox>
      <Checkbox checked={value.contacts} onChange={(event) => onChange({ ...value, contacts: event.target.checked })}>
        {t('review.includeContacts')}
      </Checkbox>
      <Checkbox checked={value.hideCoaches} onChange={(event) => onChange({ ...value, hideCoaches: event.target.checked })}>
        {t('review.hideCoaches')}
      </Checkbox>
      <Alert
        type={omitted.length > 0 ? 'info' : 'warning'}
        showIcon
        title={leftOutText(t, omitted)}
      />
    </Space>
  );
}
