import BlockIcon from '@mui/icons-material/Block';
import type { AdminRestriction } from '@qorgau/shared';
import { RestrictionList } from './RestrictionList';

export default {
  list: RestrictionList,
  icon: BlockIcon,
  recordRepresentation: (record: AdminRestriction) => record.personRef,
};
