import ReportIcon from '@mui/icons-material/Report';
import type { Breach } from '@qorgau/shared';
import { BreachCreate } from './BreachCreate';
import { BreachEdit } from './BreachEdit';
import { BreachList } from './BreachList';
import { BreachShow } from './BreachShow';

export default {
  list: BreachList,
  show: BreachShow,
  create: BreachCreate,
  edit: BreachEdit,
  icon: ReportIcon,
  recordRepresentation: (record: Breach) => record.title,
};
