import fc from 'fast-check';
import { loggedPath } from './logger';

describe('loggedPath', () => {
  it('keeps the route and drops the query string', () => {
    expect(loggedPath('/api/v1/admin/restrictions?filter=%7B%22iin%22%3A%22900101300123%22%7D')).toBe('/api/v1/admin/restrictions');
  });

  it('masks the IIN of a bank check', () => {
    expect(loggedPath('/api/v1/restrictions/900101300123?purpose=loan&reference=A-1')).toBe('/api/v1/restrictions/************');
  });

  it('never lets a twelve-digit number through, wherever it stands', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^\d{12}$/), fc.string(), (before, digits, after) => {
        expect(loggedPath(`/${before.replace(/\?/g, '')}${digits}${after.replace(/\?/g, '')}`)).not.toContain(digits);
      }),
    );
  });
});
