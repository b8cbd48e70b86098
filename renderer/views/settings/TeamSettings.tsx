/** Our team (the iron triangle): add, rename, change role or capacity, remove with undo. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../shared/domain/codes';
import type { TeamMember } from '../../../shared/domain/team';
import { useErrorReporter } from '../../session/useErrorReporter';
import { CodeSelect, countRules } from '../../components/formFields';
import { useUndoable } from '../../components/useUndoable';
import { db } from '../../data/db';
import { useTeamMembers } from '../../data/hooks/workspaceHooks';
import { createTeamMember, deleteTeamMember, updateTeamMember } from '../../data/repositories/teamRepository';
import { NumberInput } from '../../components/NumberInput';

interface NewMember {
  name: string;
  role: TeamRole;
  capacity: number | null;
  email: string;
}

export function TeamSettings() {
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const team = useTeamMembers();
  const [form] = Form.useForm<NewMember>();

  const add = async (values: NewMember) => {
    try {
      await createTeamMember(db, { name: values.name, role: values.role, capacity: values.capacity ?? null, email: values.email ?? '' });
      form.resetFields();
    } catch (error) {
      reportError(error);
    }
  };

  const remove = async (member: TeamMember) => {
    try {
      await undoable.run(`member-${member.id}`, () => deleteTeamMember(db, member.id), () => t('settings.memberDeleted', { name: member.name }));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('settings.teamHint')}</Typography.Paragraph>
      <Form<NewMember> form={form} layout="inline" initialValues={{ role: 'ACCOUNT_MANAGER', capacity: null, email: '' }} onFinish={(values) => void add(values)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('problems.required') }]}>
          <Input placeholder={t('settings.memberName')} aria-label={t('settings.memberName')} maxLength={100} />
        </Form.Item>
        <Form.Item name="role">
          <CodeSelect group="teamRole" codes={TEAM_ROLES} allowClear={false} style={{ width: 170 }} aria-label={t('settings.memberRole')} />
        </Form.Item>
        <Form.Item name="capacity" rules={countRules(t)}>
          <NumberInput placeholder={t('settings.memberCapacity')} aria-label={t('settings.memberCapacity')} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="email" rules={[{ type: 'email', message: t('problems.invalid_value', { detail: 'email' }) }]}>
          <Input placeholder={t('settings.memberEmail')} aria-label={t('settings.memberEmail')} maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />}>
          {t('settings.addMember')}
        </Button>
      </Form>
      <Table<TeamMember>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={team ?? []}
        columns={[
          {
            key: 'name',
            title: t('settings.memberName'),
            render: (_, member) => (
              <Typography.Text editable={{ icon: <EditOutlined aria-hidden />, onChange: (name) => { if (name.trim() !== '' && name !== member.name) updateTeamMember(db, member.id, { name }).catch(reportError); } }}>
                {member.name}
              </Typography.Text>
            ),
          },
          {
            key: 'role',
            title: t('settings.memberRole'),
            width: 180,
            render: (_, member) => (
              <CodeSelect
                group="teamRole"
                codes={TEAM_ROLES}
                allowClear={false}
                value={member.role}
                variant="borderless"
                aria-label={`${t('settings.memberRole')} ${member.name}`}
                onChange={(role) => void updateTeamMember(db, member.id, { role: role as TeamRole }).catch(reportError)}
              />
            ),
          },
          { key: 'capacity', title: t('settings.memberCapacity'), width: 160, render: (_, member) => member.capacity ?? t('common.none') },
          { key: 'email', title: t('settings.memberEmail'), dataIndex: 'email' },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 80,
            render: (_, member) => (
              <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('common.delete')} ${member.name}`} onClick={() => void remove(member)} />
            ),
          },
        ]}
      />
    </>
  );
}
