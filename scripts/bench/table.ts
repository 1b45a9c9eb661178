/**
 * The printed report: one table of medians (min–max over runs), then the budgets with PASS/FAIL.
 */
import type { ByteCount } from './bytes.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { Bytes, MobileStats, Stat, Summary } from './summary.ts';
import { probeLines } from './checker-probes.ts';
import { READ_MS } from './heap.ts';

const ms = (s: Stat) => `${s.median.toFixed(0)} ms`.padStart(10) + `  [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`;
const num = (s: Stat, digits = 0) => s.median.toFixed(digits).padStart(10) + `  [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]`;
const pct = (s: Stat) => `${(s.median * 100).toFixed(1)}%`.padStart(10) + `  [${(s.min * 100).toFixed(1)}–${(s.max * 100).toFixed(1)}%]`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
const row = (label: string, value: string) => `  ${label.padEnd(44)}${value}`;
const bytesRow = (label: string, b: ByteCount, withCss = true) =>
  row(
    label,
    `JS ${kb(b.jsRaw)} / gzip ${kb(b.jsGzip)}` +
      (withCss ? `   CSS ${kb(b.cssRaw)} / gzip ${kb(b.cssGzip)}` : '') +
      `   (${b.files.filter((f) => /\.(js|css)$/.test(f)).length} files)`,
  );

/** The report as lines of text. */
export function formatTable(sum: Summary, bytes: Bytes, header: string): string[] {
  const out = [header, ''];
  out.push('Cold load (fresh context, cache disabled; ms from navigation start; median [min–max])');
  out.push(row('first playable choice, deep link', ms(sum.load.choice)));
  out.push(row('brief interactive, deep link', ms(sum.load.brief)));
  out.push(row('menu interactive, /', ms(sum.load.menu)));
  out.push(row('bare Phaser: first frame rendered', ms(sum.load.bareFirstFrame)));
  out.push(row('bare Phaser: scene created', ms(sum.load.bareCreated)));
  out.push(
    row(
      'ratio game / bare: choice, brief, menu',
      `${sum.ratios.choice.toFixed(2)}, ${sum.ratios.brief.toFixed(2)}, ${sum.ratios.menu.toFixed(2)}`.padStart(10),
    ),
  );
  out.push('', ...mobileLines(sum.mobile, sum.lighthouse));
  out.push('', 'Bytes (raw / gzip -9)');
  out.push(bytesRow('deep link, before brief interactive', bytes.deepLink));
  out.push(bytesRow('menu, before interactive', bytes.menu));
  out.push(bytesRow('bare Phaser page, before first frame', bytes.bare));
  out.push(bytesRow('deep link, fetched after brief interactive', bytes.afterBrief));
  const l = bytes.later;
  out.push(bytesRow('later: stage (Phaser) chunk', l.phaser, false));
  out.push(
    row(
      'later: audio code + sounds (first gesture)',
      `${kb(l.audio.jsRaw + l.audio.otherRaw)} / gzip ${kb(l.audio.jsGzip + l.audio.otherGzip)}   (${l.audio.files.length} files)`,
    ),
  );
  out.push(bytesRow('later: other scenarios, each on demand', l.scenarios, false));
  out.push(bytesRow('later: other UI languages, on demand', l.languages, false));
  const others = l.other.files.map((f) => f.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '')).join(', ');
  if (l.other.files.length) out.push(bytesRow(`later: on demand (${others})`, l.other, false));
  out.push('', 'Jank (long tasks > 50 ms: count, longest; dropped frames = rAF gaps > 34 ms: count, longest)');
  for (const [name, j] of Object.entries(sum.jank)) {
    const cells = `${j.longTasks.median.toFixed(0)} tasks, ${j.maxLongTaskMs.median.toFixed(0)} ms | ${j.droppedFrames.median.toFixed(0)} dropped, ${j.maxGapMs.median.toFixed(0)} ms | over ${j.ms.median.toFixed(0)} ms`;
    out.push(
      row(name, cells.padStart(10) + `  [tasks ${j.longTasks.min}–${j.longTasks.max}, longest ≤ ${j.maxLongTaskMs.max.toFixed(0)} ms]`),
    );
  }
  out.push('', `Memory (used JS heap after forced GC, late-delivery best path, same page, ${READ_MS} ms per reply)`);
  out.push(row('after 5 plays', mb(sum.heap.after5.median).padStart(10) + `  [${mb(sum.heap.after5.min)}–${mb(sum.heap.after5.max)}]`));
  out.push(row('after 50 plays', mb(sum.heap.after50.median).padStart(10) + `  [${mb(sum.heap.after50.min)}–${mb(sum.heap.after50.max)}]`));
  out.push(
    row(
      'after 50 more at full speed',
      mb(sum.heap.after100.median).padStart(10) + `  [${mb(sum.heap.after100.min)}–${mb(sum.heap.after100.max)}]`,
    ),
  );
  out.push(row('ratio 50 / 5', num(sum.heap.ratio, 3)));
  out.push(row('ratio burst / 50 (leak or warm-up?)', num(sum.heap.ratio100, 3)));
  const code = sum.heap.code;
  out.push(
    row(
      'of which compiled code: 5 / 50 / burst',
      `${mb(code.after5.median)} / ${mb(code.after50.median)} / ${mb(code.after100.median)}`.padStart(10),
    ),
  );
  out.push(row('ratio 50 / 5 without compiled code', num(sum.heap.withoutCode.ratio, 3)));
  out.push(row('ratio burst / 50 without compiled code', num(sum.heap.withoutCode.ratio100, 3)));
  out.push('', 'Idle (5 s, conversation waiting for a reply; CDP TaskDuration / wall time)');
  out.push(row('game, reply timer off: main thread busy', pct(sum.idle.game.busy)));
  out.push(row('game, reply timer off: script', pct(sum.idle.game.script)));
  out.push(row('game, reply timer off: rAF calls', num(sum.idle.game.rafCalls)));
  out.push(row('game, default settings (timer): busy', pct(sum.idle.gameTimer.busy)));
  out.push(row('game, default settings (timer): rAF calls', num(sum.idle.gameTimer.rafCalls)));
  out.push(row('bare Phaser: main thread busy', pct(sum.idle.bare.busy)));
  out.push(row('bare Phaser: rAF calls', num(sum.idle.bare.rafCalls)));
  out.push('', `Scenario checker (checker-throughput.ts: ${sum.checker.detail})`);
  out.push(row('files per second', `${sum.checker.filesPerSecond.toFixed(1)}`.padStart(10)));
  out.push(row("ceiling: the yaml package's parse alone", `${sum.checker.ceiling.parsePerSecond.toFixed(1)}`.padStart(10)));
  out.push(row('cost of a check / parseDocument (CPU time)', `×${sum.checkerCostRatio.toFixed(2)}`.padStart(10)));
  out.push(row("ceiling: the yaml package's tokenizer alone", `${sum.checker.ceiling.lexPerSecond.toFixed(1)}`.padStart(10)));
  out.push(row(`first check of ${sum.checker.recheck.files} files, ms`, `${sum.checker.recheck.firstMs.toFixed(0)}`.padStart(10)));
  out.push(row('re-check after one save (dev server), ms', `${sum.checker.recheck.medianMs.toFixed(0)}`.padStart(10)));
  out.push(
    '',
    'Fault probe through the command line (checker-probes.ts; a fresh process each, medians): size, check, whole process, answer',
  );
  out.push(...probeLines(sum.checker.probes));
  out.push('', "Fault probe on the trainers' page (checker-page.ts; worker check): longest main-thread task, answered after");
  for (const p of sum.pageProbes)
    out.push(`  ${p.name.padEnd(20)}${`${p.longestTaskMs.toFixed(0)} ms`.padStart(10)}${`${p.answeredMs.toFixed(0)} ms`.padStart(10)}`);
  out.push('', 'Budgets');
  for (const b of sum.budgets) out.push(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(56)}${b.detail}`);
  return out;
}

/** The mobile loads and Lighthouse's scores. */
export function mobileLines(m: MobileStats, lighthouse: readonly LighthouseScores[]): string[] {
  const out = ['Mobile profile (562.5 ms RTT, 1,474.56 / 675 kbit/s, CPU 4×; served gzip; ms from navigation start)'];
  out.push(row('first visit: deep link → brief interactive', ms(m.brief)));
  out.push(row('first visit: deep link → first playable choice', ms(m.choice)));
  out.push(row('first visit: deep link → every face loaded', ms(m.faces)));
  out.push(row('first visit: menu interactive', ms(m.menu)));
  out.push(row('second visit (service worker): brief', ms(m.secondBrief)));
  out.push(row('second visit (service worker): first choice', ms(m.secondChoice)));
  for (const l of lighthouse) {
    out.push(
      row(
        `Lighthouse, ${l.page}: perf / a11y / BP`,
        `${l.performance} / ${l.accessibility} / ${l.bestPractices}`.padStart(10) +
          `  (FCP ${(l.fcpMs / 1000).toFixed(1)} s, LCP ${(l.lcpMs / 1000).toFixed(1)} s, TBT ${Math.round(l.tbtMs)} ms;` +
          ` median run of performance ${l.performanceRuns.join(', ')})`,
      ),
    );
  }
  return out;
}
