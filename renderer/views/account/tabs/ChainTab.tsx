/**
 * 决策链: the chain's live health (key-person coverage, support balance, gaps) and its people by stance,
 * with a way into the chain editor. Picking a gap opens the editor, where it is shown on the chart.
 */
import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Row, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../../shared/domain/account';
import { todayIsoDate } from '../../../../shared/domain/common';
import type { Settings } from '../../../../shared/domain/settings';
import type { Stakeholder } from '../../../../shared/domain/stakeholder';
import { decisionChainHealth } from '../../../../shared/methods/decisionChainHealth';
import { HealthPanel } from '../../chains/panels/HealthPanel';

interface Props {
  account: Account;
  people: readonly Stakeholder[];
  settings: Settings;
}

export function ChainTab({ account, people, settings }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const health = useMemo(() => decisionChainHealth(people, { today: todayIsoDate(), coldAfterDays: settings.coldAfterDays }), [people, settings.coldAfterDays]);
  const named = useMemo(() => people.filter((p) => !p.placeholder).sort((a, b) => b.influence - a.influence || a.name.localeCompare(b.name, 'zh-CN')), [people]);
  const openEditor = () => void navigate(`/chains/${account.id}`);

  return (
    <div>
      <Button type="primary" icon={<ApartmentOutlined aria-hidden />} onClick={openEditor} style={{ marginBottom: 12 }}>
        {t('accountPage.chain.open')}
      </Button>
      {people.length === 0 ? (
        <Empty description={t('accountPage.chain.empty')} />
      ) : (
        <Row gutter={24}>
          <Col xs={24} lg={9}>
            <HealthPanel health={health} highlightedGap={null} onHighlight={openEditor} />
          </Col>
          <Col xs={24} lg={15}>
            <Table<Stakeholder>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={named}
              aria-label={t('accountPage.chain.people')}
              columns={[
                { key: 'name', title: t('chain.panel.fields.name'), dataIndex: 'name' },
                { key: 'title', title: t('chain.panel.fields.title'), dataIndex: 'title' },
                { key: 'role', title: t('chain.panel.fields.buyingRole'), render: (_, p) => (p.buyingRole ? t(`codes.buyingRole.${p.buyingRole}`) : t('common.none')) },
                { key: 'stance', title: t('chain.panel.fields.stance'), render: (_, p) => <Tag color={p.stance > 0 ? 'green' : p.stance < 0 ? 'red' : 'default'}>{t(`codes.stance.${String(p.stance) as "0"}`)}</Tag> },
                { key: 'coverage', title: t('chain.panel.fields.coverage'), render: (_, p) => t(`codes.coverage.${p.coverage}`) },
                { key: 'last', title: t('chain.panel.fields.lastContactDate'), render: (_, p) => p.lastContactDate ?? t('common.none') },
              ]}
            />
          </Col>
        </Row>
      )}
    </div>
  );
}
