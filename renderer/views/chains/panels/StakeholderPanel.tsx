/**
 * Every Stakeholder field of PRODUCT.md, edited in place. Choices are saved the moment they are
 * made; text is saved when the field is left (or Enter in one-line fields), so one typed word is
 * one undo step, not one per key. A refused value stays in the field with the reason under it and
 * nothing is stored.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Divider, Form, Input, Select, Switch, type InputRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_ROLES, COACH_STRENGTHS, COVERAGE_LEVELS, POWER_LAYERS, STAKEHOLDER_FUNCTIONS, STANCES } from '../../../../shared/domain/codes';
import type { StakeholderFields } from '../../../../shared/domain/decisionChainEdits';
import type { Stakeholder } from '../../../../shared/domain/stakeholder';
import type { TeamMember } from '../../../../shared/domain/team';
import type { Problem } from '../../../../shared/fileFormat/problems';
import { descendantsOf, effectiveBosses } from '../../../../shared/methods/decisionChainLayout';
import { CodeSelect, notInFutureRule } from '../../../components/formFields';
import { problemText } from '../../../i18n/problemText';
import { STANCE_GLYPHS } from '../chart/chartVisuals';

type Patch = Partial<StakeholderFields>;
type FieldPath = [keyof StakeholderFields] | ['personalFile', keyof Stakeholder['personalFile']] | ['contacts', keyof Stakeholder['contacts']];

interface Props {
  person: Stakeholder;
  people: readonly Stakeholder[];
  team: readonly TeamMember[];
  onEdit: (patch: Patch) => Promise<Problem[] | null>;
  onDelete: () => void;
  /** A person just added: put the cursor in the name, ready to type over the default. */
  autoFocusName?: boolean;
}

const FILE_FIELDS = ['family', 'hometown', 'school', 'hobbies', 'careerGoals'] as const;
const CONTACT_FIELDS = ['phone', 'mobile', 'email', 'wechat', 'address'] as const;

function formValues(p: Stakeholder): Record<string, unknown> {
  return { ...p, lastContactDate: p.lastContactDate ? dayjs(p.lastContactDate) : null };
}

export function StakeholderPanel({ person, people, team, onEdit, onDelete, autoFocusName = false }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const editing = useRef<string | null>(null);
  const nameInput = useRef<InputRef>(null);
  useEffect(() => {
    if (autoFocusName) nameInput.current?.focus({ cursor: 'all' });
  }, [autoFocusName]);
  const fieldLabel = (key: string) => t(`chain.panel.fields.${key as 'name'}`);

  // Show changes made elsewhere (undo, the canvas), but never overwrite the field being typed in.
  useEffect(() => {
    const [head = '', tail] = editing.current?.split('.') ?? [];
    const values = Object.fromEntries(
      Object.entries(formValues(person))
        .filter(([key]) => tail !== undefined || key !== head)
        .map(([key, value]) => [key, key === head && tail !== undefined ? { ...(value as object), [tail]: form.getFieldValue([head, tail]) as unknown } : value]),
    );
    form.setFieldsValue(values);
  }, [person, form]);

  const commit = async (path: FieldPath, value: unknown) => {
    try {
      await form.validateFields([path]);
    } catch {
      return;
    }
    const patch: Patch =
      path.length === 1
        ? { [path[0]]: value }
        : path[0] === 'personalFile'
          ? { personalFile: { ...person.personalFile, [path[1]]: value } }
          : { contacts: { ...person.contacts, [path[1]]: value } };
    const current: unknown = path.length === 1 ? person[path[0]] : (person[path[0]] as Record<string, unknown>)[path[1]];
    if (current === value) return;
    const problems = await onEdit(patch);
    if (problems) {
      form.setFields(problems.map((p) => ({ name: p.path.split('.'), errors: [problemText(t, p)] })));
    }
  };

  const textInput = (path: FieldPath, multiline = false) => {
    const key = path.join('.');
    const label = fieldLabel(path[path.length - 1] ?? '');
    const save = (event: { currentTarget: { value: string } }) => {
      editing.current = null;
      void commit(path, event.currentTarget.value.trim());
    };
    const common = { 'aria-label': label, onFocus: () => (editing.current = key), onBlur: save };
    return (
      <Form.Item name={path} label={label} key={key} rules={path[0] === 'name' ? [{ required: !person.placeholder, message: problemText(t, { path: 'name', code: 'required', params: {} }) }] : []}>
        {multiline ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} {...common} /> : <Input ref={path[0] === 'name' ? nameInput : undefined} maxLength={path[0] === 'contacts' ? 300 : 100} onPressEnter={save} {...common} />}
      </Form.Item>
    );
  };

  const labelKeys: Partial<Record<keyof StakeholderFields, string>> = { reportsToId: 'reportsTo', ownerId: 'owner' };
  const choice = (name: keyof StakeholderFields, control: React.ReactNode) => (
    <Form.Item name={name} label={fieldLabel(labelKeys[name] ?? name)} key={name}>
      {control}
    </Form.Item>
  );

  const bossOptions = useMemo(() => {
    const below = descendantsOf(person.id, effectiveBosses(people.map((p) => ({ id: p.id, reportsToId: p.reportsToId, department: '', name: '', collapsed: false }))));
    return people
      .filter((p) => p.id !== person.id && !below.has(p.id))
      .map((p) => ({ value: p.id, label: p.name || t('chain.card.seat') }));
  }, [people, person.id, t]);
  const departments = useMemo(() => [...new Set(people.map((p) => p.department).filter(Boolean))].map((d) => ({ value: d })), [people]);
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }));

  return (
    <Form form={form} layout="vertical" size="small" initialValues={formValues(person)} aria-label={t('chain.panel.details')}>
      <Form.Item name="placeholder" label={t('chain.panel.seat')} valuePropName="checked" extra={person.placeholder ? t('chain.panel.seatHint') : undefined}>
        <Switch aria-label={t('chain.panel.seat')} onChange={(checked) => void commit(['placeholder'], checked)} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.basics')}
      </Divider>
      {textInput(['name'])}
      {textInput(['title'])}
      <Form.Item name="department" label={fieldLabel('department')}>
        <AutoComplete
          aria-label={fieldLabel('department')}
          options={departments}
          maxLength={100}
          onFocus={() => (editing.current = 'department')}
          onBlur={() => {
            editing.current = null;
            void commit(['department'], String(form.getFieldValue('department') ?? '').trim());
          }}
          onSelect={(value: string) => void commit(['department'], value)}
        />
      </Form.Item>
      {choice(
        'reportsToId',
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
          placeholder={t('chain.panel.noBoss')}
          aria-label={fieldLabel('reportsTo')}
          options={bossOptions}
          onChange={(value: string | undefined) => void commit(['reportsToId'], value ?? null)}
        />,
      )}
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.role')}
      </Divider>
      {choice('buyingRole', <CodeSelect group="buyingRole" codes={BUYING_ROLES} allowClear={false} aria-label={fieldLabel('buyingRole')} onChange={(v: string) => void commit(['buyingRole'], v)} />)}
      {person.buyingRole === 'COACH' &&
        choice('coachStrength', <CodeSelect group="coachStrength" codes={COACH_STRENGTHS} aria-label={fieldLabel('coachStrength')} onChange={(v: string | undefined) => void commit(['coachStrength'], v ?? null)} />)}
      {choice(
        'stance',
        <Select<number>
          aria-label={fieldLabel('stance')}
          options={STANCES.map((s) => ({ value: s, label: `${STANCE_GLYPHS[String(s)] ?? ''} ${t(`codes.stance.${String(s) as '0'}`)} (${s > 0 ? '+' : ''}${s})` }))}
          onChange={(v) => void commit(['stance'], v)}
        />,
      )}
      {choice('influence', <Select<number> aria-label={fieldLabel('influence')} options={scale} onChange={(v) => void commit(['influence'], v)} />)}
      {choice('powerLayer', <CodeSelect group="powerLayer" codes={POWER_LAYERS} aria-label={fieldLabel('powerLayer')} onChange={(v: string | undefined) => void commit(['powerLayer'], v ?? null)} />)}
      {choice('function', <CodeSelect group="stakeholderFunction" codes={STAKEHOLDER_FUNCTIONS} aria-label={fieldLabel('function')} onChange={(v: string | undefined) => void commit(['function'], v ?? null)} />)}
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.relationship')}
      </Divider>
      {choice(
        'ownerId',
        <Select
          allowClear
          placeholder={t('chain.card.noOwner')}
          aria-label={fieldLabel('owner')}
          options={team.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(v: string | undefined) => void commit(['ownerId'], v ?? null)}
        />,
      )}
      {choice('coverage', <CodeSelect group="coverage" codes={COVERAGE_LEVELS} allowClear={false} aria-label={fieldLabel('coverage')} onChange={(v: string) => void commit(['coverage'], v)} />)}
      {choice('closeness', <Select<number> allowClear aria-label={fieldLabel('closeness')} options={scale} onChange={(v: number | undefined) => void commit(['closeness'], v ?? null)} />)}
      {choice('targetCloseness', <Select<number> allowClear aria-label={fieldLabel('targetCloseness')} options={scale} onChange={(v: number | undefined) => void commit(['targetCloseness'], v ?? null)} />)}
      <Form.Item name="lastContactDate" label={fieldLabel('lastContactDate')} rules={[notInFutureRule(t)]}>
        <DatePicker
          style={{ width: '100%' }}
          aria-label={fieldLabel('lastContactDate')}
          onChange={(value: Dayjs | null) => void commit(['lastContactDate'], value ? value.format('YYYY-MM-DD') : null)}
        />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.needs')}
      </Divider>
      {textInput(['decisionCriteria'], true)}
      {textInput(['organizationalNeeds'], true)}
      {textInput(['personalNeeds'], true)}
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sensitive')}
      </Divider>
      {FILE_FIELDS.map((f) => textInput(['personalFile', f], f !== 'hometown' && f !== 'school'))}
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.contacts')}
      </Divider>
      {CONTACT_FIELDS.map((f) => textInput(['contacts', f]))}
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.notes')}
      </Divider>
      {textInput(['notes'], true)}
      <Button danger block icon={<DeleteOutlined aria-hidden />} onClick={onDelete}>
        {t('chain.panel.delete')}
      </Button>
    </Form>
  );
}
