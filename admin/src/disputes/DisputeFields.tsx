import type { DisputeStatus } from '@qorgau/shared';
import { StatusChipField, type ChipColours } from '../common/StatusChip';

const STATUS_COLOURS: ChipColours<DisputeStatus> = {
  open: { color: 'warning', variant: 'filled' },
  accepted: { color: 'success', variant: 'filled' },
  rejected: { color: 'default', variant: 'filled' },
};

export const DisputeStatusField = (_props: { label?: string }) => <StatusChipField source="status" prefix="qorgau.dispute.status" colours={STATUS_COLOURS} />;
