import { Alert, Stack, Typography } from '@mui/material';
import type { AdminNotification, NotificationStatus } from '@qorgau/shared';
import { useListContext, useRecordContext, useTranslate } from 'react-admin';
import { StatusChipField, type ChipColours } from '../common/StatusChip';

const STATUS_COLOURS: ChipColours<NotificationStatus> = {
  pending: { color: 'warning', variant: 'outlined' },
  delivered: { color: 'success', variant: 'filled' },
  parked: { color: 'error', variant: 'filled' },
};

export const NotificationStatusField = (_props: { label?: string }) => (
  <StatusChipField source="status" prefix="qorgau.notification.status" colours={STATUS_COLOURS} />
);

/** The recipient as the API masks it (`+7 7** *** **12`, `a***@mail.kz`); a dash once the person removed their contacts. */
export const RecipientField = (_props: { label?: string }) => {
  const notification = useRecordContext<AdminNotification>();
  const translate = useTranslate();
  if (!notification) return null;
  const parts = [notification.to?.phone, notification.to?.email].filter((part): part is string => Boolean(part));
  return (
    <Stack component="span" spacing={0}>
      {parts.length === 0 ? (
        <Typography component="span" variant="body2" color="text.secondary">
          {translate('qorgau.notification.no_recipient')}
        </Typography>
      ) : (
        parts.map((part) => (
          <Typography key={part} component="span" variant="body2" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
            {part}
          </Typography>
        ))
      )}
    </Stack>
  );
};

/** The message itself, wrapped, as it is (or would be) sent. */
export const NotificationTextField = (_props: { label?: string }) => {
  const notification = useRecordContext<AdminNotification>();
  if (!notification) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', maxWidth: '42em', whiteSpace: 'normal' }} lang={notification.language}>
      {notification.text}
    </Typography>
  );
};

/** The last delivery failure, or a dash. */
export const LastErrorField = (_props: { label?: string }) => {
  const notification = useRecordContext<AdminNotification>();
  if (!notification) return null;
  return (
    <Typography component="span" variant="body2" color={notification.lastError ? 'error' : 'text.secondary'} sx={{ wordBreak: 'break-word' }}>
      {notification.lastError ?? '—'}
    </Typography>
  );
};

/**
 * The developer's view (SPEC §5.5): with no delivery channel configured, nothing leaves the
 * registry, and the outbox shows what would have been sent.
 */
export const NoChannelBanner = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" role="status" data-testid="no-channel-banner">
      {translate('qorgau.notification.no_channel')}
    </Alert>
  );
};

/** Above the list: the banner when any message shown was not sent for want of a channel. */
export const ListNoChannelBanner = () => {
  const { data } = useListContext<AdminNotification>();
  return data?.some((notification) => !notification.channelConfigured) ? <NoChannelBanner /> : null;
};

/** On a message's page: the banner when its channel is not configured. */
export const RecordNoChannelBanner = () => {
  const notification = useRecordContext<AdminNotification>();
  return notification && !notification.channelConfigured ? <NoChannelBanner /> : null;
};

/** The message's page title: "Notification fe768cf2 · Lender check", the event in words. */
export const NotificationTitle = () => {
  const notification = useRecordContext<AdminNotification>();
  const translate = useTranslate();
  const name = translate('resources.notifications.name', { smart_count: 1 });
  if (!notification) return <>{name}</>;
  return (
    <>
      {name} {notification.personRef} · {translate(`qorgau.notification.type.${notification.type}`, { _: notification.type })}
    </>
  );
};
