import { DomainError } from '@legis/domain';
import { problemOf } from './problem.filter';

describe('problemOf', () => {
  it('keeps extensions beside the standard members and never lets one replace them', () => {
    const error = new DomainError('invalid_state', 'INTAKE_RUNNING', 'Intake of version 1 is still running.', { extensions: { status: 'received', code: 'X', versionStatus: 'received' } });
    expect(problemOf(error).problem).toEqual({
      type: expect.stringContaining('intake-running'),
      title: 'Conflict',
      status: 409,
      detail: 'Intake of version 1 is still running.',
      code: 'INTAKE_RUNNING',
      versionStatus: 'received',
    });
  });
});
