/**
 * A portrait's sprite: all of its frames in one SVG, each nested at its cell (`spriteCell`), so
 * the stage makes one SVG document per customer instead of one per face. Drawn from its cell, a
 * frame is pixel for pixel the frame drawn from its own file.
 */
import { FRAMES, SPRITE, SPRITE_SIZE, spriteCell, type FrameName } from '../../src/engine/scenario/portrait-frames.ts';

const METADATA = /<metadata[\s\S]*?<\/metadata>/;
const ROOT = /^<svg ([^>]*)>/;

/** One frame's SVG as a nested `<svg>` at its cell, its ids prefixed so no two frames share one. */
function nested(svg: string, frame: FrameName, prefix: string): string {
  const root = ROOT.exec(svg);
  if (!root || !root[1]!.includes(`viewBox="0 0 ${SPRITE.cell} ${SPRITE.cell}"`) || /\s(width|height|x|y)=/.test(` ${root[1]}`))
    throw new Error(`${frame}: expected a root <svg> with viewBox "0 0 ${SPRITE.cell} ${SPRITE.cell}" and no size or position`);
  let body = svg.replace(METADATA, '');
  for (const [, id] of body.matchAll(/\sid="([^"]+)"/g)) {
    body = body
      .replaceAll(`id="${id}"`, `id="${prefix}${id}"`)
      .replaceAll(`url(#${id})`, `url(#${prefix}${id})`)
      .replaceAll(`href="#${id}"`, `href="#${prefix}${id}"`);
  }
  const { x, y } = spriteCell(frame);
  return body.replace(ROOT, `<svg x="${x}" y="${y}" width="${SPRITE.cell}" height="${SPRITE.cell}" $1>`);
}

/**
 * The sprite of a portrait whose frames are `frameSvg(frame)`. The first frame's `<metadata>`
 * (the artwork's attribution) is kept once, at the top.
 * @throws Error when a frame is not a square SVG of the cell's size, which the cells assume.
 */
export function portraitSprite(frameSvg: (frame: FrameName) => string): string {
  const frames = FRAMES.map((f) => frameSvg(f));
  const attribution = METADATA.exec(frames[0]!)?.[0] ?? '';
  const { width, height } = SPRITE_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    attribution +
    frames.map((svg, i) => nested(svg, FRAMES[i]!, `f${i}-`)).join('') +
    '</svg>'
  );
}
