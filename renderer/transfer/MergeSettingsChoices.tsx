/**
 * The settings a merged file holds differently from ours (plan year, stage probabilities, RFM
 * standards …), group by group: ours are kept unless the person takes one file's version. Settings are
 * the director's standards; a manager's file never changes them silently.
 */
import { Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SettingsDifference } from '../../shared/merge/mergePlan';
import { looseT } from '../i18n/looseT';


interface Props {
  differences: readonly SettingsDifference[];
  /** Group → the file whose version is taken; a group not here keeps ours. */
  chosen: Readonly<Record<string, string>>;
  onChange: (chosen: Record<string, string>) => void;
}

const OURS = '';

export function MergeSettingsChoices({ differences, chosen, onChange }: Props) {
  const { t } = useTranslation();
  if (differences.length === 0) return null;
  // The group is a settings key chosen at run time; the typed t() cannot check it.
  const groupName = (key: string) => looseT(t)(`merge.settingsGroups.${key}`, { defaultValue: key });
  return (
    <>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('merge.settingsTitle', { count: differences.length })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('merge.settingsHint')}</Typography.Paragraph>
      {differences.map((difference) => (
        <div key={difference.key} role="group" aria-label={groupName(difference.key)}>
          <Typography.Text strong>{groupName(difference.key)}</Typography.Text>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', marginTop: 4 }}
            value={chosen[difference.key] ?? OURS}
            onChange={(event) => {
              const value = event.target.value as string;
              const others = Object.entries(chosen).filter(([key]) => key !== difference.key);
              onChange(Object.fromEntries(value === OURS ? others : [...others, [difference.key, value]]));
            }}
            options={[
              { value: OURS, label: t('merge.settingsKeep', { value: difference.files[0]?.ours ?? '' }) },
              ...difference.files.map((f) => ({ value: f.file, label: t('merge.settingsTake', { file: f.file, value: f.theirs }) })),
            ]}
          />
        </div>
      ))}
    </>
  );
}
