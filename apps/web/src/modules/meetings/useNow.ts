import { useEffect, useState } from 'react';

/** The browser's clock, refreshed every second: timers tick without asking the server. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
