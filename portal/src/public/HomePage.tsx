import { SCAM_WARNING } from '@qorgau/shared';
import { Link } from 'react-router';
import { STRINGS } from '../i18n';
import { useLang } from '../useLang';
import { MESSAGES } from './messages';

const Paragraphs = ({ text }: { text: string[] }) => (
  <>
    {text.map((paragraph) => (
      <p key={paragraph}>{paragraph}</p>
    ))}
  </>
);

/** What the registry is, what to do if your data leaked, the way into /me and the scam warning. */
export const HomePage = () => {
  const [lang] = useLang();
  const t = STRINGS[lang];
  const m = MESSAGES[lang];

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="container">
          <p className="eyebrow">{t.ministry}</p>
          <h1 id="hero-title">{t.hero.title}</h1>
          <p className="lead">{t.hero.lead}</p>
          <div className="actions">
            <Link className="button button-primary" to="/me">
              {t.checkMyData}
            </Link>
            <Link className="button button-secondary" to="/breaches">
              {m.home.seeBreaches}
            </Link>
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

        <section className="card" id="wall" aria-labelledby="wall-title">
          <h2 id="wall-title">{m.home.wallTitle}</h2>
          <p>{m.home.wallText}</p>
          <ul className="link-row">
            <li>
              <Link to="/breaches">{m.home.seeBreaches}</Link>
            </li>
            <li>
              <Link to="/stats">{m.home.seeStats}</Link>
            </li>
          </ul>
        </section>

        <section className="card card-accent" id="signin" aria-labelledby="signin-title">
          <h2 id="signin-title">{t.signIn.title}</h2>
          <Paragraphs text={t.signIn.text} />
          <p>
            <Link className="button button-primary" to="/me">
              {t.hero.signIn}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
};
