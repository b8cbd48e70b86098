/**
 * What a person asks of a review pack: scope, plan year, redaction, sections and formats. The PDF
 * report is a page of its own (report.html) that reads the request from its address, so the
 * request is checked there like any other input: a hand-edited address cannot ask for what the
 * dialog cannot.
 */
import { z } from 'zod';
import { isoDateSchema } from '../domain/common';
import { LANGUAGES } from '../i18n/languages';

export const REVIEW_SECTIONS = ['cover', 'summary', 'matrix', 'accounts', 'risks'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

export const REVIEW_FORMATS = ['pdf', 'pptx', 'xlsx'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('owner'), ownerId: z.string().max(100).nullable() }),
  z.object({ kind: z.literal('accounts'), accountIds: z.array(z.string().max(100)).max(10_000) }),
]);

export const reviewRequestSchema = z.object({
  scope: scopeSchema,
  year: z.number().int().min(2000).max(2100),
  redaction: z.object({ personalFiles: z.boolean(), contacts: z.boolean(), hideCoaches: z.boolean() }),
  sections: z.array(z.enum(REVIEW_SECTIONS)).max(REVIEW_SECTIONS.length),
  today: isoDateSchema,
  language: z.enum(LANGUAGES),
  /** Who prepared the pack, for the cover. */
  preparedBy: z.string().max(100).default(''),
  /**
   * Each chain's changes are told since its latest snapshot taken on or before this day (the last
   * review meeting, say); null: since its latest snapshot.
   */
  compareBefore: isoDateSchema.nullable().default(null),
  /** The deck's appendix after its meeting slides: every other account, opportunities and money, all risks. */
  deckAppendix: z.boolean().default(false),
});

export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** The request as the report page's address fragment (UTF-8 JSON, base64url: names may be Chinese). */
export function encodeReviewRequest(request: ReviewRequest): string {
  const bytes = new TextEncoder().encode(JSON.stringify(request));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The request in an address fragment, or null when it is not one the dialog could have made. */
export function decodeReviewRequest(fragment: string): ReviewRequest | null {
  try {
    const base64 = fragment.replace(/^#/, '').replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed = reviewRequestSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
