import type { PublicBreach, PublicBreachListItem } from '@qorgau/shared';
import type { PublicBreachRow } from './public.repository';

/** The public fields of a breach: what the wall and the people in it may see. */
export function toPublicBreach(row: PublicBreachRow): PublicBreach {
  return {
    id: row.id,
    companyId: row.companyId,
    title: row.title,
    description: row.description,
    occurredAt: row.occurredAt?.toISOString() ?? null,
    discoveredAt: row.discoveredAt.toISOString(),
    reportedAt: row.reportedAt.toISOString(),
    dataClasses: row.dataClasses,
    recordsClaimed: row.recordsClaimed,
    exposureCount: row.exposureCount,
    status: row.status,
    reportingDelayHours: row.reportingDelayHours,
    reportedLate: row.reportedLate,
  };
}

/** A public breach with its company. */
export function toPublicBreachListItem(row: PublicBreachRow): PublicBreachListItem {
  return { ...toPublicBreach(row), company: { bin: row.companyBin, name: row.companyName, sector: row.companySector } };
}
