import type { TFunction } from 'i18next';
import type { Problem, ProblemParams } from '../../shared/fileFormat/problems';

type LooseT = (key: string, params: ProblemParams) => string;

/**
 * A problem's message in the current language. Each code has its own parameters, which the typed
 * `t()` cannot relate to a code chosen at run time; tests/unit/shared/i18n.test.ts checks that every
 * code has a message with the same placeholders in both languages.
 */
export function problemText(t: TFunction, problem: Problem): string {
  return (t as unknown as LooseT)(`problems.${problem.code}`, problem.params);
}

/**
 * A plan cell's error in the current language (the same reason as above: the code is chosen at run
 * time, so its parameters cannot be typed per code).
 */
export function cellErrorText(t: TFunction, error: { code: string; params?: ProblemParams }): string {
  return (t as unknown as LooseT)(`plan.cellErrors.${error.code}`, error.params ?? {});
}
