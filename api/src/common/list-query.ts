import { controlCharacterErrors } from './control-characters';
import { jsonShapeProblem } from './json-depth';
import { ValidationException } from './validation.exception';

/** The query of a ra-data-simple-rest list: `sort=["field","ASC"]`, `range=[0,24]`, `filter={...}`. */
export interface RawListQuery {
  sort?: string;
  range?: string;
  filter?: string;
}

export interface ListQuery<SortField extends string> {
  sortField: SortField;
  sortOrder: 'ASC' | 'DESC';
  offset: number;
  limit: number;
  filter: Record<string, unknown>;
}

export const MAX_PAGE_SIZE = 1000;

export function parseListQuery<SortField extends string>(
  raw: RawListQuery,
  options: { sortable: readonly SortField[]; defaultSort: [SortField, 'ASC' | 'DESC'] },
): ListQuery<SortField> {
  const errors: Record<string, string> = {};
  const [sortField, sortOrder] = parsePair(raw.sort, options.defaultSort, 'sort', errors) as [SortField, string];
  if (!options.sortable.includes(sortField)) errors.sort = `cannot sort by ${String(sortField)}; sortable: ${options.sortable.join(', ')}`;
  if (sortOrder !== 'ASC' && sortOrder !== 'DESC') errors.sort = 'order must be ASC or DESC';
  const [start, end] = parsePair(raw.range, [0, 24], 'range', errors) as [number, number];
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    errors.range = 'must be [start, end] with 0 ≤ start ≤ end';
  } else if (end - start + 1 > MAX_PAGE_SIZE) {
    errors.range = `at most ${MAX_PAGE_SIZE} records per page`;
  }
  const filter = parseJson(raw.filter, {}, 'filter', errors);
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) errors.filter = 'must be a JSON object';
  // JSON escapes (`"\u0000"`) pass the edge's check of the raw query string: check what they decode to.
  else Object.assign(errors, controlCharacterErrors(filter, 'filter'));
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return {
    sortField,
    sortOrder: sortOrder as 'ASC' | 'DESC',
    offset: start,
    limit: end - start + 1,
    filter: filter as Record<string, unknown>,
  };
}

function parsePair(value: string | undefined, fallback: [unknown, unknown], field: string, errors: Record<string, string>) {
  const pair = parseJson(value, fallback, field, errors);
  if (Array.isArray(pair) && pair.length === 2) return pair;
  errors[field] = 'must be a JSON array of two items';
  return fallback;
}

function parseJson(value: string | undefined, fallback: unknown, field: string, errors: Record<string, string>): unknown {
  if (value === undefined || value === '') return fallback;
  const problem = jsonShapeProblem(value);
  if (problem) {
    errors[field] = problem;
    return fallback;
  }
  try {
    return JSON.parse(value);
  } catch {
    errors[field] = 'must be JSON';
    return fallback;
  }
}

/** `Content-Range: users 0-24/319`, as ra-data-simple-rest reads it. */
export function contentRange(resource: string, offset: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${offset}-${offset + count - 1}/${total}`;
}
