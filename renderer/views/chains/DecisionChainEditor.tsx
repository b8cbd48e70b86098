/**
 * The decision-chain editor: React Flow canvas, toolbar, and a side panel (person or link, health,
 * snapshots). Every change goes through `useChainEditor().run` as a ChainEdit, so each is validated
 * by the same rules as the repository and is one undo step.
 */
import { ControlButton, Controls, MiniMap, Panel, ReactFlow, ReactFlowProvider, ViewportPortal, getNodesBounds, useReactFlow, useStore, type Edge, type OnSelectionChangeParams, type ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { BorderOuterOutlined, ExpandOutlined, MenuFoldOutlined, MenuUnfoldOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Empty, Popover, Typography } from 'antd';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import { todayIsoDate } from '../../../shared/domain/common';
import type { ChartSnapshot } from '../../../shared/domain/chartSnapshot';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { ChainRecords } from '../../../shared/domain/decisionChainEdits';
import { decisionChainHealth } from '../../../shared/methods/decisionChainHealth';
import { layoutDecisionChain } from '../../../shared/methods/decisionChainLayout';
import type { TeamMember } from '../../../shared/domain/team';
import { diffChains } from '../../../shared/methods/snapshotDiff';
import { useErrorReporter } from '../../session/useErrorReporter';
import { afterPaint } from '../../platform/useAfterPaint';
import { useChartSnapshots } from '../../data/hooks/decisionChainHooks';
import { useSettings, useTeamDirectory, useTeamMembers } from '../../data/hooks/workspaceHooks';
import { usePrinting, useSetPrintTitle } from '../../platform/printMode';
import { useReviewPack } from '../../transfer/ReviewPackProvider';
import { ChainToolbar } from './ChainToolbar';
import { ChartActionsContext } from './chart/ChartActionsContext';
import { ChartLegend } from './chart/ChartLegend';
import { DepartmentFrame } from './chart/DepartmentFrame';
import { CardRectsContext, useCardRects } from './chart/cardRects';
import { SpineEdge } from './chart/SpineEdge';
import { useReadableView } from './chart/useReadableView';
import { useChainCommands } from './useChainCommands';
import { useChainPanelActions } from './useChainPanelActions';
import { useFlowSync } from './chart/useFlowSync';
import { useChainImageExport } from './chart/useChainImageExport';
import { useFlowAriaLabels } from './chart/useFlowAriaLabels';
import { DepartmentFocus } from './DepartmentFocus';
import { InfluenceEdge } from './chart/InfluenceEdge';
import { StakeholderCard } from './chart/StakeholderCard';
import { ShownPeopleContext, createShownPeople } from './chart/shownPeople';
import { STANCE_COLORS } from '../../drawing/chartVisuals';
import { NO_FILTERS, buildEdges, buildNodes, layoutInput, layoutKey, type ChartFilters, type ChartNode } from './chart/chartModel';
import './chart/chart.css';
import { ChainSidePanel } from './ChainSidePanel';
import { HealthSummary } from './panels/HealthSummary';
import type { Comparison } from './panels/SnapshotsPanel';
import { useChainEditor } from './useChainEditor';
import { useChartPrefs } from './useChartPrefs';

// Defined once at module level: React Flow mounts every card again when these objects change identity.
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


/** The minimap shows stances at a glance; department frames are a faint wash. */
function miniMapColor(node: ChartNode): string {
  return node.type === 'stakeholder' ? (STANCE_COLORS[String(node.data.person.stance)] ?? '#8c8c8c') : 'rgba(173, 198, 255, 0.25)';
}



export function DecisionChainEditor({ account }: { account: Account }) {
  return (
    <ReactFlowProvider>
      <EditorCanvas account={account} />
    </ReactFlowProvider>
  );
}

function EditorCanvas({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const reportError = useErrorReporter();
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
  const pendingSelection = useRef<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useChainImageExport(flow, { wrapper, legend: legendRef }, account.name);

  const ownerNames = useMemo(() => new Map([...(directory ?? new Map<string, TeamMember>()).values()].map((m) => [m.id, m.name])), [directory]);

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
  const ariaLabels = useFlowAriaLabels();
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
  const pushModel = useFlowSync(flow, modelNodes, modelEdges, pendingSelection);
  const { outside, tooBig, focused, fitReadably, reveal, onMoveStart, stopMoving } = useReadableView(flow, wrapper, modelNodes);



  const selectedKey = useStore(selectedCards);
  const selectedPeople = useMemo(() => (selectedKey === '' ? [] : selectedKey.split('\n')), [selectedKey]);
  const selectedLinkId = useStore(selectedLink);
  const nameOf = useCallback((id: string | null) => chain?.stakeholders.find((s) => s.id === id)?.name || t('chain.card.seat'), [chain, t]);


  const showDetails = useCallback(() => setTab('details'), []);
  const { refuse, applyRef, addPerson, deleteSelection, find, onConnect, onNodeDragStop, onDoubleClick } = useChainCommands({
    editor,
    flow,
    pushModel,
    selectedPeople,
    selectedLinkId,
    nameOf,
    pendingSelectionRef: pendingSelection,
    revealRef: reveal,
    onPick: showDetails,
  });


  // The side panel takes a third of a 1280-px window: below WIDE_WINDOW it opens when something is picked
  // (or on request), so the chart has the room to be read at fit.
  const [sideOpen, setSideOpen] = useState(() => window.innerWidth >= WIDE_WINDOW);
  const onSelectionChange = useCallback(({ nodes: picked, edges: pickedEdges }: OnSelectionChangeParams) => {
    if (picked.length > 0 || pickedEdges.length > 0) {
      setTab('details');
      setSideOpen(true);
    }
  }, []);


  const actions = useMemo(
    () => ({ toggleCollapsed: (id: string, collapsed: boolean) => void applyRef.current({ kind: 'setCollapsed', id, collapsed }), forceDetail: exporting !== null }),
    [exporting, applyRef],
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
  const onRelayout = useCallback(() => void applyRef.current({ kind: 'resetLayout' }), [applyRef]);
  const { onEditPerson, onEditLink, onSaveSnapshot, onDeleteSnapshot } = useChainPanelActions(account.id, editor.run, refuse, setComparison);
  const onHighlight = useCallback((key: string | null, ids: string[]) => setHighlight({ key, ids: new Set(ids) }), []);
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
