import { usePublicMessages } from './usePublicMessages';

/** Announced politely so a screen reader knows the page is still coming. */
export const Loading = () => {
  const [, m] = usePublicMessages();
  return (
    <p className="loading" role="status">
      {m.loading}
    </p>
  );
};
