/**
 * The window's close (or a reload) while the page says it holds unsaved typing: the renderer's
 * beforeunload handler asks to stay, and Electron then cancels the close silently. This asks the
 * person instead, in their language: leave (the close goes on) or stay (the window stays, typing
 * intact). Plain module: the dialog is a parameter, so it is unit-tested without Electron.
 */
import type { Messages } from '../shared/i18n';

export interface UnloadGuardDeps {
  /** Shows a native question; resolves with the index of the button chosen. */
  ask: (question: { type: 'question'; buttons: string[]; defaultId: number; cancelId: number; title: string; message: string; detail: string }) => number;
  messages: () => Messages;
}

interface PreventableEvent {
  preventDefault(): void;
}

export function guardUnload(contents: { on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown }, deps: UnloadGuardDeps): void {
  contents.on('will-prevent-unload', (event) => {
    const text = deps.messages().unsaved;
    const choice = deps.ask({
      type: 'question',
      buttons: [text.leave, text.stay],
      defaultId: 1,
      cancelId: 1,
      title: text.title,
      message: text.title,
      detail: text.detail,
    });
    // preventDefault on this event ignores the page's request to stay: the window closes.
    if (choice === 0) event.preventDefault();
  });
}
