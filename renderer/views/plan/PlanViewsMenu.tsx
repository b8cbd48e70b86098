/**
 * The plan sheet's 视图 menu: the built-in column views, the person's saved ones, saving the columns
 * shown now under a name, and deleting the saved view in use.
 */
import { EyeOutlined } from '@ant-design/icons';
import { Button, Dropdown, Form, Input, Modal } from 'antd';
import type { VisibilityState } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_VIEWS, builtInColumns, currentView, readSavedViews, VIEW_NAME_LIMIT, visibilityFor, visibleColumns, withView, writeSavedViews, type SavedView } from './planViews';

interface Props {
  visibility: VisibilityState;
  onVisibility: (visibility: VisibilityState) => void;
}

export function PlanViewsMenu({ visibility, onVisibility }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<SavedView[]>(readSavedViews);
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const current = currentView(visibility, saved);
  const shown = current === null ? t('plan.views.custom') : 'builtIn' in current ? t(`plan.views.builtIn.${current.builtIn}`) : current.saved;
  const store = (views: SavedView[]) => {
    setSaved(views);
    writeSavedViews(views);
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          selectable: true,
          selectedKeys: current === null ? [] : ['builtIn' in current ? `b:${current.builtIn}` : `s:${current.saved}`],
          items: [
            ...BUILT_IN_VIEWS.map((v) => ({ key: `b:${v}`, label: t(`plan.views.builtIn.${v}`) })),
            ...(saved.length > 0 ? [{ type: 'divider' as const }, ...saved.map((v) => ({ key: `s:${v.name}`, label: v.name }))] : []),
            { type: 'divider' as const },
            { key: 'save', label: t('plan.views.save') },
            ...(current !== null && 'saved' in current ? [{ key: 'delete', danger: true, label: t('plan.views.delete', { name: current.saved }) }] : []),
          ],
          onClick: ({ key }) => {
            if (key === 'save') {
              form.setFieldsValue({ name: current !== null && 'saved' in current ? current.saved : '' });
              setNaming(true);
            } else if (key === 'delete' && current !== null && 'saved' in current) {
              store(saved.filter((v) => v.name !== current.saved));
            } else if (key.startsWith('b:')) {
              const view = BUILT_IN_VIEWS.find((v) => `b:${v}` === key);
              if (view) onVisibility(visibilityFor(builtInColumns(view)));
            } else {
              const view = saved.find((v) => `s:${v.name}` === key);
              if (view) onVisibility(visibilityFor(view.columns));
            }
          },
        }}
      >
        <Button icon={<EyeOutlined aria-hidden />}>{t('plan.views.button', { name: shown })}</Button>
      </Dropdown>
      {naming && (
        <Modal open title={t('plan.views.save')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={() => setNaming(false)} destroyOnHidden>
          <Form
            form={form}
            layout="vertical"
            onFinish={({ name }) => {
              store(withView(saved, name, visibleColumns(visibility)));
              setNaming(false);
            }}
          >
            <Form.Item
              name="name"
              label={t('plan.views.name')}
              rules={[
                { required: true, whitespace: true, message: t('problems.required') },
                { max: VIEW_NAME_LIMIT, message: t('problems.too_long', { maximum: VIEW_NAME_LIMIT }) },
              ]}
            >
              <Input autoFocus maxLength={VIEW_NAME_LIMIT} aria-label={t('plan.views.name')} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
