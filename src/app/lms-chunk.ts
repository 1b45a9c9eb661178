/**
 * Everything a launch by an LMS or with a learning record store needs, as one chunk loaded from
 * the first screen's code (lms-link.ts). One chunk on purpose: parts loaded from a lazily
 * loaded chunk, or shared between several, made the bundler split modules out of the first-load
 * chunk. Only @xapi/cmi5, which shares nothing with the game, loads on its own, for cmi5 alone.
 * The trainers' packaging screen (package-flow.ts) comes with it, for the same reason.
 */
export { launchLms } from '../lms/launch.ts';
export { connect as scorm } from '../lms/scorm-connect.ts';
export { connect as cmi5 } from '../lms/cmi5-connect.ts';
export { connect as lrs } from '../lms/lrs-connect.ts';
// The trainers' packaging screen shares most of its code with the launches: it lives here too.
export { packageTool } from './package-flow.ts';
