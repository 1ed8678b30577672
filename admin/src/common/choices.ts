import {
  BREACH_STATUSES,
  COMPANY_SECTORS,
  DATA_CLASSES,
  DISPUTE_REASONS,
  DISPUTE_STATUSES,
  INGEST_JOB_STATUSES,
  INQUIRY_PURPOSES,
  LENDER_KINDS,
  LIFT_KINDS,
  LIFT_SCOPES,
  LIFT_STATUSES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  ROLES,
} from '@qorgau/shared';

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
export const LIFT_STATUS_CHOICES = choicesOf(LIFT_STATUSES, 'qorgau.lift.status');
export const LIFT_KIND_CHOICES = choicesOf(LIFT_KINDS, 'qorgau.lift.kind');
export const LIFT_SCOPE_CHOICES = choicesOf(LIFT_SCOPES, 'qorgau.lift.scope');
export const DISPUTE_STATUS_CHOICES = choicesOf(DISPUTE_STATUSES, 'qorgau.dispute.status');
export const DISPUTE_REASON_CHOICES = choicesOf(DISPUTE_REASONS, 'qorgau.dispute.reason');
export const LENDER_KIND_CHOICES = choicesOf(LENDER_KINDS, 'qorgau.lender_kind');
export const INQUIRY_PURPOSE_CHOICES = choicesOf(INQUIRY_PURPOSES, 'qorgau.purpose');
export const NOTIFICATION_STATUS_CHOICES = choicesOf(NOTIFICATION_STATUSES, 'qorgau.notification.status');
export const NOTIFICATION_TYPE_CHOICES = choicesOf(NOTIFICATION_TYPES, 'qorgau.notification.type');
export const NOTIFICATION_CHANNEL_CHOICES = choicesOf(NOTIFICATION_CHANNELS, 'qorgau.notification.channel');
