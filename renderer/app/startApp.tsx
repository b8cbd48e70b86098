/**
 * Mounts the app once the interface's words are there. Its own chunk (React's renderer, antd, the
 * views' shell): main.tsx asks for it at the same moment as the words and the storage, so the three
 * are fetched together and each is evaluated in a task of its own.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';

export function startApp(container: HTMLElement): void {
  const root = createRoot(container);
  // A transition renders in slices, so the first render is not one long task.
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppRoot />
      </StrictMode>,
    );
  });
}
