/**
 * `allowClear` for selects with the clear button named in the person's language: rc-select names it
 * "Clear" in English otherwise. The label is read at each render, so a language switch follows.
 */
import { CloseCircleFilled } from '@ant-design/icons';
import i18n from 'i18next';

export const CLEARABLE = {
  clearIcon: <CloseCircleFilled aria-hidden />,
  get label(): string {
    return i18n.t('common.clearValue');
  },
};
