/**
 * 目标动态调节: changing annual targets that were already set asks why, once for the whole edit (a
 * paste that changes 30 targets asks once). Cancel stores nothing of the edit.
 */
import { Input, Modal, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../shared/domain/planRow';
import { formatCellAmount } from './planColumns';
import type { PlanContext } from './planContext';
import { useFocusWhenOpen } from '../../components/useFocusWhenOpen';

export interface RevisionPromptProps {
  changes: { before: PlanRow; after: PlanRow }[];
  ctx: PlanContext;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function RevisionPrompt({ changes, ctx, onConfirm, onCancel }: RevisionPromptProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { ref: reasonRef, afterOpenChange: focusReason } = useFocusWhenOpen<TextAreaRef>();
  return (
    <Modal
      open
      title={t('plan.revision.title', { count: changes.length })}
      okText={t('plan.revision.confirm')}
      okButtonProps={{ disabled: reason.trim() === '' }}
      onOk={() => onConfirm(reason.trim())}
      onCancel={onCancel}
      destroyOnHidden
      afterOpenChange={focusReason}
    >
      <ul className="kp-revision-list">
        {changes.slice(0, 8).map(({ before, after }) => (
          <li key={after.id}>
            {ctx.accounts.get(after.accountId)?.name ?? ''} · {after.product}: {formatCellAmount(before.target, ctx)} → {formatCellAmount(after.target, ctx)}
          </li>
        ))}
        {changes.length > 8 && <li>{t('plan.revision.more', { count: changes.length - 8 })}</li>}
      </ul>
      <Typography.Paragraph type="secondary">{t('plan.revision.hint')}</Typography.Paragraph>
      <Input.TextArea ref={reasonRef} autoFocus rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('plan.revision.reason')} placeholder={t('plan.revision.placeholder')} />
    </Modal>
  );
}
