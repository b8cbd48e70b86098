/**
 * What a person does on the chain's canvas, as ChainEdits: add a person (N, a double click on the
 * pane), delete the selection (Delete; the step goes to the undo history), find a card (unfolding
 * its bosses), draw a reporting line or an influence link, drop a card on another (that person
 * becomes the boss) or move cards; Ctrl+Z / Ctrl+Y undo and redo the chain's own steps. An edit the
 * rules refuse says why and puts the cards back.
 */
import type { Connection, ReactFlowInstance } from '@xyflow/react';
import { App } from 'antd';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/domain/common';
import type { ChainEdit } from '../../../shared/domain/decisionChainEdits';
import type { Problem } from '../../../shared/fileFormat/problems';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/methods/decisionChainLayout';
import { useUndoable } from '../../components/useUndoable';
import { ConflictError } from '../../data/repositories/editConflicts';
import { receiptChanges } from '../../data/repositories/decisionChainRepository';
import { problemText } from '../../i18n/problemText';
import { useErrorReporter } from '../../session/useErrorReporter';
import type { ChartNode } from './chart/chartModel';
import type { ChainEditor } from './useChainEditor';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="dialog"], .ant-select-dropdown') !== null;
}

export interface ChainCommandsInput {
  editor: ChainEditor;
  flow: ReactFlowInstance<ChartNode>;
  /** Puts the model's cards back (after a refused edit moved one). */
  pushModel: () => void;
  selectedPeople: string[];
  selectedLinkId: string | null;
  nameOf: (id: string | null) => string;
  /** The card to select once the model holds it, and the card to bring into view. */
  pendingSelectionRef: RefObject<string | null>;
  revealRef: RefObject<string | null>;
  /** A person was picked (added or found): the side panel shows their details. */
  onPick: () => void;
}

export function useChainCommands({ editor, flow, pushModel, selectedPeople, selectedLinkId, nameOf, pendingSelectionRef, revealRef, onPick }: ChainCommandsInput) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const refuse = useCallback((problems: Problem[]) => message.error(problems.map((p) => problemText(t, p)).join('；')), [message, t]);

  /** Runs an edit; tells the user why if it was refused. */
  const apply = useCallback(
    async (edit: ChainEdit) => {
      const result = await editor.run(edit);
      if (result instanceof ConflictError) {
        // Only panel edits carry the values they expect; they handle their own conflicts.
        pushModel();
        return null;
      }
      if (Array.isArray(result)) {
        void refuse(result);
        // Put dragged cards back where the model says they are.
        pushModel();
        return null;
      }
      return result;
    },
    [editor, refuse, pushModel],
  );

  // Callbacks that must not change on every edit (the cards' context, memoised panels) call the
  // latest apply through this ref.
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  const addPerson = useCallback(
    (seat: boolean, position: { x: number; y: number } | null = null) => {
      const id = newId();
      const boss = position === null && selectedPeople.length === 1 ? (selectedPeople[0] ?? null) : null;
      pendingSelectionRef.current = id;
      revealRef.current = id;
      onPick();
      void apply({
        kind: 'addStakeholder',
        id,
        fields: { placeholder: seat, name: seat ? '' : t('chain.newPerson'), reportsToId: boss, position: position && { x: position.x - CARD_WIDTH / 2, y: position.y - CARD_HEIGHT / 2 } },
      });
    },
    [apply, selectedPeople, t, onPick, pendingSelectionRef, revealRef],
  );

  const deleteSelection = useCallback(() => {
    if (selectedPeople.length > 0) {
      const names = selectedPeople.map(nameOf);
      void apply({ kind: 'deleteStakeholders', ids: selectedPeople }).then((receipt) => {
        if (!receipt) return;
        const text = names.length === 1 ? t('chain.panel.deleted', { name: names[0] ?? '' }) : t('chain.panel.deletedMany', { count: names.length });
        undoable.offer('chain-delete', text, receiptChanges(receipt)).catch(reportError);
      });
    } else if (selectedLinkId) {
      void apply({ kind: 'deleteLink', id: selectedLinkId }).then((receipt) => {
        if (receipt) undoable.offer('chain-delete', t('chain.link.deleted'), receiptChanges(receipt)).catch(reportError);
      });
    }
  }, [apply, nameOf, reportError, selectedLinkId, selectedPeople, undoable, t]);

  const find = useCallback(
    (id: string) => {
      const node = flow.getNode(id);
      if (!node) {
        // Folded away under a collapsed boss: unfold the way down, then select and show the card.
        pendingSelectionRef.current = id;
        revealRef.current = id;
        onPick();
        void applyRef.current({ kind: 'unfoldAbove', id });
        return;
      }
      flow.setNodes((all) => all.map((n) => (n.selected !== (n.id === id) ? { ...n, selected: n.id === id } : n)));
      onPick();
      void flow.setCenter(node.position.x + CARD_WIDTH / 2, node.position.y + CARD_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), 1) });
    },
    [flow, onPick, pendingSelectionRef, revealRef],
  );

  // Keyboard: undo/redo, N to add, Delete to remove — not while typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z' && !event.shiftKey) editor.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) editor.redo();
      else if (!mod && !event.altKey && key === 'n') addPerson(false);
      else if (key === 'delete' || key === 'backspace') deleteSelection();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addPerson, deleteSelection, editor]);

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.sourceHandle === 'report') void apply({ kind: 'setReportsTo', id: connection.target, bossId: connection.source });
      else if (connection.sourceHandle === 'link-out') void apply({ kind: 'addLink', id: newId(), fromId: connection.source, toId: connection.target, linkKind: 'INFLUENCES' });
    },
    [apply],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, node: ChartNode, dragged: ChartNode[]) => {
      const cards = dragged.filter((n) => n.type === 'stakeholder');
      if (cards.length === 1) {
        // Dropped with its centre on another card: that person becomes the boss.
        const cx = node.position.x + CARD_WIDTH / 2;
        const cy = node.position.y + CARD_HEIGHT / 2;
        const target = flow.getNodes().find((n) => n.type === 'stakeholder' && n.id !== node.id && cx >= n.position.x && cx <= n.position.x + CARD_WIDTH && cy >= n.position.y && cy <= n.position.y + CARD_HEIGHT);
        if (target) {
          void apply({ kind: 'setReportsTo', id: node.id, bossId: target.id });
          return;
        }
      }
      if (cards.length > 0) void apply({ kind: 'moveCards', positions: cards.map((n) => ({ id: n.id, position: n.position })) });
    },
    [apply, flow],
  );

  const onDoubleClick = useCallback(
    (event: React.MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      addPerson(false, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [addPerson, flow],
  );
  return { refuse, apply, applyRef, addPerson, deleteSelection, find, onConnect, onNodeDragStop, onDoubleClick };
}
