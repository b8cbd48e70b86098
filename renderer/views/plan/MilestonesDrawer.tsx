/**
 * A plan row's key milestones (关键节点: owner, task, due date, floor target, done — seed 002 step 5)
 * and the history of its target revisions (目标动态调节). Milestones are saved together; a task is
 * required and amounts follow the currency's decimals.
 */
import { useEditorExit } from '../../components/useEditorExit';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Empty, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/domain/common';
import { fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import type { Milestone, PlanRow } from '../../../shared/domain/planRow';
import type { TeamMember } from '../../../shared/domain/team';
import { isMilestoneOverdue } from '../../../shared/methods/planRisk';
import { EditorDrawer } from '../../components/EditorDrawer';
import { MoneyInput, moneyRules } from '../../components/formFields';
import { formatCellAmount } from './planColumns';
import type { PlanContext } from './planContext';
import { CLEARABLE } from '../../components/clearable';

interface MilestoneValues {
  id: string;
  task: string;
  ownerId: string | null;
  dueDate: Dayjs | null;
  floorTarget: number | null;
  done: boolean;
}

export interface MilestonesDrawerProps {
  row: PlanRow;
  accountName: string;
  ctx: Pick<PlanContext, 'currency' | 'locale' | 'today'>;
  team: readonly TeamMember[];
  onSave: (milestones: Milestone[]) => void;
  onClose: () => void;
}

export function MilestonesDrawer({ row, accountName, ctx, team, onSave, onClose }: MilestonesDrawerProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ milestones: MilestoneValues[] }>();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => form.submit(), close: onClose });
  const initial: MilestoneValues[] = row.milestones.map((m) => ({
    id: m.id,
    task: m.task,
    ownerId: m.ownerId,
    dueDate: m.dueDate === null ? null : dayjs(m.dueDate),
    floorTarget: m.floorTarget === null ? null : fromMinorUnits(m.floorTarget, ctx.currency),
    done: m.done,
  }));
  const watched = Form.useWatch('milestones', form) ?? initial;

  const save = (values: { milestones: MilestoneValues[] | undefined }) => {
    onSave(
      (values.milestones ?? []).map((m) => ({
        id: m.id,
        task: m.task.trim(),
        ownerId: m.ownerId ?? null,
        dueDate: m.dueDate ? m.dueDate.format('YYYY-MM-DD') : null,
        floorTarget: m.floorTarget === null || m.floorTarget === undefined ? null : toMinorUnits(m.floorTarget, ctx.currency),
        done: m.done,
      })),
    );
  };

  const title = `${accountName} · ${row.product || t('plan.noProduct')}`;
  return (
    <EditorDrawer size="large" title={title} requestClose={requestClose} onSave={() => form.submit()}>
      <Typography.Title level={5}>{t('plan.milestones.title')}</Typography.Title>
      <Form form={form} initialValues={{ milestones: initial }} onFinish={save} layout="vertical">
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 && <Empty description={t('plan.milestones.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
              {fields.map((field, index) => {
                const current = watched[index];
                const overdue =
                  current !== undefined &&
                  isMilestoneOverdue({ id: '', task: '', ownerId: null, floorTarget: null, done: current.done, dueDate: current.dueDate ? current.dueDate.format('YYYY-MM-DD') : null }, ctx.today);
                return (
                  <div key={field.key} className={overdue ? 'kp-milestone kp-milestone--overdue' : 'kp-milestone'} data-testid="milestone">
                    <Form.Item name={[field.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Space align="start" wrap>
                      <Form.Item name={[field.name, 'done']} valuePropName="checked" label={t('plan.milestones.done')}>
                        <Checkbox aria-label={t('plan.milestones.done')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'task']} label={t('plan.milestones.task')} rules={[{ required: true, whitespace: true, message: t('problems.required') }, { max: 500, message: t('problems.too_long', { maximum: 500 }) }]} style={{ width: 220 }}>
                        <Input aria-label={t('plan.milestones.task')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'ownerId']} label={t('plan.milestones.owner')} style={{ width: 130 }}>
                        <Select allowClear={CLEARABLE} aria-label={t('plan.milestones.owner')} options={team.map((m) => ({ value: m.id, label: m.name }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'dueDate']} label={t('plan.milestones.dueDate')}>
                        <DatePicker aria-label={t('plan.milestones.dueDate')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'floorTarget']} label={t('plan.milestones.floorTarget')} rules={moneyRules(t, ctx.currency)} style={{ width: 160 }}>
                        <MoneyInput currency={ctx.currency} aria-label={t('plan.milestones.floorTarget')} />
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('plan.milestones.remove')} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                    </Space>
                    {overdue && <Tag color="red">{t('plan.milestones.overdue')}</Tag>}
                  </div>
                );
              })}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ id: newId(), task: '', ownerId: row.ownerId, dueDate: null, floorTarget: null, done: false })}>
                {t('plan.milestones.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 32 }}>
        {t('plan.revision.history')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        locale={{ emptyText: t('plan.revision.none') }}
        dataSource={[...row.revisions].reverse()}
        columns={[
          { key: 'at', title: t('plan.revision.at'), render: (_, r) => new Date(r.at).toLocaleString(i18n.language) },
          { key: 'from', title: t('plan.revision.from'), align: 'right', render: (_, r) => formatCellAmount(r.from, ctx) },
          { key: 'to', title: t('plan.revision.to'), align: 'right', render: (_, r) => formatCellAmount(r.to, ctx) },
          { key: 'reason', title: t('plan.revision.reason'), dataIndex: 'reason' },
        ]}
      />
    </EditorDrawer>
  );
}
