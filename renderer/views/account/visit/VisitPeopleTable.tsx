/** The people to meet at a visit, as the card and the brief show them: role, stance, needs, last contact. */
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../../shared/domain/stakeholder';

export function VisitPeopleTable({ people, style }: { people: readonly Stakeholder[]; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  return (
    <Table<Stakeholder>
      rowKey="id"
      size="small"
      pagination={false}
      style={style}
      dataSource={[...people]}
      aria-label={t('visit.peopleToMeet')}
      columns={[
        { key: 'name', title: t('chain.panel.fields.name'), render: (_, p) => [p.name, p.title].filter(Boolean).join(' · ') },
        { key: 'role', title: t('chain.panel.fields.buyingRole'), render: (_, p) => t(`codes.buyingRole.${p.buyingRole}`) },
        { key: 'stance', title: t('chain.panel.fields.stance'), render: (_, p) => <Tag color={p.stance > 0 ? 'green' : p.stance < 0 ? 'red' : 'default'}>{t(`codes.stance.${String(p.stance) as '0'}`)}</Tag> },
        { key: 'needs', title: t('visit.needs'), render: (_, p) => [p.organizationalNeeds, p.personalNeeds].filter(Boolean).join('；') || t('common.none') },
        { key: 'last', title: t('chain.panel.fields.lastContactDate'), render: (_, p) => p.lastContactDate ?? t('common.none') },
      ]}
    />
  );
}
