/**
 * The screens that report on play, loaded together and only when first needed (a conversation
 * starting fetches them, so its debrief is ready): the debrief, the progress screen and the
 * trainer's cohort view, with their charts.
 */
import './report-screens.css';

export { showDebrief } from './screens/debrief-screen.ts';
export { showProgress } from './progress/progress-screen.ts';
export { showCohort } from './progress/cohort-screen.ts';
