/** 导出图表 ▸ PNG / SVG for a chart on screen; the file is named after the chart and the day. */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../shared/domain/common';
import { useErrorReporter } from '../session/useErrorReporter';
import { saveBlob } from '../platform/fileAccess';
import { svgToPngBlob, type ChartSvg } from './chartFiles';

export function ChartExportMenu({ title, draw }: { title: string; draw: () => Promise<ChartSvg> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const [busy, setBusy] = useState(false);
  const save = async (kind: 'png' | 'svg') => {
    setBusy(true);
    try {
      const chart = await draw();
      const blob = kind === 'svg' ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}`], { type: 'image/svg+xml' }) : await svgToPngBlob(chart);
      const outcome = await saveBlob(blob, `${title}-${todayIsoDate()}.${kind}`, kind);
      if (outcome.saved) void message.success(t('charts.exported', { name: outcome.name }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'png', label: t('charts.png') },
          { key: 'svg', label: t('charts.svg') },
        ],
        onClick: ({ key }) => void save(key === 'svg' ? 'svg' : 'png'),
      }}
    >
      <Button size="small" type="text" icon={<DownloadOutlined aria-hidden />} loading={busy} aria-label={t('charts.export', { name: title })} />
    </Dropdown>
  );
}
