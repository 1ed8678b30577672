import NotificationsIcon from '@mui/icons-material/NotificationsActive';
import type { AdminNotification } from '@qorgau/shared';
import { NotificationList } from './NotificationList';
import { NotificationShow } from './NotificationShow';

export default {
  list: NotificationList,
  show: NotificationShow,
  icon: NotificationsIcon,
  recordRepresentation: (record: AdminNotification) => `${record.personRef} · ${record.type}`,
};
