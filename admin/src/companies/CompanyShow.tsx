import type { Breach, Company } from '@qorgau/shared';
import {
  DataTable,
  EmailField,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
  useTranslate,
} from 'react-admin';
import { Box, Divider, Typography } from '@mui/material';
import { BreachStatusField } from '../breaches/BreachStatusChip';
import { DateTimeField, EnumField, NumberValueField, YesNoField } from '../common/fields';

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
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="breachCount">
            <NumberValueField source="breachCount" />
          </Labeled>
          <Labeled source="peopleExposed">
            <NumberValueField source="peopleExposed" />
          </Labeled>
          <Labeled source="lateReports">
            <NumberValueField source="lateReports" />
          </Labeled>
        </Box>
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="createdAt">
            <DateTimeField source="createdAt" />
          </Labeled>
          <Labeled source="updatedAt">
            <DateTimeField source="updatedAt" />
          </Labeled>
        </Box>
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
