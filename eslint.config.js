import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'vigie-output/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Import z from "@/utils/zod" so that zod runs jitless under the extension CSP.' },
            {
              name: 'zod/mini',
              message: 'Import z from "@/utils/zod-mini" so that zod runs jitless under the extension CSP.',
            },
            { name: 'webextension-polyfill', message: 'Use the `browser` from "wxt/browser".' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page-derived text is rendered as text.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Use textContent: pages are hostile.' },
      ],
    },
  },
  {
    files: ['utils/zod.ts', 'utils/zod-mini.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/fixtures/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
