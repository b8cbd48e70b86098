/**
 * Horizontal bars in plain SVG, each a link to the list behind it: light enough for the first screen
 * (no chart library to load before the figures appear) and readable by a screen reader as a list of
 * "label: value" links.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface Bar {
  key: string;
  label: string;
  value: number;
  display: string;
  color: string;
  onOpen: () => void;
}

export function BarChart({ bars, label, centered = false }: { bars: readonly Bar[]; label: string; centered?: boolean }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="kp-bars" aria-label={label}>
      {bars.map((bar) => {
        const width = Math.max(bar.value > 0 ? 1.5 : 0, (bar.value / max) * 100);
        return (
          <li key={bar.key}>
            {/* Named by what it shows ("年度目标：¥900万"): the label, a separator only a screen reader needs, the value. */}
            <button type="button" className="kp-bar" onClick={bar.onOpen} data-testid={`bar-${bar.key}`}>
              <span className="kp-bar-label">{bar.label}</span>
              <span className="kp-visually-hidden">{t('portfolio.barSeparator')}</span>
              <svg className="kp-bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden>
                <rect x={centered ? (100 - width) / 2 : 0} y={0} width={width} height={10} rx={1.5} fill={bar.color} />
              </svg>
              <Typography.Text className="kp-bar-value">{bar.display}</Typography.Text>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
