import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { IngestJob } from '@qorgau/shared';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatNumber } from './format';

/**
 * The sample of refused values the API keeps: line, the value masked (never more than
 * `8701***4567`) and the reason. Values are text, rendered as text.
 */
export const RejectSampleTable = () => {
  const record = useRecordContext<IngestJob>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const sample = record.rejectSample ?? [];
  return (
    <section aria-labelledby="reject-sample-heading">
      <Typography id="reject-sample-heading" component="h2" variant="h6">
        {translate('qorgau.ingest.reject_sample.title')}
      </Typography>
      {sample.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('qorgau.ingest.reject_sample.empty')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('qorgau.ingest.reject_sample.help', {
              shown: formatNumber(sample.length, locale),
              total: formatNumber(record.rejected, locale),
            })}
          </Typography>
          <Table size="small" aria-labelledby="reject-sample-heading" data-testid="reject-sample">
            <TableHead>
              <TableRow>
                <TableCell align="right">{translate('qorgau.ingest.reject_sample.line')}</TableCell>
                <TableCell>{translate('qorgau.ingest.reject_sample.value')}</TableCell>
                <TableCell>{translate('qorgau.ingest.reject_sample.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sample.map((reject, index) => (
                <TableRow key={`${reject.line}-${index}`}>
                  <TableCell align="right">{formatNumber(reject.line, locale)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{reject.value}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{reject.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
};
