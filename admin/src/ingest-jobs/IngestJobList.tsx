import type { IngestJob } from '@qorgau/shared';
import {
  AutocompleteInput,
  DataTable,
  defaultExporter,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  type Exporter,
  type GetListResult,
} from 'react-admin';
import { INGEST_JOB_STATUS_CHOICES } from '../common/choices';
import { isActive } from './ingestJobs';
import { IngestJobColumns } from './IngestJobColumns';

/** While a job on the page works, the page is asked for again every two seconds. */
const WHILE_ACTIVE_MS = 2000;

const breachFilterToQuery = (searchText: string) => ({ q: searchText });

const ingestJobFilters = [
  <SelectInput key="status" source="status" choices={INGEST_JOB_STATUS_CHOICES} alwaysOn />,
  <ReferenceInput key="breachId" source="breachId" reference="breaches" sort={{ field: 'reportedAt', order: 'DESC' }}>
    <AutocompleteInput filterToQuery={breachFilterToQuery} />
  </ReferenceInput>,
];

/**
 * The CSV export: the figures and the breach's title, without the reject sample (masked as it is,
 * a file of it would only travel further).
 */
const exportIngestJobs: Exporter<IngestJob> = async (jobs, fetchRelatedRecords, dataProvider, resource) => {
  const breaches = await fetchRelatedRecords<{ id: string; title: string }>(jobs, 'breachId', 'breaches');
  const rows = jobs.map((job) => ({
    id: job.id,
    breachId: job.breachId,
    breachTitle: breaches[job.breachId]?.title ?? '',
    status: job.status,
    rowsRead: job.rowsRead,
    accepted: job.accepted,
    duplicates: job.duplicates,
    rejected: job.rejected,
    bytesRead: job.bytesRead,
    startedAt: job.startedAt ?? '',
    finishedAt: job.finishedAt ?? '',
    error: job.error ?? '',
  }));
  return defaultExporter(rows, fetchRelatedRecords, dataProvider, resource);
};

/** Every upload into every breach, newest first; each opens to its counts and reject sample. */
export const IngestJobList = () => (
  <List<IngestJob>
    sort={{ field: 'startedAt', order: 'DESC' }}
    filters={ingestJobFilters}
    exporter={exportIngestJobs}
    queryOptions={{
      refetchInterval: (query) =>
        (query.state.data as GetListResult<IngestJob> | undefined)?.data.some((job) => isActive(job.status)) ? WHILE_ACTIVE_MS : false,
    }}
  >
    <DataTable<IngestJob> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="breachId" disableSort>
        <ReferenceField source="breachId" reference="breaches" link={false}>
          <TextField source="title" />
        </ReferenceField>
      </DataTable.Col>
      <IngestJobColumns />
    </DataTable>
  </List>
);
