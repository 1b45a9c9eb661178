/**
 * uPlot and its stylesheet, in a chunk of their own: only the progress screen's chart loads them.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
