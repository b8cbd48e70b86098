/** Records grouped by their account, in the order they come: one pass, for views and the review pack alike. */
export function groupByAccount<R extends { accountId: string }>(records: Iterable<R>): Map<string, R[]> {
  const byAccount = new Map<string, R[]>();
  for (const r of records) {
    const list = byAccount.get(r.accountId);
    if (list) list.push(r);
    else byAccount.set(r.accountId, [r]);
  }
  return byAccount;
}
