/**
 * 撤销记录 in the header: the session's undoable steps (deleted accounts, rows, competitors, moves …),
 * newest first, each with its own 撤销 — for when the message that offered it has already gone.
 */
import { HistoryOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { undoHistory } from './undoHistory';
import { useErrorReporter } from './useErrorReporter';

export function UndoHistoryButton() {
  const { t, i18n } = useTranslation();
  const reportError = useErrorReporter();
  const entries = useSyncExternalStore(undoHistory.subscribe, undoHistory.getSnapshot);
  const [open, setOpen] = useState(false);
  const ready = entries.filter((e) => e.state === 'ready').length;
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <>
      <Badge count={ready} size="small" offset={[-4, 4]}>
        <Button icon={<HistoryOutlined aria-hidden />} onClick={() => setOpen(true)} aria-label={t('undoHistory.buttonLabel', { n: ready })}>
          {t('undoHistory.button')}
        </Button>
      </Badge>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('undoHistory.title')} size="default">
        <Typography.Paragraph type="secondary">{t('undoHistory.hint')}</Typography.Paragraph>
        {entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('undoHistory.empty')} />
        ) : (
          <List
            dataSource={entries}
            renderItem={(entry) => (
              <List.Item
                actions={[
                  entry.state === 'done' ? (
                    <Typography.Text key="done" type="secondary">
                      {t('undoHistory.undone')}
                    </Typography.Text>
                  ) : (
                    <Button key="undo" size="small" loading={entry.state === 'running'} onClick={() => void undoHistory.run(entry.id).catch(reportError)}>
                      {t('common.undo')}
                      <span className="kp-visually-hidden">{t('undoHistory.which', { text: entry.text })}</span>
                    </Button>
                  ),
                ]}
              >
                <List.Item.Meta title={entry.text} description={time.format(entry.at)} />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
