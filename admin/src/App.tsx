import { lazy } from 'react';
import { Admin, Resource } from 'react-admin';
import auditEvents from './audit-events';
import { authProvider } from './authProvider';
import banks from './banks';
import breaches from './breaches';
import companies from './companies';
import { dataProvider } from './dataProvider';
import disputes from './disputes';
import { QueueFirst } from './disputes/QueueFirst';
import { i18nProvider } from './i18n/i18nProvider';
import ingestJobs from './ingest-jobs';
import inquiries from './inquiries';
import lifts from './lifts';
import notifications from './notifications';
import { QorgauLayout } from './layout/QorgauLayout';
import { LoginPage } from './login/LoginPage';
import restrictions from './restrictions';
import { darkTheme, lightTheme } from './theme';
import users from './users';

// The dashboard is not needed on the login page: load it once signed in.
const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const Home = () => (
  <QueueFirst>
    <Dashboard />
  </QueueFirst>
);

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
    dashboard={Home}
  >
    {/* The menu follows this order, after the dashboard. */}
    <Resource name="breaches" {...breaches} />
    <Resource name="companies" {...companies} />
    <Resource name="ingest-jobs" {...ingestJobs} />
    <Resource name="disputes" {...disputes} />
    <Resource name="lifts" {...lifts} />
    <Resource name="restrictions" {...restrictions} />
    <Resource name="banks" {...banks} />
    <Resource name="inquiries" {...inquiries} />
    <Resource name="notifications" {...notifications} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="users" {...users} />
  </Admin>
);
