/** The README's table of HTTP headers is the one the build and `npm run preview` use (build/csp.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../build/csp.ts';
import { root } from './helpers.ts';

it('every header in build/csp.ts is in the README with its exact value', () => {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    const row = readme.split('\n').find((l) => l.trimStart().startsWith(`| \`${name}\``));
    expect(row, name).toBeDefined();
    expect(row, name).toContain(`\`${value}\``);
  }
});
