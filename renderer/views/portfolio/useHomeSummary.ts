/**
 * The home's figures, computed by the home worker from the records it reads there. The worker is
 * started with the first home and kept for the window (starting it again costs its script load); it
 * stops reading while no home is shown.
 */
import { startTransition, useEffect, useState } from 'react';
import type { HomeWorkerRequest, HomeWorkerResponse } from '../../workers/homeWorkerProtocol';
import type { HomeSummary } from '../../../shared/methods/homeSummary';

let worker: Worker | null = null;
/**
 * The last summary shown, shown again when the home opens while the worker reads the records anew:
 * at 100,000 records that takes seconds, and last minute's figures are better than empty cards.
 */
let last: { today: string; summary: HomeSummary } | null = null;

function homeWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/homeWorker.ts', import.meta.url), { type: 'module', name: 'keyplan-home' });
  return worker;
}

export function useHomeSummary(today: string, onError: (error: unknown) => void): HomeSummary {
  const [summary, setSummary] = useState<HomeSummary>(() => (last?.today === today ? last.summary : {}));
  useEffect(() => {
    const target = homeWorker();
    const send = (request: HomeWorkerRequest) => target.postMessage(request);
    const onMessage = (event: MessageEvent<HomeWorkerResponse>) => {
      const message = event.data;
      if (message.type === 'summary') {
        // A part the worker has not read yet in this watch keeps the figure shown before.
        const fresh = Object.fromEntries(Object.entries(message.summary).filter(([, value]) => value !== undefined)) as HomeSummary;
        // A transition: the home's cards (dozens of antd components at once, after an import) are
        // rendered in slices that let the window paint and take input, not in one long task.
        startTransition(() =>
          setSummary((shown) => {
            const next = { ...shown, ...fresh };
            last = { today, summary: next };
            return next;
          }),
        );
      } else onError(new Error(message.reason));
    };
    const onFailure = (event: ErrorEvent) => onError(new Error(event.message || 'The home worker stopped unexpectedly'));
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onFailure);
    send({ type: 'watch', today });
    return () => {
      send({ type: 'stop' });
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onFailure);
    };
  }, [onError, today]);
  return summary;
}
