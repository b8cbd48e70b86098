/**
 * 作战计划: the account's rows of the plan year with the plan's own computed columns (weighted pipeline,
 * coverage, status, next milestone), edited here: add a row (the whitespace estimate offered as its
 * 购买潜力), edit one in a form (the same rules as the sheet: floor ≤ target, a revised target asks why),
 * its milestones in the sheet's drawer, delete with undo. The whole year stays one click away in the sheet.
 */
import { DeleteOutlined, EditOutlined, FlagOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../../shared/domain/account';
import { formatMoney, formatPercent } from '../../../../shared/domain/money';
import type { Settings } from '../../../../shared/domain/settings';
import { coverageOf, nextMilestone, pipelineByAccountProduct, pipelineKey, planStatus, type PlanStatus } from '../../../../shared/methods/planRisk';
import type { PlanRow } from '../../../../shared/domain/planRow';
import { todayIsoDate } from '../../../../shared/domain/common';
import type { AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { useUndoable } from '../../../components/useUndoable';
import { saveThenClose } from '../../../components/saveThenClose';
import { useConflictChoices } from '../../../components/useConflictChoices';
import { db } from '../../../data/db';
import { useTeamMembers } from '../../../data/hooks/workspaceHooks';
import { newPlanRow, putPlanRows, savePlanRow, stamped } from '../../../data/repositories/planRepository';
import { problemText, recordFieldLabel } from '../../../i18n/problemText';
import { AddPlanRowDialog } from '../../plan/AddPlanRowDialog';
import { MilestonesDrawer } from '../../plan/MilestonesDrawer';
import { PlanRowEditor } from './PlanRowEditor';

interface Props {
  account: Account;
  records: AccountRecords;
  settings: Settings;
}

interface Line {
  row: PlanRow;
  weighted: number;
  coverage: number | null;
  status: PlanStatus;
}

const STATUS_COLORS: Record<PlanStatus, string> = { NO_TARGET: 'default', ACHIEVED: 'green', AT_RISK: 'red', COVERED: 'blue' };

export function PlanTab({ account, records, settings }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const askConflicts = useConflictChoices();
  const team = useTeamMembers();
  const [adding, setAdding] = useState(false);
  // Ids, not rows: the editors open on the row as stored when they open.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [milestonesId, setMilestonesId] = useState<string | null>(null);
  const money = (minor: number | null) => (minor === null ? t('common.none') : formatMoney(minor, settings.currency, i18n.language));
  const year = settings.planYear;
  const lines = useMemo((): Line[] => {
    const pipeline = pipelineByAccountProduct(records.opportunities, year, settings.stageProbabilities);
    return records.planRows
      .filter((r) => r.year === year)
      .map((row) => {
        const figures = pipeline.get(pipelineKey(account.id, row.product));
        const weighted = figures?.weighted ?? 0;
        return { row, weighted, coverage: coverageOf(weighted, row.target), status: planStatus(row.target, figures?.won ?? 0, weighted, settings.riskMarginPercent) };
      });
  }, [records.planRows, records.opportunities, year, settings.stageProbabilities, settings.riskMarginPercent, account.id]);

  const rowOf = (id: string | null) => (id === null ? undefined : records.planRows.find((r) => r.id === id));
  const editing = rowOf(editingId);
  const milestonesRow = rowOf(milestonesId);
  const productOf = (row: PlanRow) => row.product || t('plan.noProduct');

  const add = (product: string, potential: number | null) => {
    const row = { ...newPlanRow(year, account.id, product, account.ownerId), potential };
    putPlanRows(db, [row]).then(() => {
      setAdding(false);
      // The row's targets are what comes next: its form opens on it.
      setEditingId(row.id);
    }, reportError);
  };

  const remove = (row: PlanRow) =>
    undoable.run(`plan-row-${row.id}`, () => putPlanRows(db, [stamped(row, true)], [row]), () => t('accountPage.plan.deleted', { product: productOf(row) })).catch(reportError);

  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {t('accountPage.plan.add')}
        </Button>
        <Button icon={<TableOutlined aria-hidden />} onClick={() => void navigate('/plan')}>
          {t('accountPage.plan.open', { year })}
        </Button>
      </Space>
      <Table<Line>
        rowKey={(l) => l.row.id}
        size="small"
        pagination={false}
        dataSource={lines}
        aria-label={t('accountPage.plan.label', { year })}
        locale={{ emptyText: t('accountPage.plan.empty', { year }) }}
        columns={[
          { key: 'product', title: t('plan.columns.product'), render: (_, l) => l.row.product || t('common.none') },
          { key: 'potential', title: t('plan.columns.potential'), align: 'end', render: (_, l) => money(l.row.potential) },
          { key: 'target', title: t('plan.columns.target'), align: 'end', render: (_, l) => money(l.row.target) },
          { key: 'floor', title: t('plan.columns.floorTarget'), align: 'end', render: (_, l) => money(l.row.floorTarget) },
          { key: 'weighted', title: t('plan.columns.weighted'), align: 'end', render: (_, l) => money(l.weighted) },
          { key: 'coverage', title: t('plan.columns.coverage'), align: 'end', render: (_, l) => formatPercent(l.coverage) },
          { key: 'status', title: t('plan.columns.status'), render: (_, l) => <Tag color={STATUS_COLORS[l.status]}>{t(`plan.status.${l.status}`)}</Tag> },
          {
            key: 'next',
            title: t('plan.columns.nextMilestone'),
            render: (_, l) => {
              const next = nextMilestone(l.row.milestones);
              return next ? `${next.task}${next.dueDate ? `（${next.dueDate}）` : ''}` : t('common.none');
            },
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, l) => (
              <Space size={0}>
                <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={t('accountPage.plan.editLabel', { product: productOf(l.row) })} onClick={() => setEditingId(l.row.id)} />
                <Button type="text" icon={<FlagOutlined aria-hidden />} aria-label={t('accountPage.plan.milestonesLabel', { product: productOf(l.row) })} onClick={() => setMilestonesId(l.row.id)} />
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('accountPage.plan.deleteLabel', { product: productOf(l.row) })} onClick={() => void remove(l.row)} />
              </Space>
            ),
          },
        ]}
      />
      {adding && <AddPlanRowDialog accounts={[account]} currency={settings.currency} onCancel={() => setAdding(false)} onAdd={(_, product, potential) => add(product, potential)} />}
      {editing && <PlanRowEditor key={editing.id} row={editing} accountName={account.name} settings={settings} team={team ?? []} onClose={() => setEditingId(null)} />}
      {milestonesRow && (
        <MilestonesDrawer
          key={milestonesRow.id}
          row={milestonesRow}
          accountName={account.name}
          ctx={{ currency: settings.currency, locale: i18n.language, today: todayIsoDate() }}
          team={team ?? []}
          onClose={() => setMilestonesId(null)}
          onSave={(milestones) =>
            void saveThenClose((choices) => savePlanRow(db, { loaded: milestonesRow, ...(choices ? { choices } : {}) }, { ...milestonesRow, milestones }), {
              saved: () => {
                setMilestonesId(null);
                void message.success({ content: t('plan.milestones.saved'), key: 'plan-milestones' });
              },
              refused: (problems) => void message.error(problems.map((p) => problemText(t, p)).join('；')),
              failed: reportError,
              conflict: (conflicts) => askConflicts(conflicts, { field: (path) => recordFieldLabel(t, 'planRows', path.join('.')) }),
            })
          }
        />
      )}
    </div>
  );
}
