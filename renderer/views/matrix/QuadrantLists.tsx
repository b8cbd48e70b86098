/** The accounts of each quadrant with its default tracking strategy; manual placements are marked. */
import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MATRIX_QUADRANTS } from '../../../shared/domain/codes';
import { byQuadrant, type PlacedAccount } from '../../../shared/methods/matrixModel';

const QUADRANT_COLORS = { CORE: 'green', GROWTH: 'blue', TRACTION: 'gold', PROBLEM: 'red' } as const;

export function QuadrantLists({ placed }: { placed: readonly PlacedAccount[] }) {
  const { t } = useTranslation();
  const groups = byQuadrant(placed);
  return (
    <Row gutter={[12, 12]}>
      {MATRIX_QUADRANTS.map((q) => (
        <Col span={12} key={q}>
          <Card
            size="small"
            role="region"
            aria-label={t(`codes.matrixQuadrant.${q}`)}
            title={
              <span>
                <Tag color={QUADRANT_COLORS[q]}>{t(`codes.matrixQuadrant.${q}`)}</Tag>
                {t('matrix.count', { count: groups[q].length })}
              </span>
            }
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t(`matrix.strategy.${q}`)}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={groups[q].slice(0, 50)}
              locale={{ emptyText: '—' }}
              renderItem={({ account, placement }) => (
                <List.Item>
                  {/* A plain wrapping row: 200 of antd's Space measure themselves for little. */}
                  <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
                    <Link to={`/accounts/${account.id}`}>{account.name}</Link>
                    {placement.override && (
                      <Tag>
                        {t('matrix.manual')} · {t('matrix.computedWas', { quadrant: placement.computed ? t(`codes.matrixQuadrant.${placement.computed}`) : t('accountPage.header.potentialUnknown') })}
                      </Tag>
                    )}
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
