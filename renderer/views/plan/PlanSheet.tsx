/**
 * The battle plan as a spreadsheet: virtualised rows (100,000 scroll like 40), frozen header, row
 * numbers and first column, a selection with an active cell, and one hidden text box that follows the
 * active cell. Typing goes into that box — so Chinese input methods work — and turns it into the cell
 * editor; copy, cut and paste are the box's clipboard events, so Ctrl+C/V work with Excel and WPS in
 * the desktop app and the browser alike.
 */
import { DownOutlined } from '@ant-design/icons';
import type { Header } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { PRINT_WIDTH_PX, usePrinting } from '../../platform/printMode';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../shared/domain/planRow';
import { fromClipboardTsv } from '../../../shared/methods/tsv';
import type { PlanColumn, PlanColumnId } from './planColumns';
import type { PlanContext } from './planContext';
import type { CellInput } from './planEdits';
import type { Filters, GroupTotals, SheetItem, SortState } from './planSheetModel';
import { copiedText } from './sheetClipboard';
import { useColumnGeometry } from './useColumnGeometry';
import { useSheetMouse } from './useSheetMouse';
import { browseKey, editKey } from './sheetKeys';
import { clampPos, rangeOf, single, type Range, type Selection } from './sheetSelection';
import { CHOICE_LIMIT, choiceStep, matchingChoices } from './cellChoices';
import { CellChoices, choiceId } from './CellChoices';
import { SheetFooter, SheetHeader } from './SheetEdges';
import { GUTTER_WIDTH, ROW_HEIGHT, SheetRow } from './SheetRow';
import './planSheet.css';

const HEADER_HEIGHT = 34;
const FILTER_HEIGHT = 30;
const HEAD_HEIGHT = HEADER_HEIGHT + FILTER_HEIGHT;
const DROP_DOWN_ICON = <DownOutlined aria-hidden />;

export interface PlanSheetProps {
  items: readonly SheetItem[];
  rows: ReadonlyMap<string, PlanRow>;
  ctx: PlanContext;
  columns: readonly PlanColumn[];
  headers: readonly Header<PlanRow, unknown>[];
  sort: SortState | null;
  /** The column being resized, if one is. */
  resizingId: string | false;
  onSort: (column: PlanColumnId) => void;
  filters: Filters;
  onFilter: (column: PlanColumnId, text: string) => void;
  groupTotals: ReadonlyMap<string, GroupTotals>;
  grandTotals: GroupTotals;
  onToggleGroup: (key: string) => void;
  selection: Selection;
  onSelection: (selection: Selection) => void;
  onCells: (cells: CellInput[]) => void;
  onPaste: (values: string[][], range: Range) => void;
  onClear: (range: Range) => void;
  onFillDown: (range: Range) => void;
  onUndo: () => void;
  onRedo: () => void;
  onOpenRow: (rowId: string) => void;
  /** While only the first screen's context is known: the sheet is shown and can be moved around, not edited. */
  readOnly: boolean;
  /** Bumped by the parent to put the keyboard focus back into the sheet (after a dialog). */
  focusRequest: number;
}

type EditMode = 'enter' | 'edit';

export function PlanSheet(props: PlanSheetProps) {
  const { items, rows, ctx, columns, headers, selection, onSelection } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [editing, setEditing] = useState<EditMode | null>(null);
  const [draft, setDraft] = useState('');
  // The pick list of the active cell (Excel's data-validation drop-down), open while editing.
  const [choicesOpen, setChoicesOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(-1);
  const choicesId = useId();

  const { widths, lefts, totalWidth } = useColumnGeometry(headers);
  const rowCount = items.length;
  const colCount = columns.length;

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: HEAD_HEIGHT,
    scrollPaddingEnd: ROW_HEIGHT,
  });

  const focusInput = useCallback(() => inputRef.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (props.focusRequest > 0) focusInput();
  }, [focusInput, props.focusRequest]);

  const range = rangeOf(selection);
  const active = selection.focus;
  const activeItem = items[active.r];
  const activeColumn = columns[active.c];
  const activeRecord = activeItem?.kind === 'row' ? rows.get(activeItem.id) : undefined;

  // Keep the active cell in view when the keyboard moves it.
  const scrollToActive = (pos: { r: number; c: number }) => {
    virtualizer.scrollToIndex(pos.r, { align: 'auto' });
    const el = scrollRef.current;
    if (!el || pos.c === 0) return;
    const left = lefts[pos.c] ?? 0;
    const right = left + (widths[pos.c] ?? 0);
    const frozen = GUTTER_WIDTH + (widths[0] ?? 0);
    if (left - frozen < el.scrollLeft) el.scrollLeft = left - frozen;
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
  };

  const select = (next: Selection, scroll = true) => {
    onSelection(next);
    if (scroll) scrollToActive(next.focus);
  };

  const cellText = (column: PlanColumn | undefined, row: PlanRow | undefined): string => (column && row ? column.text(row, ctx, t) : '');

  const startEdit = (mode: EditMode, initial: string) => {
    if (props.readOnly || !activeRecord || !activeColumn?.parse) return false;
    setEditing(mode);
    setDraft(initial);
    return true;
  };

  const allChoices = activeItem?.kind === 'row' ? activeColumn?.choices?.(ctx) : undefined;
  const shownChoices = editing && choicesOpen && allChoices ? matchingChoices(allChoices, draft) : null;

  const commitValue = (value: string) => {
    if (activeItem?.kind === 'row' && activeColumn?.parse && value !== cellText(activeColumn, activeRecord)) {
      props.onCells([{ rowId: activeItem.id, column: activeColumn, input: value }]);
    }
    setEditing(null);
    setDraft('');
    setChoicesOpen(false);
  };

  const commitEdit = () => {
    if (editing) commitValue(draft);
  };

  const cancelEdit = () => {
    setEditing(null);
    setDraft('');
    setChoicesOpen(false);
  };

  // Alt+↓ or the cell's ▾: every choice, the current value highlighted; typing then filters.
  const openChoices = () => {
    if (!allChoices || !startEdit('edit', '')) return;
    setChoicesOpen(true);
    setHighlighted(allChoices.slice(0, CHOICE_LIMIT).indexOf(cellText(activeColumn, activeRecord)));
  };

  const highlightFirstMatch = (typed: string) => {
    setHighlighted(allChoices && typed.trim() !== '' && matchingChoices(allChoices, typed, 1).length > 0 ? 0 : -1);
  };

  const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEAD_HEIGHT) / ROW_HEIGHT) - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const press = { key: e.key, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, alt: e.altKey };
    if (editing) {
      if (e.nativeEvent.isComposing) return;
      const step = shownChoices ? choiceStep(e.key, e.altKey, highlighted, shownChoices.length) : null;
      if (step && shownChoices) {
        e.preventDefault();
        if (step.kind === 'highlight') setHighlighted(step.index);
        else if (step.kind === 'close') cancelEdit();
        else {
          commitValue(shownChoices[step.index] ?? draft);
          const dr = e.key === 'Enter' ? (e.shiftKey ? -1 : 1) : 0;
          const dc = e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0;
          select(single(clampPos({ r: active.r + dr, c: active.c + dc }, rowCount, colCount)));
        }
        return;
      }
      const command = editKey(press, editing === 'enter');
      if (!command) return;
      e.preventDefault();
      if (command.kind === 'cancel') cancelEdit();
      else if (command.kind === 'newLine') setDraft((d) => `${d}\n`);
      else {
        commitEdit();
        select(single(clampPos({ r: active.r + command.dr, c: active.c + command.dc }, rowCount, colCount)));
      }
      return;
    }
    const command = browseKey(press, { selection, rowCount, colCount, pageRows, activeKind: activeItem?.kind ?? null, activeColumnId: activeColumn?.id ?? null });
    if (!command) return;
    e.preventDefault();
    switch (command.kind) {
      case 'select':
        select(command.selection, command.scroll);
        break;
      case 'undo':
        props.onUndo();
        break;
      case 'redo':
        props.onRedo();
        break;
      case 'fillDown':
        props.onFillDown(range);
        break;
      case 'clear':
        props.onClear(range);
        break;
      case 'openChoices':
        openChoices();
        break;
      case 'toggleGroup':
        if (activeItem?.kind === 'group') props.onToggleGroup(activeItem.key);
        break;
      case 'openRow':
        if (activeItem?.kind === 'row') props.onOpenRow(activeItem.id);
        break;
      case 'editCell':
        startEdit('edit', cellText(activeColumn, activeRecord));
        break;
    }
  };

  // Typing (or an input method's first composition) turns the hidden box into the cell editor.
  const onChange = (value: string) => {
    if (!editing) {
      if (!startEdit('enter', value)) setDraft('');
      else if (allChoices) {
        setChoicesOpen(true);
        highlightFirstMatch(value);
      }
      return;
    }
    setDraft(value);
    if (choicesOpen) highlightFirstMatch(value);
  };

  const onCopy = (e: ClipboardEvent<HTMLTextAreaElement>, cut: boolean) => {
    if (editing) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copiedText(range, { items, rows, columns, groupTotals: props.groupTotals, grandTotals: props.grandTotals, ctx, t }));
    if (cut) props.onClear(range);
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    if (editing) return;
    e.preventDefault();
    const values = fromClipboardTsv(e.clipboardData.getData('text/plain'));
    if (values.length > 0) props.onPaste(values, range);
  };

  const { onMouseDown, onMouseMove, onMouseOver, onDoubleClick } = useSheetMouse({
    selection,
    onSelection,
    select,
    colCount,
    focusInput,
    // A click while a cell is edited commits it first.
    commitEditing: () => {
      if (editing) commitEdit();
    },
    onToggleGroup: props.onToggleGroup,
    // A double click opens the row's milestones from their column, else edits the cell.
    onOpenCell: (hit) => {
      const item = items[hit.r];
      if (columns[hit.c]?.id === 'nextMilestone' && item?.kind === 'row') props.onOpenRow(item.id);
      else startEdit('edit', cellText(activeColumn, activeRecord));
    },
  });

  // The editor sits over the active cell; the frozen first column is drawn where it is on screen.
  const [scrollLeft, setScrollLeft] = useState(0);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => {
      if (el.scrollLeft !== scrollLeft) setScrollLeft(el.scrollLeft);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [scrollLeft]);

  const editorLeft = active.c === 0 ? GUTTER_WIDTH + scrollLeft : (lefts[active.c] ?? 0);
  const editorTop = HEAD_HEIGHT + active.r * ROW_HEIGHT;
  const editorWidth = Math.max(widths[active.c] ?? 100, activeColumn?.multiline && editing ? 320 : 0);
  // On paper every row is drawn (the screen draws those in view) and the sheet shrinks to the page width.
  const printing = usePrinting();
  const virtualRows = printing ? items.map((_, index) => ({ index, start: index * ROW_HEIGHT })) : virtualizer.getVirtualItems();
  const printZoom = Math.min(1, PRINT_WIDTH_PX / totalWidth);

  return (
    <div
      className={printing ? 'kp-sheet kp-sheet--print' : 'kp-sheet'}
      style={printing ? { zoom: printZoom } : undefined}
    >
      <div className="kp-sheet-scroll" ref={scrollRef} onMouseDown={onMouseDown} onMouseMove={onMouseMove} onMouseOver={onMouseOver} onDoubleClick={onDoubleClick}>
        {/* The grid holds rows only; the cell editor, its drop-down button and list sit beside it (ARIA: a grid owns rows). */}
        <div style={{ width: totalWidth, minWidth: '100%' }} role="grid" aria-label={t('plan.sheetLabel')} aria-rowcount={rowCount + 1} aria-colcount={colCount} aria-multiselectable>
          <SheetHeader
            headers={headers}
            columns={columns}
            widths={widths}
            sort={props.sort}
            filters={props.filters}
            resizingId={props.resizingId}
            onSort={props.onSort}
            onFilter={props.onFilter}
            marginPercent={ctx.marginPercent}
            t={t}
          />
          <div className="kp-sheet-body" style={{ height: printing ? 'auto' : virtualizer.getTotalSize() }}>
            {virtualRows.map((v) => {
              const item = items[v.index];
              if (!item) return null;
              const inRange = v.index >= range.r0 && v.index <= range.r1;
              return (
                <SheetRow
                  key={item.kind === 'row' ? item.id : item.key}
                  item={item}
                  record={item.kind === 'row' ? rows.get(item.id) : undefined}
                  index={v.index}
                  top={v.start}
                  columns={columns}
                  widths={widths}
                  ctx={ctx}
                  t={t}
                  selFrom={inRange ? range.c0 : -1}
                  selTo={inRange ? range.c1 : -2}
                  active={v.index === active.r ? active.c : -1}
                  totals={item.kind === 'group' ? props.groupTotals.get(item.key) : undefined}
                />
              );
            })}
            {rowCount === 0 && <div className="kp-sheet-empty">{t('plan.emptyView')}</div>}
          </div>
          <SheetFooter columns={columns} widths={widths} totals={props.grandTotals} ctx={ctx} t={t} />
        </div>
        <textarea
          ref={inputRef}
          className={editing ? 'kp-cell-editor kp-cell-editor--open' : 'kp-cell-editor'}
          style={{ top: editorTop, left: editorLeft, width: editorWidth, height: editing && activeColumn?.multiline ? ROW_HEIGHT * 3 : ROW_HEIGHT }}
          aria-label={activeColumn ? t('plan.cellLabel', { column: t(`plan.columns.${activeColumn.id}`), row: active.r + 1 }) : t('plan.sheetLabel')}
          aria-autocomplete={allChoices ? 'list' : undefined}
          aria-controls={shownChoices ? choicesId : undefined}
          aria-activedescendant={shownChoices && highlighted >= 0 ? choiceId(choicesId, highlighted) : undefined}
          value={editing ? draft : ''}
          readOnly={props.readOnly}
          aria-readonly={props.readOnly}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onCopy={(e) => onCopy(e, false)}
          onCut={(e) => onCopy(e, true)}
          onPaste={onPaste}
          onBlur={() => {
            if (editing) commitEdit();
          }}
        />
        {!editing && !props.readOnly && allChoices && activeColumn && (
          <button
            type="button"
            tabIndex={-1}
            className="kp-choices-toggle"
            aria-label={t('plan.choices.open', { column: t(`plan.columns.${activeColumn.id}`) })}
            style={{ top: editorTop, left: editorLeft + editorWidth - 24 }}
            onMouseDown={(e) => {
              e.preventDefault();
              e.stopPropagation();
              openChoices();
              focusInput();
            }}
          >
            {DROP_DOWN_ICON}
          </button>
        )}
        {shownChoices && activeColumn && (
          <CellChoices
            id={choicesId}
            label={t('plan.choices.label', { column: t(`plan.columns.${activeColumn.id}`) })}
            emptyText={t('plan.choices.none')}
            choices={shownChoices}
            highlighted={highlighted}
            left={editorLeft}
            top={editorTop + ROW_HEIGHT}
            minWidth={editorWidth}
            onPick={(value) => {
              commitValue(value);
              focusInput();
            }}
            onHighlight={setHighlighted}
          />
        )}
      </div>
    </div>
  );
}
