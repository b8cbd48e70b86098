/**
 * What a new workspace has done of its first steps (the team, a first account, its chain, the year's
 * plan), counting only the person's own records, not the sample's; and whether the sample is there.
 * Each answer stops at the first live record it finds, so a large workspace costs no more than an empty one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { isSampleId } from '../../../shared/sample/sampleWorkspace';
import { db } from '../db';
import { hasSample } from '../repositories/sampleRepository';

export interface FirstSteps {
  team: boolean;
  account: boolean;
  chain: boolean;
  plan: boolean;
  sample: boolean;
}

const own = (record: { id: string; deletedAt: string | null }) => record.deletedAt === null && !isSampleId(record.id);

export function useFirstSteps(year: number | undefined): FirstSteps | undefined {
  return useLiveQuery(async () => {
    const [team, account, chain, plan, sample] = await Promise.all([
      db.teamMembers.filter(own).first(),
      db.accounts.filter(own).first(),
      db.stakeholders.filter(own).first(),
      year === undefined ? Promise.resolve(undefined) : db.planRows.where('year').equals(year).filter(own).first(),
      hasSample(db),
    ]);
    return { team: team !== undefined, account: account !== undefined, chain: chain !== undefined, plan: plan !== undefined, sample };
  }, [year]);
}
