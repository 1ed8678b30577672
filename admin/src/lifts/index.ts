import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { AdminLift } from '@qorgau/shared';
import { LiftList } from './LiftList';
import { LiftShow } from './LiftShow';

export default {
  list: LiftList,
  show: LiftShow,
  icon: LockOpenIcon,
  recordRepresentation: (record: AdminLift) => `${record.personRef} · ${record.kind}`,
};
