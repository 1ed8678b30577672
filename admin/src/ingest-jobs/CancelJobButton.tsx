import { useState } from 'react';
import { Button } from '@mui/material';
import CancelIcon from '@mui/icons-material/Cancel';
import type { IngestJob } from '@qorgau/shared';
import { Confirm, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure';
import { cancelIngestJob, isActive } from './ingestJobs';

/**
 * Stops a queued or running job, after a confirmation, for those who may (admin, analyst): it
 * fails with "cancelled" and nothing of it is kept. Shown only while the job works.
 */
export const CancelJobButton = ({ job: given, onCancelled }: { job?: IngestJob | null; onCancelled?: (job: IngestJob) => void }) => {
  const record = useRecordContext<IngestJob>();
  const job = given ?? record;
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const { canAccess } = useCanAccess({ resource: 'ingest-jobs', action: 'cancel' });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!job || !canAccess || !isActive(job.status)) return null;

  const cancel = async () => {
    setBusy(true);
    try {
      const cancelled = await cancelIngestJob(job.id);
      notify('qorgau.ingest.cancelled', { type: 'info' });
      onCancelled?.(cancelled);
    } catch (failure) {
      // 409: it finished meanwhile; the server's sentence says how.
      notifyFailure(failure);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button color="error" variant="outlined" size="small" startIcon={<CancelIcon />} onClick={() => setConfirming(true)} disabled={busy}>
        {translate('qorgau.ingest.cancel_job')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="qorgau.ingest.cancel_job"
        content="qorgau.ingest.cancel_confirm"
        confirm="qorgau.ingest.cancel_job"
        cancel="qorgau.ingest.keep_going"
        confirmColor="warning"
        onConfirm={cancel}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
