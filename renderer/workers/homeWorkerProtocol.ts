/** Messages between the home and the home worker, which reads the records and sends only what is shown. */
import type { HomeSummary } from '../../shared/methods/homeSummary';

export type HomeWorkerRequest =
  /** Start (or restart, for another day) following the workspace; a summary is sent after every change. */
  | { type: 'watch'; today: string }
  /** The home is closed: stop reading and let go of the records. */
  | { type: 'stop' };

export type HomeWorkerResponse = { type: 'summary'; summary: HomeSummary } | { type: 'failed'; reason: string };
