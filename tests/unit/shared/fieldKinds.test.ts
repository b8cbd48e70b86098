import { it, expect } from 'vitest';
import { fieldKind } from '../../../shared/merge/fieldKinds';
it('kinds', () => {
  expect(fieldKind('opportunities', ['amount'])).toEqual({ kind: 'money' });
  expect(fieldKind('opportunities', ['stage'])).toEqual({ kind: 'code', group: 'funnelStage' });
  expect(fieldKind('opportunities', ['expectedClose'])).toEqual({ kind: 'date' });
  expect(fieldKind('planRows', ['quarters'])).toEqual({ kind: 'money' });
  expect(fieldKind('stakeholders', ['coverage'])).toEqual({ kind: 'code', group: 'coverage' });
  expect(fieldKind('accounts', ['tier'])).toEqual({ kind: 'code', group: 'tier' });
  expect(fieldKind('contracts', ['amount'])).toEqual({ kind: 'money' });
});
