import { SCAM_WARNING } from '@qorgau/shared';
import { STRINGS } from './i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';
import { useLang } from './useLang';

const Paragraphs = ({ text }: { text: string[] }) => (
  <>
    {text.map((paragraph) => (
      <p key={paragraph}>{paragraph}</p>
    ))}
  </>
);

export const App = () => {
  const [lang, setLang] = useLang();
  const t = STRINGS[lang];

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <a className="brand" href="/">
            <Logo />
            <span className="brand-text">
              <span className="brand-name">Qorgau</span>
              <span className="brand-tagline">{t.brandTagline}</span>
            </span>
          </a>
          <LanguageSwitcher lang={lang} label={t.languageLabel} onChange={setLang} />
        </div>
      </header>

      <main id="main" tabIndex={-1}>
        <section className="hero" aria-labelledby="hero-title">
          <div className="container">
            <p className="eyebrow">{t.ministry}</p>
            <h1 id="hero-title">{t.hero.title}</h1>
            <p className="lead">{t.hero.lead}</p>
            <div className="actions">
              <a className="button button-primary" href="#signin">
                {t.hero.signIn}
              </a>
              <a className="button button-secondary" href="#how">
                {t.hero.howItWorks}
              </a>
            </div>
          </div>
        </section>

        <div className="container content">
          <section className="scam-warning" aria-labelledby="scam-title">
            <svg className="scam-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z" />
            </svg>
            <div>
              <h2 id="scam-title">{t.scam.title}</h2>
              <p className="scam-text">{SCAM_WARNING[lang]}</p>
              <p>{t.scam.advice}</p>
            </div>
          </section>

          <div className="grid">
            <section className="card" id="about" aria-labelledby="about-title">
              <h2 id="about-title">{t.about.title}</h2>
              <Paragraphs text={t.about.text} />
            </section>
            <section className="card" id="why" aria-labelledby="why-title">
              <h2 id="why-title">{t.why.title}</h2>
              <Paragraphs text={t.why.text} />
            </section>
          </div>

          <section className="card" id="restriction" aria-labelledby="restriction-title">
            <h2 id="restriction-title">{t.restriction.title}</h2>
            <Paragraphs text={t.restriction.text} />
          </section>

          <section className="card" id="how" aria-labelledby="how-title">
            <h2 id="how-title">{t.how.title}</h2>
            <ol className="steps">
              {t.how.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>

          <section className="card card-accent" id="signin" aria-labelledby="signin-title">
            <h2 id="signin-title">{t.signIn.title}</h2>
            <Paragraphs text={t.signIn.text} />
          </section>
        </div>
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
