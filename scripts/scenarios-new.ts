/**
 * `npm run scenarios:new -- <id> [--dir <folder>]`: writes <folder>/<id>.yaml (default
 * `scenarios/`), a valid, commented scenario to start from. Refuses an invalid id or an existing
 * file with a message and exit code 1, so nothing a trainer wrote is ever overwritten.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ID_PATTERN } from '../src/engine/index.ts';
import { scenarioTemplate } from './scenario-template.ts';

const USAGE = 'usage: npm run scenarios:new -- <id> [--dir <folder>]   (an id such as late-delivery)';

export interface NewScenarioResult {
  readonly code: 0 | 1;
  readonly message: string;
  /** The file written, when one was. */
  readonly file?: string;
}

/** Parses the arguments and writes the file; returns the exit code and what to tell the trainer. */
export function newScenario(args: readonly string[], cwd: string = process.cwd()): NewScenarioResult {
  let dir = 'scenarios';
  const ids: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dir') {
      const value = args[++i];
      if (value === undefined) return { code: 1, message: `--dir needs a folder\n${USAGE}` };
      dir = value;
    } else if (arg.startsWith('--dir=')) dir = arg.slice('--dir='.length);
    else if (arg.startsWith('-')) return { code: 1, message: `unknown option '${arg}'\n${USAGE}` };
    else ids.push(arg);
  }
  if (ids.length !== 1) return { code: 1, message: ids.length === 0 ? USAGE : `give one id, not ${ids.length}\n${USAGE}` };
  const id = ids[0]!.replace(/\.ya?ml$/i, '');
  // Leading or trailing hyphens pass the format's pattern but make poor file names.
  if (!ID_PATTERN.test(id) || id.startsWith('-') || id.endsWith('-') || id.length > 60) {
    return { code: 1, message: `'${id}' is not a valid scenario id: use lower-case letters, digits and hyphens, such as 'late-delivery'` };
  }
  const folder = resolve(cwd, dir);
  const file = join(folder, `${id}.yaml`);
  const shown = relative(cwd, file) || file;
  if (existsSync(file)) return { code: 1, message: `${shown} already exists; choose another id, or edit that file` };
  mkdirSync(folder, { recursive: true });
  // 'wx' fails rather than overwrite if the file appeared since the check above.
  // The editor finds the schema from wherever the file is written (the modeline is relative).
  const schema = relative(folder, resolve(cwd, 'public/scenario.schema.json')).replaceAll('\\', '/');
  writeFileSync(file, scenarioTemplate(id, { schema, file: shown.replaceAll('\\', '/') }), { encoding: 'utf8', flag: 'wx' });
  return { code: 0, file, message: `created ${shown}\nnext: edit it, then check it with  npm run scenarios:check -- ${shown}` };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = newScenario(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.message);
  process.exitCode = result.code;
}
