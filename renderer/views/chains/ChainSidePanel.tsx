/**
 * The editor's side panel: the selected person or link, health, snapshots. Memoised and fed the
 * chain through `useDeferredValue` by the editor, so after an edit the card on the canvas is
 * painted first and the thirty form fields here catch up right after, instead of holding it up.
 */
import { Tabs, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSnapshot } from '../../../shared/domain/chartSnapshot';
import type { LinkFields, StakeholderPatch } from '../../../shared/domain/decisionChainEdits';
import type { ConflictChoices } from '../../../shared/domain/recordPatch';
import type { InfluenceLink, Stakeholder } from '../../../shared/domain/stakeholder';
import type { TeamMember } from '../../../shared/domain/team';
import type { Problem } from '../../../shared/fileFormat/problems';
import type { ChainHealth } from '../../../shared/methods/decisionChainHealth';
import type { ChainDiff } from '../../../shared/methods/snapshotDiff';
import { HealthPanel } from './panels/HealthPanel';
import { LinkPanel } from './panels/LinkPanel';
import { SnapshotsPanel, type Comparison } from './panels/SnapshotsPanel';
import { StakeholderPanel, type PanelEditOutcome } from './panels/StakeholderPanel';

export interface ChainSidePanelProps {
  tab: string;
  onTab: (tab: string) => void;
  person: Stakeholder | undefined;
  link: InfluenceLink | undefined;
  people: readonly Stakeholder[];
  team: readonly TeamMember[];
  health: ChainHealth;
  highlightedGap: string | null;
  snapshots: readonly ChartSnapshot[];
  comparison: Comparison | null;
  diff: ChainDiff | null;
  ownerNames: ReadonlyMap<string, string>;
  onEditPerson: (id: string, patch: StakeholderPatch, expected: StakeholderPatch, choices?: ConflictChoices) => Promise<PanelEditOutcome>;
  onEditLink: (id: string, patch: Partial<LinkFields>) => Promise<Problem[] | null>;
  onDelete: () => void;
  onHighlight: (key: string | null, ids: string[]) => void;
  onCompare: (comparison: Comparison | null) => void;
  onSaveSnapshot: (name: string) => Promise<boolean>;
  onDeleteSnapshot: (snapshot: ChartSnapshot) => void;
}

function ChainSidePanelView(props: ChainSidePanelProps) {
  const { t } = useTranslation();
  const { person, link, people } = props;
  const nameOf = (id: string | null) => people.find((s) => s.id === id)?.name || t('chain.card.seat');

  return (
    <Tabs
      activeKey={props.tab}
      onChange={props.onTab}
      aria-label={t('chain.panel.tabs')}
      items={[
        {
          key: 'details',
          label: link && !person ? t('chain.panel.link') : t('chain.panel.details'),
          children: person ? (
            <StakeholderPanel
              key={person.id}
              person={person}
              people={people}
              team={props.team}
              autoFocusName={person.name === t('chain.newPerson')}
              onEdit={(patch, expected, choices) => props.onEditPerson(person.id, patch, expected, choices)}
              onDelete={props.onDelete}
            />
          ) : link ? (
            <LinkPanel
              key={link.id}
              link={link}
              fromName={nameOf(link.fromId)}
              toName={nameOf(link.toId)}
              onEdit={(patch) => props.onEditLink(link.id, patch)}
              onDelete={props.onDelete}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t('chain.panel.noSelection')}</Typography.Paragraph>
          ),
        },
        {
          key: 'health',
          label: t('chain.panel.health'),
          children: <HealthPanel health={props.health} highlightedGap={props.highlightedGap} onHighlight={props.onHighlight} />,
        },
        {
          key: 'snapshots',
          label: t('chain.panel.snapshots'),
          children: (
            <SnapshotsPanel
              snapshots={props.snapshots}
              comparison={props.comparison}
              diff={props.diff}
              ownerName={(id) => (id ? (props.ownerNames.get(id) ?? id) : t('common.none'))}
              personName={(id) => (id ? nameOf(id) : t('common.none'))}
              onCompare={props.onCompare}
              onSave={props.onSaveSnapshot}
              onDelete={props.onDeleteSnapshot}
            />
          ),
        },
      ]}
    />
  );
}

export const ChainSidePanel = memo(ChainSidePanelView);
