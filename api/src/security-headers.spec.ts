import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('carries the content security policy and helmet’s other headers', () => {
    const headers = securityHeaders({ env: 'development' });
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers).not.toHaveProperty('x-powered-by');
  });

  it('asks for HTTPS only in production', () => {
    expect(securityHeaders({ env: 'development' })).not.toHaveProperty('strict-transport-security');
    expect(securityHeaders({ env: 'production' })['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
