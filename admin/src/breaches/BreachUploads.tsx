import { Typography } from '@mui/material';
import type { Breach, IngestJob } from '@qorgau/shared';
import { DataTable, Pagination, ReferenceManyField, useTranslate, type GetManyReferenceResult } from 'react-admin';
import { IngestJobColumns } from '../ingest-jobs/IngestJobColumns';
import { isActive } from '../ingest-jobs/ingestJobs';

/** While one of the breach's uploads works, its row is asked for again every two seconds. */
const WHILE_ACTIVE_MS = 2000;

/** The files loaded into the breach, newest first; each opens to its job page. */
export const BreachUploads = () => {
  const translate = useTranslate();
  return (
    <section aria-labelledby="breach-uploads-heading">
      <Typography id="breach-uploads-heading" component="h2" variant="h6">
        {translate('qorgau.ingest.uploads_heading')}
      </Typography>
      <ReferenceManyField<Breach, IngestJob>
        reference="ingest-jobs"
        target="breachId"
        sort={{ field: 'startedAt', order: 'DESC' }}
        perPage={5}
        pagination={<Pagination rowsPerPageOptions={[5]} />}
        queryOptions={{
          refetchInterval: (query) =>
            (query.state.data as GetManyReferenceResult<IngestJob> | undefined)?.data.some((job) => isActive(job.status)) ? WHILE_ACTIVE_MS : false,
        }}
      >
        <DataTable<IngestJob> rowClick="show" bulkActionButtons={false} empty={<NoUploads />}>
          <IngestJobColumns />
        </DataTable>
      </ReferenceManyField>
    </section>
  );
};

const NoUploads = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('qorgau.ingest.no_uploads')}
    </Typography>
  );
};
