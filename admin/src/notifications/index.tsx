import NotificationsIcon from '@mui/icons-material/NotificationsActive';
import { NotificationRepresentation } from './NotificationFields';
import { NotificationList } from './NotificationList';
import { NotificationShow } from './NotificationShow';

export default {
  list: NotificationList,
  show: NotificationShow,
  icon: NotificationsIcon,
  recordRepresentation: <NotificationRepresentation />,
};
