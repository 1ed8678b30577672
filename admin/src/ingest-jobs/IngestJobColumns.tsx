import { DataTable } from 'react-admin';
import { DateTimeField, NumberValueField } from '../common/fields';
import { IngestJobStatusField } from './IngestJobStatusChip';

/** A job's status, counts and times: the columns the job list and a breach's uploads share. */
export const IngestJobColumns = () => (
  <>
    <DataTable.Col source="status">
      <IngestJobStatusField />
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
  </>
);
