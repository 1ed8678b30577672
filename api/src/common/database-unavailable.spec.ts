import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, isRefusedForItsValues } from './database-unavailable';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET')],
    ['an administrator shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['a database starting up', withCode('57P03', 'the database system is starting up')],
    ['a connection exception class 08', withCode('08006')],
    ['a write reaching a standby mid-failover', withCode('25006', 'cannot execute INSERT in a read-only transaction')],
    ['a connection ended under the query', new Error('Connection terminated unexpectedly')],
    ['a pool that waited in vain', new Error('timeout exceeded when trying to connect')],
    ['both loopback addresses refused', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
    ['a TypeORM-wrapped driver error', new QueryFailedError('SELECT 1', [], withCode('57P01'))],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601')],
    ['a programming error', new TypeError('x is undefined')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', null],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isRefusedForItsValues', () => {
  it.each([
    ['a NUL in text', withCode('22021', 'invalid byte sequence for encoding "UTF8": 0x00')],
    ['a value too long', withCode('22001')],
    ['a foreign key violation', withCode('23503')],
  ])('is true for %s', (_name, error) => expect(isRefusedForItsValues(error)).toBe(true));

  it.each([
    ['a database shutting down', withCode('57P01')],
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a syntax error', withCode('42601')],
    ['no code at all', new Error('boom')],
    ['null', null],
  ])('is false for %s', (_name, error) => expect(isRefusedForItsValues(error)).toBe(false));
});
