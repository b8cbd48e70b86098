/** The chart's fast path: an edited record reaches its card alone, and gives way once the node has newer data. */
import { describe, expect, it } from 'vitest';
import { createShownPeople, personOnCard } from '../../../renderer/views/chains/chart/shownPeople';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

const [wang, li] = buildSampleWorkspace({ accounts: 1, stakeholders: 2 }).stakeholders;
if (!wang || !li) throw new Error('the sample has two people');

describe('people shown ahead of the chart store', () => {
  it('tell only the edited person’s card', () => {
    const shown = createShownPeople();
    const told: string[] = [];
    const stopWang = shown.subscribe(wang.id, () => told.push('wang'));
    shown.subscribe(li.id, () => told.push('li'));
    const edited = { ...wang, stance: 2 as const };
    shown.show(edited, wang);
    expect(told).toEqual(['wang']);
    expect(shown.get(wang.id)?.person).toBe(edited);
    stopWang();
    shown.show({ ...edited, influence: 5 }, wang);
    expect(told).toEqual(['wang']);
  });

  it('show the edited record over the node data it was shown over, and the node’s own data once that changes', () => {
    const edited = { ...wang, stance: 2 as const };
    const ahead = { person: edited, over: wang };
    expect(personOnCard(ahead, wang)).toBe(edited);
    // The node took the record (after the paint): the same one either way.
    expect(personOnCard(ahead, edited)).toBe(edited);
    // Newer data reached the node (an undo, the stored record, another window): it wins.
    const undone = { ...wang };
    expect(personOnCard(ahead, undone)).toBe(undone);
    expect(personOnCard(undefined, wang)).toBe(wang);
  });
});
