/**
 * The plan's toolbar: the year, how many rows, add / delete rows, milestones, open the account, undo
 * and redo (the sheet's own steps), group by, columns shown, saved views, export to Excel or CSV.
 */
import { DeleteOutlined, DownloadOutlined, EyeInvisibleOutlined, FlagOutlined, IdcardOutlined, PlusOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import type { Column, VisibilityState } from '@tanstack/react-table';
import { Button, Dropdown, Select, Space, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../shared/domain/planRow';
import { DisabledWhy } from '../../components/DisabledWhy';
import type { PlanColumnId } from './planColumns';
import { GROUP_BY_OPTIONS, type GroupBy } from './planSheetModel';
import { PlanViewsMenu } from './PlanViewsMenu';

// Created once: the toolbar re-renders with every edit (undo becomes available), and the same
// element is skipped instead of building seven icon SVGs again.
const ICONS = {
  add: <PlusOutlined aria-hidden />,
  delete: <DeleteOutlined aria-hidden />,
  milestones: <FlagOutlined aria-hidden />,
  account: <IdcardOutlined aria-hidden />,
  undo: <UndoOutlined aria-hidden />,
  redo: <RedoOutlined aria-hidden />,
  columns: <EyeInvisibleOutlined aria-hidden />,
  export: <DownloadOutlined aria-hidden />,
};

export interface PlanToolbarProps {
  year: number;
  onYear: (year: number) => void;
  countText: string;
  editable: boolean;
  /** The workspace has no account yet (undefined: not known yet). */
  noAccounts: boolean | undefined;
  /** The active cell is on a plan row (not a group's header). */
  rowActive: boolean;
  onAdd: () => void;
  onDelete: () => void;
  onMilestones: () => void;
  onOpenAccount: () => void;
  onUndo: () => void;
  onRedo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
  hideable: Column<PlanRow>[];
  visibility: VisibilityState;
  onVisibility: (visibility: VisibilityState) => void;
  canExport: boolean;
  onExport: (kind: 'xlsx' | 'csv') => void;
}

export function PlanToolbar(props: PlanToolbarProps) {
  const { year, onYear, countText, editable, noAccounts, rowActive, onAdd, onDelete, onMilestones, onOpenAccount, onUndo, onRedo, canUndo, canRedo, groupBy, onGroupBy, hideable, visibility, onVisibility, canExport, onExport } = props;
  const { t } = useTranslation();
  const years = useMemo(() => Array.from({ length: 7 }, (_, i) => year - 3 + i), [year]);
  return (
    <Space className="keyplan-no-print" style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('plan.title')}
        </Typography.Title>
        <Select aria-label={t('plan.year')} value={year} onChange={onYear} options={years.map((y) => ({ value: y, label: t('plan.yearOption', { year: y }) }))} style={{ width: 120 }} />
        <Typography.Text type="secondary" data-testid="plan-count">
          {countText}
        </Typography.Text>
      </Space>
      <Space wrap>
        <DisabledWhy reason={noAccounts ? t('common.needAccountFirst') : null}>
          <Button icon={ICONS.add} onClick={onAdd} disabled={!editable || noAccounts !== false}>
            {t('plan.addRow.button')}
          </Button>
        </DisabledWhy>
        <Button icon={ICONS.delete} onClick={onDelete} disabled={!editable || !rowActive}>
          {t('plan.deleteRows')}
        </Button>
        <Button icon={ICONS.milestones} onClick={onMilestones} disabled={!editable || !rowActive}>
          {t('plan.milestones.button')}
        </Button>
        <Button
          icon={ICONS.account}
          disabled={!rowActive}
          onClick={onOpenAccount}
        >
          {t('plan.openAccount')}
        </Button>
        <Tooltip title={t('plan.undoHint')}>
          <Button icon={ICONS.undo} aria-label={t('common.undo')} onClick={onUndo} disabled={!editable || !canUndo} />
        </Tooltip>
        <Tooltip title={t('plan.redoHint')}>
          <Button icon={ICONS.redo} aria-label={t('plan.redo')} onClick={onRedo} disabled={!editable || !canRedo} />
        </Tooltip>
        <Select
          aria-label={t('plan.groupBy')}
          value={groupBy}
          onChange={onGroupBy}
          style={{ width: 150 }}
          options={GROUP_BY_OPTIONS.map((g) => ({ value: g, label: t(`plan.group.${g === 'none' ? 'off' : g}`) }))}
        />
        <Dropdown
          trigger={['click']}
          menu={{
            selectable: false,
            items: hideable.map((c) => ({
                key: c.id,
                label: (
                  <label>
                    <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} /> {t(`plan.columns.${c.id as PlanColumnId}`)}
                  </label>
                ),
              })),
          }}
        >
          <Button icon={ICONS.columns}>{t('plan.columnsMenu')}</Button>
        </Dropdown>
        <PlanViewsMenu visibility={visibility} onVisibility={onVisibility} />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'xlsx', label: t('plan.exportXlsx') },
              { key: 'csv', label: t('plan.exportCsv') },
            ],
            onClick: ({ key }) => onExport(key as 'xlsx' | 'csv'),
          }}
        >
          <Button icon={ICONS.export} disabled={!canExport}>
            {t('plan.export')}
          </Button>
        </Dropdown>
      </Space>
    </Space>
  );
}
