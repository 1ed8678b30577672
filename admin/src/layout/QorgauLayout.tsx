import { useEffect, type ReactNode } from 'react';
import { Layout, Navigate, useLocation, useNotify } from 'react-admin';
import { clearSession, readSession, readValidSession } from '../session';
import { QorgauAppBar } from './QorgauAppBar';

/**
 * react-admin's layout with our app bar — for signed-in regulators only.
 *
 * Without a session the layout sends the visitor to the sign-in page at once (and back to where
 * they were after signing in) and renders nothing. Otherwise the dashboard, mounted behind the
 * redirect, keeps asking checkAuth while react-admin signs out on each refusal: every sign-out
 * resets the store and the query cache, which makes it ask again, and the sign-in page re-renders
 * under the visitor's cursor a few times (the same loop `requireAuth` made endless).
 */
export const QorgauLayout = ({ children }: { children: ReactNode }) =>
  readValidSession() ? (
    <Layout appBar={QorgauAppBar} sx={contentFits}>
      {children}
    </Layout>
  ) : (
    <ToSignIn />
  );

/**
 * The page never grows wider than the window: a table with more columns than fit (long Russian
 * and Kazakh headers) scrolls sideways inside its card instead.
 */
const contentFits = {
  minWidth: 0, // react-admin's default, fit-content, widens the whole page past the app bar
  '& .RaLayout-content, & .RaList-main': { minWidth: 0 },
  '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
} as const;

const ToSignIn = () => {
  const location = useLocation();
  const notify = useNotify();
  useEffect(() => {
    // A session that ran out (rather than none at all) deserves a word.
    if (readSession()) {
      clearSession();
      notify('qorgau.auth.session_expired', { type: 'warning' });
    }
  }, [notify]);
  return <Navigate to="/login" replace state={{ nextPathname: location.pathname, nextSearch: location.search }} />;
};
