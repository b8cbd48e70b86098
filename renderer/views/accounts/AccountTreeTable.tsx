/**
 * The accounts as a group tree (集团/子公司): groups expand to their subsidiaries (indented, any depth),
 * and every group row carries its subtree's figures for the plan year — target, weighted pipeline, won,
 * coverage, contracted and overdue money — and how many of its subsidiaries we have mapped (a chain with
 * people) or sold to (a contract or a won deal). An account moves between groups by dragging its handle
 * onto another row (or onto the strip above the rows: no group), or by its 上级客户 field; a loop is
 * refused by the same rule either way. The rows are a virtual list: 5,000 accounts scroll in one list.
 * Rows are plain elements (no antd Button/Tag/Tooltip per row): a fast scroll mounts a screenful of
 * new rows every frame, and antd's per-instance style hooks made that frame 3–4 times as long.
 */
import { DownOutlined, HolderOutlined, RightOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../../shared/domain/account';
import { todayIsoDate } from '../../../shared/domain/common';
import { formatMoney, formatMoneyShown, formatPercent } from '../../../shared/domain/money';
import type { Settings } from '../../../shared/domain/settings';
import { yearFiguresByAccount, type AccountYearFigures } from '../../../shared/methods/accountFigures';
import { accountTree, rollUpTree, visibleLines, type AccountNode } from '../../../shared/methods/accountTree';
import { db } from '../../data/db';
import { usePlanYearSummary } from '../../data/hooks/potentialHooks';
import { useContracts, useOpportunities } from '../../data/hooks/workspaceHooks';
import { ACCOUNT_DRAG_TYPE, useAccountMove } from './useAccountMove';
import './accountTree.css';

interface Reach {
  subsidiaries: number;
  mapped: number;
  sold: number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

const ROW_HEIGHT = 44;
const INDENT = 20;

interface Column {
  key: string;
  title: string;
  width: number;
  end?: boolean;
  /** Text that may take two lines of the row (the reach line). */
  wrap?: boolean;
  render: (account: Account) => ReactNode;
}

interface Props {
  /** The accounts shown (the list's filters applied). */
  accounts: readonly Account[];
  /** Every live account: a move is checked against the whole tree, not only what is shown. */
  allAccounts: readonly Account[];
  settings: Settings;
}

export function AccountTreeTable({ accounts, allAccounts, settings }: Props) {
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
  const money = (minor: number) => formatMoneyShown(minor, settings.currency, i18n.language, settings.moneyDisplay);
  const exact = (minor: number) => formatMoney(minor, settings.currency, i18n.language);
  const figure = (key: keyof Pick<AccountYearFigures, 'target' | 'weighted' | 'won' | 'overdue'>) => (account: Account) => {
    const f = totals?.get(account.id);
    return f ? <span title={exact(f[key])}>{money(f[key])}</span> : '…';
  };

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((id: string, open: boolean) => {
    setExpanded((now) => {
      const next = new Set(now);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const lines = useMemo(() => visibleLines(forest, expanded), [forest, expanded]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The header row sits in the same scroller (it scrolls sideways with the rows and sticks on top), one
  // row high above the first account: the rows start after it.
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8, scrollMargin: ROW_HEIGHT });
  const move = useAccountMove(allAccounts);
  const [dropTarget, setDropTarget] = useState<string | null | undefined>(undefined);
  // After a move the new group is opened, so the person sees the account where it went.
  const openAfterMove = (parentId: string | null) => {
    if (parentId !== null) toggle(parentId, true);
  };
  const dropProps = (parentId: string | null) => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(ACCOUNT_DRAG_TYPE) || !move.allowed(parentId)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget !== parentId) setDropTarget(parentId);
    },
    onDragLeave: () => setDropTarget(undefined),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDropTarget(undefined);
      move.drop(parentId, openAfterMove);
    },
  });

  const columns: Column[] = [
    { key: 'target', title: t('accounts.tree.target', { year: settings.planYear }), end: true, width: 110, render: figure('target') },
    { key: 'weighted', title: t('accountPage.header.weighted'), end: true, width: 110, render: figure('weighted') },
    { key: 'won', title: t('accountPage.header.won'), end: true, width: 100, render: figure('won') },
    { key: 'coverage', title: t('accountPage.header.coverage'), end: true, width: 80, render: (a) => (totals?.get(a.id) ? formatPercent(totals.get(a.id)?.coverage ?? null) : '…') },
    {
      key: 'contracted',
      title: t('accounts.tree.contracted'),
      end: true,
      width: 110,
      render: (a) => {
        const r = reach.get(a.id);
        return r ? <span title={exact(r.contracted)}>{money(r.contracted)}</span> : '…';
      },
    },
    { key: 'overdue', title: t('accountPage.header.overdue'), end: true, width: 100, render: figure('overdue') },
    {
      key: 'reach',
      title: t('accounts.tree.reach'),
      width: 200,
      wrap: true,
      render: (a) => {
        const r = reach.get(a.id);
        if (!r || r.subsidiaries === 0) {
          return (
            <span>
              {mapped?.has(a.id) && <span className="kp-tree-tag kp-tree-tag--blue">{t('accounts.tree.mapped')}</span>}
              {sold.has(a.id) && <span className="kp-tree-tag kp-tree-tag--green">{t('accounts.tree.sold')}</span>}
            </span>
          );
        }
        return <span title={t('accounts.tree.reachHint')}>{t('accounts.tree.reachLine', { subsidiaries: r.subsidiaries, mapped: r.mapped, sold: r.sold })}</span>;
      },
    },
  ];
  const template = `minmax(240px, 1fr) ${columns.map((c) => `${String(c.width)}px`).join(' ')}`;

  return (
    <div className="kp-tree" role="treegrid" aria-label={t('accounts.tree.label')} aria-rowcount={lines.length + 1} aria-colcount={columns.length + 1}>
      {move.dragging && move.dragging.parentId !== null && (
        <div className={`kp-tree-top${dropTarget === null ? ' kp-tree-top--over' : ''}`} data-testid="tree-drop-top" {...dropProps(null)}>
          {t('accounts.tree.move.toTop', { name: move.dragging.name })}
        </div>
      )}
      <div ref={scrollRef} className="kp-tree-scroll">
        <div role="rowgroup" className="kp-tree-headgroup">
          <div role="row" aria-rowindex={1} className="kp-tree-row kp-tree-head" style={{ gridTemplateColumns: template }}>
            <div role="columnheader" className="kp-tree-cell">
              {t('account.fields.name')}
            </div>
            {columns.map((c) => (
              <div key={c.key} role="columnheader" className={`kp-tree-cell${c.end ? ' kp-tree-cell--end' : ''}`}>
                {c.title}
              </div>
            ))}
          </div>
        </div>
        {lines.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index];
            if (!line) return null;
            const { account, depth } = line.node;
            const name = account.name;
            const over = dropTarget === account.id;
            return (
              <div
                key={account.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-level={depth + 1}
                aria-expanded={line.hasChildren ? line.open : undefined}
                className={`kp-tree-row${over ? ' kp-tree-row--over' : ''}${move.dragging?.id === account.id ? ' kp-tree-row--dragged' : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${String(item.start - ROW_HEIGHT)}px)` }}
                {...dropProps(account.id)}
              >
                <div role="gridcell" className="kp-tree-cell kp-tree-name" style={{ paddingLeft: 8 + depth * INDENT }}>
                  <span
                    className="kp-tree-handle"
                    draggable
                    title={t('accounts.tree.move.handle')}
                    aria-label={t('accounts.tree.move.handleLabel', { name })}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(ACCOUNT_DRAG_TYPE, account.id);
                      event.dataTransfer.effectAllowed = 'move';
                      move.start(account);
                    }}
                    onDragEnd={() => {
                      move.end();
                      setDropTarget(undefined);
                    }}
                  >
                    <HolderOutlined aria-hidden />
                  </span>
                  {line.hasChildren ? (
                    <button type="button" className="kp-tree-toggle" aria-label={t(line.open ? 'accounts.tree.collapse' : 'accounts.tree.expand', { name })} onClick={() => toggle(account.id, !line.open)}>
                      {line.open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
                    </button>
                  ) : (
                    <span className="kp-tree-toggle" />
                  )}
                  <Link to={`/accounts/${account.id}`} className="kp-tree-link" title={name}>
                    {name}
                  </Link>
                  {account.tier !== 'REGULAR' && <span className="kp-tree-tag">{t(`codes.tier.${account.tier}`)}</span>}
                </div>
                {columns.map((c) => (
                  <div key={c.key} role="gridcell" className={`kp-tree-cell${c.end ? ' kp-tree-cell--end' : ''}${c.wrap ? ' kp-tree-cell--wrap' : ''}`}>
                    {c.render(account)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
