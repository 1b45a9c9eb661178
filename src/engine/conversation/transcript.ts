/**
 * A conversation as plain text a trainer can read: each customer line, the reply chosen, what it
 * scored and the coaching, then the ending and the scores against the best possible. Golden
 * transcripts of the best path are kept under tests/golden/ and checked by the tests.
 */
import { getNode } from '../scenario/build.ts';
import type { Scenario } from '../scenario/model.ts';
import { localize } from '../scenario/text.ts';
import { PRINCIPLES, type Language } from '../scenario/vocabulary.ts';
import type { ConversationResult } from './events.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Renders `result` of `scenario` in `lang` (falling back to the source language). */
export function transcript(scenario: Scenario, result: ConversationResult, lang: Language = scenario.source): string {
  const say = (text: Parameters<typeof localize>[0]) => localize(text, lang, scenario.source).text;
  const out: string[] = [
    `${say(scenario.title)} [${scenario.id}] (${scenario.channel}, difficulty ${scenario.difficulty})`,
    `Customer: ${say(scenario.customer.name)}, start mood ${result.startMood}`,
    '',
  ];
  result.steps.forEach((step, i) => {
    const node = getNode(scenario, step.nodeId);
    if (node?.kind !== 'decision') return;
    const choice = node.choices.find((c) => c.id === step.choiceId);
    const points = PRINCIPLES.filter((p) => step.score[p] !== 0).map((p) => `${p} ${signed(step.score[p])}`);
    out.push(`${i + 1}. [${node.id}] CUSTOMER: ${say(node.customer)}`);
    if (choice) out.push(`   YOU (${choice.id}): ${say(choice.text)}`);
    out.push(
      `   ${points.length ? points.join(', ') : 'no points'}; mood ${step.moodBefore} -> ${step.moodAfter}${step.interrupted ? '; INTERRUPTED' : ''}${step.late ? '; LATE' : ''}`,
    );
    if (choice?.feedback) out.push(`   COACHING: ${say(choice.feedback)}`);
  });
  const end = result.endNodeId === undefined ? undefined : getNode(scenario, result.endNodeId);
  out.push('');
  if (end) out.push(`[${end.id}] CUSTOMER: ${say(end.customer)}`);
  out.push(
    `ENDING: ${result.ending}${result.endedBy === 'mood' ? ' (mood reached 100)' : ''}${result.unwinnable ? ' (no path in this scenario is resolved)' : ''}`,
  );
  out.push(`SCORES: ${PRINCIPLES.map((p) => `${p} ${result.scores[p]}/${result.best[p]}`).join(', ')}`);
  return out.join('\n') + '\n';
}
