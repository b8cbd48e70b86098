/**
 * Packaging check: electron-builder packs the app for Linux as a folder, against a stub Electron
 * distribution (the real Electron zip cannot be downloaded on these machines), and this script
 * asserts that the produced app.asar holds the built main, preload and renderer — and no
 * node_modules, since everything is bundled. Run after `npm run build`.
 */
import { listPackage, extractFile } from '@electron/asar';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REQUIRED = ['/package.json', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist/renderer/index.html'];

function fail(message: string): never {
  console.error(`pack check: FAILED — ${message}`);
  process.exit(1);
}

for (const path of REQUIRED.slice(1)) if (!existsSync(`.${path}`)) fail(`.${path} is missing: run npm run build first`);

const work = mkdtempSync(join(tmpdir(), 'keyplan-pack-'));
const stub = join(work, 'electron-stub');
mkdirSync(stub);
writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron"\n');
chmodSync(join(stub, 'electron'), 0o755);
const output = join(work, 'release');

try {
  execFileSync(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
      '--publish',
      'never',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
} catch (error) {
  const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
  fail(`electron-builder failed:\n${stdout?.toString() ?? ''}\n${stderr?.toString() ?? ''}`);
}

const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
if (!existsSync(asar)) fail(`no app.asar at ${asar}`);
const entries = listPackage(asar, { isPack: false });
const missing = REQUIRED.filter((path) => !entries.includes(path));
if (missing.length > 0) fail(`app.asar lacks ${missing.join(', ')}`);
if (entries.some((path) => path.startsWith('/node_modules/'))) fail('app.asar contains node_modules although everything is bundled');
const packedMain = extractFile(asar, 'dist-electron/main.cjs');
if (!packedMain.equals(readFileSync('dist-electron/main.cjs'))) fail('the packed main.cjs differs from the build');
const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main?: string };
if (manifest.main !== 'dist-electron/main.cjs') fail(`package.json main is ${manifest.main ?? 'missing'}`);
if (!existsSync(join(output, 'linux-unpacked', 'keyplan'))) fail('the executable was not named after the product');

console.log(`pack check: app.asar holds ${entries.length} entries including ${REQUIRED.join(', ')}; no node_modules.`);
rmSync(work, { recursive: true, force: true });
