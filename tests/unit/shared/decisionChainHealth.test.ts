import { describe, expect, it } from 'vitest';
import { chainGaps, daysBetween, decisionChainHealth, headcount, keyPersonCoverage, supportBalance } from '../../../shared/methods/decisionChainHealth';
import { person } from '../../support/chainBuilder';

const options = { today: '2026-11-22', coldAfterDays: 30 };

/** A chain that covers everything the seeds ask for: no gaps. */
function healthyChain() {
  return [
    person('eb', { buyingRole: 'EB', powerLayer: 'DECISION', function: 'FINANCE', stance: 2, influence: 5, coverage: 'DEEP', ownerId: 'tm-1', lastContactDate: '2026-11-20' }),
    person('ub', { buyingRole: 'UB', powerLayer: 'MANAGEMENT', function: 'USER_DEPT', stance: 1, influence: 3, coverage: 'GENERAL', ownerId: 'tm-1', lastContactDate: '2026-11-01' }),
    person('tb', { buyingRole: 'TB', powerLayer: 'OPERATION', function: 'TECHNICAL', stance: -1, influence: 3, coverage: 'INITIAL', ownerId: 'tm-2', lastContactDate: '2026-10-23' }),
    person('coach', { buyingRole: 'COACH', powerLayer: 'OPERATION', function: 'USER_DEPT', stance: 2, influence: 2, ownerId: 'tm-1', lastContactDate: '2026-11-21' }),
  ];
}

describe('support balance (seed 001: 支持的总权重领先)', () => {
  it('sums influence weight of supporters against opponents; neutrals count for neither', () => {
    const b = supportBalance([person('a', { stance: 2, influence: 5 }), person('b', { stance: 1, influence: 1 }), person('c', { stance: -2, influence: 4 }), person('d', { stance: 0, influence: 5 })]);
    expect(b).toMatchObject({ support: 6, opposition: 4, margin: 2, status: 'AHEAD', supporterIds: ['a', 'b'], opponentIds: ['c'] });
  });

  it('is behind when the opponents weigh more, even with more supporters', () => {
    const b = supportBalance([person('a', { stance: 1, influence: 1 }), person('b', { stance: 1, influence: 1 }), person('c', { stance: -1, influence: 5 })]);
    expect(b).toMatchObject({ support: 2, opposition: 5, margin: -3, status: 'BEHIND' });
  });

  it('is even when both sides weigh the same, and ignores placeholder seats', () => {
    const b = supportBalance([person('a', { stance: 1, influence: 3 }), person('c', { stance: -1, influence: 3 }), person('p', { placeholder: true, name: '', stance: 2, influence: 5 })]);
    expect(b.status).toBe('EVEN');
    expect(b.support).toBe(3);
  });
});

describe('KP coverage (seed 003: EB, UB, TB are the KP)', () => {
  it('reports present, contacted and supportive per role', () => {
    const kp = keyPersonCoverage(healthyChain());
    expect(kp.map((k) => [k.role, k.present, k.contacted, k.supportive])).toEqual([
      ['EB', true, true, true],
      ['UB', true, true, true],
      ['TB', true, true, false],
    ]);
  });

  it('does not count a placeholder seat as a mapped person', () => {
    const kp = keyPersonCoverage([person('seat', { placeholder: true, name: '', buyingRole: 'TB' })]);
    expect(kp.find((k) => k.role === 'TB')).toMatchObject({ present: false, contacted: false, peopleIds: [] });
  });

  it('counts a role as not contacted until someone in it has been reached', () => {
    const kp = keyPersonCoverage([person('eb', { buyingRole: 'EB', coverage: 'NOT_CONTACTED', stance: 1 })]);
    expect(kp[0]).toMatchObject({ role: 'EB', present: true, contacted: false, supportive: true });
  });
});

describe('gaps', () => {
  it('finds none in a healthy chain', () => {
    expect(chainGaps(healthyChain(), options)).toEqual([]);
  });

  it('lists every layer, function, KP role and the coach for an empty chain', () => {
    const codes = chainGaps([], options).map((g) => g.code);
    expect(codes.filter((c) => c === 'KP_MISSING')).toHaveLength(3);
    expect(codes.filter((c) => c === 'LAYER_UNMAPPED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'FUNCTION_UNMAPPED')).toHaveLength(3);
    expect(codes).toContain('NO_COACH');
  });

  it('points a missing KP at its placeholder seat', () => {
    const chain = healthyChain().filter((p) => p.id !== 'tb');
    chain.push(person('seat', { placeholder: true, name: '', buyingRole: 'TB', powerLayer: 'OPERATION', function: 'TECHNICAL' }));
    const gaps = chainGaps(chain, options);
    expect(gaps).toContainEqual({ code: 'KP_MISSING', role: 'TB', stakeholderIds: ['seat'] });
    // The seat does not map the technical function either: nobody real is there.
    expect(gaps).toContainEqual({ code: 'FUNCTION_UNMAPPED', function: 'TECHNICAL', stakeholderIds: [] });
  });

  it('flags an opponent of weight 4 but not of weight 3', () => {
    const chain = healthyChain();
    expect(chainGaps(chain, options).some((g) => g.code === 'HIGH_WEIGHT_OPPONENT')).toBe(false);
    chain[2] = { ...chain[2]!, influence: 4 };
    expect(chainGaps(chain, options)).toContainEqual({ code: 'HIGH_WEIGHT_OPPONENT', stakeholderIds: ['tb'] });
  });

  it('flags decision-makers without an owner on our side, including the decision layer', () => {
    const chain = [...healthyChain(), person('boss', { powerLayer: 'DECISION', ownerId: null, lastContactDate: '2026-11-01' })];
    chain[0] = { ...chain[0]!, ownerId: null };
    expect(chainGaps(chain, options)).toContainEqual({ code: 'DECISION_MAKER_UNOWNED', stakeholderIds: ['eb', 'boss'] });
  });

  it('flags no coach', () => {
    const chain = healthyChain().filter((p) => p.id !== 'coach');
    expect(chainGaps(chain, options)).toContainEqual({ code: 'NO_COACH', stakeholderIds: [] });
  });

  it('flags key people not contacted within N days: 30 days ago is fine, 31 is cold, never is cold', () => {
    const chain = healthyChain();
    expect(daysBetween('2026-10-23', '2026-11-22')).toBe(30);
    expect(chainGaps(chain, options).some((g) => g.code === 'GONE_COLD')).toBe(false);
    chain[2] = { ...chain[2]!, lastContactDate: '2026-10-22' };
    chain[1] = { ...chain[1]!, lastContactDate: null };
    expect(chainGaps(chain, options)).toContainEqual({ code: 'GONE_COLD', days: 30, stakeholderIds: ['ub', 'tb'] });
    // A low-weight person without a buying role is not a key person.
    const quiet = [...healthyChain(), person('clerk', { influence: 1, lastContactDate: null })];
    expect(chainGaps(quiet, options).some((g) => g.code === 'GONE_COLD')).toBe(false);
  });

  it('follows the N of Settings', () => {
    expect(chainGaps(healthyChain(), { ...options, coldAfterDays: 10 })).toContainEqual({ code: 'GONE_COLD', days: 10, stakeholderIds: ['ub', 'tb'] });
  });
});

describe('health summary', () => {
  it('counts people and placeholder seats apart', () => {
    const h = decisionChainHealth([...healthyChain(), person('seat', { placeholder: true, name: '' })], options);
    expect(h.peopleCount).toBe(4);
    expect(h.placeholderCount).toBe(1);
    expect(h.balance.margin).toBe(5 + 3 + 2 - 3);
  });
});

describe('headcount', () => {
  it('counts people apart from vacant seats and leaves deleted records out, as every view says it', () => {
    const people = [
      { placeholder: false, deletedAt: null },
      { placeholder: false, deletedAt: null },
      { placeholder: true, deletedAt: null },
      { placeholder: false, deletedAt: '2026-05-01T00:00:00.000Z' },
    ];
    expect(headcount(people)).toEqual({ people: 2, seats: 1 });
  });
});
