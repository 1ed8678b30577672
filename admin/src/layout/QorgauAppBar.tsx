import { Box, Typography } from '@mui/material';
import { AppBar, TitlePortal, useTranslate } from 'react-admin';
import { QorgauLogo } from './QorgauLogo';

/**
 * react-admin's app bar with the Qorgau mark before the page title. The page title (set by each
 * page with <Title>) is the page's only <h1>.
 */
export const QorgauAppBar = () => {
  const translate = useTranslate();
  return (
    <AppBar>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 2 }}>
        <QorgauLogo fontSize="medium" />
        <Typography
          component="span"
          sx={{ fontWeight: 700, letterSpacing: '0.02em', display: { xs: 'none', sm: 'inline' } }}
        >
          {translate('qorgau.app.title')}
        </Typography>
      </Box>
      <TitlePortal component="h1" variant="h6" sx={{ m: 0, fontSize: '1.05rem' }} />
    </AppBar>
  );
};
