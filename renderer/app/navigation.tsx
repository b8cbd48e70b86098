import {
  AppstoreOutlined,
  ApartmentOutlined,
  DotChartOutlined,
  FundProjectionScreenOutlined,
  FunnelPlotOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type NavKey = 'portfolio' | 'accounts' | 'chains' | 'opportunities' | 'activities' | 'matrix' | 'plan' | 'payments' | 'settings';

export interface NavItem {
  key: NavKey;
  path: string;
  icon: ReactNode;
}

/** The sidebar: the portfolio first, then from one account to the whole year. Labels come from `nav.<key>`. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'portfolio', path: '/portfolio', icon: <AppstoreOutlined aria-hidden /> },
  { key: 'accounts', path: '/accounts', icon: <TeamOutlined aria-hidden /> },
  { key: 'chains', path: '/chains', icon: <ApartmentOutlined aria-hidden /> },
  { key: 'opportunities', path: '/opportunities', icon: <FunnelPlotOutlined aria-hidden /> },
  { key: 'activities', path: '/activities', icon: <ScheduleOutlined aria-hidden /> },
  { key: 'matrix', path: '/matrix', icon: <DotChartOutlined aria-hidden /> },
  { key: 'plan', path: '/plan', icon: <TableOutlined aria-hidden /> },
  { key: 'payments', path: '/payments', icon: <FundProjectionScreenOutlined aria-hidden /> },
  { key: 'settings', path: '/settings', icon: <SettingOutlined aria-hidden /> },
];
