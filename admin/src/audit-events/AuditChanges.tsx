import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { AuditEvent } from '@qorgau/shared';
import { useRecordContext, useTranslate } from 'react-admin';

const show = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
};

/** The expanded row of an audit event: each changed field before and after, and the event's hashes. */
export const AuditChanges = () => {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record) return null;
  const changes = Object.entries(record.changes ?? {});
  return (
    <Box sx={{ py: 1 }}>
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('qorgau.audit.no_changes')}
        </Typography>
      ) : (
        <Table size="small" aria-label={translate('qorgau.audit.changes')} sx={{ maxWidth: 960 }}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">{translate('qorgau.audit.field')}</TableCell>
              <TableCell component="th" scope="col">{translate('qorgau.audit.before')}</TableCell>
              <TableCell component="th" scope="col">{translate('qorgau.audit.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map(([field, change]) => (
              <TableRow key={field}>
                <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace', verticalAlign: 'top' }}>
                  {field}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top', color: 'text.secondary' }}>
                  {show(change?.before)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top' }}>
                  {show(change?.after)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, mt: 1.5, mb: 0, fontSize: '0.8rem' }}>
        <Typography component="dt" variant="caption" color="text.secondary">{translate('qorgau.audit.event_id')}</Typography>
        <Typography component="dd" variant="caption" sx={{ m: 0, fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{record.id}</Typography>
        <Typography component="dt" variant="caption" color="text.secondary">{translate('qorgau.audit.prev_hash')}</Typography>
        <Typography component="dd" variant="caption" sx={{ m: 0, fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{record.prevHash}</Typography>
        <Typography component="dt" variant="caption" color="text.secondary">{translate('qorgau.audit.hash')}</Typography>
        <Typography component="dd" variant="caption" sx={{ m: 0, fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{record.hash}</Typography>
      </Box>
    </Box>
  );
};
