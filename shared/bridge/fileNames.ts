/**
 * File names offered in Save dialogs are built from what people typed ("中国移动/陕西分公司 决策链.png").
 * The bridge refuses names with folders or characters Windows reserves (schemas.ts), so every name
 * is made safe here before it is offered: reserved characters and control characters become "-",
 * trailing dots and spaces go (Windows drops them), names Windows reserves (CON, NUL, COM1 …) get
 * a "_" in front, and the length stays within the bridge's limit, keeping the extension.
 */
const RESERVED = /[\\/:*?"<>|]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
export const MAX_FILE_NAME_LENGTH = 200;

function withoutControlCharacters(text: string): string {
  return Array.from(text, (ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? '-' : ch)).join('');
}

export function safeFileName(name: string, fallback = 'keyplan'): string {
  let safe = withoutControlCharacters(name.replace(RESERVED, '-')).trim().replace(/[. ]+$/, '');
  if (safe === '' || safe === '.' || safe === '..') safe = fallback;
  if (WINDOWS_DEVICE.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_FILE_NAME_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = Array.from(safe.slice(0, safe.length - extension.length)).slice(0, MAX_FILE_NAME_LENGTH - extension.length).join('') + extension;
    // Surrogate pairs count twice in .length: cut again until the bridge's limit holds.
    while (safe.length > MAX_FILE_NAME_LENGTH) safe = Array.from(safe.slice(0, safe.length - extension.length)).slice(0, -1).join('') + extension;
  }
  return safe;
}
