/**
 * Packaging check: electron-builder packs the app for Linux as a folder, against a stub Electron
 * distribution (the real Electron zip cannot be downloaded on these machines), and this script
 * asserts that the produced app.asar holds the built main, preload and renderer — and no
 * node_modules, since everything is bundled — and that the fuses were flipped: the stub binary
 * carries Electron's fuse wire (sentinel, version 1, eight fuses all at "inherit"), which
 * electron-builder rewrites from package.json's `electronFuses`, and the packed binary's wire is read
 * back. Run after `npm run build`.
 */
import { listPackage, extractFile } from '@electron/asar';
import { checkInWorker } from '../../electron/backupCheck';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REQUIRED = ['/package.json', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist-electron/backupCheckWorker.cjs', '/dist/renderer/index.html'];

function fail(message: string): never {
  console.error(`pack check: FAILED — ${message}`);
  process.exit(1);
}

for (const path of REQUIRED.slice(1)) if (!existsSync(`.${path}`)) fail(`.${path} is missing: run npm run build first`);

const work = mkdtempSync(join(tmpdir(), 'keyplan-pack-'));
const stub = join(work, 'electron-stub');
mkdirSync(stub);
// The fuse wire as Electron's binary holds it (see @electron/fuses): sentinel, version, length, states.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const INHERIT = 0x90;
const FUSES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments', 'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges'];
/** What a shipped Keyplan must have: no Node through env or flags, only our integrity-checked app.asar, encrypted cookies, no file:// privileges. */
const WANTED: Record<string, 'on' | 'off'> = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  EnableEmbeddedAsarIntegrityValidation: 'on',
  OnlyLoadAppFromAsar: 'on',
  LoadBrowserProcessSpecificV8Snapshot: 'off',
  GrantFileProtocolExtraPrivileges: 'off',
};
writeFileSync(join(stub, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\necho "stub electron"\nexit 0\n# ${SENTINEL}`), Buffer.from([1, FUSES.length, ...FUSES.map(() => INHERIT)]), Buffer.from('\n')]));
chmodSync(join(stub, 'electron'), 0o755);
const output = join(work, 'release');
const UPDATE_FEED = 'https://updates.example.com/keyplan';

try {
  execFileSync(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
      // As a company's IT builds it: its own update server (README ▸ updates).
      '-c.publish.provider=generic',
      `-c.publish.url=${UPDATE_FEED}`,
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
// The update feed electron-updater reads: the company's generic server.
const feedFile = join(output, 'linux-unpacked', 'resources', 'app-update.yml');
if (!existsSync(feedFile)) fail('no resources/app-update.yml: the app would not know where updates come from');
const feed = readFileSync(feedFile, 'utf8');
if (!feed.includes('provider: generic') || !feed.includes(`url: ${UPDATE_FEED}`)) fail(`app-update.yml does not name the company's server:\n${feed}`);

// The backup check's worker runs from inside app.asar (its integrity is checked), nothing is unpacked
// beside it, and the packed code checks a workspace with restore().
if (existsSync(join(output, 'linux-unpacked', 'resources', 'app.asar.unpacked'))) fail('something is unpacked beside app.asar, outside its integrity check');
const workerCode = extractFile(asar, 'dist-electron/backupCheckWorker.cjs').toString('utf8');
const packedCheck = checkInWorker(() => Promise.resolve(workerCode));
const sample = new TextEncoder().encode(workspaceFileText(buildSampleWorkspace({ accounts: 1 })));
const verdicts = [await packedCheck(sample), await packedCheck(new TextEncoder().encode('{"format":"junk"}'))];
if (!verdicts[0]?.restorable || verdicts[1]?.restorable) fail(`the packed backup check answered ${JSON.stringify(verdicts)}`);

const executable = join(output, 'linux-unpacked', 'keyplan');
if (!existsSync(executable)) fail('the executable was not named after the product');
const binary = readFileSync(executable);
const wireAt = binary.indexOf(SENTINEL) + SENTINEL.length;
if (wireAt < SENTINEL.length) fail('the packed executable has no fuse wire');
const states = FUSES.map((fuse, i) => [fuse, binary[wireAt + 2 + i] === 0x31 ? 'on' : binary[wireAt + 2 + i] === 0x30 ? 'off' : 'not set'] as const);
const wrong = states.filter(([fuse, state]) => WANTED[fuse] !== state);
if (wrong.length > 0) fail(`fuses not as they must ship: ${wrong.map(([fuse, state]) => `${fuse} is ${state}, must be ${WANTED[fuse]}`).join('; ')}`);

// A feed over plain http stops the build (build/checkUpdateFeed.cjs).
let httpRefused = '';
try {
  execFileSync(
    process.execPath,
    ['node_modules/electron-builder/cli.js', '--linux', 'dir', `-c.electronDist=${stub}`, `-c.directories.output=${join(work, 'release-http')}`, '-c.publish.provider=generic', '-c.publish.url=http://updates.example.com/keyplan', '--publish', 'never'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
} catch (error) {
  const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
  httpRefused = `${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`;
}
if (!httpRefused.includes('the update feed must be https')) fail(`a build with an http update feed was not refused:\n${httpRefused}`);

console.log(`pack check: an http update feed is refused; app.asar holds ${entries.length} entries including ${REQUIRED.join(', ')}; no node_modules; update feed ${UPDATE_FEED}; the backup check packed inside app.asar tells a workspace from junk; fuses ${states.map(([fuse, state]) => `${fuse} ${state}`).join(', ')}.`);
rmSync(work, { recursive: true, force: true });
