/**
 * Serves the built renderer on app://keyplan with a path guard: a request can only ever read a
 * file inside the renderer folder (no `..`, no encoded separators, no other host), and every
 * response carries the CSP. Anything else is a 404.
 */
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The file a request URL may read, or null when the URL must be refused. */
export function resolveAppPath(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(rendererDir);
  const candidate = normalize(join(root, relative));
  return candidate.startsWith(root.endsWith(sep) ? root : root + sep) ? candidate : null;
}

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface ProtocolDeps {
  protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void };
  readFile: (path: string) => Promise<Uint8Array>;
}

export function createAppRequestHandler(rendererDir: string, readFile: ProtocolDeps['readFile']) {
  return async (request: Request): Promise<Response> => {
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers });
    const filePath = resolveAppPath(request.url, rendererDir);
    if (filePath === null) return new Response('Not found', { status: 404, headers });
    try {
      const body = await readFile(filePath);
      return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: { ...headers, 'content-type': mimeTypeOf(filePath) } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  };
}

export function registerAppProtocol(deps: ProtocolDeps, rendererDir: string): void {
  deps.protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, deps.readFile));
}
