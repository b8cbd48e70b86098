import { describe, expect, it } from 'vitest';
import { viewAt } from '../../../renderer/app/viewChunks';

describe('viewAt: the view the shell fetches beside the workbench', () => {
  it('follows the routes, account pages and visit briefs included', () => {
    expect(viewAt('/')).toBe('portfolio');
    expect(viewAt('/portfolio')).toBe('portfolio');
    expect(viewAt('/accounts')).toBe('accounts');
    expect(viewAt('/accounts/new')).toBe('accounts');
    expect(viewAt('/accounts/a1/edit')).toBe('accounts');
    expect(viewAt('/accounts/a1')).toBe('account');
    expect(viewAt('/accounts/a1/visits/v1')).toBe('visit');
    expect(viewAt('/chains/a1')).toBe('chains');
    expect(viewAt('/matrix')).toBe('matrix');
    expect(viewAt('/settings')).toBe('settings');
  });

  it('falls back to the home where the routes do', () => {
    expect(viewAt('/nowhere')).toBe('portfolio');
    expect(viewAt('/account')).toBe('portfolio');
    expect(viewAt('/visit')).toBe('portfolio');
  });
});
