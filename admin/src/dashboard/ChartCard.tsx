import type { ReactNode } from 'react';
import { Box, Card, CardContent, Grid, Typography, type GridSize } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Hidden from sight, not from screen readers: each chart's figures as a table. */
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

interface ChartCardProps {
  id: string;
  /** The card's width in the dashboard's grid, per breakpoint. */
  size: Partial<Record<'xs' | 'sm' | 'md' | 'lg' | 'xl', GridSize>>;
  title: string;
  /** The chart's figures, for screen readers: the column headers and the rows, each named first. */
  headers: string[];
  rows: (string | number)[][];
  /** No figures to draw: the card says so instead of drawing the chart. */
  empty: boolean;
  /** The chart. */
  children: ReactNode;
}

/** One chart of the dashboard in its grid cell: a titled card, its chart and the chart's figures as a table. */
export const ChartCard = ({ id, size, title, headers, rows, empty, children }: ChartCardProps) => {
  const translate = useTranslate();
  return (
    <Grid size={size}>
      <Card component="section" aria-labelledby={`${id}-title`} variant="outlined" sx={{ height: '100%', overflow: 'visible' }} data-testid={id}>
        <CardContent>
          <Typography id={`${id}-title`} component="h2" variant="h6" gutterBottom>
            {title}
          </Typography>
          {/* the chart is a picture of the table below it */}
          <Box aria-hidden>
            {empty ? (
              <Typography variant="body2" color="text.secondary" sx={{ py: 6, textAlign: 'center' }}>
                {translate('qorgau.dashboard.no_data')}
              </Typography>
            ) : (
              children
            )}
          </Box>
          <Box sx={visuallyHidden}>
            <DataTableFor caption={title} headers={headers} rows={rows} />
          </Box>
        </CardContent>
      </Card>
    </Grid>
  );
};

const DataTableFor = ({ caption, headers, rows }: { caption: string; headers: string[]; rows: (string | number)[][] }) => (
  <table>
    <caption>{caption}</caption>
    <thead>
      <tr>
        {headers.map((header) => (
          <th key={header} scope="col">
            {header}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr key={String(row[0])}>
          {row.map((cell, index) =>
            index === 0 ? (
              <th key={index} scope="row">
                {cell}
              </th>
            ) : (
              <td key={index}>{cell}</td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  </table>
);
