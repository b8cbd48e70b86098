/**
 * The decision-chain editor: React Flow canvas, toolbar, and a side panel (person or link, health,
 * snapshots). Every change goes through `useChainEditor().run` as a ChainEdit, so each is validated
 * by the same rules as the repository and is one undo step.
 */
import { ControlButton, Controls, MiniMap, Panel, ReactFlow, ReactFlowProvider, ViewportPortal, getNodesBounds, useReactFlow, useStore, type Connection, type Edge, type OnSelectionChangeParams, type ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { BorderOuterOutlined, ExpandOutlined, MenuFoldOutlined, MenuUnfoldOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popover, Typography } from 'antd';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import { newId, todayIsoDate } from '../../../shared/domain/common';
import type { ChartSnapshot } from '../../../shared/domain/chartSnapshot';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { ChainEdit, ChainRecords, LinkFields, StakeholderPatch } from '../../../shared/domain/decisionChainEdits';
import type { ConflictChoices } from '../../../shared/domain/recordPatch';
import type { Problem } from '../../../shared/fileFormat/problems';
import { decisionChainHealth } from '../../../shared/methods/decisionChainHealth';
import { CARD_HEIGHT, CARD_WIDTH, layoutDecisionChain } from '../../../shared/methods/decisionChainLayout';
import type { TeamMember } from '../../../shared/domain/team';
import { diffChains } from '../../../shared/methods/snapshotDiff';
import { useErrorReporter } from '../../session/useErrorReporter';
import { useUndoable } from '../../components/useUndoable';
import { afterPaint } from '../../platform/useAfterPaint';
import { db } from '../../data/db';
import { useChartSnapshots } from '../../data/hooks/decisionChainHooks';
import { useSettings, useTeamDirectory, useTeamMembers } from '../../data/hooks/workspaceHooks';
import { deleteSnapshot, receiptChanges, saveSnapshot } from '../../data/repositories/decisionChainRepository';
import { ValidationError } from '../../data/repositories/validationError';
import { ConflictError } from '../../data/repositories/editConflicts';
import type { PanelEditOutcome } from './panels/StakeholderPanel';
import { problemText } from '../../i18n/problemText';
import { saveBlob } from '../../platform/fileAccess';
import { usePrinting, useSetPrintTitle } from '../../platform/printMode';
import { useReviewPack } from '../../transfer/ReviewPackProvider';
import { ChainToolbar } from './ChainToolbar';
import { ChartActionsContext } from './chart/ChartActionsContext';
import { ChartLegend } from './chart/ChartLegend';
import { DepartmentFrame } from './chart/DepartmentFrame';
import { CardRectsContext, useCardRects } from './chart/cardRects';
import { SpineEdge } from './chart/SpineEdge';
import { readableFit } from './chart/readableFit';
import { DepartmentFocus } from './DepartmentFocus';
import { InfluenceEdge } from './chart/InfluenceEdge';
import { StakeholderCard } from './chart/StakeholderCard';
import { ShownPeopleContext, createShownPeople } from './chart/shownPeople';
import { STANCE_COLORS } from '../../drawing/chartVisuals';
import { chartPngDataUrl, dataUrlToBlob, type ImageKind } from './chart/chartExport';
import type { ChainSvgWords } from '../../drawing/ChainSvg';
import { chainSvgBlob } from './chart/chainSvgExport';
import { NO_FILTERS, buildEdges, buildNodes, layoutInput, layoutKey, type ChartFilters, type ChartNode, type StakeholderCardNode } from './chart/chartModel';
import './chart/chart.css';
import { ChainSidePanel } from './ChainSidePanel';
import { HealthSummary } from './panels/HealthSummary';
import type { Comparison } from './panels/SnapshotsPanel';
import { useChainEditor } from './useChainEditor';
import { useChartPrefs } from './useChartPrefs';

// Defined once at module level (STYLE: React Flow node types never change between renders).
const NODE_TYPES = { stakeholder: StakeholderCard, frame: DepartmentFrame };
const EDGE_TYPES = { influence: InfluenceEdge, spine: SpineEdge };
/** From this window width the side panel is open from the start. */
const WIDE_WINDOW = 1400;
const NO_IDS: ReadonlySet<string> = new Set();
/** Small enough to leave the cards room at 1280 × 720; it can be hidden from the zoom buttons. */
const MINIMAP_SIZE = { width: 160, height: 110 };
const NO_NODES: ChartNode[] = [];
const NO_SNAPSHOTS: ChartSnapshot[] = [];
const NO_EDGES: Edge[] = [];
/** Selected cards as one string, so the editor re-renders only when the selection changes. */
const selectedCards = (s: ReactFlowState) =>
  s.nodes
    .filter((n) => n.selected && n.type === 'stakeholder')
    .map((n) => n.id)
    .join('\n');
const selectedLink = (s: ReactFlowState) => s.edges.find((e) => e.selected && e.id.startsWith('link:'))?.id.slice('link:'.length) ?? null;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="dialog"], .ant-select-dropdown') !== null;
}

/** The minimap shows stances at a glance; department frames are a faint wash. */
function miniMapColor(node: ChartNode): string {
  return node.type === 'stakeholder' ? (STANCE_COLORS[String(node.data.person.stance)] ?? '#8c8c8c') : 'rgba(173, 198, 255, 0.25)';
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Whether `next` differs from `previous` only by cards whose new node carries the record React Flow
 * already shows (put there by the edit's fast path), with the same place and the same badges.
 */
function onlyRecordsChanged(previous: readonly ChartNode[], next: readonly ChartNode[], shown: (id: string) => ChartNode | undefined): boolean {
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i += 1) {
    const a = previous[i];
    const b = next[i];
    if (a === b) continue;
    if (a?.type !== 'stakeholder' || b?.type !== 'stakeholder' || a.id !== b.id || a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
    const current = shown(b.id);
    if (current?.type !== 'stakeholder' || current.data.person !== b.data.person) return false;
    const { data: was } = a;
    const { data: now } = b;
    if (was.ownerName !== now.ownerName || was.directReports !== now.directReports || was.dimmed !== now.dimmed || was.highlighted !== now.highlighted || was.badge !== now.badge) return false;
  }
  return true;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function DecisionChainEditor({ account }: { account: Account }) {
  return (
    <ReactFlowProvider>
      <EditorCanvas account={account} />
    </ReactFlowProvider>
  );
}

function EditorCanvas({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const flow = useReactFlow<ChartNode>();
  // Fast path for edits: the card itself is told first (shownPeople.ts: one card re-renders), so the
  // change is painted in the next frame; React Flow's node data takes the records in one pass after
  // that frame, so the model rebuild that follows finds them there and need not push every node again.
  const [shownPeople] = useState(createShownPeople);
  const showOnCards = useCallback(
    (records: ChainRecords) => {
      const onCards = new Map<string, Stakeholder>();
      for (const person of records.stakeholders) {
        const node = flow.getNode(person.id);
        if (node?.type !== 'stakeholder' || person.deletedAt !== null) continue;
        shownPeople.show(person, node.data.person);
        onCards.set(person.id, person);
      }
      if (onCards.size === 0) return;
      afterPaint(() =>
        flow.setNodes((nodes) =>
          nodes.map((n) => {
            const person = n.type === 'stakeholder' ? onCards.get(n.id) : undefined;
            return person && n.type === 'stakeholder' ? { ...n, data: { ...n.data, person } } : n;
          }),
        ),
      );
    },
    [flow, shownPeople],
  );
  const editor = useChainEditor(account.id, reportError, showOnCards);
  const { chain } = editor;
  const settings = useSettings();
  const team = useTeamMembers();
  const directory = useTeamDirectory();
  const snapshots = useChartSnapshots(account.id);
  const [prefs, setPrefs] = useChartPrefs();
  const [filters, setFilters] = useState<ChartFilters>(NO_FILTERS);
  const [highlight, setHighlight] = useState<{ key: string | null; ids: ReadonlySet<string> }>({ key: null, ids: NO_IDS });
  const [tab, setTab] = useState('details');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [exporting, setExporting] = useState<ImageKind | null>(null);
  const pendingSelection = useRef<string | null>(null);
  const opened = useRef(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);

  const ownerNames = useMemo(() => new Map([...(directory ?? new Map<string, TeamMember>()).values()].map((m) => [m.id, m.name])), [directory]);
  const svgWords = useMemo<ChainSvgWords>(
    () => ({
      stance: (stance) => t(`codes.stance.${String(stance) as '0'}`),
      role: (role) => t(`codes.buyingRole.${role}`),
      influence: (value) => t('chain.card.influence', { value }),
      ownedBy: (owner) => (owner === null ? t('chain.card.noOwner') : t('chain.card.ownerLabel', { name: owner })),
      vacantSeat: t('chain.card.seat'),
      legend: { stance: t('chain.legend.stance'), roles: t('chain.legend.roles'), lines: t('chain.legend.lines'), reporting: t('chain.legend.reporting'), influence: t('chain.legend.influence') },
    }),
    [t],
  );

  // The layout depends only on who reports to whom, departments, names and folds: a stance or a
  // note edit must not lay out two thousand cards again.
  const people = chain?.stakeholders;
  const structure = useMemo(() => (people ? layoutKey(people) : null), [people]);
  const layout = useMemo(() => {
    if (structure === null) return null;
    performance.mark('keyplan:layout-start');
    const result = layoutDecisionChain(layoutInput(structure), { groupByDepartment: prefs.groupByDepartment });
    performance.measure('keyplan:layout', 'keyplan:layout-start');
    return result;
  }, [structure, prefs.groupByDepartment]);

  const diff = useMemo(() => (comparison && chain ? diffChains(comparison.earlier, comparison.later ?? chain) : null), [comparison, chain]);
  const badges = useMemo(() => (diff && comparison?.later === null ? diff.badges : new Map()), [diff, comparison]);

  const modelNodes = useMemo(
    () =>
      chain && layout
        ? buildNodes(chain, layout, { groupByDepartment: prefs.groupByDepartment, showReporting: prefs.showReporting, showInfluence: prefs.showInfluence, filters, highlight: highlight.ids, badges, ownerNames })
        : [],
    [chain, layout, prefs, filters, highlight.ids, badges, ownerNames],
  );
  const cardRects = useCardRects(modelNodes);
  // React Flow's own words (zoom buttons, keyboard help, move announcements) in the person's language.
  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('chain.a11y.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('chain.a11y.nodeHelpMove'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('chain.a11y.moved', { direction: t(`chain.a11y.direction.${direction === 'left' || direction === 'right' || direction === 'up' ? direction : 'down'}`), x, y }),
      'edge.a11yDescription.default': t('chain.a11y.edgeHelp'),
      'controls.ariaLabel': t('chain.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('chain.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('chain.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('chain.a11y.fitView'),
      'controls.interactive.ariaLabel': t('chain.a11y.interactive'),
      'minimap.ariaLabel': t('chain.a11y.minimap'),
      'handle.ariaLabel': t('chain.a11y.handle'),
    }),
    [t],
  );
  const modelEdges = useMemo(
    () => {
      if (!chain || !layout) return [];
      const named = (name: string) => name || t('chain.a11y.vacant');
      return buildEdges(chain, layout, { ...prefs, wording: i18n.language }, (link) => t(`codes.linkKind.${link.kind}`), (from, to, label) =>
        label === null ? t('chain.a11y.reportsEdge', { from: named(from), to: named(to) }) : t('chain.a11y.linkEdge', { from: named(from), to: named(to), kind: label }),
      );
    },
    [chain, layout, prefs, t, i18n.language],
  );

  /**
   * React Flow holds the nodes itself (uncontrolled): the model is pushed into its store, which
   * updates the cards without a round trip through React state and effects, and selection and
   * in-flight drags live there too. Rebuilding keeps what the user selected.
   */
  const pushModel = useCallback(() => {
    flow.setNodes((previous) => {
      const selected = new Set(previous.filter((n) => n.selected).map((n) => n.id));
      const pick = pendingSelection.current;
      if (pick !== null && modelNodes.some((n) => n.id === pick)) {
        pendingSelection.current = null;
        selected.clear();
        selected.add(pick);
      }
      return modelNodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n));
    });
  }, [flow, modelNodes]);
  // Pushing an unchanged list still makes React Flow re-index every node or edge: skip it.
  const pushedNodes = useRef<ChartNode[]>([]);
  useEffect(() => {
    if (sameItems(pushedNodes.current, modelNodes) && pendingSelection.current === null) return;
    // The edit's fast path (showOnCards) already put the new records on their cards: when nothing
    // else differs, pushing two thousand nodes again would only cost React Flow a full re-index.
    const alreadyShown = pendingSelection.current === null && onlyRecordsChanged(pushedNodes.current, modelNodes, (id) => flow.getNode(id));
    pushedNodes.current = modelNodes;
    if (!alreadyShown) pushModel();
  }, [pushModel, modelNodes, flow]);
  const pushedEdges = useRef<Edge[]>([]);
  useEffect(() => {
    if (sameItems(pushedEdges.current, modelEdges)) return;
    pushedEdges.current = modelEdges;
    flow.setEdges((previous) => {
      const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
      return modelEdges.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e));
    });
  }, [flow, modelEdges]);

  // Open fitted as far as names stay legible (readableFit.ts): the whole chart, or its top with a word
  // on how many people are outside. Computed from the model, so it does not wait for React Flow to measure.
  const [outside, setOutside] = useState(0);
  // A chain too big to read whole offers its departments one at a time (null: the whole chain).
  const [tooBig, setTooBig] = useState(false);
  const [focused, setFocused] = useState<string | null>(null);
  /** Fits `nodes` (the whole chart, or one department's cards) as far as names stay legible. */
  const fitReadably = useCallback(
    (department: string | null = null, nodes: readonly ChartNode[] = flow.getNodes()) => {
      const box = wrapper.current?.getBoundingClientRect();
      const cards = nodes.filter((n): n is StakeholderCardNode => n.type === 'stakeholder' && (department === null || n.data.person.department.trim() === department));
      const fit = box && readableFit(cards.map((n) => n.position), box);
      if (!fit) return;
      void flow.setViewport(fit.viewport);
      setOutside(fit.outside);
      setFocused(department);
      if (department === null) setTooBig(fit.outside > 0);
    },
    [flow],
  );
  useEffect(() => {
    if (opened.current || modelNodes.length === 0 || !wrapper.current) return;
    opened.current = true;
    // From the model: React Flow need not have the nodes yet.
    fitReadably(null, modelNodes);
    performance.mark('keyplan:chain-open');
  }, [modelNodes, fitReadably]);

  // A card the user just added or looked for comes into view if it is off screen.
  const reveal = useRef<string | null>(null);
  useEffect(() => {
    const id = reveal.current;
    const node = id === null ? undefined : modelNodes.find((n) => n.id === id);
    const box = wrapper.current?.getBoundingClientRect();
    if (!node || !box) return;
    reveal.current = null;
    const { x, y, zoom } = flow.getViewport();
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    const inside = left >= 0 && top >= 0 && left + CARD_WIDTH * zoom <= box.width && top + CARD_HEIGHT * zoom <= box.height;
    if (!inside) void flow.setCenter(node.position.x + CARD_WIDTH / 2, node.position.y + CARD_HEIGHT / 2, { zoom });
  }, [modelNodes, flow]);

  const selectedKey = useStore(selectedCards);
  const selectedPeople = useMemo(() => (selectedKey === '' ? [] : selectedKey.split('\n')), [selectedKey]);
  const selectedLinkId = useStore(selectedLink);
  const nameOf = useCallback((id: string | null) => chain?.stakeholders.find((s) => s.id === id)?.name || t('chain.card.seat'), [chain, t]);


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
      pendingSelection.current = id;
      reveal.current = id;
      setTab('details');
      void apply({
        kind: 'addStakeholder',
        id,
        fields: { placeholder: seat, name: seat ? '' : t('chain.newPerson'), reportsToId: boss, position: position && { x: position.x - CARD_WIDTH / 2, y: position.y - CARD_HEIGHT / 2 } },
      });
    },
    [apply, selectedPeople, t],
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
        pendingSelection.current = id;
        reveal.current = id;
        setTab('details');
        void applyRef.current({ kind: 'unfoldAbove', id });
        return;
      }
      flow.setNodes((all) => all.map((n) => (n.selected !== (n.id === id) ? { ...n, selected: n.id === id } : n)));
      setTab('details');
      void flow.setCenter(node.position.x + CARD_WIDTH / 2, node.position.y + CARD_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), 1) });
    },
    [flow],
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

  // While the view moves, the viewport gets its own compositor layer, so panning a 2,000-card
  // chart moves pixels instead of repainting them (15 → 60 fps here). Only while moving: a layer
  // kept across zooms would show text rasterised at the old scale, blurred.
  const startMoving = useCallback(() => wrapper.current?.classList.add('kp-moving'), []);
  // The word on people outside the view goes once the person moves the view themselves.
  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      startMoving();
      if (event) setOutside(0);
    },
    [startMoving],
  );
  const stopMoving = useCallback(() => wrapper.current?.classList.remove('kp-moving'), []);

  // The side panel takes a third of a 1280-px window: below WIDE_WINDOW it opens when something is picked
  // (or on request), so the chart has the room to be read at fit.
  const [sideOpen, setSideOpen] = useState(() => window.innerWidth >= WIDE_WINDOW);
  const onSelectionChange = useCallback(({ nodes: picked, edges: pickedEdges }: OnSelectionChangeParams) => {
    if (picked.length > 0 || pickedEdges.length > 0) {
      setTab('details');
      setSideOpen(true);
    }
  }, []);

  // Export: render every card in full with the legend under the chart, capture, then go back.
  useEffect(() => {
    if (!exporting) return;
    let cancelled = false;
    void (async () => {
      await nextFrame();
      await nextFrame();
      const viewport = wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (cancelled || !viewport) return;
      const chart = getNodesBounds(flow.getNodes());
      const legendHeight = legendRef.current?.offsetHeight ?? 0;
      const legendWidth = legendRef.current?.offsetWidth ?? 0;
      const bounds = { x: chart.x, y: chart.y, width: Math.max(chart.width, legendWidth), height: chart.height + 32 + legendHeight };
      const name = `${account.name}-${t('chain.title')}-${todayIsoDate()}.${exporting}`;
      // SVG: shapes and text drawn from the chart (opens in PowerPoint and WPS); PNG: a picture of the screen's rendering.
      const blob =
        exporting === 'svg'
          ? await chainSvgBlob({ nodes: flow.getNodes(), edges: flow.getEdges(), canvas: viewport, words: svgWords, label: t('chain.canvasLabel', { name: account.name }) })
          : dataUrlToBlob(await chartPngDataUrl(viewport, bounds));
      const outcome = await saveBlob(blob, name, exporting);
      if (outcome.saved) void message.success(t('chain.toolbar.exported', { name: outcome.name }));
    })()
      .catch(reportError)
      .finally(() => {
        if (!cancelled) setExporting(null);
      });
    return () => {
      cancelled = true;
    };
  }, [exporting, account.name, flow, message, reportError, t, svgWords]);

  const actions = useMemo(
    () => ({ toggleCollapsed: (id: string, collapsed: boolean) => void applyRef.current({ kind: 'setCollapsed', id, collapsed }), forceDetail: exporting !== null }),
    [exporting],
  );

  // Everything beside the canvas follows the chain at a lower priority (see ChainSidePanel).
  const later = useDeferredValue(chain);
  const laterHealth = useMemo(
    () => decisionChainHealth(later?.stakeholders ?? [], { today: todayIsoDate(), coldAfterDays: settings?.coldAfterDays ?? 30 }),
    [later, settings?.coldAfterDays],
  );
  const laterPerson = selectedPeople.length === 1 ? later?.stakeholders.find((s) => s.id === selectedPeople[0]) : undefined;
  const laterLink = selectedLinkId ? later?.links.find((l) => l.id === selectedLinkId) : undefined;
  const latestDelete = useRef(deleteSelection);
  const latestAdd = useRef(addPerson);
  useEffect(() => {
    latestDelete.current = deleteSelection;
    latestAdd.current = addPerson;
  }, [deleteSelection, addPerson]);
  const onDelete = useCallback(() => latestDelete.current(), []);
  const onAdd = useCallback((seat: boolean) => latestAdd.current(seat), []);
  const onRelayout = useCallback(() => void applyRef.current({ kind: 'resetLayout' }), []);
  const { run } = editor;
  const onEditPerson = useCallback(async (id: string, patch: StakeholderPatch, expected: StakeholderPatch, choices?: ConflictChoices): Promise<PanelEditOutcome> => {
    const result = await run({ kind: 'updateStakeholder', id, patch, expected, ...(choices ? { choices } : {}) });
    if (result instanceof ConflictError) return { conflicts: result.conflicts };
    return Array.isArray(result) ? { problems: result } : null;
  }, [run]);
  const onEditLink = useCallback(async (id: string, patch: Partial<LinkFields>) => {
    const result = await run({ kind: 'updateLink', id, patch });
    return Array.isArray(result) ? result : null;
  }, [run]);
  const onHighlight = useCallback((key: string | null, ids: string[]) => setHighlight({ key, ids: new Set(ids) }), []);
  const onSaveSnapshot = useCallback(
    async (name: string) => {
      try {
        await saveSnapshot(db, account.id, name);
        void message.success(t('chain.snapshots.saved', { name }));
        return true;
      } catch (error) {
        if (error instanceof ValidationError) void refuse(error.problems);
        else reportError(error);
        return false;
      }
    },
    [account.id, message, refuse, reportError, t],
  );
  const onDeleteSnapshot = useCallback(
    (snapshot: ChartSnapshot) => {
      setComparison((current) => (current?.earlier.id === snapshot.id || current?.later?.id === snapshot.id ? null : current));
      undoable.run('snapshot-delete', () => deleteSnapshot(db, snapshot.id), () => t('chain.snapshots.deleted', { name: snapshot.name })).catch(reportError);
    },
    [reportError, undoable, t],
  );
  const noTeam = useMemo(() => [] as TeamMember[], []);
  const openReviewPack = useReviewPack();
  // On paper: the title names the account, and the whole chart is fitted into view (every card drawn).
  useSetPrintTitle(t('chain.printTitle', { name: account.name }));
  const printing = usePrinting();
  useLayoutEffect(() => {
    if (printing) void flow.fitView({ padding: 0.04 });
  }, [flow, printing]);
  const hideLegend = useCallback(() => setPrefs({ showLegend: false }), [setPrefs]);
  const onReviewPack = useCallback(() => openReviewPack({ kind: 'accounts', accountIds: [account.id] }), [account.id, openReviewPack]);

  if (!chain || !layout) return <Typography.Text type="secondary">{t('chain.loading')}</Typography.Text>;
  const exportBounds = exporting ? getNodesBounds(modelNodes.filter((n) => n.type === 'stakeholder')) : null;

  return (
    <div className="kp-chain-editor">
      <ChainToolbar
        people={later?.stakeholders ?? chain.stakeholders}
        team={team ?? noTeam}
        prefs={prefs}
        onPrefs={setPrefs}
        filters={filters}
        onFilters={setFilters}
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        onUndo={editor.undo}
        onRedo={editor.redo}
        onAdd={onAdd}
        onRelayout={onRelayout}
        onFind={find}
        onExport={setExporting}
        onReviewPack={onReviewPack}
        exporting={exporting !== null}
      />
      {comparison && comparison.later === null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('chain.compareBanner', { name: comparison.earlier.name })}
        </Typography.Text>
      )}
      <div className="kp-chain-body">
        <div className="kp-chain-canvas" ref={wrapper} onDoubleClick={onDoubleClick} role="region" aria-label={t('chain.canvasLabel', { name: account.name })}>
          <ChartActionsContext.Provider value={actions}>
           <CardRectsContext.Provider value={cardRects}>
            <ShownPeopleContext.Provider value={shownPeople}>
            <ReactFlow<ChartNode>
              defaultNodes={NO_NODES}
              defaultEdges={NO_EDGES}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              onConnect={onConnect}
              onNodeDragStop={onNodeDragStop}
              onSelectionChange={onSelectionChange}
              onMoveStart={onMoveStart}
              onMoveEnd={stopMoving}
              isValidConnection={(c) => (c.sourceHandle === 'report' && c.targetHandle === 'boss') || (c.sourceHandle === 'link-out' && c.targetHandle === 'link-in')}
              onlyRenderVisibleElements={exporting === null && !printing}
              deleteKeyCode={null}
              zoomOnDoubleClick={false}
              minZoom={0.05}
              maxZoom={2}
              proOptions={{ hideAttribution: true }}
              ariaLabelConfig={ariaLabels}
            >
              {exporting === null && prefs.showMinimap && <MiniMap pannable zoomable nodeColor={miniMapColor} style={MINIMAP_SIZE} ariaLabel={t('chain.canvasLabel', { name: account.name })} />}
              {exporting === null && (
                <Controls showInteractive={false} showFitView={false}>
                  {/* React Flow's own fit would shrink a big chart's names to dots: this one stops where they can be read. */}
                  <ControlButton onClick={() => fitReadably()} aria-label={t('chain.a11y.fitView')} title={t('chain.a11y.fitView')}>
                    <ExpandOutlined aria-hidden />
                  </ControlButton>
                  <ControlButton
                    onClick={() => setPrefs({ showMinimap: !prefs.showMinimap })}
                    aria-pressed={prefs.showMinimap}
                    aria-label={t(prefs.showMinimap ? 'chain.toolbar.hideMinimap' : 'chain.toolbar.showMinimap')}
                    title={t(prefs.showMinimap ? 'chain.toolbar.hideMinimap' : 'chain.toolbar.showMinimap')}
                  >
                    <BorderOuterOutlined aria-hidden />
                  </ControlButton>
                </Controls>
              )}
              {exporting === null && !printing && (
                <Panel position="top-right" className="kp-chain-corner keyplan-no-print">
                  {!sideOpen && <HealthSummary health={laterHealth} />}
                  <Button
                    size="small"
                    icon={sideOpen ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
                    aria-expanded={sideOpen}
                    onClick={() => setSideOpen((open) => !open)}
                  >
                    {t(sideOpen ? 'chain.sidePanel.hide' : 'chain.sidePanel.show')}
                  </Button>
                </Panel>
              )}
              {(outside > 0 || tooBig) && exporting === null && !printing && (
                <Panel position="top-left" className="kp-chain-outside keyplan-no-print">
                  {outside > 0 && <div role="status">{t('chain.outside', { n: outside })}</div>}
                  {tooBig && <DepartmentFocus people={chain.stakeholders} value={focused} onChange={fitReadably} />}
                </Panel>
              )}
              {exportBounds && (
                <ViewportPortal>
                  <div ref={legendRef} style={{ position: 'absolute', transform: `translate(${exportBounds.x}px, ${exportBounds.y + exportBounds.height + 32}px)` }}>
                    <ChartLegend />
                  </div>
                </ViewportPortal>
              )}
            </ReactFlow>
            </ShownPeopleContext.Provider>
           </CardRectsContext.Provider>
          </ChartActionsContext.Provider>
          {chain.stakeholders.length === 0 && (
            <div className="kp-chain-empty">
              <Empty description={t('chain.empty')} />
            </div>
          )}
        </div>
        {sideOpen && <aside className="kp-chain-side keyplan-no-print">
          <HealthSummary health={laterHealth} />
          <ChainSidePanel
            tab={tab}
            onTab={setTab}
            person={laterPerson}
            link={laterLink}
            people={later?.stakeholders ?? chain.stakeholders}
            team={team ?? noTeam}
            health={laterHealth}
            highlightedGap={highlight.key}
            snapshots={snapshots ?? NO_SNAPSHOTS}
            comparison={comparison}
            diff={diff}
            ownerNames={ownerNames}
            onEditPerson={onEditPerson}
            onEditLink={onEditLink}
            onDelete={onDelete}
            onHighlight={onHighlight}
            onCompare={setComparison}
            onSaveSnapshot={onSaveSnapshot}
            onDeleteSnapshot={onDeleteSnapshot}
          />
        </aside>}
      </div>
      {/* Below the canvas, never over the cards: how to read the chart and how to draw it. */}
      {prefs.showLegend && (
        <div className="kp-chain-legend-bar keyplan-no-print">
          <ChartLegend onClose={hideLegend} />
          <Popover content={<div style={{ maxWidth: 360 }}>{t('chain.hint')}</div>} trigger="click" placement="topRight">
            <Button size="small" type="text" icon={<QuestionCircleOutlined aria-hidden />}>
              {t('chain.hintButton')}
            </Button>
          </Popover>
        </div>
      )}
    </div>
  );
}
