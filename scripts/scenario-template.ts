/**
 * The scenario that `npm run scenarios:new` writes: small, complete, valid with no warnings (design
 * warnings included: partial credit, no length tell, its difficulty as declared, no mistake that
 * pays), and commented so that a trainer can learn the format by editing it.
 */

/** "late-delivery" → "Late delivery": a placeholder title until the trainer writes one. */
function titleFromId(id: string): string {
  const words = id.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where the new file's comments point: for a file in `scenarios/`, the defaults. */
export interface TemplatePaths {
  /** The JSON Schema, relative to the new file's folder. */
  readonly schema: string;
  /** The new file, as `npm run scenarios:check` is given it from the project folder. */
  readonly file: string;
}

/**
 * The YAML text of a new scenario with this id: English only, the other languages explained in
 * comments. `scenarios:check` reports no diagnostic on it (a unit test proves it).
 */
export function scenarioTemplate(
  id: string,
  paths: TemplatePaths = { schema: '../public/scenario.schema.json', file: `scenarios/${id}.yaml` },
): string {
  return `# yaml-language-server: $schema=${paths.schema}
#
# A new scenario, ready to edit: replace the story, keep the shape. The guide is docs/authoring.md.
# Check your work as you go:   npm run scenarios:check -- ${paths.file}
#
# Every text here is a map of language to text, in English (en) only. To add a language (vi, ja,
# zh-CN or ko), list it in 'languages', then give every text a line in it:
#     title:
#       en: "The late delivery"
#       ja: "遅れた配送"
# Until every text has it, the checker warns which texts are missing (SCN050).

id: ${id}                # must equal the file name without .yaml
format: 1                # the version of this format: always 1
source: en               # the language you write first; every text must have it
languages: [en]          # the languages this scenario is complete in, e.g. [en, vi, ja, zh-CN, ko]
title:
  en: "${titleFromId(id)}"
brief:                   # shown before play: the situation in two or three sentences
  en: "You answer the billing line. Ms Rivera has been charged twice for her subscription this month, and she has waited twenty minutes on hold to say so."
channel: phone           # phone | email | chat | in-person
difficulty: 1            # 1 starter, 2 standard, 3 hard
customer:
  name:
    en: "Ms Rivera"
  mood: 60               # the start mood: 0 calm … 100 furious; at 100 the contact ends as lost
  portrait: woman-young  # optional: man-/woman- + older, retired, young, student, parent, worker, sporty, business
tags: [billing, draft]   # optional labels for your own sorting
start: opening           # the node the contact starts at

# Each node is one thing the customer says, then either 2 to 6 replies (choices) or an ending.
# Node ids use lower-case letters, digits and hyphens. Every path must end (no loops), and every
# node must be reached from 'start'.
#
# Make the learner think (the checker's design warnings, SCN060-SCN063, in docs/authoring.md):
# - give most decisions a partly right reply besides the best one, not one right answer;
# - vary the lengths: a wrong reply can be long and polished, a best reply short;
# - never let a mistake pay: a path through a wrong reply must not out-score the right one;
# - declare the difficulty the scenario plays at (the author view shows the estimate).
nodes:
  opening:
    customer:
      en: "I've just looked at my bank statement and you've charged me twice this month! Twice! And I've been on hold for twenty minutes to tell you—"
    venting: true        # still venting: replying before the line has finished is interrupting (listen -1, mood +10)
    # shuffle: false     # replies are shown in random order unless you say false
    # voice: { en: audio/${id}/opening-en.mp3 }   # optional recorded line, a file under public/
    choices:
      - id: acknowledge  # optional; unique within the node
        text:
          en: "I'm sorry you had to wait so long. Tell me what you see on the statement."
        score: { listen: 1, empathy: 1, calm: 1 }   # principles listen, empathy, honesty, calm; each -3 to 3
        mood: -10                                   # change to her mood, -50 to 50
        feedback:                                   # coaching in the debrief: why this reply helps or hurts
          en: "Empathy: the wait comes first, then a question that lets her tell it her way."
        next: recap
      - id: account-number
        text:
          en: "Can I take your account number, please?"
        score: { listen: 1 }
        feedback:
          en: "Listen: you will need the number, but asking for it first tells her the form matters more than she does."
        next: recap
      - id: calm-down
        text:
          en: "Please calm down, madam. I'm sure there's a perfectly simple explanation for all of this."
        score: { empathy: -2, calm: -1 }
        mood: 15
        feedback:
          en: "Empathy: 'calm down' talks down to her and treats her complaint as an attack."
        next: recap
  recap:
    customer:
      en: "Two charges of 12.99, both on the third. So? What are you going to do about it?"
    choices:
      - id: check-back
        text:
          en: "So, two charges of 12.99 on the third, for one month. Is that right?"
        score: { listen: 2, empathy: 1 }
        mood: -10
        feedback:
          en: "Listen: recap the complaint and check it, so she knows you understood."
        next: apology
      - id: look-up
        text:
          en: "Let me look at your account."
        score: { listen: 1 }
        feedback:
          en: "Listen: checking is right, but she has not heard that you understood."
        next: apology
      - id: guess
        text:
          en: "That will be last week's system update. It has happened to a few customers, and it always sorts itself out."
        score: { listen: -1, honesty: -2 }
        mood: 10
        feedback:
          en: "Honesty: guessing and blaming the system is an excuse. Ask, and check."
        next: apology
  apology:
    narration:           # optional stage direction, shown in italics
      en: "She sighs."
    customer:
      en: "Yes. That's exactly it."
    choices:
      - id: own-it
        text:
          en: "I'm sorry, that's our mistake. I'm refunding the second charge now; you'll have it within three working days."
        score: { empathy: 2, honesty: 2 }
        mood: -25
        feedback:
          en: "Honesty: apologise for the company without excuses, and give a real deadline you can keep."
        next: resolved
      - id: transfer
        text:
          en: "Refunds are handled by our billing department, so I'll transfer you to them now; they will be able to sort it out properly for you."
        score: { empathy: -1, honesty: -1 }
        mood: 20
        feedback:
          en: "Honesty: passing the buck after a long wait makes it worse. Check it while she is still on the line."
        next: escalated
  resolved:
    customer:
      en: "Thank you. That's all I wanted."
    ending: resolved     # resolved | escalated | lost | ended (you ended an abusive contact)
  escalated:
    customer:
      en: "Another transfer? Put me through to your manager."
    ending: escalated
`;
}
