import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAppRequestHandler, mimeTypeOf, resolveAppPath } from '../../../electron/appProtocol';
import { isAppUrl } from '../../../electron/appOrigin';
import { CONTENT_SECURITY_POLICY } from '../../../electron/contentSecurityPolicy';

const ROOT = '/opt/keyplan/dist/renderer';

describe('app:// path guard', () => {
  it.each([
    ['app://keyplan/', join(ROOT, 'index.html')],
    ['app://keyplan/index.html', join(ROOT, 'index.html')],
    ['app://keyplan/assets/index-abc.js', join(ROOT, 'assets/index-abc.js')],
    ['app://keyplan/assets/%E5%AE%A2%E6%88%B7.svg', join(ROOT, 'assets/客户.svg')],
    // URL parsing folds ../ and %2e%2e/ segments into the root, so these stay inside.
    ['app://keyplan/../../etc/passwd', join(ROOT, 'etc/passwd')],
    ['app://keyplan/%2e%2e/%2e%2e/etc/passwd', join(ROOT, 'etc/passwd')],
  ])('%s → inside the renderer folder', (url, expected) => {
    expect(resolveAppPath(url, ROOT)).toBe(expected);
  });

  it.each([
    'app://keyplan/assets/..%2f..%2f..%2fetc%2fshadow',
    'app://keyplan/..%5c..%5cwindows%5csystem32',
    'app://keyplan/index.html%00.png',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://keyplan/index.html',
    'app://keyplan/%E0%A4%A',
    'not a url',
  ])('%s → refused', (url) => {
    expect(resolveAppPath(url, ROOT)).toBeNull();
  });

  it('serves files with their type and the CSP, and 404s everything else', async () => {
    const files = new Map([[join(ROOT, 'index.html'), new TextEncoder().encode('<!doctype html>')]]);
    const handler = createAppRequestHandler(ROOT, (path) => {
      const file = files.get(path);
      return file ? Promise.resolve(file) : Promise.reject(new Error('ENOENT'));
    });
    const ok = await handler(new Request('app://keyplan/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toBe('<!doctype html>');
    expect((await handler(new Request('app://keyplan/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://keyplan/%2e%2e/secret'))).status).toBe(404);
    expect((await handler(new Request('app://keyplan/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('knows the types the renderer build produces', () => {
    expect(mimeTypeOf('a/worker.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a/style.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a/blob.bin')).toBe('application/octet-stream');
  });
});

describe('content security policy', () => {
  it('allows scripts only from our origin and no eval, and no network beyond it', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('our origin', () => {
  it('is app://keyplan, plus the dev server only while developing', () => {
    expect(isAppUrl('app://keyplan/index.html', null)).toBe(true);
    expect(isAppUrl('app://keyplanx/index.html', null)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', null)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/#/accounts', 'http://127.0.0.1:5173')).toBe(true);
    expect(isAppUrl('file:///index.html', null)).toBe(false);
  });
});
