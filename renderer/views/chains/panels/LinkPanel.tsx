/** The selected influence link: kind, strength, note; delete. */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { INFLUENCE_LINK_KINDS } from '../../../../shared/domain/codes';
import type { LinkFields } from '../../../../shared/domain/decisionChainEdits';
import type { InfluenceLink } from '../../../../shared/domain/stakeholder';
import type { Problem } from '../../../../shared/fileFormat/problems';
import { CodeSelect } from '../../../components/formFields';
import { problemText } from '../../../i18n/problemText';

interface Props {
  link: InfluenceLink;
  fromName: string;
  toName: string;
  onEdit: (patch: Partial<LinkFields>) => Promise<Problem[] | null>;
  onDelete: () => void;
}

export function LinkPanel({ link, fromName, toName, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(link), [link, form]);

  const commit = async (patch: Partial<LinkFields>) => {
    const problems = await onEdit(patch);
    if (problems) form.setFields(problems.map((p) => ({ name: p.path, errors: [problemText(t, p)] })));
  };

  return (
    <Form form={form} layout="vertical" size="small" initialValues={link} aria-label={t('chain.panel.link')}>
      <Typography.Title level={5}>{t('chain.link.title', { from: fromName, to: toName })}</Typography.Title>
      <Form.Item name="kind" label={t('chain.link.kind')}>
        <CodeSelect group="linkKind" codes={INFLUENCE_LINK_KINDS} allowClear={false} aria-label={t('chain.link.kind')} onChange={(kind: string) => void commit({ kind: kind as InfluenceLink['kind'] })} />
      </Form.Item>
      <Form.Item name="strength" label={t('chain.link.strength')}>
        <Select<number>
          aria-label={t('chain.link.strength')}
          options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))}
          onChange={(strength) => void commit({ strength })}
        />
      </Form.Item>
      <Form.Item name="note" label={t('chain.link.note')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          aria-label={t('chain.link.note')}
          onBlur={(event) => {
            if (event.currentTarget.value.trim() !== link.note) void commit({ note: event.currentTarget.value.trim() });
          }}
        />
      </Form.Item>
      <Button danger block icon={<DeleteOutlined aria-hidden />} onClick={onDelete}>
        {t('chain.link.delete')}
      </Button>
    </Form>
  );
}
