/**
 * The account form in a drawer, for quick edits from lists and for creating an account. The account page
 * (AccountPage) edits the same form in place. Nothing is written unless the whole account is valid.
 */
import { Button, Drawer, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import type { TeamMember } from '../../../shared/domain/team';
import { ACCOUNT_SECTIONS, AccountFormSections, useAccountForm } from './useAccountForm';

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

export function AccountEditor({ open, account, accounts, team, currency, onClose }: Props) {
  const { t } = useTranslation();
  const state = useAccountForm({ account, accounts, team, currency, onSaved: onClose });
  const { loaded, form } = state;
  const requestClose = () => state.leave(onClose);

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
          <Button type="primary" onClick={() => void state.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <div style={{ display: 'flex', gap: 16 }}>
        <AccountFormSections state={state} accounts={accounts} team={team} currency={currency} />
        <SectionNav />
      </div>
    </Drawer>
  );
}

/** Jumps to a section. Not antd Anchor: it writes the section into the URL hash, which the hash router owns. */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.sections')} style={{ width: 150, flexShrink: 0, position: 'sticky', top: 0, alignSelf: 'flex-start' }}>
      {ACCOUNT_SECTIONS.map((section) => (
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
  );
}
