/**
 * A SCORM session: initialises with the LMS, reads what it knows (the learner's language and audio
 * preferences, a conversation to resume), and reports each conversation as it is played: an
 * interaction per reply and the suspend data after every action, then the score, status and
 * objectives when it ends; session time, commit and finish when the learner leaves. Writes the
 * LMS refuses are retried where the standard allows (its general failures), the others reported.
 */
import { bestPathFrom, getNode, localize, type Language, type Runner } from '../engine/index.ts';
import { lmsScore, LMS_MASTERY, objectiveScores } from '../engine/lms/score.ts';
import { CMI, replyWrites, resultWrites, sessionTimeWrite, SUSPEND_LIMIT, type CmiWrite } from '../engine/lms/scorm-data.ts';
import { decodeSuspend, encodeSuspend, type SuspendedConversation } from '../engine/lms/suspend.ts';
import { matchLanguage } from '../i18n/negotiate.ts';
import type { AttemptReporter } from '../app/progress-keeper.ts';
import type { Notices } from './notice.ts';
import type { LmsError, ScormApi } from './scorm-api.ts';

/** Error codes that say the LMS failed for now (general failures), not that the write was wrong. */
const RETRYABLE = new Set([101, 351, 391]);
const MAX_TRIES = 5;

export interface ScormDeps {
  readonly now: () => number;
  readonly after: (ms: number, fn: () => void) => void;
  readonly notices: Notices;
}

export interface ScormStart {
  readonly lang?: Language;
  readonly muted?: boolean;
  readonly resume?: SuspendedConversation;
}

export class ScormSession implements AttemptReporter {
  private readonly cmi: Readonly<Record<string, string>>;
  private readonly queue: { write: CmiWrite; tries: number }[] = [];
  private commitWanted = false;
  private flushing = false;
  private interactions = 0;
  private objectives = new Map<string, number>();
  private best = -1;
  private mastery = LMS_MASTERY;
  private startedAt = 0;
  private finished = false;
  private commitTries = 0;

  constructor(private readonly api: ScormApi, private readonly deps: ScormDeps) {
    this.cmi = CMI[api.version];
  }

  /** Initialises; undefined when the LMS refuses (the learner is told, and the game plays on its own). */
  start(): ScormStart | undefined {
    if (!this.api.initialize()) {
      this.deps.notices.tell('notStarted', describe(this.api.lastError()));
      return undefined;
    }
    this.startedAt = this.deps.now();
    const read = (el: string) => {
      const v = this.api.get(el);
      return this.api.lastError().code === 0 ? v : '';
    };
    this.interactions = Number(read('cmi.interactions._count')) || 0;
    const count = Number(read('cmi.objectives._count')) || 0;
    for (let i = 0; i < count; i++) this.objectives.set(read(`cmi.objectives.${i}.id`), i);
    const raw = read(`${this.cmi['score']}.raw`);
    this.best = raw === '' ? -1 : Number(raw);
    const mastery = Number(read(this.cmi['mastery']!));
    // SCORM 1.2's mastery score is 0–100; 2004's scaled passing score 0–1.
    if (read(this.cmi['mastery']!) !== '' && Number.isFinite(mastery)) this.mastery = this.api.version === '1.2' ? mastery / 100 : mastery;
    const status = read(this.cmi['status']!);
    if (['not attempted', 'unknown', ''].includes(status)) this.write([[this.cmi['status']!, 'incomplete']]);
    this.write([[this.cmi['exit']!, 'suspend']], true);
    const audio = read(this.cmi['audio']!);
    const resume = read(this.cmi['entry']!) === 'resume' ? decodeSuspend(read(this.cmi['suspend']!)) : undefined;
    const lang = matchLanguage(read(this.cmi['language']!));
    // 1.2: -1 is off; 2004: an audio level of 0 is silence.
    const muted = audio === '' ? undefined : this.api.version === '1.2' ? (audio === '-1' ? true : Number(audio) > 0 ? false : undefined) : Number(audio) === 0;
    return { ...(lang ? { lang } : {}), ...(muted === undefined ? {} : { muted }), ...(resume ? { resume } : {}) };
  }

  follow(runner: Runner, lang: Language): () => void {
    let saved = -1;
    const scenario = runner.scenario;
    return runner.subscribe((e) => {
      if (e.type === 'reply') {
        const best = bestPathFrom(scenario, e.step.nodeId, e.step.moodBefore, 'total')?.steps[0]?.choiceId ?? e.step.choiceId;
        const node = getNode(scenario, e.step.nodeId);
        const line = node ? localize(node.customer, lang, scenario.source) : undefined;
        this.write(replyWrites(this.api.version, this.interactions++, { ...e.step, bestChoiceId: best, ...(line ? { line: line.text, lang: line.lang } : { lang }) }), true);
      }
      if (e.type === 'ended') {
        const score = lmsScore(e.result, this.mastery);
        // The LMS keeps the learner's best result: a worse play adds its replies, not its score.
        if (score.raw >= this.best) {
          this.best = score.raw;
          this.write(resultWrites(this.api.version, score, objectiveScores(e.result, this.mastery), (id) => this.objectiveIndex(id)));
        }
        this.write([[this.cmi['suspend']!, ''], [this.cmi['exit']!, this.api.version === '1.2' ? '' : 'normal']], true);
        return;
      }
      if (runner.actions.length === saved || runner.state.phase === 'ended') return;
      saved = runner.actions.length;
      this.write([[this.cmi['suspend']!, encodeSuspend({ scenarioId: scenario.id, lang, actions: runner.actions }, SUSPEND_LIMIT[this.api.version])], [this.cmi['exit']!, 'suspend']]);
    });
  }

  /** The learner leaves: session time, commit, finish (once). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.write([sessionTimeWrite(this.api.version, this.deps.now() - this.startedAt)], true);
    this.flush(true);
    if (!this.api.finish()) this.deps.notices.tell('notSaved', describe(this.api.lastError()));
  }

  private objectiveIndex(id: string): number {
    let i = this.objectives.get(id);
    if (i === undefined) this.objectives.set(id, (i = this.objectives.size));
    return i;
  }

  private write(writes: readonly CmiWrite[], commit = false): void {
    for (const write of writes) this.queue.push({ write, tries: 0 });
    this.commitWanted ||= commit;
    this.flush();
  }

  /** Sends what is queued, in order; on a general failure waits and tries again (not when leaving). */
  private flush(leaving = false): void {
    if (this.flushing && !leaving) return;
    while (this.queue.length) {
      const next = this.queue[0]!;
      if (this.api.set(next.write[0], next.write[1])) {
        this.queue.shift();
        continue;
      }
      const error = this.api.lastError();
      if (RETRYABLE.has(error.code) && ++next.tries < MAX_TRIES && !leaving) return this.retryLater(error, next.tries);
      this.queue.shift();
      this.deps.notices.tell(RETRYABLE.has(error.code) ? 'notSaved' : 'refused', `${next.write[0]}: ${describe(error)}`);
      this.dropInteraction(next.write[0]);
    }
    if (!this.commitWanted) return;
    if (this.api.commit()) {
      this.commitWanted = false;
      this.commitTries = 0;
      return;
    }
    const error = this.api.lastError();
    this.commitTries++;
    if (RETRYABLE.has(error.code) && this.commitTries < MAX_TRIES && !leaving) return this.retryLater(error, this.commitTries);
    this.commitWanted = false;
    this.deps.notices.tell('notSaved', describe(error));
  }

  /**
   * An interaction whose id the LMS would not take does not exist there: its other writes are
   * dropped (they were told as part of it) and the ones after it move down one place, since an
   * LMS takes interactions only at the next free index.
   */
  private dropInteraction(element: string): void {
    const gone = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
    if (!gone) return;
    const n = Number(gone[1]);
    const kept = this.queue.filter((q) => !q.write[0].startsWith(`cmi.interactions.${n}.`));
    this.queue.length = 0;
    for (const q of kept) {
      const later = /^cmi\.interactions\.(\d+)\.(.*)$/.exec(q.write[0]);
      this.queue.push(later && Number(later[1]) > n ? { ...q, write: [`cmi.interactions.${Number(later[1]) - 1}.${later[2]}`, q.write[1]] } : q);
    }
    this.interactions--;
  }

  private retryLater(error: LmsError, tries: number): void {
    this.flushing = true;
    this.deps.notices.tell('notSaved', describe(error));
    this.deps.after(500 * 2 ** (tries - 1), () => {
      this.flushing = false;
      this.flush();
    });
  }
}

/** "error 101: General exception (the LMS's diagnostic)", in the LMS's own words. */
export function describe(e: LmsError): string {
  return `error ${e.code}${e.text ? `: ${e.text}` : ''}${e.diagnostic && e.diagnostic !== e.text ? ` (${e.diagnostic})` : ''}`;
}
