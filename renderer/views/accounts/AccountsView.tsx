/**
 * Accounts list: sortable, searchable table; an account's name opens its page (/accounts/:id); create
 * and quick edits in the account drawer (routes /accounts/new and /accounts/:id/edit); delete with undo.
 */
import { ApartmentOutlined, DeleteOutlined, EditOutlined, FilterFilled, FunnelPlotOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Account } from '../../../shared/domain/account';
import { ACCOUNT_TIERS, type AccountTier } from '../../../shared/domain/codes';
import { todayIsoDate } from '../../../shared/domain/common';
import { rfmSettingsSchema } from '../../../shared/domain/rfmSettings';
import { computeRfm } from '../../../shared/methods/rfm';
import { useErrorReporter } from '../../session/useErrorReporter';
import { db } from '../../data/db';
import { useAccounts, useSettings, useTeamDirectory, useTeamMembers } from '../../data/hooks/workspaceHooks';
import { countAccountDependents, deleteAccount } from '../../data/repositories/accountRepository';
import { dependentsText } from './dependentsText';
import { useUndoable } from '../../components/useUndoable';
import { AccountEditor } from './AccountEditor';
import { AccountTreeTable } from './AccountTreeTable';

const TIER_COLORS: Record<AccountTier, string> = { STRATEGIC: 'magenta', TOP: 'volcano', KEY: 'blue', REGULAR: 'default' };

// Numeric collation so 示例客户2号 sorts before 示例客户10号, as people expect.
const collator = new Intl.Collator('zh-CN', { numeric: true });
const byText = (a: string, b: string) => collator.compare(a, b);

/** `creating`: the route /accounts/new (the drawer opens empty). */
export function AccountsView({ creating = false }: { creating?: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const navigate = useNavigate();
  const { accountId } = useParams();
  // The home screen links here with ?tier=… (the accounts of one tier).
  const [searchParams, setSearchParams] = useSearchParams();
  // ?view=groups: the group tree with roll-ups (kept in the address, so back and reload keep it).
  const groups = searchParams.get('view') === 'groups';
  const tierParam = ACCOUNT_TIERS.find((tier) => tier === searchParams.get('tier'));
  const accounts = useAccounts();
  const team = useTeamMembers();
  const directory = useTeamDirectory();
  const settings = useSettings();
  const [query, setQuery] = useState('');

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = accounts ?? [];
    return q === '' ? list : list.filter((a) => [a.name, a.industry, a.region].some((v) => v.toLowerCase().includes(q)));
  }, [accounts, query]);

  const editing = accountId === undefined ? null : (accounts?.find((a) => a.id === accountId) ?? null);
  const drawerOpen = creating || editing !== null;

  // Deleting an account that carries a chain, deals, plan rows or contracts asks first and says what goes with it.
  const confirmRemove = async (account: Account) => {
    try {
      const dependents = await countAccountDependents(db, account.id);
      const goes = dependentsText(t, dependents);
      if (goes === '') {
        await remove(account);
        return;
      }
      modal.confirm({
        title: t('accounts.deleteTitle', { name: account.name }),
        content: t('accounts.deleteWith', { list: goes }),
        okText: t('common.delete'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => remove(account),
      });
    } catch (error) {
      reportError(error);
    }
  };

  const remove = async (account: Account) => {
    try {
      await undoable.run(`deleted-${account.id}`, () => deleteAccount(db, account.id), (receipt) => t('accounts.deleted', { name: receipt.accountName }));
    } catch (error) {
      reportError(error);
    }
  };

  const rfmOf = useMemo(() => {
    const standards = settings?.rfm ?? rfmSettingsSchema.parse({});
    const today = todayIsoDate();
    return new Map((accounts ?? []).map((a) => [a.id, computeRfm(a.purchases, today, standards)]));
  }, [accounts, settings?.rfm]);

  const columns: ColumnsType<Account> = [
    {
      key: 'name',
      title: t('account.fields.name'),
      dataIndex: 'name',
      // Room for a full name: without a width the browser gave it what the fixed columns left (60 px).
      width: 220,
      sorter: (a, b) => byText(a.name, b.name),
      defaultSortOrder: 'ascend',
      render: (_, account) => (
        <Link to={`/accounts/${account.id}`}>{account.name}</Link>
      ),
    },
    {
      key: 'tier',
      title: t('account.fields.tier'),
      dataIndex: 'tier',
      width: 120,
      sorter: (a, b) => ACCOUNT_TIERS.indexOf(a.tier) - ACCOUNT_TIERS.indexOf(b.tier),
      filters: ACCOUNT_TIERS.map((tier) => ({ text: t(`codes.tier.${tier}`), value: tier })),
      // Named in the person's language (antd's own is the icon's English name, "filter").
      filterIcon: (filtered: boolean) => <FilterFilled aria-label={t('accounts.filterTier')} style={filtered ? { color: '#1d39c4' } : undefined} />,
      onFilter: (value, account) => account.tier === value,
      defaultFilteredValue: tierParam ? [tierParam] : undefined,
      render: (tier: AccountTier) => <Tag color={TIER_COLORS[tier]}>{t(`codes.tier.${tier}`)}</Tag>,
    },
    { key: 'industry', title: t('account.fields.industry'), dataIndex: 'industry', width: 100, sorter: (a, b) => byText(a.industry, b.industry) },
    { key: 'region', title: t('account.fields.region'), dataIndex: 'region', width: 90, sorter: (a, b) => byText(a.region, b.region) },
    {
      key: 'owner',
      title: t('account.fields.owner'),
      width: 120,
      render: (_, account) => {
        const owner = account.ownerId ? directory?.get(account.ownerId) : undefined;
        return owner && owner.deletedAt === null ? owner.name : t('common.none');
      },
    },
    {
      key: 'rfm',
      title: t('rfm.column'),
      width: 170,
      sorter: (a, b) => (rfmOf.get(a.id)?.score ?? -1) - (rfmOf.get(b.id)?.score ?? -1),
      render: (_, account) => {
        const rfm = rfmOf.get(account.id);
        return rfm ? (
          <span title={`${t('rfm.scores', { r: rfm.r, f: rfm.f, m: rfm.m })} · ${rfm.score}`}>
            <Tag color="gold">{rfm.vip}</Tag>
            {t(`rfm.classes.${rfm.rfmClass}`)}
          </span>
        ) : (
          t('common.none')
        );
      },
    },
    {
      key: 'lifecycleStage',
      title: t('account.fields.lifecycleStage'),
      dataIndex: 'lifecycleStage',
      width: 100,
      render: (stage: Account['lifecycleStage']) => (stage ? t(`codes.lifecycleStage.${stage}`) : t('common.none')),
    },
    {
      key: 'updatedAt',
      title: t('account.fields.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      sorter: (a, b) => byText(a.updatedAt, b.updatedAt),
      render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      // Four icon buttons side by side.
      width: 140,
      render: (_, account) => (
        <Space size={0}>
          <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={t('accounts.editLabel', { name: account.name })} onClick={() => void navigate(`/accounts/${account.id}/edit`)} />
          <Tooltip title={t('nav.opportunities')}>
            <Button type="text" icon={<FunnelPlotOutlined aria-hidden />} aria-label={t('accounts.opportunitiesLabel', { name: account.name })} onClick={() => void navigate(`/opportunities?account=${account.id}`)} />
          </Tooltip>
          <Tooltip title={t('chain.open')}>
            <Button type="text" icon={<ApartmentOutlined aria-hidden />} aria-label={t('chain.openLabel', { name: account.name })} onClick={() => void navigate(`/chains/${account.id}`)} />
          </Tooltip>
          <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('accounts.deleteLabel', { name: account.name })} onClick={() => void confirmRemove(account)} />
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Space align="baseline">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('accounts.title')}
          </Typography.Title>
          {accounts && <Typography.Text type="secondary">{t('accounts.count', { count: accounts.length })}</Typography.Text>}
        </Space>
        <Space wrap>
          <Segmented<'list' | 'groups'>
            aria-label={t('accounts.tree.viewLabel')}
            value={groups ? 'groups' : 'list'}
            options={[
              { value: 'list', label: t('accounts.tree.list') },
              { value: 'groups', label: t('accounts.tree.groups') },
            ]}
            onChange={(view) =>
              setSearchParams(
                (p) => {
                  if (view === 'groups') p.set('view', 'groups');
                  else p.delete('view');
                  return p;
                },
                { replace: true },
              )
            }
          />
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('account.placeholders.search')}
            aria-label={t('common.search')}
            style={{ width: 280 }}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate('/accounts/new')}>
            {t('accounts.create')}
          </Button>
        </Space>
      </Space>
      {groups && settings ? (
        <AccountTreeTable accounts={visible} allAccounts={accounts ?? []} settings={settings} />
      ) : (
        <Table<Account>
          rowKey="id"
          size="middle"
          loading={accounts === undefined}
          columns={columns}
          dataSource={visible}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('accounts.empty')} /> }}
        />
      )}
      {settings && drawerOpen && (
        <AccountEditor
          // One editor per account (and per visit to "new"): its form never carries another's values.
          key={creating ? 'new' : accountId}
          open
          account={editing}
          accounts={accounts ?? []}
          team={team ?? []}
          currency={settings.currency}
          onClose={() => void navigate('/accounts')}
        />
      )}
    </Card>
  );
}
