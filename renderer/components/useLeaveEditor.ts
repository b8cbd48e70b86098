/**
 * Leaving an editor (closing it, or following a link out of it): at once when nothing was typed, else
 * only after the person agrees to discard what they typed — typing is never lost quietly.
 */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';

export function useLeaveEditor(): (touched: boolean, leave: () => void) => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return (touched, leave) => {
    if (!touched) {
      leave();
      return;
    }
    modal.confirm({ title: t('common.discardTitle'), okText: t('common.discard'), okButtonProps: { danger: true }, cancelText: t('common.keepEditing'), onOk: leave });
  };
}
