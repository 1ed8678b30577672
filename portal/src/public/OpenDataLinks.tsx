import { PUBLIC_API } from './api';
import { usePublicMessages } from './usePublicMessages';

/** Downloads of every public breach; plain links, so they work without the page's script too. */
export const OpenDataLinks = () => {
  const [, m] = usePublicMessages();
  return (
    <section className="card open-data" aria-labelledby="open-data-title">
      <h2 id="open-data-title">{m.openData.title}</h2>
      <p>{m.openData.text}</p>
      <ul className="download-links">
        <li>
          <a href={`${PUBLIC_API}/open-data/breaches.csv`} download>
            {m.openData.csv}
          </a>
        </li>
        <li>
          <a href={`${PUBLIC_API}/open-data/breaches.json`} download>
            {m.openData.json}
          </a>
        </li>
      </ul>
    </section>
  );
};
