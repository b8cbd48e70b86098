/**
 * One row of the group tree. Memoised: while the list scrolls, rows already on screen keep their props
 * (same account, same place, same cells) and are not drawn again — only the rows scrolled in are.
 * The handlers come in one stable object that reads the tree's latest state when called.
 */
import { DownOutlined, HolderOutlined, RightOutlined } from '@ant-design/icons';
import { memo, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../../shared/domain/account';
import type { TreeLine } from '../../../shared/methods/accountTree';
import { ACCOUNT_DRAG_TYPE } from './useAccountMove';

export const TREE_ROW_HEIGHT = 44;
const INDENT = 20;

export interface TreeColumn {
  key: string;
  title: string;
  width: number;
  end?: boolean;
  /** Text that may take two lines of the row (the reach line). */
  wrap?: boolean;
  render: (account: Account) => ReactNode;
}

export interface TreeRowHandlers {
  toggle: (id: string, open: boolean) => void;
  dragStart: (account: Account) => void;
  dragEnd: () => void;
  /** Whether the dragged account may go under `parentId`; marks the row as the drop target if so. */
  dragOver: (parentId: string | null) => boolean;
  dragLeave: () => void;
  drop: (parentId: string | null) => void;
}

/** Drop-target props for a row (or the strip over the header, `parentId` null). */
export function dropTargetProps(handlers: TreeRowHandlers, parentId: string | null) {
  return {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(ACCOUNT_DRAG_TYPE) || !handlers.dragOver(parentId)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDragLeave: handlers.dragLeave,
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      handlers.drop(parentId);
    },
  };
}

interface Props {
  line: TreeLine<Account>;
  index: number;
  start: number;
  template: string;
  columns: readonly TreeColumn[];
  over: boolean;
  dragged: boolean;
  handlers: TreeRowHandlers;
}

export const AccountTreeRow = memo(function AccountTreeRow({ line, index, start, template, columns, over, dragged, handlers }: Props) {
  const { t } = useTranslation();
  const { account, depth } = line.node;
  const name = account.name;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-level={depth + 1}
      aria-expanded={line.hasChildren ? line.open : undefined}
      className={`kp-tree-row${over ? ' kp-tree-row--over' : ''}${dragged ? ' kp-tree-row--dragged' : ''}`}
      style={{ gridTemplateColumns: template, transform: `translateY(${String(start)}px)` }}
      {...dropTargetProps(handlers, account.id)}
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
            handlers.dragStart(account);
          }}
          onDragEnd={handlers.dragEnd}
        >
          <HolderOutlined aria-hidden />
        </span>
        {line.hasChildren ? (
          <button type="button" className="kp-tree-toggle" aria-label={t(line.open ? 'accounts.tree.collapse' : 'accounts.tree.expand', { name })} onClick={() => handlers.toggle(account.id, !line.open)}>
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
});
