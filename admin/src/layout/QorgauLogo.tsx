import { SvgIcon, type SvgIconProps } from '@mui/material';

/** The Qorgau mark: a shield in the flag's sky blue with the golden sun. Decorative. */
export const QorgauLogo = (props: SvgIconProps) => (
  <SvgIcon viewBox="0 0 64 64" aria-hidden focusable="false" {...props}>
    <path fill="#00AFCA" d="M32 4 8 13v17c0 15 10 26 24 30 14-4 24-15 24-30V13z" />
    <circle fill="#FEC50C" cx="32" cy="28" r="12" />
    <path fill="#00505C" d="M26 44h12l-2 8h-8z" />
  </SvgIcon>
);
