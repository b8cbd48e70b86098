/** 商机: the account's deals with stage, amount, weighted amount, close date and grade; open one to edit it. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../../shared/domain/account';
import { FUNNEL_STAGES } from '../../../../shared/domain/codes';
import { todayIsoDate } from '../../../../shared/domain/common';
import { formatMoney } from '../../../../shared/domain/money';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import type { Settings } from '../../../../shared/domain/settings';
import { gradeOpportunity } from '../../../../shared/methods/opportunityGrade';
import type { AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';
import { useTeamMembers } from '../../../data/hooks/workspaceHooks';
import { GradeTag } from '../../opportunities/GradeBadge';
import { OpportunityEditor } from '../../opportunities/OpportunityEditor';
import { useOpportunitySave } from '../../opportunities/useOpportunitySave';

interface Props {
  account: Account;
  records: AccountRecords;
  settings: Settings;
}

export function OpportunitiesTab({ account, records, settings }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const team = useTeamMembers();
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const save = useOpportunitySave(() => setEditing(null));
  const money = (minor: number) => formatMoney(minor, settings.currency, i18n.language);
  const today = todayIsoDate();
  const rows = useMemo(
    () => [...records.opportunities].sort((a, b) => FUNNEL_STAGES.indexOf(a.stage) - FUNNEL_STAGES.indexOf(b.stage) || b.amount - a.amount),
    [records.opportunities],
  );

  return (
    <div>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} style={{ marginBottom: 12, marginInlineEnd: 8 }}>
        {t('opportunities.create')}
      </Button>
      <Button onClick={() => void navigate(`/opportunities?account=${account.id}`)}>{t('accountPage.opportunities.board')}</Button>
      <Table<Opportunity>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        aria-label={t('accountPage.tabs.opportunities')}
        locale={{ emptyText: t('accountPage.opportunities.empty') }}
        columns={[
          {
            key: 'name',
            title: t('opportunities.fields.name'),
            render: (_, o) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(o)}>
                {o.name}
              </Button>
            ),
          },
          { key: 'product', title: t('opportunities.fields.product'), dataIndex: 'product' },
          { key: 'stage', title: t('opportunities.fields.stage'), render: (_, o) => <Tag>{t(`codes.funnelStage.${o.stage}`)}</Tag> },
          { key: 'amount', title: t('opportunities.fields.amount'), align: 'end', render: (_, o) => money(o.amount) },
          { key: 'weighted', title: t('accountPage.opportunities.weighted'), align: 'end', render: (_, o) => money(Math.round((o.amount * settings.stageProbabilities[o.stage]) / 100)) },
          { key: 'close', title: t('opportunities.fields.expectedClose'), render: (_, o) => o.expectedClose ?? t('common.none') },
          { key: 'grade', title: t('accountPage.opportunities.grade'), render: (_, o) => <GradeTag result={gradeOpportunity(o.gradeChecklist, o.expectedClose, today)} /> },
        ]}
      />
      {editing !== null && (
        <OpportunityEditor
          key={editing === 'new' ? 'new' : editing.id}
          open
          opportunity={editing === 'new' ? null : editing}
          accounts={[account]}
          team={team ?? []}
          competitors={records.competitors}
          currency={settings.currency}
          defaultAccountId={account.id}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
