import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * Qorgau's colours come from Kazakhstan's flag: sky blue #00AFCA and golden #FEC50C.
 * The flag blue itself is too light behind white text, so buttons and the app bar use deeper
 * teal shades of it (white on #00707F ≈ 5.9:1, on #00505C ≈ 9:1); the gold is an accent,
 * always with dark text on it.
 */
export const QORGAU_SKY = '#00AFCA';
export const QORGAU_GOLD = '#FEC50C';

const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

const shared = {
  typography: {
    fontFamily,
    h6: { fontWeight: 500 },
    button: { textTransform: 'none' as const, fontWeight: 600 },
  },
  shape: { borderRadius: 10 },
};

const loginBackground = 'radial-gradient(circle at 50% 12em, #00819A 0%, #00505C 45%, #002A31 100%)';

/** Overrides both themes share: the gold accent on the app bar, focus rings and the active menu item. */
const brandComponents = {
  MuiAppBar: {
    styleOverrides: {
      root: { borderBottom: `3px solid ${QORGAU_GOLD}` },
    },
  },
  MuiButtonBase: {
    styleOverrides: {
      root: {
        '&.Mui-focusVisible': { outline: `3px solid ${QORGAU_GOLD}`, outlineOffset: 2 },
      },
    },
  },
  RaLogin: {
    styleOverrides: {
      root: { backgroundImage: loginBackground },
    },
  },
  RaMenuItemLink: {
    styleOverrides: {
      root: {
        '&.RaMenuItemLink-active': {
          boxShadow: `inset 3px 0 0 ${QORGAU_GOLD}`,
          fontWeight: 600,
        },
      },
    },
  },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  ...shared,
  palette: {
    mode: 'light',
    primary: { main: '#00707F', light: '#3FA6B5', dark: '#004D57', contrastText: '#FFFFFF' },
    secondary: { main: '#00505C', light: '#2F7A86', dark: '#00323A', contrastText: '#FFFFFF' },
    warning: { main: QORGAU_GOLD, contrastText: '#1F1A00' },
    background: { default: '#F4F8F9', paper: '#FFFFFF' },
    text: { primary: '#17252A', secondary: '#4A5A60' },
  },
  components: { ...defaultLightTheme.components, ...brandComponents },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  ...shared,
  palette: {
    mode: 'dark',
    primary: { main: '#5CD3E6', light: '#8CE2EF', dark: '#00AFCA', contrastText: '#002A31' },
    secondary: { main: QORGAU_GOLD, contrastText: '#1F1A00' },
    warning: { main: QORGAU_GOLD, contrastText: '#1F1A00' },
    background: { default: '#0E1A1D', paper: '#152429' },
    text: { primary: '#E8F1F3', secondary: '#A9BEC3' },
  },
  components: {
    ...defaultDarkTheme.components,
    ...brandComponents,
    MuiAppBar: {
      styleOverrides: {
        // MUI lightens dark-mode paper with a gradient; the app bar keeps its flat colour.
        root: { borderBottom: `3px solid ${QORGAU_GOLD}`, backgroundImage: 'none' },
      },
    },
  },
};
