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
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import { todayIsoDate } from '../../../shared/domain/common';
import { formatMoney, formatMoneyShown, formatPercent } from '../../../shared/domain/money';
import type { Settings } from '../../../shared/domain/settings';
import { yearFiguresByAccount, type AccountYearFigures } from '../../../shared/methods/accountFigures';
import { accountTree, rollUpTree, visibleLines, type AccountNode } from '../../../shared/methods/accountTree';
import { db } from '../../data/db';
import { usePlanYearSummary } from '../../data/hooks/potentialHooks';
import { useContracts, useOpportunities } from '../../data/hooks/workspaceHooks';
import { AccountTreeRow, dropTargetProps, TREE_ROW_HEIGHT, type TreeColumn, type TreeRowHandlers } from './AccountTreeRow';
import { useAccountMove } from './useAccountMove';
import './accountTree.css';

interface Reach {
  subsidiaries: number;
  mapped: number;
  sold: number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

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
  const money = useCallback((minor: number) => formatMoneyShown(minor, settings.currency, i18n.language, settings.moneyDisplay), [i18n.language, settings.currency, settings.moneyDisplay]);
  const exact = useCallback((minor: number) => formatMoney(minor, settings.currency, i18n.language), [i18n.language, settings.currency]);

  // The same columns (and so the same cells) until a figure or the language changes: scrolling does not
  // make new ones, so rows on screen stay as they are (AccountTreeRow is memoised).
  const columns = useMemo((): TreeColumn[] => {
    const figure = (key: keyof Pick<AccountYearFigures, 'target' | 'weighted' | 'won' | 'overdue'>) => (account: Account) => {
      const f = totals?.get(account.id);
      return f ? <span title={exact(f[key])}>{money(f[key])}</span> : '…';
    };
    return [
      { key: 'target', title: t('accounts.tree.target', { year: settings.planYear }), end: true, width: 110, render: figure('target') },
      { key: 'weighted', title: t('accountPage.header.weighted'), end: true, width: 110, render: figure('weighted') },
      { key: 'won', title: t('accountPage.header.won'), end: true, width: 100, render: figure('won') },
      { key: 'coverage', title: t('accountPage.header.coverage'), end: true, width: 92, render: (a) => (totals?.get(a.id) ? formatPercent(totals.get(a.id)?.coverage ?? null) : '…') },
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
  }, [exact, mapped, money, reach, settings.planYear, sold, t, totals]);
  const template = `minmax(240px, 1fr) ${columns.map((c) => `${String(c.width)}px`).join(' ')}`;

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
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => scrollRef.current, estimateSize: () => TREE_ROW_HEIGHT, overscan: 8, scrollMargin: TREE_ROW_HEIGHT });
  const move = useAccountMove(allAccounts);
  const [dropTarget, setDropTarget] = useState<string | null | undefined>(undefined);
  // One handlers object for every row, reading the latest move state through a ref, so the memoised rows
  // are not drawn again whenever a drag starts or its target changes.
  const latest = useRef({ move, dropTarget });
  latest.current = { move, dropTarget };
  const handlers = useMemo(
    (): TreeRowHandlers => ({
      toggle,
      dragStart: (account) => latest.current.move.start(account),
      dragEnd: () => {
        latest.current.move.end();
        setDropTarget(undefined);
      },
      dragOver: (parentId) => {
        if (!latest.current.move.allowed(parentId)) return false;
        if (latest.current.dropTarget !== parentId) setDropTarget(parentId);
        return true;
      },
      dragLeave: () => setDropTarget(undefined),
      drop: (parentId) => {
        setDropTarget(undefined);
        // After a move the new group is opened, so the person sees the account where it went.
        latest.current.move.drop(parentId, (moved) => moved !== null && toggle(moved, true));
      },
    }),
    [toggle],
  );

  return (
    <div className="kp-tree" role="treegrid" aria-label={t('accounts.tree.label')} aria-rowcount={lines.length + 1} aria-colcount={columns.length + 1}>
      {move.dragging && move.dragging.parentId !== null && (
        <div className={`kp-tree-top${dropTarget === null ? ' kp-tree-top--over' : ''}`} data-testid="tree-drop-top" {...dropTargetProps(handlers, null)}>
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
            const id = line.node.account.id;
            return (
              <AccountTreeRow
                key={id}
                line={line}
                index={item.index}
                start={item.start - TREE_ROW_HEIGHT}
                template={template}
                columns={columns}
                over={dropTarget === id}
                dragged={move.dragging?.id === id}
                handlers={handlers}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
