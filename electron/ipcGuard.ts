/**
 * Every IPC handler goes through here: the message must come from the main frame of our own
 * renderer (app://keyplan, or the dev server while developing), and its payload must parse with
 * the channel's schema. Otherwise the call is rejected before the handler runs.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { isAppUrl } from './appOrigin';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

export class RejectedIpcMessage extends Error {
  constructor(channel: string, reason: string) {
    super(`Refused ${channel}: ${reason}`);
    this.name = 'RejectedIpcMessage';
  }
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function isTrustedSender(event: SenderEvent, devServerUrl: string | null): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  // Only the top-level document of our own renderer; never an iframe or another origin.
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}

export function handleValidated<S extends z.ZodType, R>(
  ipcMain: IpcMainLike,
  channel: string,
  schema: S,
  handler: (payload: z.output<S>, event: IpcMainInvokeEvent) => Promise<R> | R,
  devServerUrl: string | null,
): void {
  ipcMain.handle(channel, async (event, ...args) => {
    if (!isTrustedSender(event, devServerUrl)) throw new RejectedIpcMessage(channel, 'unknown sender');
    if (args.length !== 1) throw new RejectedIpcMessage(channel, 'expected exactly one argument');
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) throw new RejectedIpcMessage(channel, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return handler(parsed.data, event);
  });
}
