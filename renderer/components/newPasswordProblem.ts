/**
 * The rule for a new password (typed twice, at least MIN_PASSWORD_LENGTH characters), apart from
 * the fields that ask for it: the export can check it without loading the dialog's widgets.
 */
import type { TFunction } from 'i18next';
import { MIN_PASSWORD_LENGTH } from '../../shared/fileFormat/encryption';

/** What is wrong with the pair typed, or null when it can be used. */
export function newPasswordProblem(t: TFunction, password: string, again: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return t('transfer.passwordTooShort', { count: MIN_PASSWORD_LENGTH });
  return password !== again ? t('transfer.passwordMismatch') : null;
}
