/**
 * The screens that are not part of the game's first download: the conversation, which a brief
 * asks for while it is read (a deep link, with the page); the reports (debrief, progress,
 * cohort), which a conversation asks for early so that its debrief is ready; and the trainers'
 * screens (their list and a scenario's map), which only trainers open.
 */
import { retrying } from './fresh-import.ts';
import type { View } from './views.ts';

export type ConversationScreens = typeof import('../ui/conversation/conversation-screen.ts');
export type ReportScreens = typeof import('../ui/report-screens.ts');
export type TrainerScreens = typeof import('../ui/trainer-screens.ts');

/** The code of each chunk, once loaded. */
export interface LoadedScreens {
  readonly conversation?: ConversationScreens;
  readonly reports?: ReportScreens;
  readonly trainers?: TrainerScreens;
}

export type ScreenChunk = keyof LoadedScreens;

/** Each screen's chunk, asked for again at a fresh address after a failure (as lazy-code.ts's are). */
const IMPORTS: { readonly [K in ScreenChunk]: () => Promise<NonNullable<LoadedScreens[K]>> } = {
  conversation: retrying(() => import('../ui/conversation/conversation-screen.ts')),
  reports: retrying(() => import('../ui/report-screens.ts')),
  trainers: retrying(() => import('../ui/trainer-screens.ts')),
};

/** The chunk that draws `view`, or undefined for the screens of the first download. */
export function chunkOf(view: View): ScreenChunk | undefined {
  switch (view.kind) {
    case 'play':
      return 'conversation';
    case 'debrief':
    case 'progress':
    case 'cohort':
      return 'reports';
    case 'trainers':
    case 'author':
      return 'trainers';
    default:
      return undefined;
  }
}

/** Loads each chunk once; a load that failed (the network dropped) is tried again when next asked. */
export class ScreenChunks {
  private readonly code: { -readonly [K in ScreenChunk]?: LoadedScreens[K] } = {};
  private readonly loading = new Map<ScreenChunk, Promise<unknown>>();

  get loaded(): LoadedScreens {
    return this.code;
  }

  has(chunk: ScreenChunk): boolean {
    return this.code[chunk] !== undefined;
  }

  load(chunk: ScreenChunk): Promise<unknown> {
    let loading = this.loading.get(chunk);
    if (!loading) {
      loading = this.fetch(chunk).catch((e: unknown) => {
        this.loading.delete(chunk);
        throw e;
      });
      this.loading.set(chunk, loading);
    }
    return loading;
  }

  private async fetch<K extends ScreenChunk>(chunk: K): Promise<void> {
    const code = await IMPORTS[chunk]();
    (this.code as Record<K, unknown>)[chunk] = code;
  }
}
