import PeopleIcon from '@mui/icons-material/People';
import { UserList, type User } from './UserList';

export default {
  list: UserList,
  icon: PeopleIcon,
  recordRepresentation: (record: User) => record.email,
};
