/**
 * One browser and one static server for the whole e2e run. Test files connect to the browser over
 * its WebSocket endpoint and open a fresh context (fresh IndexedDB) per test.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { PLAYWRIGHT_CHROMIUM_ARGS, chromiumPath } from './chromium';
import { startRendererServer } from './rendererServer';

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/renderer/index.html')) throw new Error('Build the renderer first: npm run build:renderer');
  const server = await startRendererServer();
  const browserServer = await chromium.launchServer({
    executablePath: chromiumPath(),
    headless: true,
    args: PLAYWRIGHT_CHROMIUM_ARGS,
  });
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('baseUrl', server.url);
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
