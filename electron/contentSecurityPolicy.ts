/**
 * The renderer's Content Security Policy, sent as a header with every app:// response.
 * - scripts and workers only from our own origin; no eval, no remote code;
 * - styles allow inline because antd's CSS-in-JS inserts <style> elements at run time;
 * - images and fonts from our origin, data: and blob: (exported chart images);
 * - no network at all beyond our origin (connect-src 'self'): nothing leaves the machine.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy for a <meta> tag in the built HTML (browsers ignore frame-ancestors there and warn). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
