/**
 * Reusable field schemas whose failure messages are problem codes (see fileFormat/problems.ts),
 * so the same rule produces a translated message in a form and in an import report.
 */
import { z } from 'zod';
import { isoDateSchema, moneySchema } from './common';

/** An integer in [min, max]; both bounds are reported together ("must be between -2 and 2"). */
export function boundedInt(min: number, max: number) {
  const message = `out_of_range:${min}:${max}`;
  return z.number().int({ message: 'not_integer' }).min(min, { message }).max(max, { message });
}

export const optionalDate = isoDateSchema.nullable().default(null);
export const optionalMoney = moneySchema.nullable().default(null);
export const optionalCount = z.number().int({ message: 'not_integer' }).min(0).max(Number.MAX_SAFE_INTEGER).nullable().default(null);
export const text = (max = 200) => z.string().trim().max(max).default('');
export const note = (max = 20_000) => z.string().max(max).default('');
export const requiredName = (max = 200) => z.string().trim().min(1, { message: 'required' }).max(max);

/** Names compared as people read them: "CRM 套件" and "crm套件 " are one name. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
