import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

interface StatCardProps {
  /** Labels the card for assistive technology; the visible label is `label`. */
  id: string;
  icon: ReactNode;
  label: string;
  value: number | string;
  footer?: ReactNode;
}

/** One figure on the dashboard: an icon, a label and a big number. */
export const StatCard = ({ id, icon, label, value, footer }: StatCardProps) => (
  <Card
    component="section"
    aria-labelledby={`${id}-label`}
    variant="outlined"
    sx={{ height: '100%', borderTop: 4, borderTopColor: 'warning.main' }}
  >
    <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      <Box
        aria-hidden
        sx={{
          display: 'grid',
          placeItems: 'center',
          width: 48,
          height: 48,
          borderRadius: '50%',
          bgcolor: 'primary.main',
          color: 'primary.contrastText',
          flexShrink: 0,
        }}
      >
        {icon}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography id={`${id}-label`} component="h2" variant="subtitle2" color="text.secondary">
          {label}
        </Typography>
        <Typography component="p" variant="h4" sx={{ fontWeight: 700, lineHeight: 1.2 }} data-testid={`${id}-value`}>
          {value}
        </Typography>
        {footer ? (
          <Typography component="p" variant="body2" color="text.secondary">
            {footer}
          </Typography>
        ) : null}
      </Box>
    </CardContent>
  </Card>
);
