/**
 * Decision chains: /chains lists the accounts to open; /chains/:accountId is the editor. The editor
 * (React Flow and its panels) loads only when a chain is opened.
 */
import { ArrowLeftOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Spin, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Account } from '../../../shared/domain/account';
import { useAccount, useAccounts, useTeamDirectory } from '../../data/hooks/workspaceHooks';

const DecisionChainEditor = lazy(() => import('./DecisionChainEditor').then((m) => ({ default: m.DecisionChainEditor })));
const collator = new Intl.Collator('zh-CN', { numeric: true });

export function ChainsView() {
  const { accountId } = useParams();
  return accountId === undefined ? <ChainPicker /> : <ChainPage accountId={accountId} />;
}

function ChainPage({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const account = useAccount(accountId);
  if (account === undefined) return <Spin />;
  if (account === null || account.deletedAt !== null) {
    return (
      <Empty description={t('chain.accountMissing')}>
        <Link to="/chains">{t('chain.back')}</Link>
      </Empty>
    );
  }
  return (
    <div className="kp-chain-page">
      <Flex align="center" gap={8} className="keyplan-no-print">
        <Link to="/chains" aria-label={t('chain.back')}>
          <ArrowLeftOutlined aria-hidden />
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('chain.canvasLabel', { name: account.name })}
        </Typography.Title>
      </Flex>
      <Suspense fallback={<Spin />}>
        <DecisionChainEditor account={account} />
      </Suspense>
    </div>
  );
}

function ChainPicker() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accounts = useAccounts();
  const directory = useTeamDirectory();
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (accounts ?? []).filter((a) => q === '' || a.name.toLowerCase().includes(q)).sort((a, b) => collator.compare(a.name, b.name));
  }, [accounts, query]);

  return (
    <Card title={t('chain.title')}>
      <Typography.Paragraph type="secondary">{t('chain.pickAccount')}</Typography.Paragraph>
      {accounts && accounts.length === 0 ? (
        <Empty description={t('chain.noAccounts')}>
          <Link to="/accounts/new">{t('accounts.create')}</Link>
        </Empty>
      ) : (
        <>
          <Input allowClear prefix={<SearchOutlined aria-hidden />} placeholder={t('account.placeholders.search')} aria-label={t('common.search')} style={{ maxWidth: 360, marginBottom: 12 }} onChange={(e) => setQuery(e.target.value)} />
          <Table<Account>
            rowKey="id"
            size="middle"
            loading={accounts === undefined}
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: t('account.fields.name'), dataIndex: 'name', render: (name: string, a) => <Link to={`/chains/${a.id}`} aria-label={t('chain.openLabel', { name })}>{name}</Link> },
              { title: t('account.fields.tier'), dataIndex: 'tier', render: (tier: Account['tier']) => (tier ? t(`codes.tier.${tier}`) : t('common.none')) },
              { title: t('account.fields.industry'), dataIndex: 'industry' },
              { title: t('account.fields.owner'), dataIndex: 'ownerId', render: (id: string | null) => (id ? (directory?.get(id)?.name ?? t('common.none')) : t('common.none')) },
              {
                title: t('common.actions'),
                key: 'open',
                render: (_, a) => (
                  <Button size="small" aria-label={t('chain.openLabel', { name: a.name })} onClick={() => void navigate(`/chains/${a.id}`)}>
                    {t('chain.open')}
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
