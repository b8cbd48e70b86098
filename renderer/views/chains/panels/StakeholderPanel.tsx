/**
 * Every field of a key person, edited in place. Choices are saved the moment they are
 * made; text is saved when the field is left (or Enter in one-line fields), so one typed word is
 * one undo step, not one per key. Each save is one field, checked against the value the field showed
 * before the person changed it: a field changed meanwhile elsewhere is a question, never an
 * overwrite. A refused value stays in the field with the reason under it and nothing is stored.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Divider, Form, Input, Select, Switch, type InputRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { valueAtPath, withValueAtPath, type ConflictChoices, type FieldConflict } from '../../../../shared/domain/recordPatch';
import { useUnsavedGuard } from '../../../session/unsavedWork';
import { useConflictChoices } from '../../../components/useConflictChoices';
import { useTranslation } from 'react-i18next';
import { BUYING_ROLES, COACH_STRENGTHS, COVERAGE_LEVELS, POWER_LAYERS, STAKEHOLDER_FUNCTIONS } from '../../../../shared/domain/codes';
import type { StakeholderFields, StakeholderPatch } from '../../../../shared/domain/decisionChainEdits';
import type { Stakeholder } from '../../../../shared/domain/stakeholder';
import type { TeamMember } from '../../../../shared/domain/team';
import type { Problem } from '../../../../shared/fileFormat/problems';
import { descendantsOf, effectiveBosses } from '../../../../shared/methods/decisionChainLayout';
import { CodeSelect, notInFutureRule } from '../../../components/formFields';
import { problemText } from '../../../i18n/problemText';
import { StanceChoice } from './StanceChoice';
import { CLEARABLE } from '../../../components/clearable';

type FieldPath = [keyof StakeholderFields] | ['personalFile', keyof Stakeholder['personalFile']] | ['contacts', keyof Stakeholder['contacts']];

/** What became of one field's save: refused (problems), changed elsewhere meanwhile (conflicts), or stored (null). */
export type PanelEditOutcome = { problems: Problem[] } | { conflicts: FieldConflict[] } | null;

interface Props {
  person: Stakeholder;
  people: readonly Stakeholder[];
  team: readonly TeamMember[];
  /** `expected`: the field as it was shown before the person changed it (checked against the store). */
  onEdit: (patch: StakeholderPatch, expected: StakeholderPatch, choices?: ConflictChoices) => Promise<PanelEditOutcome>;
  onDelete: () => void;
  /** A person just added: put the cursor in the name, ready to type over the default. */
  autoFocusName?: boolean;
}

const FILE_FIELDS = ['family', 'hometown', 'school', 'hobbies', 'careerGoals'] as const;
const CONTACT_FIELDS = ['phone', 'mobile', 'email', 'wechat', 'address'] as const;

function formValues(p: Stakeholder): Record<string, unknown> {
  return { ...p, lastContactDate: p.lastContactDate ? dayjs(p.lastContactDate) : null };
}

/** A form field's value as the record stores it: the date picker holds a Dayjs, a cleared select undefined. */
const asStored = (value: unknown): unknown => (dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : (value ?? null));

/** `{ title: v }` or `{ personalFile: { hometown: v } }`: one field as a patch. */
const patchOf = (path: FieldPath, value: unknown): StakeholderPatch => withValueAtPath<StakeholderPatch>({}, path, value);

export function StakeholderPanel({ person, people, team, onEdit, onDelete, autoFocusName = false }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const askConflicts = useConflictChoices();
  /**
   * Text fields the person is in or whose save has not landed yet, with the value each showed before
   * they started typing. Values arriving from the store (undo, the canvas, another window) never
   * overwrite these, and what a field is saved against is its own starting value, not whatever the
   * panel displayed last.
   */
  const active = useRef(new Map<string, { base: unknown; focused: boolean; saving: number }>());
  const nameInput = useRef<InputRef>(null);
  useEffect(() => {
    if (autoFocusName) nameInput.current?.focus({ cursor: 'all' });
  }, [autoFocusName]);
  const fieldLabel = (key: string) => t(`chain.panel.fields.${key as 'name'}`);
  // A typed value not yet saved (the field still has the focus) is asked about before the page goes.
  useUnsavedGuard(() => {
    for (const [key, entry] of active.current) {
      const typed: unknown = form.getFieldValue(key.split('.'));
      if (entry.saving > 0 || (typeof typed === 'string' && typed.trim() !== (entry.base ?? ''))) return true;
    }
    return false;
  });

  // Show changes made elsewhere (undo, the canvas, another window), but never over a field the person
  // is typing in or whose save is still on its way.
  useEffect(() => {
    let values = formValues(person);
    for (const key of active.current.keys()) {
      const path = key.split('.');
      values = withValueAtPath(values, path, form.getFieldValue(path) as unknown);
    }
    form.setFieldsValue(values);
  }, [person, form]);

  const storedValue = (path: FieldPath): unknown => valueAtPath(person, path);

  /**
   * Saves one field; on a conflict the person chooses, and "theirs" puts the stored value back in the field.
   * `ruled`: the field has form rules to pass first. A choice from a fixed list has none; skipping the
   * form's validation for it applies the edit in the click's own task, without the asynchronous step and
   * the two re-renders of the field (validating, validated) that validation costs.
   */
  const commit = async (path: FieldPath, value: unknown, expected: unknown, ruled: boolean): Promise<boolean> => {
    if (ruled) {
      try {
        await form.validateFields([path]);
      } catch {
        return false;
      }
    }
    let choices: ConflictChoices | undefined;
    for (;;) {
      const outcome = await onEdit(patchOf(path, value), patchOf(path, expected), choices);
      if (outcome === null) {
        // A problem the store reported earlier for this field is settled by this save.
        if (!ruled && form.getFieldError(path).length > 0) form.setFields([{ name: path, errors: [] }]);
        return true;
      }
      if ('problems' in outcome) {
        form.setFields(outcome.problems.map((p) => ({ name: p.path.split('.'), errors: [problemText(t, p)] })));
        return false;
      }
      const chosen = await askConflicts(outcome.conflicts, { field: (p) => fieldLabel(p[p.length - 1] ?? '') });
      if (chosen === null) return false;
      if (Object.values(chosen).every((c) => c === 'theirs')) {
        const theirs = outcome.conflicts[0]?.theirs;
        form.setFieldValue(path, path[0] === 'lastContactDate' && typeof theirs === 'string' ? dayjs(theirs) : theirs);
        return true;
      }
      choices = chosen;
    }
  };

  const track = (path: FieldPath) => {
    const key = path.join('.');
    const entry = active.current.get(key);
    if (entry) entry.focused = true;
    else active.current.set(key, { base: storedValue(path), focused: true, saving: 0 });
  };

  const saveText = async (path: FieldPath, value: string, leaving: boolean) => {
    const key = path.join('.');
    const entry = active.current.get(key) ?? { base: storedValue(path), focused: !leaving, saving: 0 };
    active.current.set(key, entry);
    if (leaving) entry.focused = false;
    if (value !== (entry.base ?? '')) {
      entry.saving += 1;
      const stored = await commit(path, value, entry.base, true).finally(() => {
        entry.saving -= 1;
      });
      if (stored) entry.base = value;
    }
    if (!entry.focused && entry.saving === 0) active.current.delete(key);
  };

  /**
   * What each choice field showed just before the person changed it (Form.Item's `normalize` sees it).
   * That, not the record the panel was drawn with, is what the change is checked against: a second
   * choice made before the first reached this panel (arrow keys through the stances) is not a conflict.
   */
  const shownBefore = useRef(new Map<string, unknown>());
  /** Form.Item's `normalize` for a choice field: notes the value shown before the change, as it is stored. */
  const rememberShown = (name: keyof StakeholderFields) => (value: unknown, before: unknown) => {
    shownBefore.current.set(name, asStored(before));
    return value;
  };
  /** A choice is saved at once, against the value shown when the choice was made; `ruled` as for commit. */
  const choose = (path: FieldPath, value: unknown, ruled = false) => {
    const key = path.join('.');
    const expected = shownBefore.current.has(key) ? shownBefore.current.get(key) : storedValue(path);
    shownBefore.current.delete(key);
    // While its save is on its way the field is the person's: an earlier choice's echo from the store
    // (arrow keys through the stances outrun the chart) must not put an older value back in it, or the
    // next choice would be saved against that older value and read as a change made elsewhere.
    const entry = active.current.get(key) ?? { base: expected, focused: false, saving: 0 };
    active.current.set(key, entry);
    entry.saving += 1;
    void commit(path, value, expected, ruled).finally(() => {
      entry.saving -= 1;
      if (!entry.focused && entry.saving === 0) active.current.delete(key);
    });
  };

  const textInput = (path: FieldPath, multiline = false) => {
    const key = path.join('.');
    const label = fieldLabel(path[path.length - 1] ?? '');
    const save = (leaving: boolean) => (event: { currentTarget: { value: string } }) => void saveText(path, event.currentTarget.value.trim(), leaving);
    const common = { 'aria-label': label, onFocus: () => track(path), onBlur: save(true) };
    return (
      <Form.Item name={path} label={label} key={key} rules={path[0] === 'name' ? [{ required: !person.placeholder, message: problemText(t, { path: 'name', code: 'required', params: {} }) }] : []}>
        {multiline ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} {...common} /> : <Input ref={path[0] === 'name' ? nameInput : undefined} maxLength={path[0] === 'contacts' ? 300 : 100} onPressEnter={save(false)} {...common} />}
      </Form.Item>
    );
  };

  const labelKeys: Partial<Record<keyof StakeholderFields, string>> = { reportsToId: 'reportsTo', ownerId: 'owner' };
  const choice = (name: keyof StakeholderFields, control: React.ReactNode) => (
    <Form.Item
      name={name}
      label={fieldLabel(labelKeys[name] ?? name)}
      key={name}
      normalize={rememberShown(name)}
    >
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
      <Form.Item name="placeholder" label={t('chain.panel.seat')} valuePropName="checked" normalize={rememberShown('placeholder')} extra={person.placeholder ? t('chain.panel.seatHint') : undefined}>
        <Switch aria-label={t('chain.panel.seat')} onChange={(checked) => choose(['placeholder'], checked)} />
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
          onFocus={() => track(['department'])}
          onBlur={() => void saveText(['department'], String(form.getFieldValue('department') ?? '').trim(), true)}
          onSelect={(value: string) => void saveText(['department'], value, false)}
        />
      </Form.Item>
      {choice(
        'reportsToId',
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={CLEARABLE}
          placeholder={t('chain.panel.noBoss')}
          aria-label={fieldLabel('reportsTo')}
          options={bossOptions}
          onChange={(value: string | undefined) => choose(['reportsToId'], value ?? null)}
        />,
      )}
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.role')}
      </Divider>
      {choice('buyingRole', <CodeSelect group="buyingRole" codes={BUYING_ROLES} allowClear={false} aria-label={fieldLabel('buyingRole')} onChange={(v: string) => choose(['buyingRole'], v)} />)}
      {person.buyingRole === 'COACH' &&
        choice('coachStrength', <CodeSelect group="coachStrength" codes={COACH_STRENGTHS} aria-label={fieldLabel('coachStrength')} onChange={(v: string | undefined) => choose(['coachStrength'], v ?? null)} />)}
      {choice('stance', <StanceChoice aria-label={fieldLabel('stance')} onChange={(v) => choose(['stance'], v)} />)}
      {choice('influence', <Select<number> aria-label={fieldLabel('influence')} options={scale} onChange={(v) => choose(['influence'], v)} />)}
      {choice('powerLayer', <CodeSelect group="powerLayer" codes={POWER_LAYERS} aria-label={fieldLabel('powerLayer')} onChange={(v: string | undefined) => choose(['powerLayer'], v ?? null)} />)}
      {choice('function', <CodeSelect group="stakeholderFunction" codes={STAKEHOLDER_FUNCTIONS} aria-label={fieldLabel('function')} onChange={(v: string | undefined) => choose(['function'], v ?? null)} />)}
      <Divider titlePlacement="start" plain>
        {t('chain.panel.sections.relationship')}
      </Divider>
      {choice(
        'ownerId',
        <Select
          allowClear={CLEARABLE}
          placeholder={t('chain.card.noOwner')}
          aria-label={fieldLabel('owner')}
          options={team.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(v: string | undefined) => choose(['ownerId'], v ?? null)}
        />,
      )}
      {choice('coverage', <CodeSelect group="coverage" codes={COVERAGE_LEVELS} allowClear={false} aria-label={fieldLabel('coverage')} onChange={(v: string) => choose(['coverage'], v)} />)}
      {choice('closeness', <Select<number> allowClear={CLEARABLE} aria-label={fieldLabel('closeness')} options={scale} onChange={(v: number | undefined) => choose(['closeness'], v ?? null)} />)}
      {choice('targetCloseness', <Select<number> allowClear={CLEARABLE} aria-label={fieldLabel('targetCloseness')} options={scale} onChange={(v: number | undefined) => choose(['targetCloseness'], v ?? null)} />)}
      <Form.Item name="lastContactDate" label={fieldLabel('lastContactDate')} rules={[notInFutureRule(t)]} normalize={rememberShown('lastContactDate')}>
        <DatePicker
          style={{ width: '100%' }}
          aria-label={fieldLabel('lastContactDate')}
          onChange={(value: Dayjs | null) => choose(['lastContactDate'], asStored(value), true)}
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
