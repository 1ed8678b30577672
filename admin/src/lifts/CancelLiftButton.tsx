import { useState } from 'react';
import { Alert, Button } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import type { AdminLift, LiftCancelRequest } from '@qorgau/shared';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { httpClient } from '../dataProvider';
import { isCancellable } from './LiftFields';

/**
 * Cancels a lift suspected of coercion (SPEC §3.3): the restriction applies again at once, and the
 * citizen reads the reason. For admins and reviewers, while the lift is pending or effective.
 */
export const CancelLiftButton = () => {
  const lift = useRecordContext<AdminLift>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'lifts', action: 'cancel' });
  const [open, setOpen] = useState(false);
  if (!lift || !canAccess || !isCancellable(lift)) return null;

  const cancel = (reason: string) => {
    const body: LiftCancelRequest = { reason };
    return httpClient(`/api/v1/admin/lifts/${encodeURIComponent(lift.id)}/cancel`, { method: 'POST', body: JSON.stringify(body) });
  };

  return (
    <>
      <Button color="error" variant="contained" startIcon={<BlockIcon />} onClick={() => setOpen(true)}>
        {translate('qorgau.lift.cancel')}
      </Button>
      {open ? (
        <ReasonDialog
          title="qorgau.lift.cancel_title"
          submitLabel="qorgau.lift.cancel"
          submitColor="error"
          reasonHelp="qorgau.lift.cancel_reason_help"
          done="qorgau.lift.cancelled"
          onSubmit={cancel}
          onClose={() => setOpen(false)}
        >
          <Alert severity="warning">{translate('qorgau.lift.cancel_explained')}</Alert>
        </ReasonDialog>
      ) : null}
    </>
  );
};
