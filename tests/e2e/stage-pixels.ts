/**
 * Reading the stage's canvas from outside, for the browser tests and the bench: a stage that has
 * drawn a set and a customer shows many colours, a blank one a single colour (or no canvas at all).
 */

/**
 * In the page: how many distinct colours a 32×32 copy of the stage's canvas holds (0 = no canvas
 * yet, 1 = blank). Self-contained, so it can be handed to `page.evaluate` or an init script.
 */
export function stageColours(): number {
  const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
  if (!canvas || canvas.width === 0) return 0;
  const copy = document.createElement('canvas');
  [copy.width, copy.height] = [32, 32];
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0, 32, 32);
  const data = ctx.getImageData(0, 0, 32, 32).data;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return colours.size;
}
