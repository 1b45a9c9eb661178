/** The README's table of HTTP headers is the one the build writes and `npm run preview` sends (build/csp.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { contentSecurityPolicy, OTHER_HEADERS, securityHeaders } from '../../build/csp.ts';
import { root } from './helpers.ts';

const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const row = (name: string) => readme.split('\n').find((l) => l.trimStart().startsWith(`| \`${name}\``));

it('every header but the policy is in the README with its exact value', () => {
  for (const [name, value] of Object.entries(OTHER_HEADERS)) {
    expect(row(name), name).toBeDefined();
    expect(row(name), name).toContain(`\`${value}\``);
  }
});

it("the README's policy is the build's, with the hashes that change with each build left out", () => {
  const policy = securityHeaders(contentSecurityPolicy({ scripts: ['first screen'], styles: ['its styles'] }))['Content-Security-Policy']!;
  const written = policy
    .replace(/script-src 'self'( '[^']+')+/, "script-src 'self' <hashes>")
    .replace(/style-src 'self' '[^']+'/, "style-src 'self' <hash>");
  expect(row('Content-Security-Policy')).toContain(`\`${written}\``);
  expect(row('Content-Security-Policy')).toContain('`dist/_headers`');
});
