import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is loaded after the first render (`import()` of its module): the composer
 * shows the capture at once. `fallback` is shown while loading, `failed` if the module cannot load.
 */
export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholders: { fallback?: () => JSX.Element | null; failed?: () => JSX.Element | null } = {},
): (props: P) => JSX.Element | null {
  return function Lazy(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      load()
        .then((component) => setLoaded(() => component))
        .catch(() => setFailed(true));
    }, []);
    if (failed) return placeholders.failed?.() ?? null;
    return Loaded ? <Loaded {...props} /> : (placeholders.fallback?.() ?? null);
  };
}
