import { useEffect, useRef, useState } from 'react';
import { NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Loading } from '../public/Loading';
import { useLang } from '../useLang';
import { CALLBACK_PATH, signInClient, useSession } from './auth';
import { ContactsPage } from './ContactsPage';
import './citizen.css';
import { DisputesPage } from './DisputesPage';
import { HomePage } from './HomePage';
import { InquiriesPage } from './InquiriesPage';
import { LiftForm } from './LiftForm';
import { LiftsPage } from './LiftsPage';
import { MESSAGES } from './messages';
import { ProtectionPage } from './ProtectionPage';
import { CitizenContext } from './ui';

/**
 * The citizen area: `/signin/callback` completes the sign-in; `/me/*` shows the person's own
 * record once signed in, and the way to sign in otherwise. Rendered lazily by the portal shell.
 */
const CitizenArea = () => {
  const { pathname } = useLocation();
  return pathname === CALLBACK_PATH ? <SignInCallback /> : <SignedInArea />;
};

export default CitizenArea;

/** Where the provider sends the person back: exchange the code, then return where they were going. */
const SignInCallback = () => {
  const [lang] = useLang();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    signInClient()
      .then(({ userManager }) => userManager.signinRedirectCallback())
      .then((user) => navigate((user.state as { returnTo?: string } | undefined)?.returnTo ?? '/me', { replace: true }))
      .catch(() => setFailed(true));
  }, [navigate]);
  const t = MESSAGES[lang].signIn;
  return (
    <div className="container content">
      {failed ? (
        <>
          <p role="alert">{t.failed}</p>
          <SignInButton returnTo="/me" />
        </>
      ) : (
        <p role="status">{t.completing}</p>
      )}
    </div>
  );
};

const SignInButton = ({ returnTo }: { returnTo: string }) => {
  const [lang] = useLang();
  const [development, setDevelopment] = useState(false);
  useEffect(() => {
    signInClient().then(({ config }) => setDevelopment(config.development), () => {});
  }, []);
  const t = MESSAGES[lang].signIn;
  const signIn = () => void signInClient().then(({ userManager }) => userManager.signinRedirect({ state: { returnTo }, ui_locales: lang }));
  return (
    <>
      <button type="button" className="button button-primary" onClick={signIn}>
        {t.button}
      </button>
      {development && <p className="citizen-note">{t.development}</p>}
    </>
  );
};

const SignedInArea = () => {
  const [lang] = useLang();
  const { pathname } = useLocation();
  const session = useSession();
  const [coolingOffSeconds, setCoolingOffSeconds] = useState<number | null>(null);
  useEffect(() => {
    signInClient().then(({ config }) => setCoolingOffSeconds(config.liftCoolingOffSeconds), () => {});
  }, []);
  const t = MESSAGES[lang];

  if (session.state === 'loading' || (session.state === 'signed-in' && coolingOffSeconds === null)) return <Loading />;
  if (session.state === 'unavailable') {
    return (
      <div className="container content">
        <p role="alert">{t.signIn.unavailable}</p>
      </div>
    );
  }
  if (session.state === 'signed-out') {
    return (
      <div className="container content citizen-signin">
        <h1>{t.signIn.title}</h1>
        <p className="lead">{t.signIn.lead}</p>
        <SignInButton returnTo={pathname} />
      </div>
    );
  }

  const signOut = () => void signInClient().then(({ userManager }) => userManager.removeUser());
  return (
    <CitizenContext.Provider value={{ token: session.user.id_token!, lang, coolingOffSeconds: coolingOffSeconds! }}>
      <div className="container content citizen">
        <nav className="citizen-nav" aria-label={t.nav.label}>
          <ul>
            <li>
              <NavLink to="/me" end>
                {t.nav.home}
              </NavLink>
            </li>
            <li>
              <NavLink to="/me/inquiries">{t.nav.inquiries}</NavLink>
            </li>
            <li>
              <NavLink to="/me/lifts">{t.nav.lifts}</NavLink>
            </li>
            <li>
              <NavLink to="/me/disputes">{t.nav.disputes}</NavLink>
            </li>
            <li>
              <NavLink to="/me/protection">{t.nav.protection}</NavLink>
            </li>
            <li>
              <NavLink to="/me/contacts">{t.nav.contacts}</NavLink>
            </li>
          </ul>
          <button type="button" className="button button-secondary" onClick={signOut}>
            {t.nav.signOut}
          </button>
        </nav>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="inquiries" element={<InquiriesPage />} />
          <Route path="lifts" element={<LiftsPage />} />
          <Route path="lifts/new" element={<LiftForm />} />
          <Route path="disputes" element={<DisputesPage />} />
          <Route path="protection" element={<ProtectionPage />} />
          <Route path="contacts" element={<ContactsPage />} />
          <Route path="*" element={<HomePage />} />
        </Routes>
      </div>
    </CitizenContext.Provider>
  );
};
