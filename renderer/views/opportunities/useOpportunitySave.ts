/**
 * How an opportunity editor's save runs wherever the editor is opened (the board, an account's page, a
 * whitespace cell): the repository call is given, the messages and conflict questions are the same. The
 * editor gets back what is wrong when the save was refused, else null.
 */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { OpportunityDraft } from '../../../shared/domain/opportunityRules';
import type { ConflictChoices } from '../../../shared/domain/recordPatch';
import { useErrorReporter } from '../../session/useErrorReporter';
import { saveThenClose } from '../../components/saveThenClose';
import { useConflictChoices } from '../../components/useConflictChoices';
import { db } from '../../data/db';
import { saveOpportunity } from '../../data/repositories/opportunityRepository';
import { problemText, recordFieldLabel } from '../../i18n/problemText';

export type OpportunityWrite = (loaded: Opportunity | null, draft: OpportunityDraft, newCompetitors: string[], choices?: ConflictChoices) => Promise<Opportunity>;

export const writeOpportunity: OpportunityWrite = (loaded, draft, newCompetitors, choices) =>
  saveOpportunity(db, loaded ? { loaded, ...(choices ? { choices } : {}) } : null, draft, newCompetitors);

export function useOpportunitySave(onSaved: (saved: Opportunity) => void, write: OpportunityWrite = writeOpportunity) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const field = (path: readonly string[]) => recordFieldLabel(t, 'opportunities', path.join('.'));
  return (loaded: Opportunity | null, draft: OpportunityDraft, newCompetitors: string[]): Promise<string | null> =>
    new Promise((resolve) => {
      void saveThenClose((choices) => write(loaded, draft, newCompetitors, choices), {
        saved: (saved) => {
          void message.success(t('opportunities.saved', { name: saved.name }));
          onSaved(saved);
          resolve(null);
        },
        refused: (problems) => resolve(problems.map((p) => `${p.path}: ${problemText(t, p)}`).join('；')),
        failed: (error) => {
          reportError(error);
          resolve(null);
        },
        conflict: (conflicts) => askConflicts(conflicts, { field }),
      }).then(() => resolve(null));
    });
}
