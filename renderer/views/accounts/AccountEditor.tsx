/**
 * The account form in a drawer: basic fields, profile and the five layers as sections. Every field
 * is checked where it is typed (antd rules) and the whole account again by the shared validator
 * in the repository; any problem the repository finds is shown at its field. Nothing is written
 * unless the whole account is valid.
 */
import { App, Button, Drawer, Form, Space } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import type { TeamMember } from '../../../shared/domain/team';
import type { Problem } from '../../../shared/fileFormat/problems';
import { useErrorReporter } from '../../app/useErrorReporter';
import { db } from '../../data/db';
import { saveAccount } from '../../data/repositories/accountRepository';
import { saveThenClose } from '../../components/saveThenClose';
import { problemText, recordFieldLabel } from '../../i18n/problemText';
import { useUnsavedGuard } from '../../app/unsavedWork';
import { useConflictChoices } from '../../components/useConflictChoices';
import { accountValueText } from './accountFormModel';
import { fieldNameOf, toDraft, toFormValues, type AccountFormValues } from './accountFormModel';
import { BarriersSection } from './sections/BarriersSection';
import { BasicSection } from './sections/BasicSection';
import { InformationSection } from './sections/InformationSection';
import { InterestSection } from './sections/InterestSection';
import { PotentialSection } from './sections/PotentialSection';
import { ProfileSection } from './sections/ProfileSection';
import { TransactionsSection } from './sections/TransactionsSection';

interface Props {
  open: boolean;
  /**
   * The account as stored when the editor opened. The editor reads it once: mount one editor per
   * account (key it by the id), so opening another account or "new" never shows stale values.
   */
  account: Account | null;
  accounts: readonly Account[];
  team: readonly TeamMember[];
  currency: string;
  onClose: () => void;
}

const SECTIONS = ['basic', 'profile', 'information', 'barriers', 'interest', 'potential', 'transactions'] as const;

export function AccountEditor({ open, account, accounts, team, currency, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const [form] = Form.useForm<AccountFormValues>();
  // Read once, when this editor opens: live updates of the same account (another window) must not
  // reset what the person typed, and the save compares with exactly what was shown at the start.
  const [loaded] = useState(account);
  const [initialValues] = useState(() => toFormValues(loaded, currency));
  useUnsavedGuard(() => form.isFieldsTouched());
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
        onClose();
      },
      refused: showProblems,
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: fieldLabel, value: (path, value) => accountValueText(path, value, currency, accounts, team) }),
    });
  };

  const requestClose = () => {
    if (!form.isFieldsTouched()) {
      onClose();
      return;
    }
    modal.confirm({
      title: t('common.discardTitle'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open={open}
      size={880}
      title={loaded ? `${t('accounts.editTitle')} · ${account?.name ?? loaded.name}` : t('accounts.createTitle')}
      onClose={requestClose}
      destroyOnHidden
      // The drawer takes focus when it opens (at once when motion is off), which would win over the
      // name field's autoFocus: focus the name again once it is open, ready to type.
      afterOpenChange={(opened) => opened && form.focusField('name')}
      extra={
        <Space>
          <Button onClick={requestClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <div style={{ display: 'flex', gap: 16 }}>
        <Form<AccountFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          scrollToFirstError
          style={{ flex: 1, minWidth: 0 }}
          onFinish={() => void submit()}
        >
          <BasicSection accountId={loaded?.id ?? null} accounts={accounts} team={team} />
          <ProfileSection currency={currency} />
          <InformationSection currency={currency} />
          <BarriersSection />
          <InterestSection accountId={loaded?.id ?? null} />
          <PotentialSection currency={currency} />
          <TransactionsSection currency={currency} />
        </Form>
        {/* Not antd Anchor: it writes the section into the URL hash, which the hash router owns. */}
        <nav aria-label={t('common.sections')} style={{ width: 150, flexShrink: 0, position: 'sticky', top: 0, alignSelf: 'flex-start' }}>
          {SECTIONS.map((section) => (
            <Button
              key={section}
              type="link"
              size="small"
              style={{ display: 'block', textAlign: 'start', whiteSpace: 'normal', height: 'auto', paddingBlock: 4 }}
              onClick={() => document.getElementById(`section-${section}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
            >
              {t(`account.sections.${section}`)}
            </Button>
          ))}
        </nav>
      </div>
    </Drawer>
  );
}
