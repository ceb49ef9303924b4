import { useCallback, useState } from 'react';

/**
 * A message for a live region. Screen readers announce a change of text, so the same message twice
 * in a row ("link copied", then again) is cleared for a frame first, or the second would be silent.
 */
export function useStatus(): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  const announce = useCallback((message: string) => {
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  }, []);
  return [status, announce];
}
