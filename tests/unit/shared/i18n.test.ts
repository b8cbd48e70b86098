import { describe, expect, it } from 'vitest';
import { resources, pickLanguage } from '../../../shared/i18n';
import { PROBLEM_CODES } from '../../../shared/fileFormat/problems';
import * as codes from '../../../shared/domain/codes';

/** The code groups the UI labels, and the enumeration each one labels. */
const LABELLED_GROUPS: Record<string, readonly (string | number)[]> = {
  tier: codes.ACCOUNT_TIERS,
  whitespaceStatus: codes.WHITESPACE_STATUSES,
  installmentStage: codes.INSTALLMENT_STAGES,
  serviceLevel: codes.SERVICE_LEVELS,
  developmentStage: codes.DEVELOPMENT_STAGES,
  purchasePattern: codes.PURCHASE_PATTERNS,
  lifecycleStage: codes.LIFECYCLE_STAGES,
  managementPhase: codes.MANAGEMENT_PHASES,
  urgency: codes.URGENCY_LEVELS,
  decisionProcessType: codes.DECISION_PROCESS_TYPES,
  procurementHabit: codes.PROCUREMENT_HABITS,
  barrierType: codes.BARRIER_TYPES,
  barrierStatus: codes.BARRIER_STATUSES,
  barrierStrategy: codes.BARRIER_STRATEGIES,
  teamRole: codes.TEAM_ROLES,
  powerLayer: codes.POWER_LAYERS,
  stakeholderFunction: codes.STAKEHOLDER_FUNCTIONS,
  buyingRole: codes.BUYING_ROLES,
  coachStrength: codes.COACH_STRENGTHS,
  stance: codes.STANCES,
  coverage: codes.COVERAGE_LEVELS,
  linkKind: codes.INFLUENCE_LINK_KINDS,
  matrixQuadrant: codes.MATRIX_QUADRANTS,
  funnelStage: codes.FUNNEL_STAGES,
  purchaseScene: codes.PURCHASE_SCENES,
  activityKind: codes.ACTIVITY_KINDS,
  activityPurpose: codes.ACTIVITY_PURPOSES,
  callOutcome: codes.CALL_OUTCOMES,
};

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

describe('language resources', () => {
  const zh = leaves(resources['zh-CN']);
  const en = leaves(resources.en);

  it('zh-CN and en have exactly the same keys, none empty', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)(?:\s*,[^}]*)?\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of en) expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('translate every problem code', () => {
    for (const code of PROBLEM_CODES) {
      expect(en.has(`problems.${code}`), code).toBe(true);
    }
  });

  it('label every code of every labelled enumeration, and nothing else', () => {
    for (const [group, values] of Object.entries(LABELLED_GROUPS)) {
      const labelled = [...en.keys()].filter((key) => key.startsWith(`codes.${group}.`)).map((key) => key.slice(`codes.${group}.`.length));
      expect(labelled.sort(), group).toEqual(values.map(String).sort());
    }
    const groups = new Set([...en.keys()].filter((key) => key.startsWith('codes.')).map((key) => key.split('.')[1]));
    expect([...groups].sort()).toEqual(Object.keys(LABELLED_GROUPS).sort());
  });

  it('the Chinese texts are Chinese', () => {
    expect(zh.get('nav.accounts')).toBe('客户');
    expect(zh.get('codes.tier.STRATEGIC')).toBe('战略客户');
  });

  it('first start follows the system language', () => {
    expect(pickLanguage(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(pickLanguage(['zh-TW'])).toBe('zh-CN');
    expect(pickLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
