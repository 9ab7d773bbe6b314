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
const printing = {
  group: ['@cac/shared/printing', '**/shared/src/printing', '**/shared/src/printing/*'],
  message:
    'ESC/POS and printer transports are Node-only: renderers print through the bridge; previews use @cac/shared/ticket.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
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
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, printing] }],
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
