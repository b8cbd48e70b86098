import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

// Layer rules live here so they are checked, not just documented:
// shared/ imports nothing from renderer/ or electron/ (and no Node built-ins);
// renderer/ never imports electron or Node built-ins; it reaches the desktop through window.keyplan.
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'node:*'];

const REPOSITORY_WRITES = [
  {
    selector: "CallExpression[callee.object.object.name='db'][callee.property.name=/^(add|put|update|delete|clear|modify|bulkAdd|bulkPut|bulkUpdate|bulkDelete)$/]",
    message: 'Write through a repository (renderer/data/repositories), not directly to the database.',
  },
  {
    selector: "CallExpression[callee.property.name='transaction'][arguments.0.value=/^rw/]",
    message: 'Read-write transactions belong to repositories (writeTransaction).',
  },
];
const UNSAVED_GUARD = {
  selector: "ImportSpecifier[imported.name='useUnsavedGuard']",
  message: 'Editors leave through useEditorExit (renderer/components/useEditorExit.ts): it asks on Esc, ✕, a click outside, reload and close.',
};
/**
 * Where the unload guard is used directly: the hook itself, the unload module, the chain panel (it saves
 * each field as it is left, so only a field still being typed in counts) and the settings page (no close).
 */
const EDITOR_EXIT_EXCEPTIONS = ['renderer/components/useEditorExit.ts', 'renderer/session/unsavedWork.ts', 'renderer/views/chains/panels/StakeholderPanel.tsx', 'renderer/views/settings/AnalysisSettings.tsx'];

const RENDERER_PATHS = [{ name: 'electron', message: 'The renderer reaches the desktop only through window.keyplan (renderer/platform).' }];
const ANTD_WRAPPED = { name: 'antd', importNames: ['InputNumber', 'Rate'], message: 'Use NumberInput / StarRating (renderer/components): antd names their spin buttons and stars in English only.' };

/**
 * The renderer's floors, lowest first (renderer/README.md says what each room is for). A file may
 * import from its own room and from rooms below it, never from a room above: an arrow up fails
 * `npm run check`. Entries (renderer/main.tsx, the report page) sit on top.
 */
export const RENDERER_FLOORS = ['platform', 'data', 'i18n', 'session', 'drawing', 'components', 'report', 'workers', 'transfer', 'views', 'reportPage', 'app'];

export function floorsAbove(room) {
  return RENDERER_FLOORS.slice(RENDERER_FLOORS.indexOf(room) + 1);
}

/**
 * The renderer's import rule for a file `depth` folders below renderer/: never electron or Node, and
 * never a room in `above` — recognised as a relative path that climbs exactly to renderer/ and names it.
 */
function rendererImports(above, depth = 1, antdWrapped = true) {
  const climb = '\\.\\./'.repeat(depth);
  return {
    paths: antdWrapped ? [...RENDERER_PATHS, ANTD_WRAPPED] : RENDERER_PATHS,
    patterns: [
      { group: ['**/electron/**'], message: 'renderer/ must not import electron/ modules.' },
      ...nodeBuiltins.map((group) => ({ group: [group], message: 'No Node built-ins in the renderer.' })),
      ...(above.length === 0 ? [] : [{ regex: `^${climb}(${above.join('|')})(/|$)`, message: `This room sits below renderer/{${above.join(',')}}: move the shared code down to the lowest room that uses it (eslint.config.js RENDERER_FLOORS).` }]),
    ],
  };
}

/** One block per floor and folder depth (the relative path up to renderer/ depends on the depth). */
export const floorRules = RENDERER_FLOORS.flatMap((room) =>
  [1, 2, 3, 4, 5].map((depth) => ({
    files: [`renderer/${room}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', rendererImports(floorsAbove(room), depth)] },
  })),
);

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    // Tests index into fixtures they built themselves; a missing element is a failing test anyway.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['eslint.config.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // electron-builder's hooks are CommonJS scripts it requires itself (build/).
    files: ['build/**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: { exports: 'writable', require: 'readonly', URL: 'readonly' } },
  },
  {
    // Every user-facing string goes through i18n: literal text in JSX is an error.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule says the React Compiler would skip components using TanStack Table/Virtual. We do not
      // run the compiler (no babel-plugin-react-compiler in the build), so it has nothing to tell us.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', rendererImports([])],
    },
  },
  ...floorRules,
  {
    // The wrappers around antd's InputNumber and Rate (components, so below their floor's rule).
    files: ['renderer/components/NumberInput.tsx', 'renderer/components/StarRating.tsx'],
    rules: { 'no-restricted-imports': ['error', rendererImports(floorsAbove('components'), 1, false)] },
  },
  {
    // Writes belong to repositories: they own transactions and stamp table revisions
    // (writeTransaction.ts), which the export cache relies on. Elsewhere, no db.<table>.<write>()
    // and no read-write transaction. And every editor leaves through useEditorExit (it asks before
    // dropping typing on Esc, ✕, a click outside, reload and close): useUnsavedGuard is its part.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/repositories/**', ...EDITOR_EXIT_EXCEPTIONS],
    rules: { 'no-restricted-syntax': ['error', ...REPOSITORY_WRITES, UNSAVED_GUARD] },
  },
  {
    files: EDITOR_EXIT_EXCEPTIONS,
    rules: { 'no-restricted-syntax': ['error', ...REPOSITORY_WRITES] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is plain TypeScript.' }],
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing from renderer/ or electron/.' },
            { group: ['react', 'react-*', 'dexie', 'dexie-*', 'antd'], message: 'shared/ is framework-free.' },
            ...nodeBuiltins.map((group) => ({ group: [group], message: 'shared/ must run in the browser too.' })),
          ],
        },
      ],
    },
  },
);
