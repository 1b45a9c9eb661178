/**
 * The trainers' screens, loaded together and only when a trainer opens them: the list of files
 * with its tools, and a scenario's map with its layout engine. No learner downloads them.
 */
export { showTrainers } from './screens/trainers-screen.ts';
export { showAuthor, type AuthorActions } from './screens/author-screen.ts';
