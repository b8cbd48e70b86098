/**
 * The drawer behind 撤销记录: the kept undoable steps (stored, so a reload keeps them), newest first, each with its own 撤销.
 * Its own chunk: antd's List brings pagination and select, which the first screen does not need.
 */
import { Button, Drawer, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UndoEntry } from '../session/undoHistory';
import { undoHistory } from '../session/undoHistory';
import { useErrorReporter } from '../session/useErrorReporter';

export function UndoHistoryDrawer({ open, entries, onClose }: { open: boolean; entries: readonly UndoEntry[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const reportError = useErrorReporter();
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  // Steps survive a reload: one from another day says which day.
  const dated = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const today = new Date().toDateString();
  const when = (at: Date) => (at.toDateString() === today ? time : dated).format(at);
  return (
    <Drawer open={open} onClose={onClose} title={t('undoHistory.title')} size="default">
      <Typography.Paragraph type="secondary">{t('undoHistory.hint')}</Typography.Paragraph>
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('undoHistory.empty')} />
      ) : (
        <List
          dataSource={[...entries]}
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
              <List.Item.Meta title={entry.text} description={when(entry.at)} />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
