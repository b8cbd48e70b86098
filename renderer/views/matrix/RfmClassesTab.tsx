/**
 * The eight RFM classes with their counts, what each means, and the accounts in each. It reads the
 * accounts themselves (their purchases), only when the tab is first shown: the matrix tab beside it
 * draws from the accounts' digests.
 */
import { Card, Col, List, Row, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../../shared/domain/account';
import { todayIsoDate } from '../../../shared/domain/common';
import type { RfmSettings } from '../../../shared/domain/rfmSettings';
import { RFM_CLASSES, computeRfm, type RfmClass } from '../../../shared/methods/rfm';
import { useAccounts } from '../../data/hooks/workspaceHooks';

export function RfmClassesTab({ standards }: { standards: RfmSettings }) {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const { groups, unclassed } = useMemo(() => {
    const today = todayIsoDate();
    const byClass = new Map<RfmClass, { account: Account; vip: string; score: number }[]>(RFM_CLASSES.map((c) => [c, []]));
    let none = 0;
    for (const account of accounts ?? []) {
      const rfm = computeRfm(account.purchases, today, standards);
      if (rfm) byClass.get(rfm.rfmClass)?.push({ account, vip: rfm.vip, score: rfm.score });
      else none += 1;
    }
    for (const list of byClass.values()) list.sort((a, b) => b.score - a.score);
    return { groups: byClass, unclassed: none };
  }, [accounts, standards]);

  if (!accounts) return <Spin aria-label={t('matrix.rfmReading')} />;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('matrix.rfmHint')} {t('matrix.noPurchases', { count: unclassed })}
      </Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {RFM_CLASSES.map((c) => (
          <Col span={6} key={c}>
            <Card size="small" role="region" aria-label={t(`rfm.classes.${c}`)} title={`${t(`rfm.classes.${c}`)} · ${groups.get(c)?.length ?? 0}`}>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t(`rfm.meanings.${c}`)}
              </Typography.Paragraph>
              <List
                size="small"
                dataSource={(groups.get(c) ?? []).slice(0, 30)}
                locale={{ emptyText: '—' }}
                renderItem={({ account, vip }) => (
                  <List.Item>
                    <Link to={`/accounts/${account.id}`}>{account.name}</Link>
                    <Tag color="gold">{vip}</Tag>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
