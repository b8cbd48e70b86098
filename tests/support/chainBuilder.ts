/**
 * Builds valid stakeholder and link records for tests: `person('甲', { stance: 2 })`.
 * Every record passes the schema, so tests exercise real data, not hand-shaped objects.
 */
import { stakeholderSchema, influenceLinkSchema, type InfluenceLink, type Stakeholder } from '../../shared/domain/stakeholder';

const T = '2026-01-01T00:00:00.000Z';

export function person(id: string, fields: Partial<Stakeholder> = {}): Stakeholder {
  return stakeholderSchema.parse({ id, accountId: 'acc-1', createdAt: T, updatedAt: T, name: id, ...fields });
}

export function link(id: string, fromId: string, toId: string, fields: Partial<InfluenceLink> = {}): InfluenceLink {
  return influenceLinkSchema.parse({ id, accountId: 'acc-1', createdAt: T, updatedAt: T, fromId, toId, kind: 'INFLUENCES', ...fields });
}
