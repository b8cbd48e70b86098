/**
 * The sample workspace offered at first start: one provincial telecom operator (a 20-person decision
 * chain with an empty seat, three deals, plan rows with milestones, a contract with an overdue
 * installment, a renewal, whitespace and two competitors, visits done and one planned), in the user's
 * language and dated around today so every view has something current to show. Every record's id
 * starts with SAMPLE_PREFIX and the account's name says it is a sample: it is recognised and removed
 * in one step, whatever the user added to it meanwhile.
 */
import { accountSchema } from '../domain/account';
import { activitySchema } from '../domain/activity';
import { contractSchema } from '../domain/contract';
import { opportunitySchema } from '../domain/opportunity';
import { planRowSchema } from '../domain/planRow';
import { renewalSchema, whitespaceCellSchema } from '../domain/renewal';
import { influenceLinkSchema, stakeholderSchema } from '../domain/stakeholder';
import { competitorSchema, teamMemberSchema } from '../domain/team';
import type { WorkspaceTables } from '../domain/workspace';
import { emptyTables } from '../domain/workspace';
import type { BuyingRole, CoachStrength, CoverageLevel, FunnelStage, PowerLayer, StakeholderFunction } from '../domain/codes';

export const SAMPLE_PREFIX = 'sample-';

/** The sample's one account (the notice on the home opens it). */
export const SAMPLE_ACCOUNT_ID = `${SAMPLE_PREFIX}account`;

export function isSampleId(id: string): boolean {
  return id.startsWith(SAMPLE_PREFIX);
}

type Lang = 'zh' | 'en';
type Words = readonly [zh: string, en: string];

interface Person {
  key: string;
  name: Words;
  title: Words;
  department: Words;
  boss: string | null;
  layer: PowerLayer;
  role: BuyingRole;
  fn?: StakeholderFunction;
  stance: -2 | -1 | 0 | 1 | 2;
  influence: 1 | 2 | 3 | 4 | 5;
  coverage: CoverageLevel;
  coach?: CoachStrength;
  seat?: boolean;
}

// The chain of a provincial operator as a key-account team meets it: the general manager and two vice
// presidents, department heads under them, and the people who run the systems day to day.
const PEOPLE: readonly Person[] = [
  { key: 'gm', name: ['赵志远', 'Zhao Zhiyuan'], title: ['总经理', 'General Manager'], department: ['公司领导', 'Executive office'], boss: null, layer: 'DECISION', role: 'NONE', stance: 0, influence: 5, coverage: 'INITIAL' },
  { key: 'vpit', name: ['王建国', 'Wang Jianguo'], title: ['副总经理（分管信息化）', 'Vice President, IT'], department: ['公司领导', 'Executive office'], boss: 'gm', layer: 'DECISION', role: 'EB', stance: 1, influence: 5, coverage: 'GENERAL' },
  { key: 'vpmk', name: ['孙立', 'Sun Li'], title: ['副总经理（分管市场）', 'Vice President, Marketing'], department: ['公司领导', 'Executive office'], boss: 'gm', layer: 'DECISION', role: 'NONE', stance: -1, influence: 4, coverage: 'INITIAL' },
  { key: 'assistant', name: ['宋雪', 'Song Xue'], title: ['总经理助理', 'Assistant to the GM'], department: ['总经理办公室', 'GM office'], boss: 'gm', layer: 'MANAGEMENT', role: 'COACH', coach: 'INFO_ONLY', stance: 1, influence: 2, coverage: 'GENERAL' },
  { key: 'it', name: ['李明', 'Li Ming'], title: ['信息技术部总经理', 'Head of IT'], department: ['信息技术部', 'IT department'], boss: 'vpit', layer: 'MANAGEMENT', role: 'TB', fn: 'TECHNICAL', stance: 1, influence: 4, coverage: 'DEEP' },
  { key: 'mk', name: ['周红', 'Zhou Hong'], title: ['市场经营部总经理', 'Head of Marketing'], department: ['市场经营部', 'Marketing'], boss: 'vpmk', layer: 'MANAGEMENT', role: 'UB', fn: 'USER_DEPT', stance: 0, influence: 4, coverage: 'INITIAL' },
  { key: 'proc', name: ['吴刚', 'Wu Gang'], title: ['采购与物流部总经理', 'Head of Procurement'], department: ['采购与物流部', 'Procurement'], boss: 'gm', layer: 'MANAGEMENT', role: 'NONE', fn: 'PROCUREMENT', stance: 0, influence: 3, coverage: 'INITIAL' },
  { key: 'fin', name: ['郑芳', 'Zheng Fang'], title: ['财务部总经理', 'Head of Finance'], department: ['财务部', 'Finance'], boss: 'gm', layer: 'MANAGEMENT', role: 'NONE', fn: 'FINANCE', stance: -1, influence: 4, coverage: 'NOT_CONTACTED' },
  { key: 'net', name: ['冯涛', 'Feng Tao'], title: ['网络部总经理', 'Head of Network'], department: ['网络部', 'Network'], boss: 'vpit', layer: 'MANAGEMENT', role: 'NONE', fn: 'TECHNICAL', stance: 0, influence: 3, coverage: 'INITIAL' },
  { key: 'gov', name: ['何勇', 'He Yong'], title: ['政企客户部总经理', 'Head of Enterprise Customers'], department: ['政企客户部', 'Enterprise customers'], boss: 'vpmk', layer: 'MANAGEMENT', role: 'UB', fn: 'USER_DEPT', stance: 1, influence: 3, coverage: 'GENERAL' },
  { key: 'cs', name: ['林晓', 'Lin Xiao'], title: ['客户服务部总经理', 'Head of Customer Service'], department: ['客户服务部', 'Customer service'], boss: 'vpmk', layer: 'MANAGEMENT', role: 'UB', fn: 'USER_DEPT', stance: -2, influence: 4, coverage: 'INITIAL' },
  { key: 'xian', name: ['韩磊', 'Han Lei'], title: ['西安分公司总经理', "GM, Xi'an branch"], department: ['西安分公司', "Xi'an branch"], boss: 'gm', layer: 'MANAGEMENT', role: 'UB', fn: 'USER_DEPT', stance: 1, influence: 3, coverage: 'GENERAL' },
  { key: 'itdep', name: ['陈静', 'Chen Jing'], title: ['信息技术部副总经理', 'Deputy Head of IT'], department: ['信息技术部', 'IT department'], boss: 'it', layer: 'MANAGEMENT', role: 'COACH', coach: 'CAN_ADVISE', fn: 'TECHNICAL', stance: 2, influence: 3, coverage: 'DEEP' },
  { key: 'arch', name: ['杨帆', 'Yang Fan'], title: ['IT 架构室主任', 'IT architecture lead'], department: ['信息技术部', 'IT department'], boss: 'it', layer: 'OPERATION', role: 'TB', fn: 'TECHNICAL', stance: 1, influence: 3, coverage: 'GENERAL' },
  { key: 'ops', name: ['刘洋', 'Liu Yang'], title: ['系统运维室主任', 'Operations lead'], department: ['信息技术部', 'IT department'], boss: 'it', layer: 'OPERATION', role: 'UB', fn: 'TECHNICAL', stance: 0, influence: 2, coverage: 'INITIAL' },
  { key: 'data', name: ['黄蕾', 'Huang Lei'], title: ['数据管理室主任', 'Data management lead'], department: ['信息技术部', 'IT department'], boss: 'it', layer: 'OPERATION', role: 'UB', fn: 'TECHNICAL', stance: 1, influence: 2, coverage: 'GENERAL' },
  { key: 'tender', name: ['罗斌', 'Luo Bin'], title: ['招标主管', 'Tender manager'], department: ['采购与物流部', 'Procurement'], boss: 'proc', layer: 'OPERATION', role: 'NONE', fn: 'PROCUREMENT', stance: 0, influence: 2, coverage: 'INITIAL' },
  { key: 'budget', name: ['高敏', 'Gao Min'], title: ['预算主管', 'Budget manager'], department: ['财务部', 'Finance'], boss: 'fin', layer: 'OPERATION', role: 'NONE', fn: 'FINANCE', stance: 0, influence: 2, coverage: 'NOT_CONTACTED' },
  { key: 'channel', name: ['马骏', 'Ma Jun'], title: ['渠道经理', 'Channel manager'], department: ['市场经营部', 'Marketing'], boss: 'mk', layer: 'OPERATION', role: 'UB', fn: 'USER_DEPT', stance: 1, influence: 2, coverage: 'INITIAL' },
  { key: 'plan', name: ['谢婷', 'Xie Ting'], title: ['网络规划主管', 'Network planning manager'], department: ['网络部', 'Network'], boss: 'net', layer: 'OPERATION', role: 'TB', fn: 'TECHNICAL', stance: -1, influence: 2, coverage: 'INITIAL' },
  { key: 'sec', name: ['', ''], title: ['安全部负责人（待识别）', 'Head of Security (to identify)'], department: ['信息安全部', 'Information security'], boss: 'vpit', layer: 'MANAGEMENT', role: 'TB', fn: 'TECHNICAL', stance: 0, influence: 3, coverage: 'NOT_CONTACTED', seat: true },
];

const pick = (words: Words, lang: Lang) => (lang === 'zh' ? words[0] : words[1]);

/** A date `days` from `today` (YYYY-MM-DD), by the calendar. */
function shift(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Within the plan year, so the deal counts in this year's pipeline. */
function inYear(date: string, year: number): string {
  const first = `${String(year)}-01-01`;
  const last = `${String(year)}-12-31`;
  return date < first ? first : date > last ? last : date;
}

export interface SampleRequest {
  language: string;
  /** Today, YYYY-MM-DD: dates are set around it. */
  today: string;
  /** The workspace's plan year: deals, plan rows and the renewal belong to it. */
  year: number;
  /** Stamped on every record. */
  now: string;
}

export function buildSampleTables({ language, today, year, now }: SampleRequest): WorkspaceTables {
  const lang: Lang = language.startsWith('zh') ? 'zh' : 'en';
  const w = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const id = (key: string) => `${SAMPLE_PREFIX}${key}`;
  const base = (key: string) => ({ id: id(key), createdAt: now, updatedAt: now });
  const accountId = SAMPLE_ACCOUNT_ID;
  const t = emptyTables();

  t.teamMembers.push(
    teamMemberSchema.parse({ ...base('tm-am'), name: w('张经理（示例）', 'Alex Zhang (sample)'), role: 'ACCOUNT_MANAGER', capacity: 10 }),
    teamMemberSchema.parse({ ...base('tm-sm'), name: w('李工（示例）', 'Lee Chen (sample)'), role: 'SOLUTION_MANAGER' }),
  );
  t.accounts.push(
    accountSchema.parse({
      ...base('account'),
      name: w('陕西移动（示例）', 'Shaanxi Mobile (sample)'),
      industry: w('通信', 'Telecommunications'),
      region: w('西北', 'Northwest'),
      tier: 'STRATEGIC',
      developmentStage: 'MATURE',
      ownerId: id('tm-am'),
      lifecycleStage: 'STABILITY',
      notes: w('示例客户：可随意修改，在客户总览上一键移除。', 'A sample account: change anything; remove it in one click from the home screen.'),
      information: { headcount: 12000, revenue: 3_500_000_000_00, mainBusiness: w('移动通信、宽带与政企数字化服务', 'Mobile, broadband and enterprise digital services'), founded: '1999-12-18' },
      barriers: [{ id: id('barrier'), type: 'SHORTLIST', description: w('需先入围集团集采名录', 'Must first be on the group purchasing shortlist'), strategy: 'ATTACK' }],
      purchaseDrivers: [{ id: id('driver'), name: w('客服坐席', 'Contact-centre seats'), quantity: 2000, unit: w('席', 'seats'), purchasePerUnit: 4_000_00, decisionMakers: w('客户服务部、信息技术部', 'Customer service, IT') }],
      purchases: [
        { id: id('purchase-1'), date: shift(today, -400), amount: 1_800_000_00 },
        { id: id('purchase-2'), date: shift(today, -200), amount: 2_000_000_00 },
      ],
    }),
  );

  const personId = (key: string) => id(`person-${key}`);
  PEOPLE.forEach((p, i) => {
    t.stakeholders.push(
      stakeholderSchema.parse({
        ...base(`person-${p.key}`),
        accountId,
        placeholder: p.seat === true,
        name: pick(p.name, lang),
        title: pick(p.title, lang),
        department: pick(p.department, lang),
        reportsToId: p.boss === null ? null : personId(p.boss),
        powerLayer: p.layer,
        function: p.fn ?? null,
        buyingRole: p.role,
        coachStrength: p.coach ?? null,
        stance: p.stance,
        influence: p.influence,
        coverage: p.coverage,
        ownerId: id(i % 3 === 0 ? 'tm-sm' : 'tm-am'),
        lastContactDate: p.coverage === 'NOT_CONTACTED' || p.seat ? null : shift(today, -((i * 7) % 60) - 2),
      }),
    );
  });
  const links: [string, string, 'INFLUENCES' | 'ALUMNI' | 'RIVAL'][] = [
    ['itdep', 'vpit', 'INFLUENCES'],
    ['it', 'arch', 'ALUMNI'],
    ['cs', 'gov', 'RIVAL'],
    ['assistant', 'gm', 'INFLUENCES'],
  ];
  links.forEach(([from, to, kind], i) => t.influenceLinks.push(influenceLinkSchema.parse({ ...base(`link-${String(i + 1)}`), accountId, fromId: personId(from), toId: personId(to), kind })));

  t.competitors.push(
    competitorSchema.parse({ ...base('rival-1'), accountId, name: w('华为', 'Huawei'), strengths: w('网络侧关系深，价格灵活', 'Deep ties on the network side; flexible on price'), weaknesses: w('应用层案例少', 'Few references at the application layer'), customerSatisfaction: 4 }),
    competitorSchema.parse({ ...base('rival-2'), accountId, name: w('浪潮', 'Inspur'), strengths: w('本地交付团队', 'Local delivery team'), weaknesses: w('客服领域经验不足', 'Little contact-centre experience'), customerSatisfaction: 3 }),
  );

  const deals: { key: string; name: Words; product: Words; amount: number; stage: FunnelStage; close: number }[] = [
    { key: 'deal-ai', name: ['客服中心智能化升级', 'Contact-centre AI upgrade'], product: ['智能客服', 'AI customer service'], amount: 3_800_000_00, stage: 'BIDDING', close: 45 },
    { key: 'deal-crm', name: ['政企客户 CRM 二期', 'Enterprise CRM phase 2'], product: ['CRM', 'CRM'], amount: 2_600_000_00, stage: 'VALIDATED', close: 120 },
    { key: 'deal-data', name: ['数据中台扩容', 'Data platform expansion'], product: ['数据中台', 'Data platform'], amount: 1_500_000_00, stage: 'NEGOTIATION', close: 20 },
  ];
  for (const d of deals) {
    t.opportunities.push(
      opportunitySchema.parse({
        ...base(d.key),
        accountId,
        name: pick(d.name, lang),
        product: pick(d.product, lang),
        amount: d.amount,
        stage: d.stage,
        expectedClose: inYear(shift(today, d.close), year),
        ownerId: id('tm-am'),
        competitorIds: d.key === 'deal-ai' ? [id('rival-1')] : [],
      }),
    );
  }

  const visits: { key: string; days: number; kind: 'VISIT' | 'MEETING' | 'CALL'; people: string[]; summary: Words; next: Words }[] = [
    { key: 'visit-1', days: -20, kind: 'VISIT', people: ['it', 'arch'], summary: ['与信息技术部交流智能客服方案，认可架构思路', 'Walked IT through the AI customer-service design; they like the architecture'], next: ['安排王总听方案汇报', 'Arrange a briefing for VP Wang'] },
    { key: 'visit-2', days: -9, kind: 'MEETING', people: ['vpit', 'it', 'itdep'], summary: ['王总听取汇报，要求补充投资回报测算', 'VP Wang heard the briefing and asked for a return-on-investment case'], next: ['提交投资回报测算', 'Send the ROI case'] },
    { key: 'visit-3', days: -3, kind: 'CALL', people: ['itdep'], summary: ['陈静透露财务部对预算有顾虑', 'Chen Jing says Finance has budget concerns'], next: ['约见财务部郑总', 'Meet Zheng Fang in Finance'] },
  ];
  for (const v of visits) {
    t.activities.push(
      activitySchema.parse({
        ...base(v.key),
        accountId,
        opportunityId: id('deal-ai'),
        date: shift(today, v.days),
        kind: v.kind,
        purpose: 'SOLUTION',
        stakeholderIds: v.people.map(personId),
        teamMemberIds: [id('tm-am'), id('tm-sm')],
        summary: pick(v.summary, lang),
        nextStep: pick(v.next, lang),
        nextStepDate: shift(today, v.days + 7),
      }),
    );
  }
  t.activities.push(
    activitySchema.parse({
      ...base('visit-planned'),
      accountId,
      opportunityId: id('deal-ai'),
      date: shift(today, 5),
      kind: 'VISIT',
      purpose: 'SIGN',
      planned: true,
      stakeholderIds: [personId('vpit'), personId('fin')],
      teamMemberIds: [id('tm-am')],
      preparation: {
        checklist: { customerInfo: true, competitorInfo: true, projectInfo: true, personalInfo: false },
        spin: {
          situation: w('现有客服系统的坐席规模和接通率？', 'How many seats does the contact centre run, and at what answer rate?'),
          problem: w('高峰期排队时长是否影响满意度考核？', 'Do peak-hour queues hurt the satisfaction score?'),
          implication: w('满意度不达标对集团考核意味着什么？', 'What does a missed satisfaction target mean in the group review?'),
          needPayoff: w('如果智能分流把高峰排队减半，价值有多大？', 'What would halving peak queues through smart routing be worth?'),
        },
        targetCommitment: w('王总同意本季度立项，郑总确认预算来源', 'VP Wang agrees to start the project this quarter; Finance confirms the budget line'),
      },
    }),
  );

  const products: Words[] = [
    ['智能客服', 'AI customer service'],
    ['CRM', 'CRM'],
    ['数据中台', 'Data platform'],
  ];
  const targets = [4_000_000_00, 3_000_000_00, 2_000_000_00];
  products.forEach((product, i) => {
    const target = targets[i] ?? 0;
    const quarter = Math.round(target / 4);
    t.planRows.push(
      planRowSchema.parse({
        ...base(`plan-${String(i + 1)}`),
        year,
        accountId,
        product: pick(product, lang),
        potential: target * 2,
        target,
        floorTarget: Math.round(target * 0.75),
        quarters: [quarter, quarter, quarter, target - 3 * quarter],
        relationshipStage: 'STABILITY',
        ownerId: id('tm-am'),
        funnelStage: deals[i]?.stage ?? null,
        strategy: i === 0 ? w('以陈静为内线，先拿下信息技术部，再争取王总立项', 'Win IT first through Chen Jing, then get VP Wang to start the project') : '',
        milestones: [
          { id: id(`ms-${String(i + 1)}-1`), ownerId: id('tm-am'), task: w('完成高层汇报', 'Executive briefing done'), dueDate: inYear(shift(today, 14 + i * 10), year), done: false },
          { id: id(`ms-${String(i + 1)}-2`), ownerId: id('tm-sm'), task: w('提交技术方案', 'Technical proposal sent'), dueDate: inYear(shift(today, -10 + i * 5), year), done: i === 0 },
        ],
      }),
    );
  });

  t.contracts.push(
    contractSchema.parse({
      ...base('contract'),
      accountId,
      title: w('数据中台一期', 'Data platform phase 1'),
      amount: 2_000_000_00,
      signedDate: shift(today, -150),
      installments: [
        { id: id('inst-1'), stage: 'DOWN_PAYMENT', shareBasisPoints: 3000, amount: 600_000_00, dueDate: shift(today, -140), received: 600_000_00, receivedDate: shift(today, -138) },
        { id: id('inst-2'), stage: 'DELIVERY', shareBasisPoints: 4000, amount: 800_000_00, dueDate: shift(today, -15) },
        { id: id('inst-3'), stage: 'ACCEPTANCE', shareBasisPoints: 2000, amount: 400_000_00, dueDate: shift(today, 75) },
        { id: id('inst-4'), stage: 'WARRANTY', shareBasisPoints: 1000, amount: 200_000_00, dueDate: shift(today, 380) },
      ],
      checklist: { relationshipKept: true, contractFulfilled: true, deliveryNote: true },
    }),
  );
  t.renewals.push(renewalSchema.parse({ ...base('renewal'), accountId, period: String(year), recurring: 1_200_000_00, expansion: 300_000_00, churned: 100_000_00 }));

  const cells: { key: string; unit: Words; line: number; status: 'INSTALLED' | 'PIPELINE' | 'OPEN'; potential: number; rival?: string }[] = [
    { key: 'ws-1', unit: ['西安分公司', "Xi'an branch"], line: 2, status: 'INSTALLED', potential: 800_000_00 },
    { key: 'ws-2', unit: ['西安分公司', "Xi'an branch"], line: 0, status: 'PIPELINE', potential: 1_500_000_00 },
    { key: 'ws-3', unit: ['宝鸡分公司', 'Baoji branch'], line: 0, status: 'OPEN', potential: 900_000_00, rival: 'rival-1' },
    { key: 'ws-4', unit: ['宝鸡分公司', 'Baoji branch'], line: 1, status: 'OPEN', potential: 600_000_00 },
  ];
  for (const c of cells) {
    const line = products[c.line] ?? products[0];
    t.whitespaceCells.push(
      whitespaceCellSchema.parse({
        ...base(c.key),
        accountId,
        businessUnit: pick(c.unit, lang),
        productLine: line ? pick(line, lang) : '',
        status: c.status,
        potential: c.potential,
        competitorName: c.rival ? w('华为', 'Huawei') : '',
        opportunityIds: c.status === 'PIPELINE' ? [id('deal-ai')] : [],
      }),
    );
  }
  return t;
}
