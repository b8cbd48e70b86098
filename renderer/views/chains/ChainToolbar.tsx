/** The editor's toolbar: add, undo/redo, layout, what is shown, search, filters, export — one line at 1280 px. */
import {
  ApartmentOutlined,
  DownloadOutlined,
  EyeOutlined,
  FilterOutlined,
  RedoOutlined,
  UndoOutlined,
  UserAddOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Badge, Button, Checkbox, Dropdown, Flex, Popover, Select, Space, Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_ROLES, STANCES, type BuyingRole } from '../../../shared/domain/codes';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { TeamMember } from '../../../shared/domain/team';
import type { ChartFilters } from './chart/chartModel';
import type { ImageKind } from './chart/chartExport';
import { STANCE_GLYPHS } from '../../drawing/chartVisuals';
import type { ChartPrefs } from './useChartPrefs';
import { CLEARABLE } from '../../components/clearable';

interface Props {
  people: readonly Stakeholder[];
  team: readonly TeamMember[];
  prefs: ChartPrefs;
  onPrefs: (change: Partial<ChartPrefs>) => void;
  filters: ChartFilters;
  onFilters: (filters: ChartFilters) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onAdd: (seat: boolean) => void;
  onRelayout: () => void;
  onFind: (id: string) => void;
  onExport: (kind: ImageKind) => void;
  /** 复盘材料 for this account. */
  onReviewPack: () => void;
  exporting: boolean;
}

function ChainToolbarView(props: Props) {
  const { t } = useTranslation();
  const { prefs, filters } = props;
  const filterCount = filters.stances.length + filters.roles.length + filters.ownerIds.length;

  // How the chart is drawn: grouping, which lines, and the aids around it (legend, minimap).
  const layers: [keyof ChartPrefs, string][] = [
    ['groupByDepartment', t('chain.toolbar.groupByDepartment')],
    ['showReporting', t('chain.toolbar.reportingLines')],
    ['showInfluence', t('chain.toolbar.influenceLinks')],
    ['showLegend', t('chain.legend.title')],
    ['showMinimap', t('chain.toolbar.minimap')],
  ];
  const viewPanel = (
    <Flex vertical gap={8}>
      {layers.map(([key, label]) => (
        <Checkbox key={key} checked={prefs[key]} onChange={(e) => props.onPrefs({ [key]: e.target.checked })}>
          {label}
        </Checkbox>
      ))}
    </Flex>
  );

  const filterPanel = (
    <Flex vertical gap={8} style={{ width: 260 }}>
      <Select<number[]>
        mode="multiple"
        allowClear={CLEARABLE}
        placeholder={t('chain.toolbar.filterStance')}
        aria-label={t('chain.toolbar.filterStance')}
        value={filters.stances}
        options={STANCES.map((s) => ({ value: s, label: `${STANCE_GLYPHS[String(s)] ?? ''} ${t(`codes.stance.${String(s) as '0'}`)}` }))}
        onChange={(stances) => props.onFilters({ ...filters, stances })}
      />
      <Select<BuyingRole[]>
        mode="multiple"
        allowClear={CLEARABLE}
        placeholder={t('chain.toolbar.filterRole')}
        aria-label={t('chain.toolbar.filterRole')}
        value={filters.roles}
        options={BUYING_ROLES.map((r) => ({ value: r, label: t(`codes.buyingRole.${r}`) }))}
        onChange={(roles) => props.onFilters({ ...filters, roles })}
      />
      <Select<string[]>
        mode="multiple"
        allowClear={CLEARABLE}
        placeholder={t('chain.toolbar.filterOwner')}
        aria-label={t('chain.toolbar.filterOwner')}
        value={filters.ownerIds}
        options={props.team.map((m) => ({ value: m.id, label: m.name }))}
        onChange={(ownerIds) => props.onFilters({ ...filters, ownerIds })}
      />
      <Button size="small" disabled={filterCount === 0} onClick={() => props.onFilters({ stances: [], roles: [], ownerIds: [] })}>
        {t('chain.toolbar.clearFilters')}
      </Button>
    </Flex>
  );

  return (
    <Flex wrap gap={8} align="center" className="keyplan-no-print" role="toolbar" aria-label={t('chain.title')}>
      <Tooltip title={t('chain.addHint')}>
        <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => props.onAdd(false)}>
          {t('chain.toolbar.add')}
        </Button>
      </Tooltip>
      <Button icon={<UsergroupAddOutlined aria-hidden />} onClick={() => props.onAdd(true)}>
        {t('chain.toolbar.addSeat')}
      </Button>
      <Space.Compact>
        <Tooltip title="Ctrl+Z">
          <Button icon={<UndoOutlined aria-hidden />} aria-label={t('chain.toolbar.undo')} disabled={!props.canUndo} onClick={props.onUndo} />
        </Tooltip>
        <Tooltip title="Ctrl+Shift+Z / Ctrl+Y">
          <Button icon={<RedoOutlined aria-hidden />} aria-label={t('chain.toolbar.redo')} disabled={!props.canRedo} onClick={props.onRedo} />
        </Tooltip>
      </Space.Compact>
      <Tooltip title={t('chain.toolbar.relayoutHint')}>
        <Button icon={<ApartmentOutlined aria-hidden />} onClick={props.onRelayout}>
          {t('chain.toolbar.relayout')}
        </Button>
      </Tooltip>
      <Popover content={viewPanel} trigger="click" placement="bottomLeft">
        <Button icon={<EyeOutlined aria-hidden />}>{t('chain.toolbar.layers')}</Button>
      </Popover>
      <Select<string>
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 150 }}
        placeholder={t('chain.toolbar.search')}
        aria-label={t('chain.toolbar.search')}
        value={null}
        options={props.people.map((p) => ({ value: p.id, label: [p.name || t('chain.card.seat'), p.title].filter(Boolean).join(' · ') }))}
        onChange={(id) => props.onFind(id)}
      />
      <Popover content={filterPanel} trigger="click" placement="bottomLeft">
        <Badge count={filterCount} size="small">
          <Button icon={<FilterOutlined aria-hidden />}>{t('chain.toolbar.filter')}</Button>
        </Badge>
      </Popover>
      <Dropdown
        menu={{
          items: [
            { key: 'png', label: t('chain.toolbar.exportPng') },
            { key: 'svg', label: t('chain.toolbar.exportSvg') },
            { type: 'divider' },
            { key: 'review', label: t('chain.toolbar.reviewPack') },
          ],
          onClick: ({ key }) => (key === 'review' ? props.onReviewPack() : props.onExport(key as ImageKind)),
        }}
      >
        <Button icon={<DownloadOutlined aria-hidden />} loading={props.exporting}>
          {t('chain.toolbar.export')}
        </Button>
      </Dropdown>
    </Flex>
  );
}

/** Memoised: its props change only when the (deferred) chain or the view settings do. */
export const ChainToolbar = memo(ChainToolbarView);
