/**
 * 概况: the account's profile, five layers, potential and transactions, edited in place — the same form
 * and rules as the drawer. After a save the form starts again from the record as saved, so the next save
 * compares with what is stored; what another window writes meanwhile never resets what is being typed.
 */
import { Button, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import { useAccounts, useTeamMembers } from '../../../data/hooks/workspaceHooks';
import { SectionNav } from '../../accounts/AccountEditor';
import { AccountFormSections, useAccountForm } from '../../accounts/useAccountForm';

interface Props {
  account: Account;
  currency: string;
}

export function OverviewTab({ account, currency }: Props) {
  const accounts = useAccounts();
  const team = useTeamMembers();
  // The record the form starts from: the page's live one when it opens, then each saved version.
  const [start, setStart] = useState({ record: account, round: 0 });
  if (!accounts || !team) return <Spin style={{ display: 'block', marginTop: 24 }} />;
  return <InlineAccountForm key={start.round} account={start.record} accounts={accounts} team={team} currency={currency} onSaved={(saved) => setStart((s) => ({ record: saved, round: s.round + 1 }))} />;
}

interface FormProps {
  account: Account;
  accounts: Account[];
  team: NonNullable<ReturnType<typeof useTeamMembers>>;
  currency: string;
  onSaved: (saved: Account) => void;
}

function InlineAccountForm({ account, accounts, team, currency, onSaved }: FormProps) {
  const { t } = useTranslation();
  const state = useAccountForm({ account, accounts, team, currency, onSaved });
  return (
    <div>
      <Flex justify="flex-end" gap={8} className="kp-sticky-actions keyplan-no-print">
        <Button onClick={() => state.leave(() => state.form.resetFields())}>{t('accountPage.overview.reset')}</Button>
        <Button type="primary" onClick={() => void state.submit()}>
          {t('common.save')}
        </Button>
      </Flex>
      <div style={{ display: 'flex', gap: 16 }}>
        <AccountFormSections state={state} accounts={accounts} team={team} currency={currency} />
        <SectionNav />
      </div>
    </div>
  );
}
