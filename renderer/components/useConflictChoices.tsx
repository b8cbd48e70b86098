/**
 * Asks the person what to keep when a field they changed was also changed elsewhere (another window,
 * tab or an import) since the editor opened: both values side by side, one choice per field. Until
 * they choose, nothing is written; "Back to editing" keeps the editor open with what they typed.
 */
import { App, Radio, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pathKey, type ConflictChoice, type ConflictChoices, type FieldConflict, type FieldPath } from '../../shared/domain/recordPatch';

export interface ConflictLabels {
  /** The field's name as the form shows it. */
  field: (path: FieldPath) => string;
  /** A value as the person knows it (money in 元, a person by name); plain text otherwise. */
  value?: (path: FieldPath, value: unknown) => string | null;
}

export type AskConflicts = (conflicts: readonly FieldConflict[], labels: ConflictLabels) => Promise<ConflictChoices | null>;

export function useConflictChoices(): AskConflicts {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (conflicts, labels) =>
      new Promise<ConflictChoices | null>((resolve) => {
        const choices: Record<string, ConflictChoice> = Object.fromEntries(conflicts.map((c) => [pathKey(c.path), 'ours' as const]));
        const show = (path: FieldPath, value: unknown): string => {
          const custom = labels.value?.(path, value);
          if (custom !== null && custom !== undefined) return custom;
          if (value === null || value === undefined || value === '') return t('conflicts.empty');
          if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
          if (typeof value === 'number') return value.toLocaleString();
          if (Array.isArray(value)) return t('conflicts.items', { count: value.length });
          return typeof value === 'string' ? value : JSON.stringify(value);
        };
        modal.confirm({
          title: t('conflicts.title'),
          width: 640,
          okText: t('conflicts.save'),
          cancelText: t('conflicts.back'),
          content: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Paragraph>{t('conflicts.explain')}</Typography.Paragraph>
              {conflicts.map((conflict) => {
                const key = pathKey(conflict.path);
                const field = labels.field(conflict.path);
                return (
                  <div key={key} role="group" aria-label={field}>
                    <Typography.Text strong>{field}</Typography.Text>
                    <Radio.Group
                      defaultValue="ours"
                      style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 4 }}
                      onChange={(event) => {
                        choices[key] = event.target.value as ConflictChoice;
                      }}
                      options={[
                        { value: 'ours', label: t('conflicts.ours', { value: show(conflict.path, conflict.ours) }) },
                        { value: 'theirs', label: t('conflicts.theirs', { value: show(conflict.path, conflict.theirs) }) },
                      ]}
                    />
                  </div>
                );
              })}
            </Space>
          ),
          onOk: () => resolve({ ...choices }),
          onCancel: () => resolve(null),
        });
      }),
    [modal, t],
  );
}
