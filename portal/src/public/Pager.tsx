import { Link } from 'react-router';
import { formatNumber } from '../format';
import { usePublicMessages } from './usePublicMessages';

interface PagerProps {
  page: number;
  pages: number;
  /** The address of another page, keeping the rest of the query. */
  hrefOf: (page: number) => string;
}

/** Previous / next links with where you are: links, so each page has its own address. */
export const Pager = ({ page, pages, hrefOf }: PagerProps) => {
  const [lang, m] = usePublicMessages();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={m.wall.pagination}>
      {page > 1 ? (
        <Link to={hrefOf(page - 1)} rel="prev">
          {m.wall.previous}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">{m.wall.pageOf(formatNumber(lang, page), formatNumber(lang, pages))}</span>
      {page < pages ? (
        <Link to={hrefOf(page + 1)} rel="next">
          {m.wall.next}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
};
