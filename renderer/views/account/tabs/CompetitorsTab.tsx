/**
 * 竞争: the account's competitors — strengths, weaknesses, the customer's satisfaction with them, their
 * relation to the customer — with the deals that name them and the whitespace cells they hold. Names
 * typed here are offered from every account's list, so the same rival is recognised everywhere.
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import { nameKey } from '../../../../shared/domain/fieldRules';
import type { Competitor } from '../../../../shared/domain/team';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { useUndoable } from '../../../components/useUndoable';
import { db } from '../../../data/db';
import { useCompetitorNames, type AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';
import { deleteCompetitor } from '../../../data/repositories/competitorRepository';
import { CompetitorEditor } from './CompetitorEditor';
import { StarRating } from '../../../components/StarRating';

interface Props {
  account: Account;
  records: AccountRecords;
}

export function CompetitorsTab({ account, records }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const names = useCompetitorNames();
  const [editing, setEditing] = useState<Competitor | 'new' | null>(null);
  const rivals = useMemo(() => [...records.competitors].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [records.competitors]);

  const remove = (c: Competitor) =>
    modal.confirm({
      title: t('accountPage.competitors.deleteTitle', { name: c.name }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        undoable.run(`competitor-${c.id}`, () => deleteCompetitor(db, c.id), () => t('accountPage.competitors.deleted', { name: c.name })).catch(reportError),
    });

  return (
    <div>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
        {t('accountPage.competitors.add')}
      </Button>
      {rivals.length === 0 && <Empty description={t('accountPage.competitors.empty')} />}
      <Row gutter={[16, 16]}>
        {rivals.map((c) => {
          const deals = records.opportunities.filter((o) => o.competitorIds.includes(c.id));
          const cells = records.whitespace.filter((w) => w.competitorName !== '' && nameKey(w.competitorName) === nameKey(c.name));
          return (
            <Col key={c.id} xs={24} lg={12}>
              <Card
                size="small"
                role="article"
                aria-label={c.name}
                title={c.name}
                extra={
                  <Space size={0}>
                    <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={t('accountPage.competitors.editLabel', { name: c.name })} onClick={() => setEditing(c)} />
                    <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('accountPage.competitors.deleteLabel', { name: c.name })} onClick={() => void remove(c)} />
                  </Space>
                }
              >
                {c.customerSatisfaction !== null && (
                  <div>
                    <Typography.Text type="secondary">{t('accountPage.labelled', { label: t('accountPage.competitors.fields.customerSatisfaction') })}</Typography.Text>
                    <StarRating disabled value={c.customerSatisfaction} style={{ fontSize: 14 }} />
                  </div>
                )}
                {c.strengths && <Typography.Paragraph style={{ margin: '4px 0' }}>{t('accountPage.competitors.strengthsLine', { text: c.strengths })}</Typography.Paragraph>}
                {c.weaknesses && <Typography.Paragraph style={{ margin: '4px 0' }}>{t('accountPage.competitors.weaknessesLine', { text: c.weaknesses })}</Typography.Paragraph>}
                {c.relationToCustomer && <Typography.Paragraph style={{ margin: '4px 0' }}>{t('accountPage.competitors.relationLine', { text: c.relationToCustomer })}</Typography.Paragraph>}
                {deals.length > 0 && (
                  <div>
                    <Typography.Text type="secondary">{t('accountPage.labelled', { label: t('accountPage.competitors.deals') })}</Typography.Text>
                    {deals.map((o) => (
                      <Tag key={o.id}>
                        {o.name} · {t(`codes.funnelStage.${o.stage}`)}
                        {o.gradeChecklist.competitorExcluded ? ` · ${t('accountPage.competitors.excluded')}` : ''}
                      </Tag>
                    ))}
                  </div>
                )}
                {cells.length > 0 && (
                  <div>
                    <Typography.Text type="secondary">{t('accountPage.labelled', { label: t('accountPage.competitors.holds') })}</Typography.Text>
                    {cells.map((w) => (
                      <Tag key={w.id}>{t('accountPage.whitespace.place', { unit: w.businessUnit, line: w.productLine })}</Tag>
                    ))}
                  </div>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      {editing !== null && (
        <CompetitorEditor
          key={editing === 'new' ? 'new' : editing.id}
          competitor={editing === 'new' ? null : editing}
          accountId={account.id}
          opportunities={records.opportunities}
          names={names ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
