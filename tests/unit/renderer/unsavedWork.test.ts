import { describe, expect, it } from 'vitest';
import { hasUnsavedWork, installUnloadGuard, registerUnsavedCheck, trackSave } from '../../../renderer/session/unsavedWork';

/** A window and an unload event reduced to what installUnloadGuard touches (the DOM types carry far more). */
function fakeWindow() {
  let handler: ((event: BeforeUnloadEvent) => void) | null = null;
  return {
    target: { addEventListener: (_type: string, h: (event: BeforeUnloadEvent) => void) => (handler = h) } as unknown as Window,
    /** True when the page asked the browser to confirm leaving. */
    unload: () => {
      let asked = false;
      handler?.({ preventDefault: () => (asked = true), returnValue: undefined } as unknown as BeforeUnloadEvent);
      return asked;
    },
  };
}

describe('typing is never lost to a reload or a close without a word', () => {
  it('asks while an editor holds unsaved typing or a save is in flight, and not otherwise', async () => {
    const { target, unload } = fakeWindow();
    installUnloadGuard(target);
    expect(unload()).toBe(false);

    let typing = true;
    const unregister = registerUnsavedCheck(() => typing);
    expect(unload()).toBe(true);
    typing = false;
    expect(unload()).toBe(false);
    unregister();

    let finish: () => void = () => undefined;
    const save = trackSave(new Promise<void>((resolve) => (finish = resolve)));
    expect(hasUnsavedWork()).toBe(true);
    expect(unload()).toBe(true);
    finish();
    await save;
    expect(unload()).toBe(false);
  });
});
