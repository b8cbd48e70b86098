/** Opens a link in the user's browser — only http(s); every other scheme (file:, smb:, custom) is refused. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function openExternalSafely(shell: { openExternal(url: string): Promise<void> }, url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}
