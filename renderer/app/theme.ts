/**
 * The antd theme, in one place. Besides the brand colour, the tokens that text is drawn with are set so
 * every text meets WCAG AA (4.5:1) on white and on antd's light greys: antd's defaults do not (secondary
 * text #8c8c8c 3.36:1, placeholders #bfbfbf 1.83:1, links #1677ff 3.9–4.1:1, danger #ff4d4f 3.26:1, a gold
 * tag's text 2.75:1). Preset tag colours are not theme tokens antd lets us override (its palettes are
 * derived, not taken from `token`), so their text shades are set in global.css. The accessibility test
 * (axe) fails if any of them slips back.
 */
import type { ThemeConfig } from 'antd';

export function appTheme(reducedMotion: boolean): ThemeConfig {
  return {
    // antd's own stylesheet (antd/dist/antd.css, imported with the workbench) instead of each
    // component's styles generated in the page when it first mounts, and again after every view
    // that used it was left: ~100 ms of a cold matrix open. The tokens below still apply, as CSS
    // variables the stylesheet reads.
    zeroRuntime: true,
    token: {
      colorPrimary: '#1d39c4',
      borderRadius: 6,
      motion: !reducedMotion,
      // Links in the brand blue: 8.1:1 on white.
      colorLink: '#1d39c4',
      // Secondary text and descriptions: #616161, 6.2:1 on white, 5.7:1 on #f5f5f5.
      colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
      colorTextDescription: 'rgba(0, 0, 0, 0.62)',
      // Placeholders: #707070, 4.9:1 on white.
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
      colorError: '#cf1322',
      colorWarning: '#ad6800',
      colorSuccess: '#237804',
    },
  };
}
