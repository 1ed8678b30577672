import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { STRINGS } from './i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';
import { useLang } from './useLang';

/** After a client-side navigation, screen readers and keyboards start at the new page, not the old link. */
const useFocusMainOnNavigation = () => {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
};

/** Every portal page: skip link, header with the main menu and the language switcher, footer. */
export const Layout = () => {
  const [lang, setLang] = useLang();
  const t = STRINGS[lang];
  const mainRef = useFocusMainOnNavigation();

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link className="brand" to="/">
            <Logo />
            <span className="brand-text">
              <span className="brand-name">Qorgau</span>
              <span className="brand-tagline">{t.brandTagline}</span>
            </span>
          </Link>
          <LanguageSwitcher lang={lang} label={t.languageLabel} onChange={setLang} />
        </div>
        <nav className="main-nav" aria-label={t.nav.label}>
          <ul className="container">
            <li>
              <NavLink to="/" end>
                {t.nav.home}
              </NavLink>
            </li>
            <li>
              <NavLink to="/breaches">{t.nav.breaches}</NavLink>
            </li>
            <li>
              <NavLink to="/stats">{t.nav.stats}</NavLink>
            </li>
            <li>
              <NavLink to="/me">{t.nav.me}</NavLink>
            </li>
          </ul>
        </nav>
      </header>

      <main id="main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>

      <footer className="site-footer">
        <div className="container footer-inner">
          <p>
            {t.footer.about} {t.ministry}.
          </p>
          <ul className="footer-links">
            <li>
              <a href="/admin/">{t.footer.regulators}</a>
            </li>
            <li>
              <a href="/api/docs">{t.footer.banks}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
};
