import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';
import { QorgauLogo } from '../layout/QorgauLogo';

const loginSx = {
  '& .RaLogin-card': { width: 'min(360px, calc(100% - 32px))', marginTop: { xs: '2em', sm: '6em' } },
  '& .RaLogin-icon': { width: 56, height: 56, bgcolor: 'transparent' },
  '& .RaLoginForm-content': { width: 'auto' },
};

/**
 * react-admin's login page with Qorgau's name on it, and the language switcher so a regulator
 * can pick kk/ru/en before signing in (the same LocalesMenuButton the app bar shows).
 */
export const LoginPage = () => {
  const translate = useTranslate();
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
        <LoginForm />
        <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
          <LocalesMenuButton />
        </Box>
      </Login>
    </Box>
  );
};
