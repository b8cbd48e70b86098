/**
 * How the activity editor's save runs wherever it is opened (the activity log, an account's 跟进 tab):
 * logged with a message naming the account; the editor gets back what is wrong when it was refused.
 */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityDraft } from '../../../shared/domain/activityRules';
import { useErrorReporter } from '../../session/useErrorReporter';
import { db } from '../../data/db';
import { saveActivity } from '../../data/repositories/activityRepository';
import { ValidationError } from '../../data/repositories/validationError';
import { problemText } from '../../i18n/problemText';

export function useLogActivity(accountName: (accountId: string) => string, onLogged: () => void): (draft: ActivityDraft) => Promise<string | null> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  return async (draft) => {
    try {
      await saveActivity(db, null, draft);
      void message.success(t('activities.saved', { account: accountName(draft.accountId) }));
      onLogged();
      return null;
    } catch (error) {
      if (error instanceof ValidationError) return error.problems.map((p) => `${p.path}: ${problemText(t, p)}`).join('；');
      reportError(error);
      return null;
    }
  };
}
