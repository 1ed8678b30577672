import GavelIcon from '@mui/icons-material/Gavel';
import type { AdminDispute } from '@qorgau/shared';
import { DisputeList } from './DisputeList';
import { DisputeShow } from './DisputeShow';

export default {
  list: DisputeList,
  show: DisputeShow,
  icon: GavelIcon,
  recordRepresentation: (record: AdminDispute) => `${record.breachTitle} · ${record.personRef}`,
};
