/**
 * The pipeline board across all accounts (or one): a column per funnel stage with count, amount and
 * weighted amount (stage probability from Settings); drag a card to move it; closing as won or lost
 * asks for the reason. Each card shows its A/B/C/D grade and what the next grade needs.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Modal, Select, Tooltip, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { FUNNEL_STAGES, type FunnelStage } from '../../../shared/domain/codes';
import { todayIsoDate } from '../../../shared/domain/common';
import { formatMoney } from '../../../shared/domain/money';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/settings';
import { gradeOpportunity } from '../../../shared/methods/opportunityGrade';
import { useErrorReporter } from '../../session/useErrorReporter';
import { useFocusWhenOpen } from '../../components/useFocusWhenOpen';
import { useUndoable } from '../../components/useUndoable';
import { db } from '../../data/db';
import { useAccounts, useCompetitors, useContracts, useOpportunities, useSettings, useTeamMembers } from '../../data/hooks/workspaceHooks';
import { deleteOpportunity, moveOpportunity } from '../../data/repositories/opportunityRepository';
import { saveThenClose } from '../../components/saveThenClose';
import { useConflictChoices } from '../../components/useConflictChoices';
import { recordFieldLabel } from '../../i18n/problemText';
import { problemText } from '../../i18n/problemText';
import { BantTag, GradeTag, useCriterionText } from './GradeBadge';
import { OpportunityEditor } from './OpportunityEditor';
import { useOpportunitySave } from './useOpportunitySave';
import { CLEARABLE } from '../../components/clearable';

interface Closing {
  opportunity: Opportunity;
  stage: 'WON' | 'LOST';
}

export function OpportunitiesView() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const criterionText = useCriterionText();
  const accounts = useAccounts();
  const opportunities = useOpportunities();
  const contracts = useContracts();
  const navigate = useNavigate();
  const team = useTeamMembers();
  const competitors = useCompetitors();
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const accountFilter = params.get('account');
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [reason, setReason] = useState('');
  const { ref: reasonRef, afterOpenChange: focusReason } = useFocusWhenOpen<TextAreaRef>();
  const currency = settings?.currency ?? 'CNY';
  const probabilities = settings?.stageProbabilities ?? DEFAULT_STAGE_PROBABILITIES;
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const accountName = useMemo(() => new Map((accounts ?? []).map((a) => [a.id, a.name])), [accounts]);
  // Won deals that already have their contract: the card opens it instead of starting another.
  const contracted = useMemo(() => new Set((contracts ?? []).map((c) => c.opportunityId)), [contracts]);
  const today = todayIsoDate();

  const columns = useMemo(() => {
    const visible = (opportunities ?? []).filter((o) => accountFilter === null || o.accountId === accountFilter);
    return FUNNEL_STAGES.map((stage) => {
      const cards = visible.filter((o) => o.stage === stage).sort((a, b) => b.amount - a.amount);
      const amount = cards.reduce((sum, o) => sum + o.amount, 0);
      return { stage, cards, amount, weighted: Math.round((amount * probabilities[stage]) / 100) };
    });
  }, [opportunities, accountFilter, probabilities]);

  const askConflicts = useConflictChoices();
  const opportunityField = (path: readonly string[]) => recordFieldLabel(t, 'opportunities', path.join('.'));

  const move = (opportunity: Opportunity, stage: FunnelStage, why?: string) => {
    if (opportunity.stage === stage) return;
    if ((stage === 'WON' || stage === 'LOST') && why === undefined) {
      setReason(opportunity.winLossReason);
      setClosing({ opportunity, stage });
      return;
    }
    // The card as shown is what the person moved: only its stage (and reason) are written.
    void saveThenClose((choices) => moveOpportunity(db, opportunity, stage, why, choices), {
      saved: () => void message.success(t('opportunities.moved', { name: opportunity.name, stage: t(`codes.funnelStage.${stage}`) })),
      refused: (problems) => void message.error(problems.map((p) => `${p.path}: ${problemText(t, p)}`).join('；')),
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: opportunityField }),
    });
  };

  const save = useOpportunitySave(() => setEditing(null));

  const remove = (opportunity: Opportunity) => {
    undoable.run(`opportunity-${opportunity.id}`, () => deleteOpportunity(db, opportunity.id), (removed) => t('opportunities.deleted', { name: removed.name })).catch(reportError);
  };

  if (accounts && accounts.length === 0) {
    return (
      <Card title={t('opportunities.title')}>
        <Empty description={t('opportunities.noAccounts')} />
      </Card>
    );
  }

  return (
    <Card
      title={t('opportunities.board')}
      extra={
        <Flex gap={8}>
          <Select
            allowClear={CLEARABLE}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            placeholder={t('opportunities.filterAccount')}
            aria-label={t('opportunities.filterAccount')}
            value={accountFilter}
            options={(accounts ?? []).map((a) => ({ value: a.id, label: a.name }))}
            onChange={(id: string | undefined) => setParams(id ? { account: id } : {})}
          />
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('opportunities.create')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('opportunities.boardHint')}</Typography.Paragraph>
      <div style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 8 }}>
        {columns.map(({ stage, cards, amount, weighted }) => (
          <section
            key={stage}
            aria-label={t(`codes.funnelStage.${stage}`)}
            data-stage={stage}
            // Eight stages share the width, so a card can be dragged to any of them without scrolling.
            style={{ flex: '1 1 0', minWidth: 120, background: '#fafafa', borderRadius: 8, padding: 8, minHeight: 320 }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const card = (opportunities ?? []).find((o) => o.id === event.dataTransfer.getData('text/plain'));
              if (card) move(card, stage);
            }}
          >
            <Typography.Text strong>{t(`codes.funnelStage.${stage}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('opportunities.column', { count: cards.length, amount: money(amount) })} · {probabilities[stage]}%
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 8 }}>
              {t('opportunities.weighted', { amount: money(weighted) })}
            </Typography.Text>
            {cards.map((o) => {
              const grade = gradeOpportunity(o.gradeChecklist, o.expectedClose, today);
              return (
                <Card
                  key={o.id}
                  size="small"
                  draggable
                  role="article"
                  // The card is the first stop for the keyboard: Enter opens it, Alt+←/→ moves it a stage
                  // (what dragging does); its delete button comes last, so Enter never deletes by accident.
                  tabIndex={0}
                  className="kp-deal-card"
                  aria-keyshortcuts="Enter Alt+ArrowLeft Alt+ArrowRight"
                  aria-label={t('opportunities.cardLabel', { name: o.name, account: accountName.get(o.accountId) ?? '', grade: grade.grade ?? '—' })}
                  aria-description={t('opportunities.cardKeys')}
                  onDragStart={(event) => event.dataTransfer.setData('text/plain', o.id)}
                  onClick={() => setEditing(o)}
                  onKeyDown={(event) => {
                    if (event.target !== event.currentTarget) return;
                    const step = event.altKey && event.key === 'ArrowRight' ? 1 : event.altKey && event.key === 'ArrowLeft' ? -1 : 0;
                    const target = FUNNEL_STAGES[FUNNEL_STAGES.indexOf(o.stage) + step];
                    if (event.key === 'Enter') setEditing(o);
                    else if (step !== 0 && target) move(o, target);
                    else return;
                    event.preventDefault();
                  }}
                  style={{ marginBottom: 8, cursor: 'grab' }}
                >
                  <Typography.Text strong>{o.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {accountName.get(o.accountId)} · {money(o.amount)}
                  </Typography.Text>
                  <Tooltip title={grade.next ? `${t('opportunities.nextGrade', { grade: grade.next })} ${grade.missing.map(criterionText).join('；')}` : t('opportunities.topGrade')}>
                    <span>
                      <GradeTag result={grade} />
                    </span>
                  </Tooltip>
                  <BantTag bant={o.bant} />
                  {o.stage === 'WON' && contracts && (
                    <Button
                      size="small"
                      type={contracted.has(o.id) ? 'default' : 'primary'}
                      ghost={!contracted.has(o.id)}
                      style={{ marginTop: 6, display: 'block' }}
                      aria-label={t(contracted.has(o.id) ? 'opportunities.openContractLabel' : 'opportunities.signContractLabel', { name: o.name })}
                      onClick={(event) => {
                        event.stopPropagation();
                        void navigate(`/payments?tab=contracts&contractFor=${encodeURIComponent(o.id)}`);
                      }}
                    >
                      {t(contracted.has(o.id) ? 'opportunities.openContract' : 'opportunities.signContract')}
                    </Button>
                  )}
                  <Flex justify="end">
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('opportunities.deleteLabel', { name: o.name })}
                      onClick={(event) => {
                        event.stopPropagation();
                        remove(o);
                      }}
                    />
                  </Flex>
                </Card>
              );
            })}
          </section>
        ))}
      </div>
      {opportunities && opportunities.length === 0 && <Empty description={t('opportunities.empty')} />}
      {editing !== null && (
        <OpportunityEditor
          key={editing === 'new' ? 'new' : editing.id}
          open
          opportunity={editing === 'new' ? null : editing}
          accounts={accounts ?? []}
          team={team ?? []}
          competitors={competitors ?? []}
          currency={currency}
          defaultAccountId={accountFilter}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal
        open={closing !== null}
        title={closing ? t('opportunities.reasonTitle', { name: closing.opportunity.name, stage: t(`codes.funnelStage.${closing.stage}`) }) : ''}
        okButtonProps={{ disabled: reason.trim() === '' }}
        onOk={() => {
          if (closing) move(closing.opportunity, closing.stage, reason.trim());
          setClosing(null);
        }}
        onCancel={() => setClosing(null)}
        destroyOnHidden
        afterOpenChange={focusReason}
      >
        <Input.TextArea ref={reasonRef} autoFocus autoSize={{ minRows: 3 }} maxLength={2000} value={reason} placeholder={t('opportunities.reasonPlaceholder')} aria-label={t('opportunities.fields.winLossReason')} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Card>
  );
}
