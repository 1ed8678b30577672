import { Alert, Box, Typography } from '@mui/material';
import { useState } from 'react';
import { LocalesMenuButton, Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';
import { QorgauLogo } from '../layout/QorgauLogo';
import { unlockTokenFromUrl } from './unlockToken';

const loginSx = {
  '& .RaLogin-card': { width: 'min(360px, calc(100% - 32px))', marginTop: { xs: '2em', sm: '6em' } },
  '& .RaLogin-icon': { width: 56, height: 56, bgcolor: 'transparent' },
  '& .RaLoginForm-content': { width: 'auto' },
};

/**
 * react-admin's login page with Qorgau's name on it, and the language switcher so a regulator
 * can pick kk/ru/en before signing in (the same LocalesMenuButton the app bar shows). Opened from
 * the lock e-mail (`/admin/?unlock=<token>`), it sends the token with the password, which lifts
 * the lock.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const [unlockToken] = useState(unlockTokenFromUrl);
  return (
    <Box component="main">
      <Login avatarIcon={<QorgauLogo sx={{ fontSize: 40 }} />} sx={loginSx}>
        <Box component="header" sx={{ textAlign: 'center', px: 3 }}>
          <Typography component="h1" variant="h4" sx={{ fontWeight: 700, letterSpacing: '0.02em' }}>
            {translate('qorgau.app.title')}
          </Typography>
          <Typography component="p" variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate('qorgau.app.subtitle')}
          </Typography>
          <Typography component="p" variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
            {translate('qorgau.app.back_office')}
          </Typography>
        </Box>
        {unlockToken && (
          <Alert severity="info" sx={{ mx: 2, mt: 2 }} data-testid="unlock-notice">
            {translate('qorgau.auth.unlock_notice')}
          </Alert>
        )}
        <LoginForm>
          <TextInput autoFocus source="username" label={translate('ra.auth.username')} autoComplete="username" validate={required()} />
          <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
          {unlockToken && (
            <TextInput
              source="unlockToken"
              label={translate('qorgau.auth.unlock_code')}
              defaultValue={unlockToken}
              slotProps={{ input: { readOnly: true } }}
              helperText={false}
            />
          )}
        </LoginForm>
        <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
          <LocalesMenuButton />
        </Box>
      </Login>
    </Box>
  );
};
