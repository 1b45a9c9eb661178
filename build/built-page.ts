/**
 * What the plugins that finish the built page share (build/deep-link-preload.ts,
 * build/first-screen-page.ts): a change to `index.html` once every chunk is final, knowing the
 * config's `base`. Such plugins run in the order vite.config.ts lists them.
 */
import type { Plugin, Rollup } from 'vite';

/** What a change to the built page is given: the page, the whole bundle, the base, the build. */
export interface BuiltPage {
  readonly page: Rollup.OutputAsset;
  readonly bundle: Rollup.OutputBundle;
  readonly base: string;
  readonly build: Rollup.PluginContext;
}

/** A build-only plugin that calls `change` on the built `index.html` (nothing when there is none). */
export function builtPagePlugin(name: string, change: (built: BuiltPage) => void, more: Omit<Plugin, 'name'> = {}): Plugin {
  let base = '/';
  return {
    ...more,
    name,
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type === 'asset') change({ page, bundle, base, build: this });
      },
    },
  };
}
