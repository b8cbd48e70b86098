/**
 * An account's short name for a bubble's label: the legal-form tail people do not say (（集团）有限公司,
 * 股份有限公司, Co., Ltd.) taken off, at most eight characters. The full name is on hover.
 */
const TAILS = [/[（(]集团[）)]/g, /股份有限公司$/, /有限责任公司$/, /有限公司$/, /集团公司$/, /,?\s*(Co\.,?\s*)?Ltd\.?$/i, /,?\s*Inc\.?$/i];

export function shortAccountName(name: string, max = 8): string {
  let short = name.trim();
  for (const tail of TAILS) short = short.replace(tail, '').trim();
  if (short === '') short = name.trim();
  return short.length > max ? `${short.slice(0, max - 1)}…` : short;
}
