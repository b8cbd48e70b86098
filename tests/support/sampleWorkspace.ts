/**
 * Deterministic workspaces for tests and benchmarks: fixed ids and timestamps, Chinese text, every
 * table filled, references valid. `recordsPerAccount` controls the size (the 100k benchmark uses
 * 2,000 accounts × 50 records).
 */
import { accountSchema } from '../../shared/domain/account';
import { activitySchema } from '../../shared/domain/activity';
import { chartSnapshotSchema } from '../../shared/domain/chartSnapshot';
import { contractSchema } from '../../shared/domain/contract';
import { opportunitySchema } from '../../shared/domain/opportunity';
import { planRowSchema } from '../../shared/domain/planRow';
import { renewalSchema, whitespaceCellSchema } from '../../shared/domain/renewal';
import { defaultSettings } from '../../shared/domain/settings';
import { influenceLinkSchema, stakeholderSchema } from '../../shared/domain/stakeholder';
import { competitorSchema, teamMemberSchema } from '../../shared/domain/team';
import type { WorkspaceData, WorkspaceTables } from '../../shared/domain/workspace';
import { emptyTables } from '../../shared/domain/workspace';
import type { WorkspaceEnvelope } from '../../shared/fileFormat/envelope';
import { CURRENT_FORMAT_VERSION, WORKSPACE_FORMAT } from '../../shared/fileFormat/envelope';

const T0 = '2026-01-05T08:00:00.000Z';
const pad = (n: number, width = 6) => String(n).padStart(width, '0');
const base = (id: string) => ({ id, createdAt: T0, updatedAt: T0 });

const INDUSTRIES = ['制造业', '金融', '能源', '医疗', '教育', '政府'];
const REGIONS = ['华东', '华北', '华南', '西南'];
const TIERS = ['STRATEGIC', 'TOP', 'KEY', 'REGULAR'] as const;
const ROLES = ['EB', 'UB', 'TB', 'COACH', 'NONE'] as const;

export interface SampleOptions {
  accounts: number;
  /** Stakeholders per account (the first reports to nobody, the rest form a tree). */
  stakeholders?: number;
  opportunities?: number;
  activities?: number;
  planRows?: number;
  /** Also fill the smaller tables (links, competitors, contracts, renewals, whitespace, snapshots). */
  everyTable?: boolean;
}

export function buildSampleWorkspace(options: SampleOptions): WorkspaceData {
  const tables = emptyTables();
  const { accounts, stakeholders = 3, opportunities = 1, activities = 1, planRows = 1, everyTable = true } = options;
  tables.teamMembers.push(
    teamMemberSchema.parse({ ...base('tm-000001'), name: '王经理', role: 'ACCOUNT_MANAGER', capacity: 20 }),
    teamMemberSchema.parse({ ...base('tm-000002'), name: '李工', role: 'SOLUTION_MANAGER' }),
  );
  for (let a = 1; a <= accounts; a += 1) {
    const accountId = `acc-${pad(a)}`;
    tables.accounts.push(
      accountSchema.parse({
        ...base(accountId),
        name: `示例客户${a}号（集团）有限公司`,
        industry: INDUSTRIES[a % INDUSTRIES.length],
        region: REGIONS[a % REGIONS.length],
        tier: TIERS[a % TIERS.length],
        ownerId: 'tm-000001',
        lifecycleStage: 'FORMATION',
        information: { headcount: 1000 + a, revenue: 500_000_000 + a, mainBusiness: '智能制造与工业软件', founded: '2008-06-18' },
        barriers: [{ id: `bar-${pad(a)}`, type: 'SHORTLIST', description: '需先入围集采名录', strategy: 'ATTACK' }],
        purchases: [{ id: `pur-${pad(a)}`, date: '2025-12-01', amount: 2_000_000 }],
      }),
    );
    const personIds: string[] = [];
    for (let s = 1; s <= stakeholders; s += 1) {
      const id = `sh-${pad(a)}-${pad(s, 3)}`;
      personIds.push(id);
      tables.stakeholders.push(
        stakeholderSchema.parse({
          ...base(id),
          accountId,
          name: `关键人${s}`,
          title: s === 1 ? '总经理' : '部门经理',
          department: s === 1 ? '总经办' : '信息中心',
          reportsToId: s === 1 ? null : `sh-${pad(a)}-${pad(Math.max(1, Math.floor(s / 2)), 3)}`,
          buyingRole: ROLES[(s - 1) % ROLES.length],
          stance: ((s % 5) - 2) as -2 | -1 | 0 | 1 | 2,
          influence: (s % 5) + 1,
          personalFile: { hometown: '湖南长沙', hobbies: '羽毛球' },
        }),
      );
    }
    for (let o = 1; o <= opportunities; o += 1) {
      tables.opportunities.push(
        opportunitySchema.parse({ ...base(`opp-${pad(a)}-${pad(o, 3)}`), accountId, name: `数字化项目${o}期`, product: 'ERP', amount: 1_000_000 * o, stage: 'VALIDATED' }),
      );
    }
    for (let v = 1; v <= activities; v += 1) {
      tables.activities.push(
        activitySchema.parse({
          ...base(`act-${pad(a)}-${pad(v, 3)}`),
          accountId,
          date: '2026-01-04',
          kind: 'VISIT',
          purpose: 'MAINTAIN',
          stakeholderIds: personIds.slice(0, 1),
          teamMemberIds: ['tm-000001'],
          summary: '拜访信息中心，沟通方案',
        }),
      );
    }
    for (let p = 1; p <= planRows; p += 1) {
      tables.planRows.push(
        planRowSchema.parse({
          ...base(`plan-${pad(a)}-${pad(p, 3)}`),
          year: 2026,
          accountId,
          product: `产品线${p}`,
          target: 3_000_000,
          floorTarget: 2_000_000,
          quarters: [500_000, 1_000_000, 1_000_000, 500_000],
          milestones: [{ id: `ms-${pad(a)}-${pad(p, 3)}`, ownerId: 'tm-000001', task: '完成方案交流', dueDate: '2026-03-31' }],
        }),
      );
    }
    if (everyTable && personIds.length >= 2) {
      tables.influenceLinks.push(
        influenceLinkSchema.parse({ ...base(`link-${pad(a)}`), accountId, fromId: personIds[1], toId: personIds[0], kind: 'ALUMNI' }),
      );
    }
    if (everyTable) {
      tables.competitors.push(competitorSchema.parse({ ...base(`comp-${pad(a)}`), accountId, name: '友商甲', strengths: '价格低' }));
      tables.contracts.push(
        contractSchema.parse({
          ...base(`con-${pad(a)}`),
          accountId,
          title: '一期合同',
          amount: 1_000_000,
          signedDate: '2025-11-11',
          installments: [
            { id: `ins-${pad(a)}-1`, stage: 'DOWN_PAYMENT', shareBasisPoints: 3000, amount: 300_000, dueDate: '2025-12-01', received: 300_000, receivedDate: '2025-12-02' },
            { id: `ins-${pad(a)}-2`, stage: 'DELIVERY', shareBasisPoints: 3000, amount: 300_000, dueDate: '2026-02-01' },
            { id: `ins-${pad(a)}-3`, stage: 'ACCEPTANCE', shareBasisPoints: 3000, amount: 300_000, dueDate: '2026-05-01' },
            { id: `ins-${pad(a)}-4`, stage: 'WARRANTY', shareBasisPoints: 1000, amount: 100_000, dueDate: '2027-05-01' },
          ],
        }),
      );
      tables.renewals.push(renewalSchema.parse({ ...base(`ren-${pad(a)}`), accountId, period: '2026', recurring: 500_000 }));
      tables.whitespaceCells.push(
        whitespaceCellSchema.parse({ ...base(`ws-${pad(a)}`), accountId, businessUnit: '华东子公司', productLine: 'ERP', status: 'PIPELINE' }),
      );
      if (a === 1) {
        tables.chartSnapshots.push(
          chartSnapshotSchema.parse({
            ...base('snap-000001'),
            accountId,
            name: 'Q1 复盘',
            takenAt: T0,
            stakeholders: tables.stakeholders.filter((s) => s.accountId === accountId),
          }),
        );
      }
    }
  }
  return { settings: defaultSettings(T0, 2026), ...tables };
}

/** The sample's tables without the settings record (what merging works on). */
export function sampleTables(options: SampleOptions): WorkspaceTables {
  const tables: Partial<Pick<WorkspaceData, 'settings'>> & WorkspaceTables = buildSampleWorkspace(options);
  delete tables.settings;
  return tables;
}

export function envelopeOf(data: WorkspaceData): WorkspaceEnvelope {
  return { format: WORKSPACE_FORMAT, version: CURRENT_FORMAT_VERSION, exportedAt: T0, app: { name: 'Keyplan', version: 'test' }, redacted: false, contactsLeftOut: false, coachesHidden: false, slice: false, data };
}

export function workspaceFileText(data: WorkspaceData): string {
  return JSON.stringify(envelopeOf(data));
}
