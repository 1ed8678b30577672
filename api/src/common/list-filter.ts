import { isOneOf } from '@qorgau/shared';
import { endOfAlmatyDay, startOfAlmatyDay } from '../calendar/business-days';
import { isIsoDateTime } from './iso-date-time';
import { PERSON_REF_PREFIX_PATTERN } from './person-ref';
import { isUuid } from './query-helpers';
import { ValidationException } from './validation.exception';

/**
 * Reading the `filter` of a ra-data-simple-rest list: one value or a list of them (React-Admin
 * sends a list for `getMany`), empty meaning "no filter". Problems are collected in `errors` under
 * `filter.<field>`, for one 400 naming them all.
 */
export function filterValues(filter: Record<string, unknown>, field: string): unknown[] | undefined {
  const value = filter[field];
  return value === undefined || value === null || value === '' ? undefined : Array.isArray(value) ? value : [value];
}

/** The values of `field`, each one of `allowed`. */
/** filter {personRef}: a person reference or its beginning, as the list shows it, lower-cased. */
export function personRefFilter(filter: Record<string, unknown>, errors: Record<string, string>): string | undefined {
  const [ref] = filterValues(filter, 'personRef') ?? [];
  if (ref === undefined) return undefined;
  if (typeof ref === 'string' && PERSON_REF_PREFIX_PATTERN.test(ref.trim().toLowerCase())) return ref.trim().toLowerCase();
  errors['filter.personRef'] = 'must be (the beginning of) the 8 hexadecimal characters shown in the list';
  return undefined;
}

export function enumFilter<const T extends string>(
  filter: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
  errors: Record<string, string>,
): T[] | undefined {
  const values = filterValues(filter, field);
  if (!values) return undefined;
  const unknown = values.filter((value) => !isOneOf(allowed, value));
  if (unknown.length === 0) return values as T[];
  errors[`filter.${field}`] = `unknown ${field} ${unknown.map((value) => JSON.stringify(value)).join(', ')}; allowed: ${allowed.join(', ')}`;
  return undefined;
}

/** The ids of `field`; a malformed id matches nothing rather than failing the list. */
export function idFilter(filter: Record<string, unknown>, field: string): string[] | undefined {
  return filterValues(filter, field)?.filter(isUuid);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date bound of a list (`from`, `reportedTo`…): an ISO 8601 date-time, or a date taken as a whole
 * day in Almaty time (its start for a lower bound, its end for an upper one, so both ends are
 * included). Anything else is refused under `filter.<field>`.
 */
export function dateBoundFilter(filter: Record<string, unknown>, field: string, bound: 'start' | 'end', errors: Record<string, string>): Date | undefined {
  const value = filter[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && DATE_ONLY.test(value) && isIsoDateTime(`${value}T00:00:00Z`)) {
    return bound === 'start' ? startOfAlmatyDay(value) : endOfAlmatyDay(value);
  }
  if (isIsoDateTime(value)) return new Date(value);
  errors[`filter.${field}`] = 'must be a date (2025-03-01) or an ISO 8601 date-time';
  return undefined;
}

/** The WHERE clause of a list query, built condition by condition with numbered parameters. */
export class SqlConditions {
  readonly parameters: unknown[] = [];
  private readonly conditions: string[] = [];

  /** A placeholder (`$3`) for `value`. */
  parameter(value: unknown): string {
    this.parameters.push(value);
    return `$${this.parameters.length}`;
  }

  /** Adds `condition(placeholder of value)`. */
  add(condition: (placeholder: string) => string, value: unknown): void {
    this.conditions.push(condition(this.parameter(value)));
  }

  get where(): string {
    return this.conditions.length > 0 ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** A job list's filter (ingestion and restriction jobs): by job, by breach, by status. */
export interface JobFilter<S extends string> {
  ids?: string[];
  breachIds?: string[];
  statuses?: S[];
}

/** Reads a job list's filter; unlike idFilter, a malformed id fails the list with a 400. */
export function parseJobFilter<const S extends string>(filter: Record<string, unknown>, jobName: string, statuses: readonly S[]): JobFilter<S> {
  const errors: Record<string, string> = {};
  const parsed: JobFilter<S> = {};
  const ids = filterValues(filter, 'id');
  if (ids) {
    if (ids.every(isUuid)) parsed.ids = ids;
    else errors['filter.id'] = `must be ${jobName} ids`;
  }
  const breachIds = filterValues(filter, 'breachId');
  if (breachIds) {
    if (breachIds.every(isUuid)) parsed.breachIds = breachIds;
    else errors['filter.breachId'] = 'must be breach ids';
  }
  const statusValues = filterValues(filter, 'status');
  if (statusValues) {
    if (statusValues.every((status) => isOneOf(statuses, status))) parsed.statuses = statusValues as S[];
    else errors['filter.status'] = `must be one of ${statuses.join(', ')}`;
  }
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}
