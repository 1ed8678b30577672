import type { MouseEvent } from 'react';
import type { AuditEvent } from '@qorgau/shared';
import { DataTable, DateInput, Link, List, TextInput, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, EnumField } from '../common/fields';
import { AuditChanges } from './AuditChanges';
import { ChainStatusBanner } from './ChainStatusBanner';

// Who did it and what kind of event: an auditor reviewing person look-ups (SPEC §3.9) filters by both.
const auditFilters = [
  <TextInput key="actorEmail" source="actorEmail" alwaysOn />,
  <TextInput key="action" source="action" helperText="qorgau.audit.action_help" alwaysOn />,
  <TextInput key="entityType" source="entityType" />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="actorId" source="actorId" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

/** The back-office resource an audited entity type is shown by, when there is one. */
const RESOURCE_OF_ENTITY: Record<string, string> = { breach: 'breaches', company: 'companies' };

/** Monospace, shortened ids (the whole id is in the title); a breach or company id links to its page. */
const IdField = ({ source }: { source: 'entityId' | 'requestId' }) => {
  const record = useRecordContext<AuditEvent>();
  const createPath = useCreatePath();
  const value = record?.[source];
  if (!value) return <>—</>;
  const text = (
    <span title={value} style={{ fontFamily: 'monospace', fontSize: '0.85em' }}>
      {value.length > 13 ? `${value.slice(0, 8)}…` : value}
    </span>
  );
  const resource = source === 'entityId' && record ? RESOURCE_OF_ENTITY[record.entityType] : undefined;
  if (!resource) return text;
  return (
    // a click on the link opens the entity, not the row
    <Link to={createPath({ resource, id: value, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {text}
    </Link>
  );
};

/** Events without a regulator behind them: the system itself (start-up, seeding) or an anonymous caller. */
const ActorField = () => {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  return <>{record?.actorEmail ?? translate('qorgau.audit.no_actor')}</>;
};

/**
 * The audit trail, newest first. Read-only: each event is append-only and hash-chained; the
 * banner above says whether the chain is intact. A row opens to show what changed.
 */
export const AuditEventList = () => (
  <>
    <ChainStatusBanner />
    <List<AuditEvent> sort={{ field: 'at', order: 'DESC' }} filters={auditFilters} perPage={25}>
      <DataTable<AuditEvent> rowClick="expand" expand={<AuditChanges />} bulkActionButtons={false}>
        <DataTable.Col source="at">
          <DateTimeField source="at" />
        </DataTable.Col>
        <DataTable.Col source="actorEmail">
          <ActorField />
        </DataTable.Col>
        {/* the API sorts by time, action, entity type and actor only */}
        <DataTable.Col source="actorRole" disableSort>
          <EnumField source="actorRole" prefix="qorgau.role" />
        </DataTable.Col>
        <DataTable.Col source="action" />
        <DataTable.Col source="entityType" />
        <DataTable.Col source="entityId" disableSort>
          <IdField source="entityId" />
        </DataTable.Col>
        <DataTable.Col source="requestId" disableSort>
          <IdField source="requestId" />
        </DataTable.Col>
      </DataTable>
    </List>
  </>
);
