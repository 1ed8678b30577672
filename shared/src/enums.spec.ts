import {
  BREACH_STATUSES,
  COMPANY_SECTORS,
  DATA_CLASSES,
  DEFAULT_LANGUAGE,
  INGEST_JOB_STATUSES,
  INQUIRY_PURPOSES,
  isOneOf,
  LANGUAGES,
  LENDER_KINDS,
  LIFT_KINDS,
  LIFT_STATUSES,
  ROLES,
  SENSITIVE_DATA_CLASSES,
  type Role,
} from './enums';

describe('enums', () => {
  it.each(
    Object.entries({
      DATA_CLASSES,
      SENSITIVE_DATA_CLASSES,
      ROLES,
      LIFT_KINDS,
      LIFT_STATUSES,
      LENDER_KINDS,
      INQUIRY_PURPOSES,
      COMPANY_SECTORS,
      INGEST_JOB_STATUSES,
      LANGUAGES,
    }),
  )('%s has distinct snake_case members', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const member of list) expect(member).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('names the breach statuses as SPEC §3.1 and §3.9 do (awaiting-approval in kebab case)', () => {
    expect(BREACH_STATUSES).toEqual(['draft', 'investigating', 'awaiting-approval', 'confirmed', 'closed', 'rejected', 'retracted']);
  });

  it('lists the data classes of SPEC §5.1 in order', () => {
    expect(DATA_CLASSES).toEqual([
      'iin', 'full_name', 'phone', 'email', 'address', 'birth_date', 'id_document',
      'bank_card', 'bank_account', 'vehicle_plate', 'order_history', 'password', 'health', 'biometric', 'other',
    ]);
  });

  it('makes the sensitive data classes a subset of the data classes', () => {
    for (const c of SENSITIVE_DATA_CLASSES) expect(DATA_CLASSES).toContain(c);
    expect(SENSITIVE_DATA_CLASSES).toEqual(['health', 'biometric']);
  });

  it('defaults to Kazakh', () => {
    expect(DEFAULT_LANGUAGE).toBe('kk');
    expect(LANGUAGES).toContain(DEFAULT_LANGUAGE);
  });
});

describe('isOneOf', () => {
  it('accepts members and narrows the type', () => {
    const value: unknown = 'reviewer';
    if (!isOneOf(ROLES, value)) throw new Error('expected a role');
    const role: Role = value;
    expect(role).toBe('reviewer');
  });

  it.each([undefined, null, 42, 'Admin', ' admin', 'toString', '', {}, ['admin']])('refuses %p', (value) => {
    expect(isOneOf(ROLES, value)).toBe(false);
  });
});
