/**
 * 年度作战计划: the plan year as a spreadsheet of account × product rows (seed 002 step 5), with the risk
 * margin summary (step 6), milestones and target revisions (step 7), grouping with subtotals, and
 * export of what is on screen to Excel or CSV.
 */
import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { App, Collapse, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newId, nowIso } from '../../../shared/domain/common';
import type { Milestone, PlanRow } from '../../../shared/domain/planRow';
import type { Settings } from '../../../shared/domain/settings';
import { reviseTarget } from '../../../shared/domain/planRowRules';
import { useSettings, useTeamDirectory } from '../../data/hooks/workspaceHooks';
import { newPlanRow } from '../../data/repositories/planRepository';
import { saveBlob } from '../../platform/fileAccess';
import { AddPlanRowDialog } from './AddPlanRowDialog';
import { MilestonesDrawer } from './MilestonesDrawer';
import { COLUMN_BY_ID, PLAN_COLUMNS, type PlanColumn, type PlanColumnId } from './planColumns';
import { liveMembersByName } from './planContextParts';
import { afterPaint } from '../../platform/useAfterPaint';
import { applyCells, clearCells, fillDownCells, revisedRows, type Block, type CellInput, type CellProblem, type EditResult } from './planEdits';
import { pasteIntoPlan } from './planPaste';
import { planToCsv, planToXlsx } from './planExport';
import { useSetPrintTitle } from '../../platform/printMode';
import { PlanProblems } from './PlanProblems';
import { PlanSheet } from './PlanSheet';
import { filterIds, groupItems, sortIds, totalsOf, type Filters, type GroupBy, type GroupTotals, type SheetItem, type SortState } from './planSheetModel';
import { PlanToolbar } from './PlanToolbar';
import { RevisionPrompt } from './RevisionPrompt';
import { RiskHeadline, RiskSummary } from './RiskSummary';
import { rangeOf, single, type Range, type Selection } from './sheetSelection';
import { usePlanColumnPrefs } from './usePlanColumnPrefs';
import { usePlanContext } from './usePlanContext';
import { useFirstScreenContext } from './useFirstScreenContext';
import { usePlanData } from './usePlanData';
import { useAfterPaint } from '../../platform/useAfterPaint';
import { useUndoable } from '../../components/useUndoable';
import { useErrorReporter } from '../../session/useErrorReporter';

const NO_ROWS: PlanRow[] = [];
const COLUMN_DEFS: ColumnDef<PlanRow>[] = PLAN_COLUMNS.map((c) => ({ id: c.id, size: c.width, minSize: 56, maxSize: 640, enableHiding: c.id !== 'account' }));

/** The sheet's edit commands while it is read-only (only the first screen's context is known). */
const NOOP = (): void => undefined;

export function PlanView() {
  const settings = useSettings();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  if (!settings) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  const year = chosenYear ?? settings.planYear;
  return <PlanYear key={year} year={year} onYear={setChosenYear} settings={settings} />;
}

/** One plan year; a different year is a fresh sheet (own rows, selection and undo history). */
function PlanYear({ year, onYear, settings }: { year: number; onYear: (year: number) => void; settings: Settings }) {
  const askReason = settings.askRevisionReason;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const undoable = useUndoable();
  const reportError = useErrorReporter();
  const navigate = useNavigate();
  // The first screen of rows is drawn with the context of those rows alone; the whole year and the whole
  // workspace's context are read once they have been painted, and editing waits for the latter
  // (see useFirstScreenContext).
  // Settings and the team are read once here, for both contexts and the milestones drawer.
  const directory = useTeamDirectory();
  const [painted, setPainted] = useState(false);
  const data = usePlanData(year, painted);
  const full = usePlanContext(year, painted, settings, directory);
  const accounts = full.accounts;
  const editable = full.ctx !== undefined;
  const firstScreen = useFirstScreenContext(year, editable ? null : data.head, settings, directory);
  const ctx = full.ctx ?? firstScreen;
  useEffect(() => {
    if (ctx === undefined || painted) return;
    // Once the frame that shows the first rows has been presented (a latch: the hooks above take it,
    // so it cannot be useAfterPaint's value of `ctx`, which is known only after them).
    return afterPaint(() => setPainted(true));
  }, [ctx, painted]);
  const team = useMemo(() => (directory ? liveMembersByName(directory) : undefined), [directory]);
  const { store, snap, load } = data;
  const prefs = usePlanColumnPrefs();
  const [sort, setSort] = useState<SortState | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<Selection>(single({ r: 0, c: 0 }));
  const [problems, setProblems] = useState<CellProblem[]>([]);
  const [pendingRevision, setPendingRevision] = useState<EditResult | null>(null);
  const [adding, setAdding] = useState(false);
  const [milestoneRowId, setMilestoneRowId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [focusRowId, setFocusRowId] = useState<string | null>(null);

  const table = useReactTable({
    data: NO_ROWS,
    columns: COLUMN_DEFS,
    state: { columnSizing: prefs.sizing, columnVisibility: prefs.visibility },
    onColumnSizingChange: prefs.setSizing,
    onColumnVisibilityChange: prefs.setVisibility,
    columnResizeMode: 'onChange',
    getCoreRowModel: getCoreRowModel(),
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  // The same array until columns are shown or hidden, so memoised rows do not re-render on every edit.
  const columnKey = headers.map((h) => h.column.id).join(',');
  const columns = useMemo(
    () =>
      columnKey
        .split(',')
        .map((id) => COLUMN_BY_ID.get(id as PlanColumnId))
        .filter((c): c is PlanColumn => c !== undefined),
    [columnKey],
  );

  // Order depends on which rows exist (snap.ids), sort and filters — not on each edit (see planSheetModel).
  const ids = snap.ids;
  const rows = snap.rows;
  const ordered = useMemo(() => {
    if (!ctx) return [];
    const filtered = filterIds(ids, rows, filters, ctx, t);
    const column = sort ? COLUMN_BY_ID.get(sort.column) : undefined;
    return column && sort ? sortIds(filtered, rows, column, sort.desc, ctx, t) : filtered;
  }, [ctx, filters, ids, rows, sort, t]);

  const items = useMemo(() => (ctx ? groupItems(ordered, rows, groupBy, collapsed, ctx, t) : []), [collapsed, ctx, groupBy, ordered, rows, t]);
  // Subtotals follow every edit once the edited cell has been painted: summing 100,000 rows must not
  // hold up that frame.
  const totalsSnap = useAfterPaint(snap);
  const totals = useMemo(() => {
    if (!ctx) return null;
    const groups = new Map<string, GroupTotals>();
    for (const item of items) if (item.kind === 'group') groups.set(item.key, totalsOf(item.ids, totalsSnap.rows, ctx));
    return { groupTotals: groups, grandTotals: totalsOf(ordered, totalsSnap.rows, ctx) };
  }, [ctx, items, ordered, totalsSnap]);

  // A row just added is selected once it appears in the view.
  if (focusRowId !== null) {
    const index = items.findIndex((item) => item.kind === 'row' && item.id === focusRowId);
    if (index >= 0) {
      setFocusRowId(null);
      setSelection(single({ r: index, c: 1 }));
      setFocusRequest((n) => n + 1);
    }
  }

  const blockOf = useCallback(
    (range: Range): Block => {
      const rowIds: string[] = [];
      for (let r = range.r0; r <= range.r1; r += 1) {
        const item = items[r];
        if (item?.kind === 'row') rowIds.push(item.id);
      }
      return { rowIds, columns: columns.slice(range.c0, range.c1 + 1) };
    },
    [columns, items],
  );

  const finish = useCallback(
    (result: EditResult, reason: string) => {
      const revised = new Map(revisedRows(result).map((r) => [r.after.id, r.before]));
      const at = nowIso();
      const after = result.after.map((row) => {
        const before = revised.get(row.id);
        return before ? reviseTarget({ ...row, target: before.target }, row.target, reason, at, newId()) : row;
      });
      void data.commit(after);
    },
    [data],
  );

  const runEdit = useCallback(
    (result: EditResult) => {
      setProblems(result.problems);
      if (result.after.length === 0) return;
      if (askReason && revisedRows(result).length > 0) setPendingRevision(result);
      else finish(result, '');
    },
    [askReason, finish],
  );

  const onCells = useCallback((cells: CellInput[], lines?: ReadonlyMap<CellInput, number>) => {
    if (ctx) runEdit(applyCells(cells, store, ctx, lines));
  }, [ctx, runEdit, store]);

  const onPaste = useCallback(
    (values: string[][], range: Range) => {
      if (!ctx) return;
      const block = blockOf({ ...range, r1: Math.max(range.r1, range.r0 + values.length - 1) });
      const result = pasteIntoPlan(values, { block, columns, startColumn: range.c0, year }, store, ctx);
      runEdit(result);
      // As in Excel, the pasted block is selected afterwards (a single value filled the selection already).
      const width = Math.max(...values.map((line) => line.length));
      if (values.length > 1 || width > 1) {
        setSelection({
          anchor: { r: range.r0, c: range.c0 },
          focus: { r: Math.min(items.length - 1, range.r0 + values.length - 1), c: Math.min(columns.length - 1, range.c0 + width - 1) },
        });
      }
    },
    [blockOf, columns, ctx, items.length, runEdit, store, year],
  );

  const onClear = useCallback((range: Range) => onCells(clearCells(blockOf(range))), [blockOf, onCells]);
  const onFillDown = useCallback(
    (range: Range) => {
      if (ctx) onCells(fillDownCells(blockOf(range), store, (column, row) => column.text(row, ctx, t)));
    },
    [blockOf, ctx, onCells, store, t],
  );

  // The problems listed belong to the step just made; after undo or redo they no longer describe the sheet.
  const undo = useCallback(() => {
    if (data.undo()) setProblems([]);
    else message.info({ content: t('plan.nothingToUndo'), key: 'plan-undo' });
  }, [data, message, t]);
  const redo = useCallback(() => {
    if (data.redo()) setProblems([]);
    else message.info({ content: t('plan.nothingToRedo'), key: 'plan-undo' });
  }, [data, message, t]);

  // A deletion is a step of the sheet's undo (Ctrl+Z) and of the session's undo history (its message,
  // 撤销记录, after a reload too), like every other deletion in the app.
  const deleteRows = () => {
    const ids = blockOf(rangeOf(selection)).rowIds;
    const before = ids.map((id) => store.get(id)).filter((r): r is PlanRow => r !== undefined);
    if (before.length === 0) return;
    setSelection(single({ r: Math.min(selection.focus.r, Math.max(0, items.length - before.length - 1)), c: selection.focus.c }));
    data
      .commit(before.map((r) => ({ ...r, deletedAt: nowIso() })))
      .then((changes) => (changes ? undoable.offer('plan-delete', t('plan.deleted', { count: before.length }), changes) : undefined))
      .catch(reportError);
  };

  const exportAs = async (kind: 'xlsx' | 'csv') => {
    if (!ctx || !totals) return;
    const exportItems = groupItems(ordered, rows, groupBy, new Set(), ctx, t);
    const input = { items: exportItems, columns, widths: headers.map((h) => h.getSize()), rows, ctx, t, ...totals, sheetName: t('plan.sheetName', { year }) };
    try {
      const blob = kind === 'xlsx' ? await planToXlsx(input) : planToCsv(input);
      const outcome = await saveBlob(blob, `${t('plan.fileName', { year })}.${kind}`, kind);
      if (outcome.saved) message.success({ content: t('plan.exported', { name: outcome.name }), key: 'plan-export' });
    } catch (error) {
      message.error({ content: t('plan.exportFailed', { reason: error instanceof Error ? error.message : String(error) }), key: 'plan-export' });
    }
  };

  const activeItem: SheetItem | undefined = items[selection.focus.r];
  const milestoneRow = milestoneRowId === null ? undefined : store.get(milestoneRowId);
  // Stable, so the memoised sheet header does not re-render with every edit and every scrolled frame.
  const onSort = useCallback((column: PlanColumnId) => setSort((s) => (s?.column !== column ? { column, desc: false } : s.desc ? null : { column, desc: true })), []);
  const onFilter = useCallback((column: PlanColumnId, text: string) => {
    setFilters((f) => ({ ...f, [column]: text }));
    setSelection((s) => single({ r: 0, c: s.focus.c }));
  }, []);

  useSetPrintTitle(t('plan.printTitle', { year }));
  if (!ctx || !totals || !team) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  return (
    <div className="kp-plan">
      <PlanToolbar
        year={year}
        onYear={onYear}
        countText={load === 'ready' && editable ? t('plan.rowCount', { count: store.size, shown: ordered.length }) : t('plan.loading')}
        editable={editable}
        noAccounts={accounts?.length === 0}
        rowActive={activeItem?.kind === 'row'}
        onAdd={() => setAdding(true)}
        onDelete={deleteRows}
        onMilestones={() => activeItem?.kind === 'row' && setMilestoneRowId(activeItem.id)}
        onOpenAccount={() => {
          const row = activeItem?.kind === 'row' ? store.get(activeItem.id) : undefined;
          if (row) void navigate(`/accounts/${row.accountId}?tab=plan`);
        }}
        onUndo={undo}
        onRedo={redo}
        canUndo={data.canUndo}
        canRedo={data.canRedo}
        groupBy={groupBy}
        onGroupBy={(g) => {
          setGroupBy(g);
          setSelection(single({ r: 0, c: 0 }));
        }}
        hideable={table.getAllLeafColumns().filter((c) => c.getCanHide())}
        visibility={prefs.visibility}
        onVisibility={prefs.setVisibility}
        canExport={load === 'ready' && editable}
        onExport={(kind) => void exportAs(kind)}
      />
      <Collapse
        destroyOnHidden
        size="small"
        style={{ marginBottom: 12 }}
        items={[{ key: 'risk', label: <RiskHeadline totals={totals.grandTotals} ctx={ctx} t={t} />, children: <RiskSummary snap={totalsSnap} ctx={ctx} /> }]}
      />
      <PlanProblems problems={problems} rows={rows} ctx={ctx} onClose={() => setProblems([])} />
      <PlanSheet
        items={items}
        rows={rows}
        ctx={ctx}
        columns={columns}
        headers={headers}
        sort={sort}
        resizingId={table.getState().columnSizingInfo.isResizingColumn}
        onSort={onSort}
        filters={filters}
        onFilter={onFilter}
        groupTotals={totals.groupTotals}
        grandTotals={totals.grandTotals}
        onToggleGroup={(key) =>
          setCollapsed((c) => {
            const next = new Set(c);
            if (!next.delete(key)) next.add(key);
            return next;
          })
        }
        selection={selection}
        onSelection={setSelection}
        onCells={editable ? onCells : NOOP}
        onPaste={editable ? onPaste : NOOP}
        onClear={editable ? onClear : NOOP}
        onFillDown={editable ? onFillDown : NOOP}
        onUndo={editable ? undo : NOOP}
        onRedo={editable ? redo : NOOP}
        onOpenRow={editable ? setMilestoneRowId : NOOP}
        readOnly={!editable}
        focusRequest={focusRequest}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        {t('plan.keyboardHint')}
      </Typography.Paragraph>
      {pendingRevision && (
        <RevisionPrompt
          changes={revisedRows(pendingRevision)}
          ctx={ctx}
          onConfirm={(reason) => {
            finish(pendingRevision, reason);
            setPendingRevision(null);
            setFocusRequest((n) => n + 1);
          }}
          onCancel={() => {
            setPendingRevision(null);
            message.info({ content: t('plan.revision.cancelled'), key: 'plan-revision' });
            setFocusRequest((n) => n + 1);
          }}
        />
      )}
      {adding && accounts && (
        <AddPlanRowDialog
          accounts={accounts}
          currency={ctx.currency}
          onCancel={() => setAdding(false)}
          onAdd={(accountId, product, potential) => {
            const row = { ...newPlanRow(year, accountId, product, ctx.accounts.get(accountId)?.ownerId ?? null), potential };
            void data.commit([row]);
            setAdding(false);
            setFocusRowId(row.id);
          }}
        />
      )}
      {milestoneRow && (
        <MilestonesDrawer
          key={milestoneRow.id}
          row={milestoneRow}
          accountName={ctx.accounts.get(milestoneRow.accountId)?.name ?? ''}
          ctx={ctx}
          team={team}
          onClose={() => {
            setMilestoneRowId(null);
            setFocusRequest((n) => n + 1);
          }}
          onSave={(milestones: Milestone[]) => {
            void data.commit([{ ...milestoneRow, milestones }]);
            setMilestoneRowId(null);
            setFocusRequest((n) => n + 1);
            message.success({ content: t('plan.milestones.saved'), key: 'plan-milestones' });
          }}
        />
      )}
    </div>
  );
}
