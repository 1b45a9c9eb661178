/**
 * The Content-Security-Policy of the built game: no eval, and no inline script or style but the
 * page's own, each allowed by its hash: the deep-link preload (the same in every build), and the
 * first screen's code and styles, which a first visit gets inline (build/first-screen-page.ts;
 * their hashes change with every build, so the build writes the headers out). Phaser needs
 * `data:`/`blob:` images (generated textures), howler `data:`/`blob:` media. Added at build time
 * only, since the dev server injects an inline client for live reload.
 *
 * `connect-src` also allows any `https:` address: xAPI statements go to a learning record store
 * whose address arrives with the launch (a cmi5 LMS's, or one named in a launch link), so it
 * cannot be listed beforehand. Scripts still come from the game's own origin only. An LRS named
 * at build time (VITE_LRS_ENDPOINT) is allowed by its origin, so a plain-http one works too.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { PRELOAD_SCRIPT } from './deep-link-preload.ts';

/** A CSP source for an inline script or style: the SHA-256 of its text exactly as it stands in the page. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The hashes a policy allows: the page's inline scripts and styles, exactly as they stand in it. */
export interface InlineCode {
  readonly scripts?: readonly string[];
  readonly styles?: readonly string[];
}

/** The policy of a page whose inline code is the deep-link preload and `inline`. */
export function contentSecurityPolicy(inline: InlineCode = {}): string {
  const hashes = (texts: readonly string[]) => texts.map((t) => ` ${scriptHash(t)}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(PRELOAD_SCRIPT)}${hashes(inline.scripts ?? [])}`,
    `style-src 'self'${hashes(inline.styles ?? [])}`,
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' https: ${lrsOrigin()}data: blob:`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The origin of the LRS named at build time, followed by a space ('' when there is none). */
function lrsOrigin(): string {
  const endpoint = process.env['VITE_LRS_ENDPOINT'];
  if (!endpoint) return '';
  try {
    return `${new URL(endpoint).origin} `;
  } catch {
    throw new Error(`VITE_LRS_ENDPOINT is not an address: '${endpoint}'`);
  }
}
/**
 * The HTTP headers a host should send with the built game (README, "Security") besides the
 * Content-Security-Policy, which names the build's own hashes (see `securityHeaders`).
 */
export const OTHER_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Every header for a build whose page carries `policy`, as the build writes them to `_headers` and
 * `vite preview` sends them. A `<meta>` CSP cannot say `frame-ancestors`, so only the header can
 * stop the game being framed; the `<meta>` stays for hosts that cannot set headers.
 */
export function securityHeaders(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': `${policy}; frame-ancestors 'none'`, ...OTHER_HEADERS };
}

/** Puts the policy in the page; build/first-screen-page.ts adds the first screen's hashes to it. */
export function cspPlugin(): Plugin {
  return {
    name: 'hot-seat-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' },
      ],
    },
  };
}
