/**
 * A SCORM session: initialises with the LMS, reads what it knows (the learner's language and audio
 * preferences, a conversation to resume), and reports each conversation as it is played: an
 * interaction per reply and the suspend data after every action, then the score, status and
 * objectives when it ends; session time, commit and finish when the learner leaves. Writes the
 * LMS refuses are retried where the standard allows, the others reported (src/lms/cmi-writer.ts).
 */
import { bestPathFrom, getNode, localize, type Language, type Runner } from '../engine/index.ts';
import { lmsScore, LMS_MASTERY, objectiveScores } from '../engine/lms/score.ts';
import { CMI, replyWrites, resultWrites, sessionTimeWrite, SUSPEND_LIMIT, type CmiWrite } from '../engine/lms/scorm-data.ts';
import { decodeSuspend, encodeSuspend, type SuspendedConversation } from '../engine/lms/suspend.ts';
import { matchLanguage } from '../i18n/negotiate.ts';
import type { AttemptReporter } from '../engine/progress/index.ts';
import type { ScormApi } from './scorm-api.ts';
import { CmiWriter, describe, type WriterDeps } from './cmi-writer.ts';

export interface ScormDeps extends WriterDeps {
  readonly now: () => number;
}

export interface ScormStart {
  readonly lang?: Language;
  readonly muted?: boolean;
  readonly resume?: SuspendedConversation;
}

export class ScormSession implements AttemptReporter {
  private readonly cmi: Readonly<Record<string, string>>;
  private readonly writer: CmiWriter;
  private interactions = 0;
  private objectives = new Map<string, number>();
  private best = -1;
  private mastery = LMS_MASTERY;
  private startedAt = 0;
  private finished = false;

  constructor(
    private readonly api: ScormApi,
    private readonly deps: ScormDeps,
  ) {
    this.cmi = CMI[api.version];
    // An interaction the LMS would not take frees its index for the next.
    this.writer = new CmiWriter(api, deps, () => this.interactions--);
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
    const muted =
      audio === ''
        ? undefined
        : this.api.version === '1.2'
          ? audio === '-1'
            ? true
            : Number(audio) > 0
              ? false
              : undefined
          : Number(audio) === 0;
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
        this.write(
          replyWrites(this.api.version, this.interactions++, {
            ...e.step,
            bestChoiceId: best,
            ...(line ? { line: line.text, lang: line.lang } : { lang }),
          }),
          true,
        );
      }
      if (e.type === 'ended') {
        const score = lmsScore(e.result, this.mastery);
        // The LMS keeps the learner's best result: a worse play adds its replies, not its score.
        if (score.raw >= this.best) {
          this.best = score.raw;
          this.write(resultWrites(this.api.version, score, objectiveScores(e.result, this.mastery), (id) => this.objectiveIndex(id)));
        }
        this.write(
          [
            [this.cmi['suspend']!, ''],
            [this.cmi['exit']!, this.api.version === '1.2' ? '' : 'normal'],
          ],
          true,
        );
        return;
      }
      if (runner.actions.length === saved || runner.state.phase === 'ended') return;
      saved = runner.actions.length;
      this.write([
        [this.cmi['suspend']!, encodeSuspend({ scenarioId: scenario.id, lang, actions: runner.actions }, SUSPEND_LIMIT[this.api.version])],
        [this.cmi['exit']!, 'suspend'],
      ]);
    });
  }

  /** The learner leaves: session time, commit, finish (once). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.write([sessionTimeWrite(this.api.version, this.deps.now() - this.startedAt)], true);
    this.writer.flush(true);
    if (!this.api.finish()) this.deps.notices.tell('notSaved', describe(this.api.lastError()));
  }

  private objectiveIndex(id: string): number {
    let i = this.objectives.get(id);
    if (i === undefined) this.objectives.set(id, (i = this.objectives.size));
    return i;
  }

  private write(writes: readonly CmiWrite[], commit = false): void {
    this.writer.write(writes, commit);
  }
}
