import { lazy } from 'react';
import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { QorgauLayout } from './layout/QorgauLayout';
import { LoginPage } from './login/LoginPage';
import { darkTheme, lightTheme } from './theme';
import users from './users';

// The dashboard is not needed on the login page: load it once signed in.
const Dashboard = lazy(() => import('./dashboard/Dashboard'));

export const App = () => (
  <Admin
    title="Qorgau"
    disableTelemetry
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
    layout={QorgauLayout}
    loginPage={LoginPage}
    dashboard={Dashboard}
  >
    <Resource name="users" {...users} />
  </Admin>
);
