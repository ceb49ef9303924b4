import { useLocation, useNavigate, useNavigation } from 'react-router';

/**
 * "Retry" for an error boundary. A navigation to the same URL runs the loaders again (a failed
 * request) and gives the boundary a new location, which resets it (an error thrown while
 * rendering). A revalidation does the first only: when the loaders answer from the cache, the
 * boundary never resets.
 */
export function useRetryRoute(): { retry: () => void; retrying: boolean } {
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  return {
    retrying: navigation.state === 'loading' && navigation.location.pathname === location.pathname,
    retry: () =>
      void navigate(
        { pathname: location.pathname, search: location.search, hash: location.hash },
        { replace: true, preventScrollReset: true, state: location.state },
      ),
  };
}
