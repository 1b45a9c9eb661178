/**
 * The rules the conversation screen keeps at every decision, checked against measured geometry.
 * Laptops and desktops show every reply without scrolling; phones may put the replies in a reply
 * area that scrolls by itself and shows that there is more.
 */
import type { DecisionGeometry, Seen } from './layout-geometry.ts';

export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly phone: boolean;
}

export const VIEWPORTS: readonly Viewport[] = [
  { name: '1366x768', width: 1366, height: 768, phone: false },
  { name: '1280x720', width: 1280, height: 720, phone: false },
  { name: '1920x1080', width: 1920, height: 1080, phone: false },
  { name: '390x844', width: 390, height: 844, phone: true },
  { name: '360x640', width: 360, height: 640, phone: true },
];

const shown = (s: Seen | undefined) => !!s && s.inside && s.uncovered;
const where = (s: Seen | undefined) =>
  s ? `${JSON.stringify(s.box)}${s.inside ? '' : ' clipped'}${s.uncovered ? '' : ' covered'}` : 'missing';

/** Every rule the geometry breaks, in words; empty when the screen is right. */
export function brokenRules(g: DecisionGeometry, vp: Viewport): string[] {
  const out: string[] = [];
  if (!shown(g.line)) out.push(`latest line not fully visible: ${where(g.line)}`);
  if (!shown(g.mood)) out.push(`mood meter not fully visible: ${where(g.mood)}`);
  if (!shown(g.stage) || g.stage!.box.w < 48 || g.stage!.box.h < 48) out.push(`customer (stage) not in view: ${where(g.stage)}`);
  if (g.replies.length === 0) out.push('no replies');
  for (const [i, r] of g.replies.entries()) {
    if (shown(r)) continue;
    if (!vp.phone) out.push(`reply ${i + 1} not fully visible: ${where(r)} "${r.text}"`);
    else if (!r.inScroller || !g.dock?.inside || !g.dock.moreBelow || !g.dock.moreShown)
      out.push(`reply ${i + 1} hidden and not in a reply area that shows there is more: ${where(r)} dock ${JSON.stringify(g.dock)}`);
  }
  const allowed = vp.phone ? ['transcript', 'reply-dock'] : ['transcript'];
  const extra = g.scrollers.filter((s) => !allowed.includes(s));
  if (extra.length > 0) out.push(`other regions scroll: ${extra.join(', ')}`);
  if (g.pageScrolls) out.push('the page itself scrolls');
  for (const t of g.targets) if (t.w < 44 || t.h < 44) out.push(`touch target under 44 px: ${t.name} ${t.w}×${t.h}`);
  if (g.sideways) out.push('horizontal overflow');
  const t = g.transcript;
  if (!t) out.push('no transcript');
  else if (t.height > t.client + 1 && t.top + t.client < t.height - 1)
    out.push(`transcript not at its end: ${t.top}+${t.client} of ${t.height}`);
  return out;
}
