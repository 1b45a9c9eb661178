/**
 * The stage (Phaser): never blank while a conversation runs, even on a slow PC; the customer
 * talks while a line is delivered and reacts to each reply before the next line; it draws in any
 * box the layout gives it. Observed through the stage's test hooks: `data-customer-state` and
 * `data-portrait` on #stage, and the canvas's own pixels. Screenshots of each channel and box are
 * saved under test-results/screenshots/ for review.
 */
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { portraitOf, type Channel } from '../../src/engine/index.ts';
import { FRAMES, portraitPath, SPRITE, spriteCell, spritePath } from '../../src/engine/scenario/portrait-frames.ts';
import { SPRITE_RETRY_MS } from '../../src/stage/portrait-textures.ts';
import { MAX_BACKING_PIXELS } from '../../src/stage/stage-layout.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { openBrief, setTextSpeed, startHeld } from './play.ts';

// The stage as most learners see it, in motion (the other specs run with reduced motion).
test.use({ reducedMotion: 'no-preference' });

const root = resolve(import.meta.dirname, '../..');
const BY_CHANNEL: Record<Channel, string> = {
  phone: 'late-delivery',
  email: 'letter-no-phone',
  chat: 'chat-rephrase',
  'in-person': 'counter-shouting',
};

/** In the page: the canvas's size and how many distinct colours a grid of samples finds (1 = blank). */
function canvasState(): { w: number; h: number; colours: number; busy: string | null } {
  const busy = document.querySelector('[data-testid=customer-line]')?.getAttribute('aria-busy') ?? null;
  const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
  const frame = document.getElementById('stage');
  if (!canvas || !frame || frame.hidden || canvas.width === 0 || canvas.height === 0) return { w: 0, h: 0, colours: 0, busy };
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const colours = new Set<number>();
  for (let y = 0; y < canvas.height; y += Math.max(1, Math.floor(canvas.height / 24))) {
    for (let x = 0; x < canvas.width; x += Math.max(1, Math.floor(canvas.width / 24))) {
      const i = (y * canvas.width + x) * 4;
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
  }
  return { w: canvas.width, h: canvas.height, colours: colours.size, busy };
}

type CanvasState = ReturnType<typeof canvasState>;
type Probe = { canvasState: () => CanvasState };

/** Makes `canvasState` callable in the page (an init script: the game's CSP allows no eval). */
test.beforeEach(async ({ page }) => {
  await page.addInitScript({ content: `window.canvasState = ${canvasState.toString()};` });
});

/** Waits until the stage shows a set and a customer (many colours, a real size). */
async function drawn(page: Page): Promise<CanvasState> {
  const handle = await page.waitForFunction(
    () => {
      const s = (window as unknown as Probe).canvasState();
      return s.w > 0 && s.colours >= 8 ? s : false;
    },
    undefined,
    { polling: 50, timeout: 20_000 },
  );
  return (await handle.jsonValue()) as CanvasState;
}

/**
 * Whether the stage is up before the first line ends on a slow PC is a race against real time, so
 * the bench measures it (scripts/bench/slow-stage.ts); this checks what must hold when it loses:
 * a conversation started before the stage is not held up by it, and a stage that arrives late
 * joins it, showing the customer and following the line.
 */
test('with the CPU slowed 6× and Start pressed at once, a late stage joins the running conversation', async ({ page }) => {
  test.setTimeout(120_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  // The stage's code is held back until the conversation has started, so the stage is late
  // however fast the machine is.
  let release = () => {};
  let held = false;
  const started = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/phaser-stage-[\w-]+\.js$/, async (route) => {
    held = true;
    await started;
    await route.continue();
  });
  await setTextSpeed(page, 45);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  const line = page.getByTestId('customer-line');
  await expect(line).toHaveAttribute('aria-busy', 'true');
  expect((await page.evaluate(() => (window as unknown as Probe).canvasState())).colours, 'no stage yet').toBe(0);
  // The stage's code was asked for (as a brief asks for it) and is the one being held.
  await expect.poll(() => held, { message: "the stage's code was asked for and held" }).toBe(true);
  release();
  const seen = await drawn(page);
  test.info().annotations.push({
    type: 'stage',
    description: `first drawn while the first line was ${seen.busy === 'true' ? 'spoken' : 'already over'}`,
  });
  expect(seen.w).toBeGreaterThan(100);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(line).toHaveAttribute('aria-busy', 'false');
  const stage = page.locator('#stage');
  await expect(stage).toHaveAttribute('data-customer-state', 'idle');
  // The stage follows the conversation from there: a reply gets its reaction.
  await page.getByTestId('choice').first().click();
  await expect(stage).toHaveAttribute('data-customer-state', /reacting|talking/);
  expect((await page.evaluate(() => (window as unknown as Probe).canvasState())).colours).toBeGreaterThanOrEqual(8);
});

test('the stage draws with Canvas and never makes a WebGL context, not even to probe for one', async ({ page }) => {
  await page.addInitScript({
    content: `
      window.contextsAsked = [];
      const ask = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        window.contextsAsked.push(String(type));
        return ask.call(this, type, ...rest);
      };`,
  });
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await drawn(page);
  const asked = await page.evaluate(() => (window as unknown as { contextsAsked: string[] }).contextsAsked);
  expect(asked).toContain('2d');
  expect(asked.filter((type) => type.includes('webgl'))).toEqual([]);
});

test('the customer talks while a line is delivered, then reacts to the reply before the next line', async ({ page }) => {
  const scenario = shippedScenario('late-delivery');
  await setTextSpeed(page, 45);
  await openBrief(page, 'late-delivery');
  // The stage (Phaser) loads after the first screen; the brief already shows the customer.
  const stage = page.locator('#stage');
  await expect(stage).toHaveAttribute('data-portrait', portraitOf(scenario.customer), { timeout: 30_000 });
  await page.getByTestId('start').click();
  const line = page.getByTestId('customer-line');
  // Talking while the words come.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid=customer-line]')?.getAttribute('aria-busy') === 'true' &&
      document.getElementById('stage')?.dataset['customerState'] === 'talking',
  );
  await expect(line).toHaveAttribute('aria-busy', 'false');
  await expect(stage).toHaveAttribute('data-customer-state', 'idle');
  // Every change of state from the click on, timed in the page.
  await page.evaluate(() => {
    const w = window as unknown as { stageLog: [string, number][] };
    w.stageLog = [];
    const frame = document.getElementById('stage')!;
    // A change, not a write: the stage may set the state it is already in (idle again).
    let last = frame.dataset['customerState'];
    const changed = () => {
      const now = frame.dataset['customerState'];
      if (now !== last) w.stageLog.push([(last = now) ?? '', performance.now()]);
    };
    new MutationObserver(changed).observe(frame, {
      attributes: true,
      attributeFilter: ['data-customer-state'],
    });
    document.addEventListener('click', () => w.stageLog.push(['click', performance.now()]), { capture: true, once: true });
  });
  await page.getByTestId('choice').first().click();
  await page.waitForFunction(() => (window as unknown as { stageLog: [string, number][] }).stageLog.some(([s]) => s === 'talking'));
  const log = await page.evaluate(() => (window as unknown as { stageLog: [string, number][] }).stageLog);
  const states = log.map(([s]) => s);
  expect(states[0]).toBe('click');
  expect(states.indexOf('reacting'), `states after the click: ${states.join(' → ')}`).toBe(1);
  expect(states.indexOf('reacting')).toBeLessThan(states.indexOf('talking'));
  test.info().annotations.push({ type: 'reaction', description: `${Math.round(log[1]![1] - log[0]![1])} ms from click to reaction` });
});

for (const [channel, id] of Object.entries(BY_CHANNEL) as [Channel, string][]) {
  test(`${channel}: the stage draws the customer in a strip, a column and a phone header`, async ({ page }) => {
    const portraits: string[] = [];
    page.on('request', (r) => r.url().includes('/portraits/') && portraits.push(new URL(r.url()).pathname));
    await setTextSpeed(page, 20);
    await openBrief(page, id);
    await page.getByTestId('start').click();
    await drawn(page);
    await page.locator('#stage').screenshot({ path: resolve(root, `test-results/screenshots/stage-${channel}-strip.png`) });
    for (const [w, h, name] of [
      [420, 700, 'column'],
      [300, 520, 'narrow-column'],
      [80, 80, 'header'],
    ] as const) {
      await page.evaluate(
        ([w, h]) => {
          const frame = document.getElementById('stage')!;
          frame.style.width = `${w}px`;
          frame.style.height = `${h}px`;
        },
        [w, h],
      );
      await page.waitForFunction(
        ([w, h]) => {
          const c = document.querySelector<HTMLCanvasElement>('#stage canvas');
          return c?.width === w && c?.height === h;
        },
        [w, h],
      );
      const seen = await drawn(page);
      expect(seen.w).toBe(w);
      await page.locator('#stage').screenshot({ path: resolve(root, `test-results/screenshots/stage-${channel}-${name}.png`) });
    }
    // Every size was drawn from one download of the customer's sprite, none from a frame's own file.
    const portrait = portraitOf(shippedScenario(id).customer);
    expect(portraits.filter((u) => u.endsWith('/frames.svg'))).toEqual([`/${spritePath(portrait)}`]);
    expect(portraits.filter((u) => /-(blink|talk)\.svg$|\/(worse|better)\.svg$/.test(u))).toEqual([]);
  });
}

test('a customer’s sprite lost on the way is asked for again, and every face arrives', async ({ page }) => {
  const asked: string[] = [];
  await page.route('**/frames.svg', async (route) => {
    asked.push(new URL(route.request().url()).pathname);
    // Twice: more than a second load of the customer (the brief's box settling) would ask for.
    if (asked.length <= 2) await route.abort('connectionreset');
    else await route.continue();
  });
  await openBrief(page, 'late-delivery');
  await expect(page.locator('#stage')).toHaveAttribute('data-pictures', 'ready');
  const portrait = portraitOf(shippedScenario('late-delivery').customer);
  expect(asked).toEqual(Array(3).fill(`/${spritePath(portrait)}`));
});

/** Every request for a customer's sprite fails, as on a dropped connection: answers how many were made so far. */
async function spritesFail(page: Page): Promise<() => number> {
  let asked = 0;
  await page.route('**/frames.svg', (route) => {
    asked++;
    return route.abort('connectionreset');
  });
  return () => asked;
}

test('a sprite that never arrives is given up on after its retries, says so, and is asked for again once the connection is back', async ({
  page,
}) => {
  const asked = await spritesFail(page);
  await page.clock.install();
  const stage = page.locator('#stage');
  /**
   * Runs the page's clock a second at a time until the stage has given up: `missing`, and no new
   * request for ten seconds of the page's time, longer than all the waits between tries together.
   */
  const givenUp = async () => {
    for (let i = 0, quiet = 0; i < 60 && quiet < 10; i++) {
      const before = asked();
      await page.clock.runFor(1000);
      quiet = asked() === before && (await stage.getAttribute('data-pictures')) === 'missing' ? quiet + 1 : 0;
    }
    await expect(stage).toHaveAttribute('data-pictures', 'missing');
  };
  await openBrief(page, 'late-delivery');
  await expect(stage).toHaveAttribute('data-pictures', 'loading');
  await givenUp();
  // At least one round of 1 + retries requests (a load asked for after a round has failed starts another).
  expect(asked()).toBeGreaterThanOrEqual(1 + SPRITE_RETRY_MS.length);
  // The conversation does not wait for the faces (its box may ask for them once more, in vain).
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toBeVisible();
  await givenUp();
  // The connection drops and comes back: the faces are asked for again, and come.
  await page.unroute('**/frames.svg');
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await expect(stage).toHaveAttribute('data-pictures', 'ready');
});

test('a window resized while the connection is down waits for one round of tries, not one per size, and the faces come once it is back', async ({
  page,
}) => {
  const asked = await spritesFail(page);
  await page.clock.install();
  const stage = page.locator('#stage');
  const backing = () => page.locator('#stage-canvas canvas').evaluate((c: HTMLCanvasElement) => `${c.width}x${c.height}`);
  await openBrief(page, 'late-delivery');
  await expect(stage).toHaveAttribute('data-pictures', 'loading');
  // A phone's size, then larger windows: each new box asks for the faces at its size.
  for (const size of [
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 1280, height: 800 },
  ]) {
    const before = await backing();
    await page.setViewportSize(size);
    await expect.poll(backing).not.toBe(before);
  }
  // One round of tries, the waits between them included, and a second more.
  const round = SPRITE_RETRY_MS.reduce((sum, ms) => sum + ms, 0) + 1000;
  for (let ms = 0; ms < round; ms += 500) await page.clock.runFor(500);
  await expect(stage).toHaveAttribute('data-pictures', 'missing');
  expect(asked()).toBe(1 + SPRITE_RETRY_MS.length);
  // Back online, the faces are asked for at once, at the window's size, with no round left to wait out.
  await page.unroute('**/frames.svg');
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await expect(stage).toHaveAttribute('data-pictures', 'ready');
});

test('a face drawn from its customer’s sprite is, pixel for pixel, the face drawn from its own file', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('menu')).toBeVisible();
  const frames = FRAMES.map((f) => ({ file: portraitPath('woman-business', f), ...spriteCell(f) }));
  const differing = await page.evaluate(
    async ({ frames, sprite, cell }) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img;
      };
      const pixels = (draw: (g: CanvasRenderingContext2D) => void, px: number) => {
        const c = document.createElement('canvas');
        c.width = c.height = px;
        const g = c.getContext('2d')!;
        draw(g);
        return g.getImageData(0, 0, px, px).data;
      };
      const sheet = await load(sprite);
      const out: string[] = [];
      for (const f of frames) {
        const own = await load(f.file);
        for (const px of [128, 512]) {
          const a = pixels((g) => g.drawImage(own, 0, 0, px, px), px);
          const b = pixels((g) => g.drawImage(sheet, f.x, f.y, cell, cell, 0, 0, px, px), px);
          let off = 0;
          for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 2) off++;
          if (off > 0) out.push(`${f.file} at ${px}: ${off} values differ`);
        }
      }
      return out;
    },
    { frames, sprite: spritePath('woman-business'), cell: SPRITE.cell },
  );
  expect(differing).toEqual([]);
});

test('a box larger than the canvas may hold is drawn at fewer pixels, stretched over all of it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await setTextSpeed(page, 20);
  await openBrief(page, 'counter-shouting');
  await page.getByTestId('start').click();
  const seen = await drawn(page);
  const box = (await page.locator('#stage canvas').boundingBox())!;
  // The layout gives a desktop's stage far more than the canvas holds.
  expect(box.width * box.height).toBeGreaterThan(2 * MAX_BACKING_PIXELS);
  expect(seen.w * seen.h).toBeLessThanOrEqual(MAX_BACKING_PIXELS);
  expect(seen.w / seen.h).toBeCloseTo(box.width / box.height, 1);
  const frame = (await page.locator('#stage').boundingBox())!;
  expect(box).toEqual(frame);
  await page.locator('#stage').screenshot({ path: resolve(root, 'test-results/screenshots/stage-in-person-desktop.png') });
  // Made small again, it has a pixel for each of the box's.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('#stage canvas')!;
    return c.width === Math.floor(c.getBoundingClientRect().width) && c.height === Math.floor(c.getBoundingClientRect().height);
  });
  expect((await drawn(page)).colours).toBeGreaterThanOrEqual(8);
});

test('with reduced motion the customer keeps still between changes', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.locator('#stage')).toHaveAttribute('data-customer-state', 'idle');
  await drawn(page);
  // A picture arriving is a change the stage draws, however late: the watch starts once all have
  // come (one at a time, so no count of requests in flight can tell the last from a gap).
  await expect(page.locator('#stage')).toHaveAttribute('data-pictures', 'ready');
  // The idle face is drawn on the loop's next beat after the state changes (later on a busy
  // machine): wait for the canvas to hold still for several beats. A breathing customer never does.
  await page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas')!;
    let last = canvas.toDataURL();
    let since = performance.now();
    while (performance.now() - since < 800) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = canvas.toDataURL();
      if (now !== last) [last, since] = [now, performance.now()];
    }
  });
  // Then nothing may change: watched every frame for longer than a breath takes to show.
  const changes = await page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas')!;
    const first = canvas.toDataURL();
    let changed = 0;
    const until = performance.now() + 1500;
    while (performance.now() < until) {
      await new Promise((r) => requestAnimationFrame(r));
      if (canvas.toDataURL() !== first) changed++;
    }
    return changed;
  });
  expect(changes).toBe(0);
});

test('with reduced motion, a customer whose picture arrives after the stage has gone still is drawn when it comes', async ({ page }) => {
  // A slow connection: the portraits are held until the stage's loop has gone to sleep.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/portraits/**', async (route) => {
    await held;
    await route.continue();
  });
  await startHeld(page, 'late-delivery', 0);
  // Longer than the stage stays awake after its last change: nothing is drawn from here on
  // unless something wakes it.
  await page.clock.runFor(3_000);
  await expect(page.locator('#stage')).toHaveAttribute('data-customer-state', 'idle');
  const still = await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#stage canvas')!.toDataURL());
  release();
  await expect
    .poll(async () => {
      await page.clock.runFor(200);
      return page.evaluate((before) => document.querySelector<HTMLCanvasElement>('#stage canvas')!.toDataURL() !== before, still);
    })
    .toBe(true);
});

test('without reduced motion the customer breathes while waiting for a reply', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.locator('#stage')).toHaveAttribute('data-customer-state', 'idle');
  await drawn(page);
  const first = await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#stage canvas')!.toDataURL());
  await page.waitForFunction((first) => document.querySelector<HTMLCanvasElement>('#stage canvas')!.toDataURL() !== first, first, {
    polling: 100,
    timeout: 20_000,
  });
});
