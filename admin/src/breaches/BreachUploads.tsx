import { Typography } from '@mui/material';
import type { Breach, IngestJob } from '@qorgau/shared';
import { DataTable, Pagination, ReferenceManyField, useTranslate, type GetManyReferenceResult } from 'react-admin';
import { DateTimeField, NumberValueField } from '../common/fields';
import { IngestJobStatusField } from '../ingest-jobs/IngestJobStatusChip';
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
          <DataTable.Col source="status">
            <IngestJobStatusField source="status" />
          </DataTable.Col>
          <DataTable.Col source="rowsRead" align="right">
            <NumberValueField source="rowsRead" />
          </DataTable.Col>
          <DataTable.Col source="accepted" align="right">
            <NumberValueField source="accepted" />
          </DataTable.Col>
          <DataTable.Col source="duplicates" align="right">
            <NumberValueField source="duplicates" />
          </DataTable.Col>
          <DataTable.Col source="rejected" align="right">
            <NumberValueField source="rejected" />
          </DataTable.Col>
          <DataTable.Col source="startedAt">
            <DateTimeField source="startedAt" />
          </DataTable.Col>
          <DataTable.Col source="finishedAt">
            <DateTimeField source="finishedAt" />
          </DataTable.Col>
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
