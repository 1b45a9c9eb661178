/**
 * The Content-Security-Policy of the built game: no eval, no inline style, and no inline script
 * but the deep-link preload, allowed by its hash (it is the same in every build, so the policy
 * is too). Phaser needs
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

/** A CSP source for an inline script: the SHA-256 of its text exactly as it stands in the page. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${scriptHash(PRELOAD_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' https: ${lrsOrigin()}data: blob:`,
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
 * The HTTP headers a host should send with the built game (README, "Security"), and the ones
 * `vite preview` sends. A `<meta>` CSP cannot say `frame-ancestors`, so only the header can stop
 * the game being framed; the `<meta>` stays for hosts that cannot set headers.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function cspPlugin(): Plugin {
  return {
    name: 'hot-seat-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
