/** One competitor of an account, in a dialog: saved like every record (only what changed, checked against what is stored now). */
import { useEditorExit } from '../../../components/useEditorExit';
import { App, AutoComplete, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import type { Competitor } from '../../../../shared/domain/team';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { saveThenClose } from '../../../components/saveThenClose';
import { useConflictChoices } from '../../../components/useConflictChoices';
import { db } from '../../../data/db';
import { saveCompetitor, type CompetitorDraft } from '../../../data/repositories/competitorRepository';
import { problemText, recordFieldLabel } from '../../../i18n/problemText';
import { CLEARABLE } from '../../../components/clearable';
import { StarRating } from '../../../components/StarRating';

interface Values {
  name: string;
  opportunityId: string | null;
  strengths: string;
  weaknesses: string;
  customerSatisfaction: number | null;
  relationToCustomer: string;
}

interface Props {
  competitor: Competitor | null;
  accountId: string;
  opportunities: readonly Opportunity[];
  names: readonly string[];
  onClose: () => void;
}

export function CompetitorEditor({ competitor, accountId, opportunities, names, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const [form] = Form.useForm<Values>();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => void save(), close: onClose });
  const [loaded] = useState(competitor);
  const [initialValues] = useState<Values>(() => ({
    name: loaded?.name ?? '',
    opportunityId: loaded?.opportunityId ?? null,
    strengths: loaded?.strengths ?? '',
    weaknesses: loaded?.weaknesses ?? '',
    customerSatisfaction: loaded?.customerSatisfaction ?? null,
    relationToCustomer: loaded?.relationToCustomer ?? '',
  }));
  const label = (field: keyof Values) => t(`accountPage.competitors.fields.${field}`);
  const title = loaded ? t('accountPage.competitors.editTitle', { name: loaded.name }) : t('accountPage.competitors.add');

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const draft: CompetitorDraft = {
      accountId,
      name: values.name ?? '',
      opportunityId: values.opportunityId ?? null,
      strengths: values.strengths ?? '',
      weaknesses: values.weaknesses ?? '',
      // Rate gives 0 when cleared: no rating.
      customerSatisfaction: values.customerSatisfaction ? values.customerSatisfaction : null,
      relationToCustomer: values.relationToCustomer ?? '',
    };
    await saveThenClose((choices) => saveCompetitor(db, loaded ? { loaded, ...(choices ? { choices } : {}) } : null, draft), {
      saved: (saved) => {
        void message.success(t('accountPage.competitors.saved', { name: saved.name }));
        onClose();
      },
      refused: (problems) => form.setFields(problems.map((p) => ({ name: p.path.split('.')[0] as keyof Values, errors: [problemText(t, p)] }))),
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: (path) => recordFieldLabel(t, 'competitors', path.join('.')) }),
    });
  };

  return (
    <Modal open title={title} onCancel={requestClose} onOk={() => void save()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} aria-label={title}>
        <Form.Item name="name" label={label('name')} rules={[{ required: true, whitespace: true, message: t('problems.required') }, { max: 200 }]}>
          <AutoComplete
            aria-label={label('name')}
            options={names.map((n) => ({ value: n }))}
            showSearch={{ filterOption: (input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
          />
        </Form.Item>
        <Form.Item name="opportunityId" label={label('opportunityId')}>
          <Select allowClear={CLEARABLE} aria-label={label('opportunityId')} options={opportunities.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="customerSatisfaction" label={label('customerSatisfaction')}>
          <StarRating aria-label={label('customerSatisfaction')} />
        </Form.Item>
        <Form.Item name="strengths" label={label('strengths')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} aria-label={label('strengths')} />
        </Form.Item>
        <Form.Item name="weaknesses" label={label('weaknesses')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} aria-label={label('weaknesses')} />
        </Form.Item>
        <Form.Item name="relationToCustomer" label={label('relationToCustomer')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-label={label('relationToCustomer')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
