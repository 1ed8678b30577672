import type { Breach, Company } from '@qorgau/shared';
import {
  DataTable,
  EmailField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
  useTranslate,
} from 'react-admin';
import { Divider, Typography } from '@mui/material';
import { BreachStatusField } from '../breaches/BreachStatusChip';
import { DateTimeField, EnumField, YesNoField } from '../common/fields';
import { FieldRow, LabeledNumber, RecordTimestamps } from '../common/ShowLayout';

/** A company, its accountability figures (SPEC §3.5) and its breaches. */
export const CompanyShow = () => {
  const translate = useTranslate();
  return (
    <Show<Company>>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="bin" />
        <EnumField source="sector" prefix="qorgau.sector" />
        <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
        <TextField source="contactName" emptyText="—" />
        <EmailField source="contactEmail" emptyText="—" />
        <TextField source="contactPhone" emptyText="—" />
        <FieldRow>
          <LabeledNumber source="breachCount" />
          <LabeledNumber source="peopleExposed" />
          <LabeledNumber source="lateReports" />
        </FieldRow>
        <FieldRow>
          <RecordTimestamps />
        </FieldRow>
        <Divider />
        <Typography component="h2" variant="h6">
          {translate('qorgau.companies.breaches_heading')}
        </Typography>
        <ReferenceManyField<Company, Breach>
          reference="breaches"
          target="companyId"
          sort={{ field: 'reportedAt', order: 'DESC' }}
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10]} />}
          label={false}
        >
          <DataTable<Breach> rowClick="show" bulkActionButtons={false} empty={<EmptyBreaches />}>
            <DataTable.Col source="title" />
            <DataTable.Col source="status">
              <BreachStatusField source="status" />
            </DataTable.Col>
            <DataTable.Col source="reportedAt">
              <DateTimeField source="reportedAt" />
            </DataTable.Col>
            <DataTable.Col source="reportedLate">
              <YesNoField source="reportedLate" emphasise />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};

const EmptyBreaches = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('qorgau.companies.no_breaches')}
    </Typography>
  );
};
