import { Typography } from '@mui/material';
import type { AdminLift, LiftStatus } from '@qorgau/shared';
import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChipField, type ChipColours } from '../common/StatusChip';

const STATUS_COLOURS: ChipColours<LiftStatus> = {
  pending: { color: 'warning', variant: 'filled' },
  effective: { color: 'info', variant: 'filled' },
  expired: { color: 'default', variant: 'outlined' },
  cancelled: { color: 'default', variant: 'filled' },
};

export const LiftStatusField = (_props: { label?: string }) => <StatusChipField source="status" prefix="qorgau.lift.status" colours={STATUS_COLOURS} />;

/** Which lenders the lift frees: all, banks, MFOs, or the lender with the BIN shown. */
export const LiftScopeField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const lift = useRecordContext<AdminLift>();
  if (!lift) return null;
  const scope = translate(`qorgau.lift.scope.${lift.scope}`, { _: lift.scope });
  return (
    <Typography component="span" variant="body2">
      {lift.lenderBin ? `${scope}: ${lift.lenderBin}` : scope}
    </Typography>
  );
};

/** Whether a reviewer may still cancel the lift: only a pending or effective one changes anything. */
export const isCancellable = (lift: Pick<AdminLift, 'status'>) => lift.status === 'pending' || lift.status === 'effective';
