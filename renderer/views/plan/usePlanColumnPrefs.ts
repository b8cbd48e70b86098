/**
 * Column widths and hidden columns of the plan sheet, per device (localStorage) like the language and
 * the chart preferences: a colleague's workspace file does not rearrange your sheet.
 */
import type { ColumnSizingState, VisibilityState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';

const KEY = 'keyplan.plan.columns';

interface Prefs {
  sizing: ColumnSizingState;
  visibility: VisibilityState;
}

function read(): Prefs {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') {
      const { sizing, visibility } = parsed as Partial<Prefs>;
      return { sizing: isNumberRecord(sizing) ? sizing : {}, visibility: isBooleanRecord(visibility) ? visibility : {} };
    }
  } catch {
    // A damaged preference is replaced by the defaults.
  }
  return { sizing: {}, visibility: {} };
}

const isNumberRecord = (v: unknown): v is Record<string, number> => !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'number' && x > 0);
const isBooleanRecord = (v: unknown): v is Record<string, boolean> => !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'boolean');

export function usePlanColumnPrefs() {
  const [initial] = useState(read);
  const [sizing, setSizing] = useState<ColumnSizingState>(initial.sizing);
  const [visibility, setVisibility] = useState<VisibilityState>(initial.visibility);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify({ sizing, visibility }));
    } catch {
      // Private mode or a full disk: the sheet still works, the widths are just not remembered.
    }
  }, [sizing, visibility]);
  return { sizing, setSizing, visibility, setVisibility };
}
