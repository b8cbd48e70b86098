/**
 * How stances, roles and links look on the chart. Stance is never colour alone: every stance also
 * has a glyph and its label (accessibility, black-and-white printouts).
 */
import type { BuyingRole, InfluenceLinkKind } from '../../shared/domain/codes';

// Text-strong shades (≥ 4.5:1 on white), as the glyphs are small text on the card.
export const STANCE_COLORS: Record<string, string> = {
  '2': '#135200',
  '1': '#3a7d0a',
  '0': '#616161',
  '-1': '#ad4e00',
  '-2': '#cf1322',
};

export const STANCE_GLYPHS: Record<string, string> = {
  '2': '▲▲',
  '1': '▲',
  '0': '●',
  '-1': '▼',
  '-2': '▼▼',
};

/** Short badge text: the method's own abbreviations, the same in both languages. */
export const ROLE_BADGES: Record<BuyingRole, string> = { EB: 'EB', UB: 'UB', TB: 'TB', COACH: 'Coach', NONE: '' };
// Badge backgrounds under white text, each ≥ 4.5:1.
export const ROLE_COLORS: Record<BuyingRole, string> = { EB: '#531dab', UB: '#0958d9', TB: '#006d75', COACH: '#965c00', NONE: '#616161' };

export const LINK_COLORS: Record<InfluenceLinkKind, string> = {
  INFLUENCES: '#1677ff',
  ALLY: '#389e0d',
  RIVAL: '#cf1322',
  REFERRAL: '#722ed1',
  HOMETOWN: '#d48806',
  ALUMNI: '#13a8a8',
  FORMER_COLLEAGUE: '#7c8a99',
  FAMILY: '#c41d7f',
};

export const REPORTING_COLOR = '#595959';
export const LINK_DASH = '6 4';

/** Our owner's badge: the last two characters of a Chinese name (as DingTalk shows them), initials otherwise. */
export function initials(name: string): string {
  // A remark in brackets after the name ("张经理（示例）", "Alex (sample)") is not part of it.
  const trimmed = name.replace(/\s*[（(][^（）()]*[）)]\s*$/u, '').trim() || name.trim();
  if (/^[\p{Script=Han}]/u.test(trimmed)) return trimmed.length > 2 ? trimmed.slice(-2) : trimmed;
  return trimmed
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

const charWidth = (ch: string, fontSize: number) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.62);

/** Rough width of text in px: CJK and full-width characters are square, Latin ones about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, fontSize);
  return width;
}

/** Text cut with "…" to fit `room` at `fontSize` (same unit): an SVG or slide line that never wraps. */
export function cutToWidth(text: string, room: number, fontSize: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += charWidth(ch, fontSize);
    if (width > room) return `${out.slice(0, -1)}…`;
    out += ch;
  }
  return out;
}

/** The card head's room (224 px card less padding and the stance border), and the role badge's. */
const HEAD_WIDTH = 194;
const roleWidth = (badge: string) => (badge === '' ? 0 : textWidth(badge, 11) + 16);

/**
 * Whether the stance's word fits beside the name on a card's head. The name comes first: when both
 * do not fit (English stances are long) the head keeps only the stance's glyph and colour — the word
 * stays in the card's hover text and spoken name, and the legend explains the glyphs.
 */
export function stanceWordFits(name: string, roleBadge: string, stanceWord: string): boolean {
  return roleWidth(roleBadge) + textWidth(name, 16) + 6 + textWidth(`▲▲ ${stanceWord}`, 11) <= HEAD_WIDTH;
}
