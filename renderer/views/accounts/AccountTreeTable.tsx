/**
 * The accounts as a group tree (集团/子公司): groups expand to their subsidiaries (indented, any depth),
 * and every group row carries its subtree's figures for the plan year — target, weighted pipeline, won,
 * coverage, contracted and overdue money — and how many of its subsidiaries we have mapped (a chain with
 * people) or sold to (a contract or a won deal). A subsidiary moves between groups by its 上级客户 field,
 * where a loop is refused.
 */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../../shared/domain/account';
import { todayIsoDate } from '../../../shared/domain/common';
import { formatMoney, formatMoneyShown, formatPercent } from '../../../shared/domain/money';
import type { Settings } from '../../../shared/domain/settings';
import { yearFiguresByAccount, type AccountYearFigures } from '../../../shared/methods/accountFigures';
import { accountTree, rollUpTree, type AccountNode } from '../../../shared/methods/accountTree';
import { db } from '../../data/db';
import { usePlanYearSummary } from '../../data/hooks/potentialHooks';
import { useContracts, useOpportunities } from '../../data/hooks/workspaceHooks';

interface Row {
  key: string;
  node: AccountNode<Account>;
  children?: Row[];
}

interface Reach {
  subsidiaries: number;
  mapped: number;
  sold: number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function rowsOf(nodes: readonly AccountNode<Account>[]): Row[] {
  return nodes.map((node) => ({ key: node.account.id, node, ...(node.children.length > 0 ? { children: rowsOf(node.children) } : {}) }));
}

interface Props {
  accounts: readonly Account[];
  settings: Settings;
}

export function AccountTreeTable({ accounts, settings }: Props) {
  const { t, i18n } = useTranslation();
  const opportunities = useOpportunities();
  const contracts = useContracts();
  const plan = usePlanYearSummary(settings.planYear);
  // Accounts with people on their chain: the accountId index's distinct keys, no record read.
  const mapped = useLiveQuery(async () => new Set((await db.stakeholders.orderBy('accountId').uniqueKeys()).map(String)), []);
  const today = todayIsoDate();
  const forest = useMemo(() => accountTree(accounts, (a, b) => collator.compare(a.name, b.name)), [accounts]);
  const totals = useMemo(() => {
    if (!opportunities || !contracts) return undefined;
    const own = yearFiguresByAccount({
      year: settings.planYear,
      today,
      probabilities: settings.stageProbabilities,
      targets: plan?.targetByAccount ?? {},
      opportunities,
      contracts,
      accountIds: accounts.map((a) => a.id),
    });
    return rollUpTree(forest, own);
  }, [opportunities, contracts, plan, settings.planYear, settings.stageProbabilities, today, accounts, forest]);
  const contracted = useMemo(() => {
    const sums = new Map<string, number>();
    for (const c of contracts ?? []) sums.set(c.accountId, (sums.get(c.accountId) ?? 0) + c.amount);
    return sums;
  }, [contracts]);
  const sold = useMemo(() => {
    const ids = new Set((contracts ?? []).map((c) => c.accountId));
    for (const o of opportunities ?? []) if (o.stage === 'WON') ids.add(o.accountId);
    return ids;
  }, [contracts, opportunities]);
  const reach = useMemo(() => {
    const out = new Map<string, Reach & { contracted: number }>();
    const visit = (node: AccountNode<Account>): Reach & { contracted: number } => {
      const sum = { subsidiaries: 0, mapped: 0, sold: 0, contracted: contracted.get(node.account.id) ?? 0 };
      for (const child of node.children) {
        const below = visit(child);
        sum.subsidiaries += 1 + below.subsidiaries;
        sum.mapped += (mapped?.has(child.account.id) ? 1 : 0) + below.mapped;
        sum.sold += (sold.has(child.account.id) ? 1 : 0) + below.sold;
        sum.contracted += below.contracted;
      }
      out.set(node.account.id, sum);
      return sum;
    };
    forest.forEach(visit);
    return out;
  }, [forest, mapped, sold, contracted]);
  const rows = useMemo(() => rowsOf(forest), [forest]);
  const money = (minor: number) => formatMoneyShown(minor, settings.currency, i18n.language, settings.moneyDisplay);
  const exact = (minor: number) => formatMoney(minor, settings.currency, i18n.language);
  const figure = (key: keyof Pick<AccountYearFigures, 'target' | 'weighted' | 'won' | 'overdue'>) => (_: unknown, row: Row) => {
    const f = totals?.get(row.key);
    return f ? <span title={exact(f[key])}>{money(f[key])}</span> : '…';
  };

  const columns: ColumnsType<Row> = [
    {
      key: 'name',
      title: t('account.fields.name'),
      width: 320,
      render: (_, row) => (
        <span>
          <Link to={`/accounts/${row.key}`}>{row.node.account.name}</Link>{' '}
          {row.node.account.tier !== 'REGULAR' && <Tag>{t(`codes.tier.${row.node.account.tier}`)}</Tag>}
        </span>
      ),
    },
    { key: 'target', title: t('accounts.tree.target', { year: settings.planYear }), align: 'end', width: 120, render: figure('target') },
    { key: 'weighted', title: t('accountPage.header.weighted'), align: 'end', width: 120, render: figure('weighted') },
    { key: 'won', title: t('accountPage.header.won'), align: 'end', width: 110, render: figure('won') },
    { key: 'coverage', title: t('accountPage.header.coverage'), align: 'end', width: 90, render: (_, row) => (totals?.get(row.key) ? formatPercent(totals.get(row.key)?.coverage ?? null) : '…') },
    {
      key: 'contracted',
      title: t('accounts.tree.contracted'),
      align: 'end',
      width: 120,
      render: (_, row) => {
        const r = reach.get(row.key);
        return r ? <span title={exact(r.contracted)}>{money(r.contracted)}</span> : '…';
      },
    },
    { key: 'overdue', title: t('accountPage.header.overdue'), align: 'end', width: 110, render: figure('overdue') },
    {
      key: 'reach',
      title: t('accounts.tree.reach'),
      width: 200,
      render: (_, row) => {
        const r = reach.get(row.key);
        if (!r || r.subsidiaries === 0) {
          return (
            <span>
              {mapped?.has(row.key) && <Tag color="blue">{t('accounts.tree.mapped')}</Tag>}
              {sold.has(row.key) && <Tag color="green">{t('accounts.tree.sold')}</Tag>}
            </span>
          );
        }
        return (
          <Tooltip title={t('accounts.tree.reachHint')}>
            <Typography.Text>{t('accounts.tree.reachLine', { subsidiaries: r.subsidiaries, mapped: r.mapped, sold: r.sold })}</Typography.Text>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <Table<Row>
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      aria-label={t('accounts.tree.label')}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
      expandable={{ indentSize: 20 }}
    />
  );
}
