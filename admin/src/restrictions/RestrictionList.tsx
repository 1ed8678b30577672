import type { AdminRestriction } from '@qorgau/shared';
import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, TextInput, useLocation } from 'react-admin';
import { DateTimeField, YesNoField } from '../common/fields';
import { PersonLookupForm } from './PersonLookupForm';

const restrictionFilters = [
  <TextInput key="personRef" source="personRef" helperText="qorgau.restriction.person_ref_help" />,
  <ReferenceInput key="breachId" source="breachId" reference="breaches">
    <AutocompleteInput />
  </ReferenceInput>,
];

/**
 * Restrictions by person, never showing an identifier (SPEC §3.6): a reviewer types the caller's IIN
 * (hashed by the server) and why (SPEC §3.9), or follows a person reference. The filter stays out of
 * the address bar and the browser's storage, since it may hold an IIN; and the list is not fetched
 * again on its own (window focus, reconnection), since each fetch by IIN is an audited look-up. Only
 * the order by person is offered: the others would sort millions of rows.
 */
export const RestrictionList = () => (
  <List<AdminRestriction>
    sort={{ field: 'personRef', order: 'ASC' }}
    filters={restrictionFilters}
    filterDefaultValues={useBreachFromLink()}
    disableSyncWithLocation
    storeKey={false}
    exporter={false}
    queryOptions={{ refetchOnWindowFocus: false, refetchOnReconnect: false }}
  >
    <PersonLookupForm />
    <DataTable<AdminRestriction> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="personRef" />
      <DataTable.Col source="breachId" disableSort>
        <ReferenceField source="breachId" reference="breaches" link="show" />
      </DataTable.Col>
      <DataTable.Col source="startsAt" disableSort>
        <DateTimeField source="startsAt" />
      </DataTable.Col>
      <DataTable.Col source="endsAt" disableSort>
        <DateTimeField source="endsAt" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <YesNoField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);

/** A link from a breach (`?filter={"breachId":…}`) opens the list on its restrictions; nothing else is read from the address. */
const useBreachFromLink = (): { breachId?: string } => {
  const { search } = useLocation();
  try {
    const breachId: unknown = JSON.parse(new URLSearchParams(search).get('filter') ?? '{}').breachId;
    return typeof breachId === 'string' ? { breachId } : {};
  } catch {
    return {};
  }
};
