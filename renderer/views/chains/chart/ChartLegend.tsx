/** What the colours, glyphs, badges and lines mean; also drawn into exported images. */
import { useTranslation } from 'react-i18next';
import { STANCES } from '../../../../shared/domain/codes';
import { LINK_COLORS, LINK_DASH, REPORTING_COLOR, ROLE_BADGES, ROLE_COLORS, STANCE_COLORS, STANCE_GLYPHS } from '../../../drawing/chartVisuals';

const ROLES = ['EB', 'UB', 'TB', 'COACH'] as const;

/** `onClose` shows a hide button (on screen); without it the legend is part of an exported image. */
export function ChartLegend({ onClose }: { onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="kp-legend" role="group" aria-label={t('chain.legend.title')}>
      {onClose && (
        <button type="button" className="kp-legend-close" aria-label={t('chain.legend.hide')} onClick={onClose}>
          ×
        </button>
      )}
      <div className="kp-legend-row">
        <span className="kp-legend-title">{t('chain.legend.stance')}</span>
        {STANCES.map((s) => (
          <span key={s} style={{ color: STANCE_COLORS[String(s)] }}>
            <span aria-hidden>{STANCE_GLYPHS[String(s)]}</span> {t(`codes.stance.${String(s) as '0'}`)}
          </span>
        ))}
      </div>
      <div className="kp-legend-row">
        <span className="kp-legend-title">{t('chain.legend.roles')}</span>
        {ROLES.map((r) => (
          <span key={r}>
            <span className="kp-role" style={{ background: ROLE_COLORS[r] }}>
              {ROLE_BADGES[r]}
            </span>{' '}
            {t(`codes.buyingRole.${r}`)}
          </span>
        ))}
      </div>
      <div className="kp-legend-row">
        <span className="kp-legend-title">{t('chain.legend.lines')}</span>
        <span>
          <svg width="28" height="8" aria-hidden>
            <line x1="0" y1="4" x2="28" y2="4" stroke={REPORTING_COLOR} strokeWidth="2" />
          </svg>{' '}
          {t('chain.legend.reporting')}
        </span>
        <span>
          <svg width="28" height="8" aria-hidden>
            <line x1="0" y1="4" x2="28" y2="4" stroke={LINK_COLORS.INFLUENCES} strokeWidth="2" strokeDasharray={LINK_DASH} />
          </svg>{' '}
          {t('chain.legend.influence')}
        </span>
        <span>
          <svg width="20" height="12" aria-hidden>
            <rect x="1" y="1" width="18" height="10" rx="2" fill="#fafafa" stroke="#8c8c8c" strokeDasharray="3 2" />
          </svg>{' '}
          {t('chain.legend.seat')}
        </span>
      </div>
    </div>
  );
}
