/**
 * The group tree (集团/子公司): accounts under their parent account, and each group's figures rolled up
 * over its whole subtree (the group's own and every subsidiary's, at any depth). A parent that is gone
 * (deleted, or not in the list) leaves its subsidiaries at the top, never lost. The tree is built from
 * data the rules keep acyclic; should a file still hold a loop, the loop is cut where it closes.
 */
import { rollUpFigures, type AccountYearFigures } from './accountFigures';

export interface TreeAccount {
  id: string;
  name: string;
  parentId: string | null;
}

export interface AccountNode<A extends TreeAccount> {
  account: A;
  children: AccountNode<A>[];
  depth: number;
}

export function accountTree<A extends TreeAccount>(accounts: readonly A[], compare: (a: A, b: A) => number): AccountNode<A>[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const childrenOf = new Map<string, A[]>();
  const roots: A[] = [];
  for (const a of accounts) {
    if (a.parentId !== null && a.parentId !== a.id && byId.has(a.parentId)) {
      const list = childrenOf.get(a.parentId);
      if (list) list.push(a);
      else childrenOf.set(a.parentId, [a]);
    } else roots.push(a);
  }
  const placed = new Set<string>();
  const build = (account: A, depth: number): AccountNode<A> => {
    placed.add(account.id);
    const kids = (childrenOf.get(account.id) ?? []).filter((c) => !placed.has(c.id)).sort(compare);
    return { account, depth, children: kids.map((c) => build(c, depth + 1)) };
  };
  const forest = roots.sort(compare).map((r) => build(r, 0));
  // Accounts only reachable through a loop: each loop shows at the top, cut where it closes.
  for (const a of [...accounts].sort(compare)) if (!placed.has(a.id)) forest.push(build(a, 0));
  return forest;
}

/** Each node's figures over its subtree; an account without figures counts as nothing. */
export function rollUpTree<A extends TreeAccount>(forest: readonly AccountNode<A>[], figures: ReadonlyMap<string, AccountYearFigures>): Map<string, AccountYearFigures> {
  const totals = new Map<string, AccountYearFigures>();
  const visit = (node: AccountNode<A>): AccountYearFigures => {
    const own = figures.get(node.account.id);
    const sum = rollUpFigures([...(own ? [own] : []), ...node.children.map(visit)]);
    totals.set(node.account.id, sum);
    return sum;
  };
  forest.forEach(visit);
  return totals;
}

/** How many accounts a node holds below it, at any depth. */
export function subtreeSize<A extends TreeAccount>(node: AccountNode<A>): number {
  return node.children.reduce((sum, c) => sum + 1 + subtreeSize(c), 0);
}

/** A row of the tree as shown: the node, and whether it has subsidiaries and shows them. */
export interface TreeLine<A extends TreeAccount> {
  node: AccountNode<A>;
  hasChildren: boolean;
  open: boolean;
}

/** The rows shown, top to bottom: every root, and below an open node its subsidiaries (in their order). */
export function visibleLines<A extends TreeAccount>(forest: readonly AccountNode<A>[], expanded: ReadonlySet<string>): TreeLine<A>[] {
  const out: TreeLine<A>[] = [];
  const walk = (nodes: readonly AccountNode<A>[]) => {
    for (const node of nodes) {
      const open = expanded.has(node.account.id);
      out.push({ node, hasChildren: node.children.length > 0, open });
      if (open) walk(node.children);
    }
  };
  walk(forest);
  return out;
}
