import { Chip, type ChipProps } from '@mui/material';
import type { IngestJobStatus } from '@qorgau/shared';
import { useRecordContext, useTranslate } from 'react-admin';

/** Colour per job status; the chip always names the status too, colour is only a hint. */
const COLOURS: Record<IngestJobStatus, { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  queued: { color: 'default', variant: 'outlined' },
  running: { color: 'info', variant: 'filled' },
  done: { color: 'success', variant: 'filled' },
  failed: { color: 'error', variant: 'filled' },
};

export const IngestJobStatusChip = ({ status }: { status: IngestJobStatus }) => {
  const translate = useTranslate();
  const style = COLOURS[status] ?? COLOURS.queued;
  return (
    <Chip
      size="small"
      color={style.color}
      variant={style.variant}
      label={translate(`qorgau.ingest.status.${status}`, { _: status })}
      data-status={status}
    />
  );
};

/** The record's `status` as a chip (for tables and show pages). */
export const IngestJobStatusField = ({ source }: { source: 'status'; label?: string }) => {
  const record = useRecordContext<{ status?: IngestJobStatus }>();
  const status = record?.[source];
  return status ? <IngestJobStatusChip status={status} /> : null;
};
