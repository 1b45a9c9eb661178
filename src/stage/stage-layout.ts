/**
 * Where things go in whatever box the page gives the stage: a head close-up in a small box (a
 * phone's header), else the customer's bust behind the desk or counter with the channel's prop
 * (voice line, chat bubble, letter) beside them in a wide strip or below them in a tall column.
 * Pure, so every box size is tested without a browser.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface StageLayout {
  readonly mode: 'head' | 'bust';
  /** The portrait's centre and its drawn size (the pictures are square). */
  readonly portrait: { readonly x: number; readonly y: number; readonly size: number };
  /** The top of the desk or counter, which hides the customer's waist; the box's bottom in a close-up. */
  readonly floor: number;
  /** Where the channel's prop goes (the voice line, chat bubble or letter); none in a close-up. */
  readonly prop?: Rect;
}

/** Below this (either side, in CSS pixels) only the head is drawn. */
export const HEAD_ONLY_BELOW = 140;

/** The pictures are 280 units square; the head fills about this square of them. */
const HEAD = { cx: 140, cy: 104, size: 176 } as const;
const VIEW = 280;

/** `prop`: the channel has a prop to place (the counter's customer has none, and stands larger). */
export function layoutFor(w: number, h: number, prop = true): StageLayout {
  if (w < HEAD_ONLY_BELOW || h < HEAD_ONLY_BELOW) {
    const size = (Math.min(w, h) / HEAD.size) * VIEW;
    const k = size / VIEW;
    return { mode: 'head', portrait: { x: w / 2 - (HEAD.cx - VIEW / 2) * k, y: h / 2 - (HEAD.cy - VIEW / 2) * k, size }, floor: h };
  }
  if (w >= h * 1.25) return wide(w, h, prop);
  return tall(w, h, prop);
}

/** A strip: the customer left of centre, the prop to the right at face height (centred without one). */
function wide(w: number, h: number, prop: boolean): StageLayout {
  const size = Math.min(h * 0.86, w * 0.45);
  const floor = h * 0.9;
  const propW = prop ? Math.min(w * 0.3, Math.max(120, size * 0.9)) : 0;
  const gap = prop ? Math.max(16, size * 0.08) : 0;
  const body = size * 0.78;
  const left = (w - (body + gap + propW)) / 2;
  const x = left + body / 2;
  const propH = Math.min(size * 0.42, h * 0.4);
  return {
    mode: 'bust',
    portrait: { x, y: floor - size / 2, size },
    floor,
    ...(prop ? { prop: { x: left + body + gap, y: floor - size * 0.62 - propH / 2, w: propW, h: propH } } : {}),
  };
}

/** A column: the customer above the desk, the prop on the desk below them; spare height goes to the wall. */
function tall(w: number, h: number, prop: boolean): StageLayout {
  const size = Math.min(w * 0.86, h * (prop ? 0.58 : 0.72));
  const propW = Math.min(w * 0.84, size * 1.15);
  const wantH = propW * 0.42;
  const below = prop ? wantH + 2 * Math.max(12, h * 0.04) : h * 0.18;
  const floor = Math.max(h * 0.06 + size, h - below);
  const propH = Math.min(wantH, (h - floor) * 0.8);
  return {
    mode: 'bust',
    portrait: { x: w / 2, y: floor - size / 2, size },
    floor,
    ...(prop ? { prop: { x: (w - propW) / 2, y: floor + (h - floor - propH) / 2, w: propW, h: propH } } : {}),
  };
}

/**
 * The most pixels the stage's canvas holds. A larger box (a desktop's full-height column) is drawn
 * at this many and stretched to fit by the browser: without a GPU every frame costs by the pixel
 * (at 1920 × 1080 a frame of the full box took 30–45 ms to draw and as long again to hand to the
 * compositor), while the stage's soft shapes and pictures lose little when stretched.
 */
export const MAX_BACKING_PIXELS = 360_000;
/** A box's shorter side is never drawn at fewer pixels than this (or than it has), so a thin strip keeps its detail. */
const MIN_BACKING_SIDE = 240;

/**
 * The canvas size for a box of `w` × `h` CSS pixels: the box itself when it holds at most `max`
 * pixels, else the box scaled down in proportion to about `max` (never its shorter side below
 * 240). At least 1 × 1, for a box that is hidden.
 */
export function backingSize(w: number, h: number, max = MAX_BACKING_PIXELS): { width: number; height: number } {
  const area = w * h;
  const k = area > max ? Math.min(1, Math.max(Math.sqrt(max / area), MIN_BACKING_SIDE / Math.min(w, h))) : 1;
  return { width: Math.max(1, Math.floor(w * k)), height: Math.max(1, Math.floor(h * k)) };
}
