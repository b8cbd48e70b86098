/**
 * "按部门查看": a chain too big to read whole (60 people and more) is looked at one department at a
 * time, fitted as far as its names stay legible; "全部" goes back to the whole chain's readable fit.
 */
import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/domain/stakeholder';

const WHOLE = '\u0000whole';
const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });

export function DepartmentFocus({ people, value, onChange }: { people: readonly Stakeholder[]; value: string | null; onChange: (department: string | null) => void }) {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of people) if (p.deletedAt === null) counts.set(p.department.trim(), (counts.get(p.department.trim()) ?? 0) + 1);
    const departments = [...counts.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
    return [
      { value: WHOLE, label: t('chain.focus.whole') },
      ...departments.map((d) => ({ value: d, label: t('chain.focus.department', { name: d || t('chain.focus.noDepartment'), count: counts.get(d) ?? 0 }) })),
    ];
  }, [people, t]);
  return (
    <Select
      size="small"
      aria-label={t('chain.focus.label')}
      placeholder={t('chain.focus.label')}
      style={{ minWidth: 180, marginTop: 4 }}
      value={value ?? undefined}
      options={options}
      onChange={(picked: string) => onChange(picked === WHOLE ? null : picked)}
    />
  );
}
