import type { Problem } from '../../../shared/fileFormat/problems';

/** Thrown by a repository when input fails validation; nothing has been written. */
export class ValidationError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.code}`).join('; '));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}
