import { Chip, type ChipProps } from '@mui/material';
import type { BreachStatus } from '@qorgau/shared';
import { useRecordContext, useTranslate } from 'react-admin';

/** Colour per lifecycle status; the chip always names the status too, colour is only a hint. */
const COLOURS: Record<BreachStatus, { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  draft: { color: 'default', variant: 'filled' },
  investigating: { color: 'warning', variant: 'filled' },
  'awaiting-approval': { color: 'warning', variant: 'outlined' },
  confirmed: { color: 'error', variant: 'filled' },
  closed: { color: 'primary', variant: 'filled' },
  rejected: { color: 'default', variant: 'outlined' },
  retracted: { color: 'secondary', variant: 'outlined' },
};

export const BreachStatusChip = ({ status, size = 'small' }: { status: BreachStatus; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  const style = COLOURS[status] ?? COLOURS.draft;
  return (
    <Chip
      size={size}
      color={style.color}
      variant={style.variant}
      label={translate(`qorgau.status.${status}`, { _: status })}
      data-status={status}
    />
  );
};

/** The record's `status` as a chip (for tables and show pages). */
export const BreachStatusField = ({ source }: { source: 'status'; label?: string }) => {
  const record = useRecordContext<{ status?: BreachStatus }>();
  const status = record?.[source];
  return status ? <BreachStatusChip status={status} /> : null;
};
