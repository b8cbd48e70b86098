/**
 * People shown on their cards ahead of React Flow's store. Putting one edited record into the store
 * (updateNodeData) makes React Flow re-index all 2,000 nodes and run every node's and the minimap's
 * selectors: 10–20 ms before the card can change. Instead the edit hands the record to this store,
 * which tells that one card alone; React Flow's node data catches up after the frame is painted.
 * A record shown here applies only over the node data it was shown over, so once the node carries
 * newer data (the stored record, an undo, another window's change) the card shows that.
 */
import type { Stakeholder } from '../../../../shared/domain/stakeholder';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

export interface Shown {
  person: Stakeholder;
  /** The node data's record when this one was shown. */
  over: Stakeholder;
}

export interface ShownPeople {
  show: (person: Stakeholder, over: Stakeholder) => void;
  get: (id: string) => Shown | undefined;
  subscribe: (id: string, listener: () => void) => () => void;
}

export function createShownPeople(): ShownPeople {
  const shown = new Map<string, Shown>();
  const listeners = new Map<string, Set<() => void>>();
  return {
    show: (person, over) => {
      shown.set(person.id, { person, over });
      for (const listener of listeners.get(person.id) ?? []) listener();
    },
    get: (id) => shown.get(id),
    subscribe: (id, listener) => {
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
  };
}

export const ShownPeopleContext = createContext<ShownPeople | null>(null);

/** The record a card shows: the one handed over by an edit while the node still has the older one. */
export function useShownPerson(person: Stakeholder): Stakeholder {
  const store = useContext(ShownPeopleContext);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(person.id, listener) ?? (() => undefined), [store, person.id]);
  return personOnCard(useSyncExternalStore(subscribe, () => store?.get(person.id)), person);
}

/** The record shown ahead, while the node still has the record it was shown over; else the node's. */
export function personOnCard(ahead: Shown | undefined, person: Stakeholder): Stakeholder {
  return ahead && ahead.over === person ? ahead.person : person;
}
