import fc from 'fast-check';
import { MAX_PAGE_SIZE, contentRange, parseListQuery } from './list-query';
import { ValidationException } from './validation.exception';

const options = { sortable: ['email', 'createdAt'] as const, defaultSort: ['createdAt', 'DESC'] as ['createdAt', 'DESC'] };

describe('parseListQuery', () => {
  it('reads ra-data-simple-rest parameters', () => {
    expect(parseListQuery({ sort: '["email","ASC"]', range: '[10,19]', filter: '{"role":"admin"}' }, options)).toEqual({
      sortField: 'email',
      sortOrder: 'ASC',
      offset: 10,
      limit: 10,
      filter: { role: 'admin' },
    });
  });

  it('falls back to the default sort and the first 25 records', () => {
    expect(parseListQuery({}, options)).toEqual({ sortField: 'createdAt', sortOrder: 'DESC', offset: 0, limit: 25, filter: {} });
  });

  it.each([
    [{ sort: '["passwordHash","ASC"]' }, 'sort'],
    [{ sort: '["email","SIDEWAYS"]' }, 'sort'],
    [{ sort: 'email' }, 'sort'],
    [{ sort: '5' }, 'sort'],
    [{ range: '"0-24"' }, 'range'],
    [{ range: '[5,1]' }, 'range'],
    [{ range: `[0,${MAX_PAGE_SIZE}]` }, 'range'],
    [{ filter: '[1]' }, 'filter'],
    [{ filter: '{' }, 'filter'],
  ])('refuses %j naming %s', (raw, field) => {
    try {
      parseListQuery(raw, options);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationException);
      expect(Object.keys((error as ValidationException).errors)).toContain(field);
    }
  });

  it('never throws anything but a validation error on arbitrary input', () => {
    fc.assert(
      fc.property(fc.record({ sort: fc.string(), range: fc.string(), filter: fc.string() }, { requiredKeys: [] }), (raw) => {
        try {
          parseListQuery(raw, options);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationException);
        }
      }),
    );
  });
});

describe('contentRange', () => {
  it('describes a page and an empty page', () => {
    expect(contentRange('users', 0, 25, 319)).toBe('users 0-24/319');
    expect(contentRange('users', 0, 0, 0)).toBe('users */0');
  });
});
