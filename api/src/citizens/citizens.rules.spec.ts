import { iinFromClaims, ownUrl } from './citizens.rules';

describe('iinFromClaims', () => {
  const exp = 2_000_000_000;
  it('reads a valid IIN from the configured claim', () => {
    expect(iinFromClaims({ exp, iin_number: '900101300017' }, 'iin_number')).toBe('900101300017');
  });

  it.each([
    [{ exp, iin: '900101300018' }],
    [{ exp, iin: 900101300017 }],
    [{ exp }],
    [{ iin: '900101300017' }],
    [{ exp: String(exp), iin: '900101300017' }],
  ])('names nobody for %p', (claims) => {
    expect(iinFromClaims(claims, 'iin')).toBeNull();
  });
});

describe('ownUrl', () => {
  it.each([
    [{ address: '0.0.0.0', family: 'IPv4', port: 3000 }, 'http://127.0.0.1:3000/x'],
    [{ address: '127.0.0.1', family: 'IPv4', port: 41234 }, 'http://127.0.0.1:41234/x'],
    [{ address: '::', family: 'IPv6', port: 3000 }, 'http://[::1]:3000/x'],
    [{ address: '::1', family: 'IPv6', port: 3000 }, 'http://[::1]:3000/x'],
  ])('reaches %p on the loopback', (address, url) => {
    expect(ownUrl(address, '/x')).toBe(url);
  });
});
