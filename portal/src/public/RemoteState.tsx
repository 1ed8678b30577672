import type { ReactNode } from 'react';
import type { Remote } from './api';
import { Loading } from './Loading';
import { usePublicMessages } from './usePublicMessages';

interface RemoteStateProps<T> {
  remote: Remote<T>;
  notFound?: string;
  invalid?: string;
  children: (data: T, headers: Headers) => ReactNode;
}

/** Renders the data once it is there; otherwise what is going on, in words. */
export function RemoteState<T>({ remote, notFound, invalid, children }: RemoteStateProps<T>) {
  const [, m] = usePublicMessages();
  switch (remote.state) {
    case 'loading':
      return <Loading />;
    case 'ok':
      return <>{children(remote.data, remote.headers)}</>;
    case 'not-found':
      return <p className="notice">{notFound ?? m.loadFailed}</p>;
    case 'invalid':
      return <p className="notice">{invalid ?? m.loadFailed}</p>;
    case 'error':
      return (
        <p className="notice" role="alert">
          {m.loadFailed}{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            {m.retry}
          </button>
        </p>
      );
  }
}
