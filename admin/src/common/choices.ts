import { BREACH_STATUSES, COMPANY_SECTORS, DATA_CLASSES, INGEST_JOB_STATUSES, ROLES } from '@qorgau/shared';

/**
 * Choices for react-admin's select inputs, built from the closed vocabularies of @qorgau/shared so
 * a form offers exactly what the server accepts. `name` is a translation key: react-admin's
 * inputs translate it.
 */
const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const SECTOR_CHOICES = choicesOf(COMPANY_SECTORS, 'qorgau.sector');
export const DATA_CLASS_CHOICES = choicesOf(DATA_CLASSES, 'qorgau.data_class');
export const BREACH_STATUS_CHOICES = choicesOf(BREACH_STATUSES, 'qorgau.status');
export const ROLE_CHOICES = choicesOf(ROLES, 'qorgau.role');
export const INGEST_JOB_STATUS_CHOICES = choicesOf(INGEST_JOB_STATUSES, 'qorgau.ingest.status');
