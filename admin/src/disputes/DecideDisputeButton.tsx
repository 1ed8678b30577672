import { useId, useState } from 'react';
import { Alert, Button, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { DISPUTE_OUTCOMES, type AdminDispute, type DisputeDecisionRequest, type DisputeOutcome } from '@qorgau/shared';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { httpClient } from '../dataProvider';

/**
 * Decides an open dispute (SPEC §3.4): accept — the person's exposure in the breach and the
 * restriction it caused are removed — or reject; either way with a reason the person reads.
 */
export const DecideDisputeButton = () => {
  const dispute = useRecordContext<AdminDispute>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'disputes', action: 'decide' });
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<DisputeOutcome | null>(null);
  const outcomeLabelId = useId();
  if (!dispute || !canAccess || dispute.status !== 'open') return null;

  const decide = (reason: string) => {
    const body: DisputeDecisionRequest = { outcome: outcome!, reason };
    return httpClient(`/api/v1/admin/disputes/${encodeURIComponent(dispute.id)}/decision`, { method: 'POST', body: JSON.stringify(body) });
  };
  const close = () => {
    setOpen(false);
    setOutcome(null);
  };

  return (
    <>
      <Button variant="contained" startIcon={<GavelIcon />} onClick={() => setOpen(true)}>
        {translate('qorgau.dispute.decide')}
      </Button>
      {open ? (
        <ReasonDialog
          title="qorgau.dispute.decide_title"
          submitLabel="qorgau.dispute.decide"
          reasonHelp="qorgau.dispute.reason_help"
          done="qorgau.dispute.decided"
          ready={outcome !== null}
          onSubmit={decide}
          onClose={close}
        >
          <FormControl>
            <FormLabel id={outcomeLabelId}>{translate('qorgau.dispute.outcome')}</FormLabel>
            <RadioGroup aria-labelledby={outcomeLabelId} name="outcome" value={outcome ?? ''} onChange={(event) => setOutcome(event.target.value as DisputeOutcome)}>
              {DISPUTE_OUTCOMES.map((value) => (
                <FormControlLabel key={value} value={value} control={<Radio />} label={translate(`qorgau.dispute.outcome_choice.${value}`)} />
              ))}
            </RadioGroup>
          </FormControl>
          {outcome === 'accepted' ? <Alert severity="warning">{translate('qorgau.dispute.accept_explained')}</Alert> : null}
        </ReasonDialog>
      ) : null}
    </>
  );
};
