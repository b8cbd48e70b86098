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
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../shared/domain/planRow';
import { fromClipboardTsv, toClipboardTsv } from '../../../shared/methods/tsv';
import type { PlanColumn, PlanColumnId } from './planColumns';
import type { PlanContext } from './planContext';
import type { CellInput } from './planEdits';
import type { Filters, GroupTotals, SheetItem, SortState } from './planSheetModel';
import { totalText } from './planTotals';
import { clampPos, moveSelection, rangeOf, single, type Range, type Selection } from './sheetSelection';
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


/**
 * A cell whose text is cut by its column (a long account name) shows all of it on hover. Set when the
 * pointer arrives, so rows are not built with a title each; a total's own hover text (exact money) stays.
 */
function showCutText(event: React.MouseEvent) {
  const cell = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.kp-cell') : null;
  if (!cell || cell.classList.contains('kp-cell--total')) return;
  if (cell.scrollWidth > cell.clientWidth) cell.title = cell.textContent ?? '';
  else cell.removeAttribute('title');
}

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
  const dragging = useRef(false);

  // The same arrays until a column is resized or hidden, so rows stay memoised while scrolling.
  const widthKey = headers.map((h) => h.getSize()).join(',');
  const { widths, lefts, totalWidth } = useMemo(() => {
    const ws = widthKey === '' ? [] : widthKey.split(',').map(Number);
    const ls: number[] = [];
    let left = GUTTER_WIDTH;
    for (const w of ws) {
      ls.push(left);
      left += w;
    }
    return { widths: ws, lefts: ls, totalWidth: left };
  }, [widthKey]);
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
    const mod = e.ctrlKey || e.metaKey;
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
      const move = (dr: number, dc: number) => {
        e.preventDefault();
        commitEdit();
        select(single(clampPos({ r: active.r + dr, c: active.c + dc }, rowCount, colCount)));
      };
      if (e.key === 'Escape') {
        e.preventDefault();
        cancelEdit();
      } else if (e.key === 'Enter' && e.altKey) {
        e.preventDefault();
        setDraft((d) => `${d}\n`);
      } else if (e.key === 'Enter') move(e.shiftKey ? -1 : 1, 0);
      else if (e.key === 'Tab') move(0, e.shiftKey ? -1 : 1);
      else if (editing === 'enter' && e.key === 'ArrowDown') move(1, 0);
      else if (editing === 'enter' && e.key === 'ArrowUp') move(-1, 0);
      else if (editing === 'enter' && e.key === 'ArrowLeft') move(0, -1);
      else if (editing === 'enter' && e.key === 'ArrowRight') move(0, 1);
      return;
    }
    const moveBy = (dr: number, dc: number) => {
      e.preventDefault();
      select(moveSelection(selection, dr, dc, e.shiftKey, rowCount, colCount));
    };
    const jump = (pos: { r: number; c: number }) => {
      e.preventDefault();
      const focus = clampPos(pos, rowCount, colCount);
      select(e.shiftKey ? { anchor: selection.anchor, focus } : single(focus));
    };
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (mod && key === 'z') {
      e.preventDefault();
      if (e.shiftKey) props.onRedo();
      else props.onUndo();
    } else if (mod && key === 'y') {
      e.preventDefault();
      props.onRedo();
    } else if (mod && key === 'd') {
      e.preventDefault();
      props.onFillDown(range);
    } else if (mod && key === 'a') {
      e.preventDefault();
      select({ anchor: { r: 0, c: 0 }, focus: { r: rowCount - 1, c: colCount - 1 } }, false);
    } else if (e.key === 'ArrowDown' && e.altKey) {
      e.preventDefault();
      openChoices();
    } else if (e.key === 'ArrowDown') {
      if (mod) jump({ r: rowCount - 1, c: active.c });
      else moveBy(1, 0);
    } else if (e.key === 'ArrowUp') {
      if (mod) jump({ r: 0, c: active.c });
      else moveBy(-1, 0);
    } else if (e.key === 'ArrowRight') {
      if (mod) jump({ r: active.r, c: colCount - 1 });
      else moveBy(0, 1);
    } else if (e.key === 'ArrowLeft') {
      if (mod) jump({ r: active.r, c: 0 });
      else moveBy(0, -1);
    }
    else if (e.key === 'PageDown') moveBy(pageRows, 0);
    else if (e.key === 'PageUp') moveBy(-pageRows, 0);
    else if (e.key === 'Home') jump(mod ? { r: 0, c: 0 } : { r: active.r, c: 0 });
    else if (e.key === 'End') jump(mod ? { r: rowCount - 1, c: colCount - 1 } : { r: active.r, c: colCount - 1 });
    else if (e.key === 'Tab') {
      e.preventDefault();
      select(single(clampPos({ r: active.r, c: active.c + (e.shiftKey ? -1 : 1) }, rowCount, colCount)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (activeItem?.kind === 'group') props.onToggleGroup(activeItem.key);
      else if (activeColumn?.id === 'nextMilestone' && activeItem) props.onOpenRow(activeItem.id);
      else select(single(clampPos({ r: active.r + (e.shiftKey ? -1 : 1), c: active.c }, rowCount, colCount)));
    } else if (e.key === 'F2') {
      e.preventDefault();
      if (activeColumn?.id === 'nextMilestone' && activeItem?.kind === 'row') props.onOpenRow(activeItem.id);
      else startEdit('edit', cellText(activeColumn, activeRecord));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onClear(range);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      select(single(active), false);
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
    const lines: string[][] = [];
    for (let r = range.r0; r <= range.r1; r += 1) {
      const item = items[r];
      const record = item?.kind === 'row' ? rows.get(item.id) : undefined;
      const line: string[] = [];
      for (let c = range.c0; c <= range.c1; c += 1) {
        const column = columns[c];
        if (item?.kind === 'group') line.push(c === 0 ? item.label : column ? totalText(column.id, props.groupTotals.get(item.key) ?? props.grandTotals, ctx, t) : '');
        else line.push(cellText(column, record));
      }
      lines.push(line);
    }
    e.clipboardData.setData('text/plain', toClipboardTsv(lines));
    if (cut) props.onClear(range);
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    if (editing) return;
    e.preventDefault();
    const values = fromClipboardTsv(e.clipboardData.getData('text/plain'));
    if (values.length > 0) props.onPaste(values, range);
  };

  const cellAt = (e: MouseEvent): { r: number; c: number; toggle?: string } | null => {
    const target = e.target as HTMLElement;
    const toggle = target.closest<HTMLElement>('[data-toggle]')?.dataset.toggle;
    const cell = target.closest<HTMLElement>('[data-r]');
    if (!cell) return null;
    return { r: Number(cell.dataset.r), c: Number(cell.dataset.c ?? -1), toggle };
  };

  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    const hit = cellAt(e);
    if (!hit || e.button !== 0) return;
    e.preventDefault();
    if (editing) commitEdit();
    if (hit.toggle) {
      props.onToggleGroup(hit.toggle);
      focusInput();
      return;
    }
    if (hit.c < 0) {
      // The row number selects the whole row (Shift extends over rows).
      const anchor = e.shiftKey ? selection.anchor : { r: hit.r, c: 0 };
      select({ anchor: { r: anchor.r, c: 0 }, focus: { r: hit.r, c: colCount - 1 } }, false);
    } else {
      const pos = { r: hit.r, c: hit.c };
      select(e.shiftKey ? { anchor: selection.anchor, focus: pos } : single(pos), false);
      dragging.current = true;
    }
    focusInput();
  };

  const onMouseMove = (e: MouseEvent<HTMLDivElement>) => {
    if (!dragging.current || (e.buttons & 1) === 0) return;
    const hit = cellAt(e);
    if (!hit || hit.c < 0) return;
    if (hit.r !== selection.focus.r || hit.c !== selection.focus.c) onSelection({ anchor: selection.anchor, focus: { r: hit.r, c: hit.c } });
  };

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    const hit = cellAt(e);
    if (!hit || hit.c < 0) return;
    const item = items[hit.r];
    if (columns[hit.c]?.id === 'nextMilestone' && item?.kind === 'row') props.onOpenRow(item.id);
    else startEdit('edit', cellText(activeColumn, activeRecord));
    focusInput();
  };

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

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
      <div className="kp-sheet-scroll" ref={scrollRef} onMouseDown={onMouseDown} onMouseMove={onMouseMove} onMouseOver={showCutText} onDoubleClick={onDoubleClick}>
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
