// ESLint flat config. The import boundaries below are the ones of the design document:
// the pure domain and protocol import no runtime, renderers never reach Node or Electron,
// and the hub never imports React.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'This code must run in any runtime: no node:* here.',
};
const electron = {
  group: ['electron', 'electron/*'],
  message: 'Only an Electron shell may import electron.',
};
const socketIo = {
  group: ['socket.io', 'socket.io-client'],
  message: 'Pure code: no transport here.',
};
const react = { group: ['react', 'react-dom', 'react-dom/*'], message: 'No React here.' };
const shellHelpers = {
  group: ['@cac/shared/electron', '**/shared/src/electron', '**/shared/src/electron/*'],
  message:
    "The shells' main-process helpers (node:*, lowdb) are not for renderers: ask the shell through the bridge.",
};
const printing = {
  group: ['@cac/shared/printing', '**/shared/src/printing', '**/shared/src/printing/*'],
  message:
    'ESC/POS and printer transports are Node-only: renderers print through the bridge; previews use @cac/shared/ticket.',
};
const storage = {
  group: ['@cac/shared/storage', '**/shared/src/storage', '**/shared/src/storage/*'],
  message:
    'Durable files are Node-only (the hub, the shells): renderers ask the hub or the bridge.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/dist-electron/**',
      'release/**',
      'data/**',
      'e2e-artifacts/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object and a union instead of enum.',
        },
        { selector: 'ExportAllDeclaration', message: 'Explicit export lists only (no export *).' },
      ],
    },
  },
  {
    files: ['shared/src/domain/**', 'shared/src/protocol/**', 'shared/src/i18n/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, socketIo, react] }],
    },
  },
  {
    // The ticket layout and its previews run in browsers too.
    files: ['shared/src/ticket/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            electron,
            socketIo,
            react,
            { ...printing, group: ['@cac/shared/printing', '../printing', '../printing/*'] },
          ],
        },
      ],
    },
  },
  {
    files: [
      'kiosk/src/**',
      'counter/src/**',
      'display/src/**',
      'shared/src/react/**',
      'shared/src/client/**',
    ],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, electron, printing, storage, shellHelpers] },
      ],
    },
  },
  {
    files: ['shared/src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electron, react, socketIo] }],
    },
  },
  {
    // Electron is injected into these helpers (their fakes are the tests), never imported.
    files: ['shared/src/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...electron,
              message:
                "Electron is injected here (declare the few members you use as a type); only a shell's main.ts or preload.ts imports it.",
            },
            react,
            socketIo,
          ],
        },
      ],
    },
  },
  {
    // A sandboxed preload is bundled for the browser and may require nothing but 'electron'.
    files: [
      '{kiosk,counter,display}/electron/preload.ts',
      '{kiosk,counter,display}/electron/preload-*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, printing, storage, shellHelpers] },
      ],
    },
  },
  {
    files: ['hub/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [react, electron] }],
    },
  },
  prettier,
);
