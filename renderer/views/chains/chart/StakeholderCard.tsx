/**
 * One stakeholder on the chart. At low zoom (the whole-chart overview) it draws a plain block with
 * the name and the stance colour: thousands of full cards would make panning the overview stutter.
 * The zoom selector returns a boolean, so cards re-render only when the threshold is crossed.
 */
import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartActions } from './ChartActionsContext';
import { useShownPerson } from './shownPeople';
import type { StakeholderCardNode } from './chartModel';
import { ROLE_BADGES, ROLE_COLORS, STANCE_COLORS, STANCE_GLYPHS, initials, stanceWordFits } from '../../../drawing/chartVisuals';

/** Below this zoom a card shows its name large (34 px, chart.css): the detailed card's 16 px name would be under 12 px. */
export const OVERVIEW_ZOOM = 0.75;
const isOverview = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

function StakeholderCardView({ data, selected }: NodeProps<StakeholderCardNode>) {
  const { t } = useTranslation();
  const { toggleCollapsed, forceDetail } = useChartActions();
  const overview = useStore(isOverview) && !forceDetail;
  const { ownerName, directReports, dimmed, highlighted, badge } = data;
  const person = useShownPerson(data.person);
  const stanceKey = String(person.stance);
  const stanceColor = STANCE_COLORS[stanceKey] ?? '#8c8c8c';
  const roleLabel = t(`codes.buyingRole.${person.buyingRole}`);
  const stanceLabel = t(`codes.stance.${stanceKey as '0'}`);
  const name = person.placeholder && person.name === '' ? t('chain.card.unnamedSeat', { role: person.buyingRole === 'NONE' ? t('chain.card.seat') : roleLabel }) : person.name;
  const classes = ['kp-card', person.placeholder ? 'kp-card--seat' : '', dimmed ? 'kp-card--dimmed' : '', highlighted ? 'kp-card--highlighted' : '', selected ? 'kp-card--selected' : '']
    .filter(Boolean)
    .join(' ');
  const handles = (
    <>
      <Handle type="target" position={Position.Top} id="boss" className="kp-handle" />
      <Handle type="source" position={Position.Bottom} id="report" className="kp-handle" />
      <Handle type="target" position={Position.Left} id="link-in" className="kp-handle kp-handle--link" />
      <Handle type="source" position={Position.Right} id="link-out" className="kp-handle kp-handle--link" />
      {/* Where the reporting line of a stacked column reaches the card (layout's `stacked`): drawn, not dragged from. */}
      <Handle type="source" position={Position.Bottom} id="report-spine" className="kp-handle kp-handle--spine" isConnectable={false} />
      <Handle type="target" position={Position.Left} id="boss-left" className="kp-handle kp-handle--hidden" isConnectable={false} />
      <Handle type="target" position={Position.Right} id="boss-right" className="kp-handle kp-handle--hidden" isConnectable={false} />
    </>
  );

  if (overview) {
    return (
      <div className={`${classes} kp-card--overview`} style={{ borderLeftColor: stanceColor }} aria-label={name}>
        {handles}
        <span className="kp-overview-name" title={name}>
          {name}
        </span>
        <span className="kp-overview-sub">
          <span className="kp-overview-glyph" style={{ color: stanceColor }}>
            {STANCE_GLYPHS[stanceKey]}
          </span>
          {person.buyingRole !== 'NONE' && <span className="kp-role" style={{ background: ROLE_COLORS[person.buyingRole] }}>{ROLE_BADGES[person.buyingRole]}</span>}
          <span className="kp-overview-title" title={person.title || person.department}>
            {person.title || person.department}
          </span>
        </span>
      </div>
    );
  }

  return (
    <div
      className={classes}
      style={{ borderLeftColor: stanceColor }}
      aria-label={t('chain.card.label', { name, title: person.title || '—', role: roleLabel, stance: stanceLabel })}
      data-testid={`card-${person.id}`}
    >
      {handles}
      {badge && <span className={`kp-badge kp-badge--${badge.toLowerCase()}`}>{t(`chain.card.badge.${badge}`)}</span>}
      <div className="kp-card-head">
        {person.buyingRole !== 'NONE' && (
          <span className="kp-role" style={{ background: ROLE_COLORS[person.buyingRole] }} title={roleLabel}>
            {ROLE_BADGES[person.buyingRole]}
          </span>
        )}
        <span className="kp-name" title={name}>
          {name}
        </span>
        <span className="kp-stance" style={{ color: stanceColor }} title={stanceLabel}>
          <span aria-hidden>{STANCE_GLYPHS[stanceKey]}</span>
          {stanceWordFits(name, ROLE_BADGES[person.buyingRole], stanceLabel) ? ` ${stanceLabel}` : <span className="kp-visually-hidden">{stanceLabel}</span>}
        </span>
      </div>
      <div className="kp-sub" title={`${person.title} · ${person.department}`}>
        {[person.title, person.department].filter(Boolean).join(' · ') || '—'}
      </div>
      <div className="kp-card-foot">
        <span className="kp-influence" role="img" title={t('chain.card.influence', { value: person.influence })} aria-label={t('chain.card.influence', { value: person.influence })}>
          {[1, 2, 3, 4, 5].map((level) => (
            <i key={level} className={level <= person.influence ? 'on' : ''} />
          ))}
        </span>
        <span className={`kp-coverage kp-coverage--${person.coverage.toLowerCase()}`}>{t(`codes.coverage.${person.coverage}`)}</span>
        <span className={`kp-owner${ownerName ? '' : ' kp-owner--none'}`} title={ownerName ? t('chain.card.ownerLabel', { name: ownerName }) : t('chain.card.noOwner')}>
          {ownerName ? initials(ownerName) : '?'}
        </span>
      </div>
      {directReports > 0 && (
        <button
          type="button"
          className="kp-collapse nodrag"
          aria-expanded={!person.collapsed}
          onClick={(event) => {
            event.stopPropagation();
            toggleCollapsed(person.id, !person.collapsed);
          }}
        >
          {person.collapsed ? '＋' : '－'} {t('chain.card.reports', { count: directReports })}
          {/* Whose reports, for a screen reader: the name it reads starts with what is shown (WCAG 2.5.3). */}
          <span className="kp-visually-hidden">{person.collapsed ? t('chain.card.expand', { name }) : t('chain.card.collapse', { name })}</span>
        </button>
      )}
    </div>
  );
}

export const StakeholderCard = memo(StakeholderCardView);
