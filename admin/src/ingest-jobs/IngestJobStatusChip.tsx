import type { IngestJobStatus } from '@qorgau/shared';
import { StatusChip, StatusChipField, type ChipColours } from '../common/StatusChip';

const COLOURS: ChipColours<IngestJobStatus> = {
  queued: { color: 'default', variant: 'outlined' },
  running: { color: 'info', variant: 'filled' },
  done: { color: 'success', variant: 'filled' },
  failed: { color: 'error', variant: 'filled' },
};

export const IngestJobStatusChip = ({ status }: { status: IngestJobStatus }) => <StatusChip status={status} prefix="qorgau.ingest.status" colours={COLOURS} />;

export const IngestJobStatusField = (_props: { label?: string }) => <StatusChipField source="status" prefix="qorgau.ingest.status" colours={COLOURS} />;
