import { Divider } from '@mui/material';
import type { IngestJob } from '@qorgau/shared';
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRefresh } from 'react-admin';
import { FieldRow, LabeledDateTime } from '../common/ShowLayout';
import { CancelJobButton } from './CancelJobButton';
import { IngestJobFiguresField } from './IngestJobFigures';
import { isActive, POLL_INTERVAL_MS } from './ingestJobs';
import { RejectSampleTable } from './RejectSampleTable';

const IngestJobShowActions = () => {
  const refresh = useRefresh();
  return (
    <TopToolbar>
      <CancelJobButton onCancelled={refresh} />
    </TopToolbar>
  );
};

/**
 * One upload: its breach, counts, progress while it works (asked for again every half second until
 * it is done or failed), why it failed, and the masked sample of refused values.
 */
export const IngestJobShow = () => (
  <Show<IngestJob>
    actions={<IngestJobShowActions />}
    queryOptions={{ refetchInterval: (query) => (isActive(query.state.data?.status) ? POLL_INTERVAL_MS : false) }}
  >
    <SimpleShowLayout>
      <ReferenceField source="breachId" reference="breaches" link="show" />
      <IngestJobFiguresField label="resources.ingest-jobs.fields.status" />
      <FieldRow>
        <LabeledDateTime source="startedAt" />
        <LabeledDateTime source="finishedAt" />
        <Labeled source="id">
          <TextField source="id" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
      </FieldRow>
      <Divider />
      <RejectSampleTable />
    </SimpleShowLayout>
  </Show>
);
