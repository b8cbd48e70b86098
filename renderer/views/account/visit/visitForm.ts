/**
 * The visit card's form values and the activity draft they make: the preparation (seed 000: the
 * pre-visit checklist, SPIN, FABE, objections, the commitment to aim for) and, once the visit has
 * happened, its record (what was learned, the commitment obtained, the next step, and the stance and
 * coverage learned per participant — kept only where they differ from the chain as it stands).
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { Activity, ChainUpdate } from '../../../../shared/domain/activity';
import type { ActivityDraft } from '../../../../shared/domain/activityRules';
import type { ActivityKind, ActivityPurpose, CallOutcome, CoverageLevel } from '../../../../shared/domain/codes';
import type { Stakeholder } from '../../../../shared/domain/stakeholder';

export interface FabeValues {
  id: string;
  product: string;
  feature: string;
  advantage: string;
  benefit: string;
  evidence: string;
}

export interface ObjectionValues {
  id: string;
  objection: string;
  answer: string;
}

export interface VisitValues {
  date: Dayjs | null;
  kind: ActivityKind;
  purpose: ActivityPurpose | null;
  stakeholderIds: string[];
  teamMemberIds: string[];
  outcome: CallOutcome | null;
  checklist: { customerInfo: boolean; competitorInfo: boolean; projectInfo: boolean; personalInfo: boolean };
  spin: { situation: string; problem: string; implication: string; needPayoff: string };
  fabe: FabeValues[];
  objections: ObjectionValues[];
  targetCommitment: string;
  summary: string;
  commitmentObtained: string;
  nextStep: string;
  nextStepDate: Dayjs | null;
  /** Per participant: the stance and coverage as learned at the visit. */
  updates: Record<string, { stance: number; coverage: CoverageLevel }>;
}

const day = (value: string | null) => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export function visitValues(visit: Activity | null, people: readonly Stakeholder[], plannedDate: string): VisitValues {
  const prep = visit?.preparation;
  const loadedUpdates = new Map((visit?.chainUpdates ?? []).map((u) => [u.stakeholderId, u]));
  const updates: VisitValues['updates'] = {};
  for (const p of people) {
    const u = loadedUpdates.get(p.id);
    updates[p.id] = { stance: u?.stance ?? p.stance, coverage: u?.coverage ?? p.coverage };
  }
  return {
    date: day(visit?.date ?? plannedDate),
    kind: visit?.kind ?? 'VISIT',
    purpose: visit?.purpose ?? null,
    stakeholderIds: visit?.stakeholderIds ?? [],
    teamMemberIds: visit?.teamMemberIds ?? [],
    outcome: visit?.outcome ?? null,
    checklist: prep?.checklist ?? { customerInfo: false, competitorInfo: false, projectInfo: false, personalInfo: false },
    spin: prep?.spin ?? { situation: '', problem: '', implication: '', needPayoff: '' },
    fabe: prep?.fabe ?? [],
    objections: prep?.objections ?? [],
    targetCommitment: prep?.targetCommitment ?? '',
    summary: visit?.summary ?? '',
    commitmentObtained: visit?.commitmentObtained ?? '',
    nextStep: visit?.nextStep ?? '',
    nextStepDate: day(visit?.nextStepDate ?? null),
    updates,
  };
}

/**
 * The activity to save. `recorded`: the visit has happened (planned = false; a date still ahead becomes
 * today). Chain updates: participants whose chosen stance or coverage differs from the chain now, plus
 * those the record already carried.
 */
export function visitDraft(values: VisitValues, accountId: string, loaded: Activity | null, people: readonly Stakeholder[], recorded: boolean, today: string): ActivityDraft {
  const chosenDate = iso(values.date) ?? today;
  const byId = new Map(people.map((p) => [p.id, p]));
  const carried = new Set((loaded?.chainUpdates ?? []).map((u) => u.stakeholderId));
  const chainUpdates: ChainUpdate[] = [];
  if (recorded) {
    for (const id of values.stakeholderIds) {
      const person = byId.get(id);
      const chosen = values.updates[id];
      if (!person || !chosen) continue;
      const stance = chosen.stance !== person.stance ? chosen.stance : null;
      const coverage = chosen.coverage !== person.coverage ? chosen.coverage : null;
      if (stance !== null || coverage !== null || carried.has(id)) chainUpdates.push({ stakeholderId: id, stance: stance ?? chosen.stance, coverage: coverage ?? chosen.coverage });
    }
  }
  const prep = loaded?.preparation;
  return {
    accountId,
    opportunityId: loaded?.opportunityId ?? null,
    date: recorded && chosenDate > today ? today : chosenDate,
    kind: values.kind,
    purpose: values.purpose,
    planned: !recorded,
    stakeholderIds: values.stakeholderIds,
    teamMemberIds: values.teamMemberIds,
    outcome: values.kind === 'CALL' ? values.outcome : null,
    summary: values.summary ?? '',
    nextStep: values.nextStep ?? '',
    nextStepDate: iso(values.nextStepDate),
    commitmentObtained: values.commitmentObtained ?? '',
    chainUpdates,
    preparation: {
      checklist: values.checklist,
      spin: values.spin,
      fabe: values.fabe ?? [],
      objections: values.objections ?? [],
      targetCommitment: values.targetCommitment ?? '',
      // Free text from files written before the structured fields: kept as it was.
      spinQuestions: prep?.spinQuestions ?? '',
      fabePoints: prep?.fabePoints ?? '',
      expectedObjections: prep?.expectedObjections ?? '',
    },
  };
}
