import BusinessIcon from '@mui/icons-material/Business';
import type { Company } from '@qorgau/shared';
import { CompanyCreate } from './CompanyCreate';
import { CompanyEdit } from './CompanyEdit';
import { CompanyList } from './CompanyList';
import { CompanyShow } from './CompanyShow';

export default {
  list: CompanyList,
  show: CompanyShow,
  create: CompanyCreate,
  edit: CompanyEdit,
  icon: BusinessIcon,
  recordRepresentation: (record: Company) => `${record.name} (${record.bin})`,
};
