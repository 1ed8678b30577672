import { Link } from 'react-router';
import { STRINGS } from '../i18n';
import { useLang } from '../useLang';

export const NotFoundPage = () => {
  const [lang] = useLang();
  const t = STRINGS[lang].notFound;
  return (
    <div className="container content">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <Link to="/">{t.home}</Link>
      </p>
    </div>
  );
};
