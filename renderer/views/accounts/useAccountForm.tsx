/**
 * The account form shared by the drawer (quick edits from lists) and the account page's 概况 tab (edits
 * in place): every field is checked where it is typed (antd rules) and the whole account again by the
 * shared validator in the repository; any problem the repository finds is shown at its field. Only the
 * fields the person changed are saved, compared with the account exactly as the form loaded it.
 */
import { App, Form } from 'antd';
import type { FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import type { TeamMember } from '../../../shared/domain/team';
import type { Problem } from '../../../shared/fileFormat/problems';
import { useErrorReporter } from '../../session/useErrorReporter';
import { saveThenClose } from '../../components/saveThenClose';
import { useConflictChoices } from '../../components/useConflictChoices';
import { useEditorExit } from '../../components/useEditorExit';
import { db } from '../../data/db';
import { saveAccount } from '../../data/repositories/accountRepository';
import { problemText, recordFieldLabel } from '../../i18n/problemText';
import { accountValueText, fieldNameOf, toDraft, toFormValues, type AccountFormValues } from './accountFormModel';
import { BarriersSection } from './sections/BarriersSection';
import { BasicSection } from './sections/BasicSection';
import { InformationSection } from './sections/InformationSection';
import { InterestSection } from './sections/InterestSection';
import { PotentialSection } from './sections/PotentialSection';
import { ProfileSection } from './sections/ProfileSection';
import { TransactionsSection } from './sections/TransactionsSection';

export const ACCOUNT_SECTIONS = ['basic', 'profile', 'information', 'barriers', 'interest', 'potential', 'transactions'] as const;

interface Options {
  /** The account as stored when the form opened (null while creating); read once. */
  account: Account | null;
  accounts: readonly Account[];
  team: readonly TeamMember[];
  currency: string;
  onSaved: (saved: Account) => void;
}

export interface AccountFormState {
  form: FormInstance<AccountFormValues>;
  loaded: Account | null;
  initialValues: AccountFormValues;
  submit: () => Promise<void>;
  /** Runs `leave` at once when nothing was typed, else after the person agrees to discard. */
  leave: (leave: () => void) => void;
}

export function useAccountForm({ account, accounts, team, currency, onSaved }: Options): AccountFormState {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const [form] = Form.useForm<AccountFormValues>();
  // Read once, when this form opens: live updates of the same account (another window) must not
  // reset what the person typed, and the save compares with exactly what was shown at the start.
  const [loaded] = useState(account);
  const [initialValues] = useState(() => toFormValues(loaded, currency));
  const fieldLabel = (path: readonly string[]) => recordFieldLabel(t, 'accounts', path.join('.'));

  const showProblems = (problems: Problem[]) => {
    // Problem paths come from the validator at run time; they name fields of this form.
    const nameOf = (path: string) => fieldNameOf(path) as NamePath<AccountFormValues>;
    form.setFields(problems.map((p) => ({ name: nameOf(p.path), errors: [problemText(t, p)] })));
    const first = problems[0];
    if (first) form.scrollToField(nameOf(first.path));
    message.error(t('common.fixErrors'));
  };

  const submit = async () => {
    let values: AccountFormValues;
    try {
      values = await form.validateFields();
    } catch {
      message.error(t('common.fixErrors'));
      return;
    }
    const { draft, problems } = toDraft({ ...initialValues, ...values }, currency);
    if (problems.length > 0) {
      showProblems(problems);
      return;
    }
    await saveThenClose((choices) => saveAccount(db, loaded ? { loaded, ...(choices ? { choices } : {}) } : null, draft), {
      saved: (saved) => {
        message.success(t('accounts.saved', { name: saved.name }));
        onSaved(saved);
      },
      refused: showProblems,
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: fieldLabel, value: (path, value) => accountValueText(path, value, currency, accounts, team) }),
    });
  };

  // Every way out of the form asks first when something was typed (and offers to save it).
  const { leaveTo: leave } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => void submit(), close: () => undefined });

  return { form, loaded, initialValues, submit, leave };
}

interface FormProps {
  state: AccountFormState;
  accounts: readonly Account[];
  team: readonly TeamMember[];
  currency: string;
}

/** The form's sections (basic, profile, the five layers, potential, transactions), each with an anchor id. */
export function AccountFormSections({ state, accounts, team, currency }: FormProps) {
  const id = state.loaded?.id ?? null;
  return (
    <Form<AccountFormValues>
      form={state.form}
      layout="vertical"
      initialValues={state.initialValues}
      scrollToFirstError
      style={{ flex: 1, minWidth: 0 }}
      onFinish={() => void state.submit()}
    >
      <BasicSection accountId={id} accounts={accounts} team={team} />
      <ProfileSection currency={currency} />
      <InformationSection currency={currency} />
      <BarriersSection />
      <InterestSection accountId={id} />
      <PotentialSection currency={currency} />
      <TransactionsSection currency={currency} />
    </Form>
  );
}
