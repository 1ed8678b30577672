import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { Bank } from '@qorgau/shared';
import { BankCreate } from './BankCreate';
import { BankEdit } from './BankEdit';
import { BankList } from './BankList';
import { BankShow } from './BankShow';

export default {
  list: BankList,
  show: BankShow,
  create: BankCreate,
  edit: BankEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: Bank) => `${record.name} (${record.bin})`,
};
