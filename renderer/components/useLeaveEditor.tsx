/**
 * Leaving an editor (closing it, or following a link out of it): at once when nothing was typed, else
 * only after the person answers — save (when the editor can), discard, or keep editing. Typing is
 * never lost quietly. Editors reach this through useEditorExit, which also guards reload and close.
 */
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';

export function useLeaveEditor(): (touched: boolean, leave: () => void, save?: () => void) => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return (touched, leave, save) => {
    if (!touched) {
      leave();
      return;
    }
    const asked = modal.confirm({
      title: t('common.discardTitle'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: leave,
      footer: (_, { OkBtn, CancelBtn }) => (
        <>
          <CancelBtn />
          <OkBtn />
          {save && (
            <Button
              type="primary"
              onClick={() => {
                asked.destroy();
                // The editor's own save: it closes the editor once the record is stored, and keeps it
                // open with the messages at the fields when something is refused.
                save();
              }}
            >
              {t('common.save')}
            </Button>
          )}
        </>
      ),
    });
  };
}
