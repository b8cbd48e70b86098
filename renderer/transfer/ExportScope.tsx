/**
 * What an export holds: the whole workspace, the accounts one person owns (a manager sending his
 * accounts to his director), or a hand-picked list. Mounted only while the export dialog is open, so
 * the accounts are read then and not at every start.
 */
import { Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountScope } from '../../shared/report/reviewScope';
import { useAccountDirectory } from '../workers/accountDirectory';
import { useTeamMembers } from '../data/hooks/workspaceHooks';


export function ExportScope({ scope, onChange }: { scope: AccountScope; onChange: (scope: AccountScope) => void }) {
  const { t } = useTranslation();
  const accounts = useAccountDirectory();
  const team = useTeamMembers();
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <Radio.Group
        value={scope.kind}
        aria-label={t('transfer.scope')}
        onChange={(event) => {
          const kind = event.target.value as AccountScope['kind'];
          onChange(kind === 'all' ? { kind } : kind === 'owner' ? { kind, ownerId: team?.[0]?.id ?? null } : { kind, accountIds: [] });
        }}
        options={[
          { value: 'all', label: t('transfer.scopeAll') },
          { value: 'owner', label: t('transfer.scopeOwner') },
          { value: 'accounts', label: t('transfer.scopeAccounts') },
        ]}
      />
      {scope.kind === 'owner' && (
        <Select
          style={{ width: '100%' }}
          aria-label={t('transfer.scopeOwnerPick')}
          value={scope.ownerId}
          options={(team ?? []).map((m) => ({ value: m.id, label: m.name }))}
          onChange={(ownerId: string) => onChange({ kind: 'owner', ownerId })}
        />
      )}
      {scope.kind === 'accounts' && (
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          aria-label={t('transfer.scopeAccountsPick')}
          placeholder={t('transfer.scopeAccountsPick')}
          value={scope.accountIds}
          showSearch={{ optionFilterProp: 'label' }}
          options={(accounts ?? []).map((a) => ({ value: a.id, label: a.name }))}
          onChange={(accountIds: string[]) => onChange({ kind: 'accounts', accountIds })}
        />
      )}
    </Space>
  );
}
