/**
 * 撤销记录 in the header: the session's undoable steps (deleted accounts, rows, competitors, moves …),
 * newest first, each with its own 撤销 — for when the message that offered it has already gone.
 * The drawer is loaded the first time it is opened (it is not part of the first screen).
 */
import { HistoryOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { undoHistory } from './undoHistory';

const UndoHistoryDrawer = lazy(() => import('./UndoHistoryDrawer').then((m) => ({ default: m.UndoHistoryDrawer })));

export function UndoHistoryButton() {
  const { t } = useTranslation();
  const entries = useSyncExternalStore(undoHistory.subscribe, undoHistory.getSnapshot);
  const [open, setOpen] = useState(false);
  // Once mounted the drawer stays, so closing it animates like any drawer.
  const [mounted, setMounted] = useState(false);
  const ready = entries.filter((e) => e.state === 'ready').length;
  return (
    <>
      <Badge count={ready} size="small" offset={[-4, 4]}>
        <Button
          icon={<HistoryOutlined aria-hidden />}
          onClick={() => {
            setMounted(true);
            setOpen(true);
          }}
          aria-label={t('undoHistory.buttonLabel', { n: ready })}
        >
          {t('undoHistory.button')}
        </Button>
      </Badge>
      {mounted && (
        <Suspense fallback={null}>
          <UndoHistoryDrawer open={open} entries={entries} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
