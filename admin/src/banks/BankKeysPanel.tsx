import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import type { Bank, BankKey, BankKeyCreated, BankKeyInput } from '@qorgau/shared';
import { Confirm, RecordContextProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/fields';
import { useApiGet } from '../common/useApiGet';
import { useNotifyFailure } from '../common/useNotifyFailure';
import { httpClient } from '../dataProvider';
import { hasExpired, IssueKeyDialog, KeyExpiry, NewKeyExpiry } from './KeyExpiry';

const keysUrl = (bankId: string) => `/api/v1/admin/banks/${bankId}/keys`;

/**
 * A lender's API keys (SPEC §5.1): a key is issued with an optional last day, then shown once, in a
 * dialog with a copy button; a key is revoked after a confirmation and is refused everywhere within
 * seconds. An expired key is refused as a revoked one is, so it is not offered for revoking.
 */
export const BankKeysPanel = () => {
  const bank = useRecordContext<Bank>();
  const translate = useTranslate();
  const notify = useNotify();
  const failed = useNotifyFailure();
  const keys = useApiGet<BankKey[]>(bank ? keysUrl(bank.id) : '', [bank?.id]);
  const [issuing, setIssuing] = useState(false);
  const [created, setCreated] = useState<BankKeyCreated | null>(null);
  const [revoking, setRevoking] = useState<BankKey | null>(null);
  const [busy, setBusy] = useState(false);
  if (!bank) return null;

  /** Whether the key was issued; if not, the failure has been notified. */
  const issueKey = async (input: BankKeyInput) => {
    try {
      const { json } = await httpClient(keysUrl(bank.id), { method: 'POST', body: JSON.stringify(input) });
      setIssuing(false);
      setCreated(json as BankKeyCreated);
      keys.retry();
      return true;
    } catch (failure) {
      failed(failure);
      return false;
    }
  };

  const revoke = async (key: BankKey) => {
    setBusy(true);
    try {
      await httpClient(`${keysUrl(bank.id)}/${key.id}`, { method: 'DELETE' });
      notify('qorgau.banks.key_revoked', { type: 'info' });
      keys.retry();
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  };

  return (
    <Box data-testid="bank-keys">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography component="h2" variant="h6">
          {translate('qorgau.banks.keys_heading')}
        </Typography>
        <Button variant="contained" size="small" startIcon={<AddIcon />} onClick={() => setIssuing(true)} disabled={busy}>
          {translate('qorgau.banks.new_key')}
        </Button>
      </Stack>
      {keys.status === 'ready' && keys.data.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('qorgau.banks.no_keys')}
        </Typography>
      )}
      {keys.status === 'error' && <Alert severity="error">{translate('qorgau.banks.keys_load_error')}</Alert>}
      {keys.status === 'ready' && keys.data.length > 0 && (
        <Table size="small" aria-label={translate('qorgau.banks.keys_heading')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('qorgau.banks.prefix')}</TableCell>
              <TableCell>{translate('qorgau.banks.created')}</TableCell>
              <TableCell>{translate('qorgau.banks.last_used')}</TableCell>
              <TableCell>{translate('qorgau.banks.expires')}</TableCell>
              <TableCell>{translate('qorgau.banks.revoked')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {keys.data.map((key) => (
              <RecordContextProvider key={key.id} value={key}>
              <TableRow data-testid={`bank-key-${key.prefix}`}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{`qk_${key.prefix}_…`}</TableCell>
                <TableCell>
                  <DateTimeField source="createdAt" />
                </TableCell>
                <TableCell>{key.lastUsedAt ? <DateTimeField source="lastUsedAt" /> : translate('qorgau.banks.never_used')}</TableCell>
                <TableCell>
                  <KeyExpiry expiresAt={key.expiresAt} />
                </TableCell>
                <TableCell>
                  <DateTimeField source="revokedAt" />
                </TableCell>
                <TableCell align="right">
                  {!key.revokedAt && !hasExpired(key.expiresAt) && (
                    <Button color="error" size="small" onClick={() => setRevoking(key)} disabled={busy}>
                      {translate('qorgau.banks.revoke')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
      {issuing && <IssueKeyDialog onIssue={issueKey} onClose={() => setIssuing(false)} />}
      <NewKeyDialog created={created} onClose={() => setCreated(null)} />
      <Confirm
        isOpen={revoking !== null}
        loading={busy}
        title="qorgau.banks.revoke_title"
        content="qorgau.banks.revoke_confirm"
        translateOptions={{ prefix: revoking?.prefix ?? '' }}
        confirm="qorgau.banks.revoke"
        confirmColor="warning"
        onConfirm={() => revoking && revoke(revoking)}
        onClose={() => setRevoking(null)}
      />
    </Box>
  );
};

/** The new key, shown this once: it cannot be read again, only revoked and replaced. */
const NewKeyDialog = ({ created, onClose }: { created: BankKeyCreated | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.key);
    notify('qorgau.banks.key_copied', { type: 'info' });
  };
  return (
    <Dialog open={created !== null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="new-key-title">
      <DialogTitle id="new-key-title">{translate('qorgau.banks.new_key_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('qorgau.banks.shown_once')}
        </Alert>
        <MuiTextField
          value={created?.key ?? ''}
          label={translate('qorgau.banks.key')}
          fullWidth
          slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } }, htmlInput: { 'data-testid': 'new-key-value' } }}
          onFocus={(event) => event.target.select()}
        />
        {created && <NewKeyExpiry expiresAt={created.expiresAt} />}
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate('qorgau.banks.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('qorgau.banks.key_saved')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
