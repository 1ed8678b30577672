import type { Breach } from '@qorgau/shared';
import {
  RESTRICTION_DAYS_MAX,
  RESTRICTION_DAYS_MIN,
} from '@qorgau/shared';
import { hasSensitiveDataClass } from './SensitiveInput';

type BreachFormValues = Partial<Record<keyof Breach, unknown>>;


const timeOf = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value as string).getTime();
  return Number.isNaN(time) ? null : time;
};

/**
 * The date rules of a breach, the same as the server's: occurredAt ≤ discoveredAt ≤ reportedAt ≤
 * now. Input-level validators (react-admin ignores input-level ones once a form has a form-level
 * `validate`), each comparing its field with the one before it, so an out-of-order pair is blamed
 * on its later field as the server does. Messages are translation keys.
 */
/** Nothing the registry deals with happened before 2000 (the server's rule too): an earlier date is a typo. */
const EARLIEST = Date.UTC(2000, 0, 1);

const notInFuture = (value: unknown) => {
  const time = timeOf(value);
  if (time === null) return undefined;
  if (time > Date.now()) return 'qorgau.breaches.validation.future';
  return time < EARLIEST ? 'qorgau.breaches.validation.too_early' : undefined;
};

const notBefore = (earlierField: 'occurredAt' | 'discoveredAt', message: string) => (value: unknown, allValues: BreachFormValues) => {
  const time = timeOf(value);
  const earlier = timeOf(allValues?.[earlierField]);
  return time !== null && earlier !== null && time < earlier ? message : undefined;
};

export const occurredAtRules = [notInFuture];
export const discoveredAtRules = [notInFuture, notBefore('occurredAt', 'qorgau.breaches.validation.discovered_before_occurred')];
export const reportedAtRules = [notInFuture, notBefore('discoveredAt', 'qorgau.breaches.validation.reported_before_discovered')];

/** At least one kind of data leaked. */
export const atLeastOne = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'qorgau.breaches.validation.data_classes';

export const RESTRICTION_DAYS_RANGE = { min: RESTRICTION_DAYS_MIN, max: RESTRICTION_DAYS_MAX };

const DATE_FIELDS = ['occurredAt', 'discoveredAt', 'reportedAt'] as const;

/**
 * The datetime inputs hold the reader's local time ("2025-03-01T14:30"); the API takes ISO 8601
 * UTC. Converted on save, so the record the server gets is exact whatever the browser's zone.
 */
export const toApiBreach = <T extends Record<string, unknown>>(data: T): T => {
  const result: Record<string, unknown> = { ...data };
  for (const field of DATE_FIELDS) {
    const time = timeOf(result[field]);
    result[field] = time === null ? null : new Date(time).toISOString();
  }
  if (result.recordsClaimed === '' || result.recordsClaimed === undefined) result.recordsClaimed = null;
  // health or biometric data: always sensitive (the switch is locked on; the server insists too)
  if (hasSensitiveDataClass(result.dataClasses)) result.sensitive = true;
  return result as T;
};
