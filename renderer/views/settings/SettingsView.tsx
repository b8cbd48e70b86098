import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AnalysisSettings } from './AnalysisSettings';
import { DataSettings } from './DataSettings';
import { GeneralSettings } from './GeneralSettings';
import { ProductLinesSettings } from './ProductLinesSettings';
import { TeamSettings } from './TeamSettings';

export function SettingsView() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card title={t('settings.general')}>
        <GeneralSettings />
      </Card>
      <Card title={t('settings.analysis.title')}>
        <AnalysisSettings />
      </Card>
      <Card title={t('settings.productLines.title')}>
        <ProductLinesSettings />
      </Card>
      <Card title={t('settings.team')}>
        <TeamSettings />
      </Card>
      <Card title={t('settings.data')}>
        <DataSettings />
      </Card>
    </Space>
  );
}
