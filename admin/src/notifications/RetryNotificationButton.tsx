import { useState } from 'react';
import { Button } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import type { AdminNotification } from '@qorgau/shared';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure';
import { httpClient } from '../dataProvider';

/**
 * Queues a parked message again, its tries counted afresh (SPEC §5.5); for admins, only on a parked
 * message (the API answers 409 otherwise, e.g. when another admin retried it meanwhile).
 */
export const RetryNotificationButton = () => {
  const notification = useRecordContext<AdminNotification>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'notifications', action: 'retry' });
  const [busy, setBusy] = useState(false);
  if (!notification || !canAccess || notification.status !== 'parked') return null;

  const retry = async () => {
    setBusy(true);
    try {
      await httpClient(`/api/v1/admin/notifications/${encodeURIComponent(notification.id)}/retry`, { method: 'POST' });
      notify('qorgau.notification.retried', { type: 'info' });
      refresh();
    } catch (failure) {
      notifyFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="contained" startIcon={<ReplayIcon />} onClick={retry} disabled={busy}>
      {translate('qorgau.notification.retry')}
    </Button>
  );
};
