import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { AuditEvent } from '@qorgau/shared';
import { AuditEventList } from './AuditEventList';

export default {
  list: AuditEventList,
  icon: FactCheckIcon,
  recordRepresentation: (record: AuditEvent) => `${record.action} ${record.entityType}`,
};
