import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

// Security first: page and user text must never reach an HTML sink (innerHTML & co.).
const htmlSinks = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc'].map((property) => ({
  property,
  message: 'HTML sinks are forbidden: build DOM nodes and set textContent instead.',
}));

export default tseslint.config(
  {
    ignores: ['.output/', '.out-*/', '.wxt/', 'node_modules/', '.demo-profile/', 'bench-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: {
      globals: {
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
      },
    },
    rules: {
      'no-restricted-properties': ['error', ...htmlSinks],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden.',
        },
        {
          selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
          message: 'document.write is forbidden.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.ts'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
        chrome: 'readonly', // only inside page.evaluate callbacks, which run in the browser
        Buffer: 'readonly',
      },
    },
  },
);
