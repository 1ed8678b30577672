import type { PublicBreachListItem } from '@qorgau/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../format';
import { totalOf, usePublicApi } from './api';
import { BreachCard } from './BreachCard';
import { OpenDataLinks } from './OpenDataLinks';
import { Pager } from './Pager';
import { RemoteState } from './RemoteState';
import { usePublicMessages } from './usePublicMessages';

export const WALL_PAGE_SIZE = 20;

/** The page number of `?page=`, 1 when absent or nonsense. */
const pageFrom = (value: string | null) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
};

/** The public wall: search, the breaches newest first, paging; the query lives in the address. */
export const WallPage = () => {
  const [lang, m] = usePublicMessages();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';
  const page = pageFrom(searchParams.get('page'));
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const start = (page - 1) * WALL_PAGE_SIZE;
  const query = new URLSearchParams({ range: JSON.stringify([start, start + WALL_PAGE_SIZE - 1]) });
  if (q) query.set('q', q);
  const remote = usePublicApi<PublicBreachListItem[]>(`/breaches?${query}`);

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim();
    setSearchParams(next ? { q: next } : {});
  };
  const hrefOf = (target: number) => {
    const params = new URLSearchParams(q ? { q } : {});
    if (target > 1) params.set('page', String(target));
    const text = params.toString();
    return text ? `/breaches?${text}` : '/breaches';
  };

  return (
    <div className="container content">
      <header className="page-header">
        <h1>{m.wall.title}</h1>
        <p className="page-intro">{m.wall.intro}</p>
      </header>

      <form className="search" role="search" onSubmit={search}>
        <label htmlFor="wall-search">{m.wall.searchLabel}</label>
        <p id="wall-search-hint" className="hint">
          {m.wall.searchHint}
        </p>
        <div className="search-row">
          <input
            id="wall-search"
            type="search"
            name="q"
            value={draft}
            maxLength={200}
            autoComplete="off"
            aria-describedby="wall-search-hint"
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button-solid">
            {m.wall.searchButton}
          </button>
        </div>
        {q && (
          <button type="button" className="link-button" onClick={() => setSearchParams({})}>
            {m.wall.clearSearch}
          </button>
        )}
      </form>

      <RemoteState remote={remote}>
        {(breaches, headers) => {
          const total = totalOf(headers);
          const count = formatNumber(lang, total);
          return (
            <>
              <p className="result-count" role="status">
                {total === 0 ? (q ? m.wall.noResults : m.wall.empty) : q ? m.wall.foundFor(count, q) : m.wall.found(count)}
              </p>
              {breaches.length > 0 && (
                <ol className="breach-list">
                  {breaches.map((breach) => (
                    <li key={breach.id}>
                      <BreachCard breach={breach} company={breach.company} />
                    </li>
                  ))}
                </ol>
              )}
              <Pager page={page} pages={Math.ceil(total / WALL_PAGE_SIZE)} hrefOf={hrefOf} />
            </>
          );
        }}
      </RemoteState>

      <OpenDataLinks />
    </div>
  );
};
