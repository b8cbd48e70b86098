/**
 * Providers around the whole app: antd theme and locale (zh-CN or en, with dayjs), antd's App
 * context for messages and modals, motion off when the system asks for reduced motion, the storage gate, the router and the import/export service.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { ReviewPackProvider } from '../report/ReviewPackProvider';
import { TransferProvider } from '../transfer/TransferProvider';
import { AppLayout } from './AppLayout';
import { DECORATIVE_ICONS } from './antdIcons';
import { StorageGate } from './StorageGate';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { appTheme } from './theme';

export function AppRoot() {
  const { i18n } = useTranslation();
  const chinese = i18n.language === 'zh-CN';
  const reducedMotion = usePrefersReducedMotion();
  dayjs.locale(chinese ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={chinese ? zhCN : enUS} theme={appTheme(reducedMotion)} {...DECORATIVE_ICONS}>
      <AntApp>
        <StorageGate>
          <HashRouter>
            <TransferProvider>
              <ReviewPackProvider>
                <AppLayout />
              </ReviewPackProvider>
            </TransferProvider>
          </HashRouter>
        </StorageGate>
      </AntApp>
    </ConfigProvider>
  );
}
