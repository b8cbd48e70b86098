/**
 * The stance as one row of five buttons (−2 … +2) with the chosen stance named beside them: one click
 * (or an arrow key) changes it, where a dropdown took two, and the whole scale stays in view. Form.Item
 * hands it `value` and `onChange`; only this field re-renders when the value changes, not the panel.
 */
import { Radio, type RadioChangeEvent } from 'antd';
import './stanceChoice.css';
import { useTranslation } from 'react-i18next';
import { STANCES } from '../../../../shared/domain/codes';
import { STANCE_COLORS, STANCE_GLYPHS } from '../../../drawing/chartVisuals';

interface Props {
  /** Given by Form.Item, so that the field's label points at the group. */
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  'aria-label': string;
}

const signed = (s: number) => (s > 0 ? `+${s}` : String(s));

export function StanceChoice({ id, value, onChange, 'aria-label': label }: Props) {
  const { t } = useTranslation();
  const name = (s: number) => t(`codes.stance.${String(s) as '0'}`);
  return (
    <div className="kp-stance-choice">
      <Radio.Group
        id={id}
        optionType="button"
        aria-label={label}
        value={value}
        onChange={(event: RadioChangeEvent) => onChange?.(event.target.value as number)}
        options={STANCES.map((s) => {
          const full = `${name(s)} (${signed(s)})`;
          return {
            value: s,
            title: full,
            label: (
              <>
                <span aria-hidden style={{ color: STANCE_COLORS[String(s)] }}>
                  {STANCE_GLYPHS[String(s)]}
                </span>{' '}
                <span aria-hidden>{signed(s)}</span>
                <span className="kp-visually-hidden">{full}</span>
              </>
            ),
          };
        })}
      />
      {value !== undefined && (
        <span className="kp-stance-choice-name" style={{ color: STANCE_COLORS[String(value)] }}>
          {name(value)}
        </span>
      )}
    </div>
  );
}
