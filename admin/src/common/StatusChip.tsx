import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export type ChipColours<Status extends string> = Record<Status, { color: ChipProps['color']; variant: ChipProps['variant'] }>;

/** A status as a chip translated as `<prefix>.<status>`; colour is only a hint, the chip always names the status. */
export const StatusChip = <Status extends string>({ status, prefix, colours }: { status: Status; prefix: string; colours: ChipColours<Status> }) => {
  const translate = useTranslate();
  const style = colours[status] ?? { color: 'default', variant: 'outlined' };
  return <Chip size="small" color={style.color} variant={style.variant} label={translate(`${prefix}.${status}`, { _: status })} data-status={status} />;
};

/** The record's status (`source`) as a StatusChip, for tables and show pages. */
export const StatusChipField = <Status extends string>({ source, prefix, colours }: { source: string; label?: string; prefix: string; colours: ChipColours<Status> }) => {
  const record = useRecordContext<Record<string, unknown>>();
  const status = record?.[source] as Status | undefined;
  return status ? <StatusChip status={status} prefix={prefix} colours={colours} /> : null;
};
