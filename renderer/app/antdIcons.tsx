/**
 * The icons antd draws inside its own widgets, marked decorative. Left to antd they are images named
 * after the icon in English ("down", "close", "check-circle") — read out in the middle of a Chinese
 * form. The control around each icon already says what it does (the select, the alert's text).
 * Select clear buttons carry their own icon and name (`CLEARABLE`, renderer/components/clearable.tsx).
 */
import { CheckCircleFilled, CheckOutlined, CloseCircleFilled, CloseOutlined, DownOutlined, ExclamationCircleFilled, InfoCircleFilled, LoadingOutlined } from '@ant-design/icons';
import type { ConfigProviderProps } from 'antd';

export const DECORATIVE_ICONS: Pick<ConfigProviderProps, 'select' | 'alert' | 'datePicker' | 'drawer' | 'modal'> = {
  select: {
    suffixIcon: <DownOutlined aria-hidden />,
    removeIcon: <CloseOutlined aria-hidden />,
    menuItemSelectedIcon: <CheckOutlined aria-hidden />,
    loadingIcon: <LoadingOutlined aria-hidden />,
  },
  // The close buttons are named by antd's locale (关闭); the × inside is decoration.
  drawer: { closeIcon: <CloseOutlined aria-hidden /> },
  modal: { closeIcon: <CloseOutlined aria-hidden /> },
  datePicker: { clearIcon: <CloseCircleFilled aria-hidden /> },
  alert: {
    successIcon: <CheckCircleFilled aria-hidden />,
    infoIcon: <InfoCircleFilled aria-hidden />,
    warningIcon: <ExclamationCircleFilled aria-hidden />,
    errorIcon: <CloseCircleFilled aria-hidden />,
  },
};
