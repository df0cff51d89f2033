import { useEffect, useRef, useState } from 'preact/hooks';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { onDraftPurged } from '@/utils/db/draft-channel';
import { onEvent } from '@/utils/messaging/events';
import type { Artefact, Draft } from '@/utils/report/draft';

export type DraftState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; draft: Draft; artefacts: Artefact[] };

/**
 * Loads a draft and its artefacts from IndexedDB, and reloads when the background says it
 * changed or any page purged its evidence (`purgedElsewhere`: how many artefacts another page
 * deleted, for the notice; `null` if none did).
 */
export function useDraft(draftId: string) {
  const [state, setState] = useState<DraftState>({ kind: 'loading' });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [purgedElsewhere, setPurgedElsewhere] = useState<number | null>(null);
  const capturing = useRef(false);
  const reloader = useRef<() => Promise<void>>(async () => undefined);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      try {
        const found = await draftsRepository.withArtefacts(draftId);
        if (!alive) return;
        if (!found) return setState({ kind: 'missing' });
        capturing.current = found.draft.status === 'capturing';
        setState({ kind: 'loaded', ...found });
      } catch (error) {
        if (alive) setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    };
    reloader.current = load;
    const stopEvents = onEvent((event) => {
      if (event.draftId !== draftId) return;
      if (event.type === 'capture/progress') setProgress({ done: event.done, total: event.total });
      else void load();
    });
    // The evidence was deleted (CSAM rule), maybe from another tab: drop it from memory at once
    // (its object URLs are revoked by `useObjectUrls` when the list empties), then re-read.
    const stopPurges = onDraftPurged(draftId, ({ purged, elsewhere }) => {
      setState((s) => (s.kind === 'loaded' ? { ...s, artefacts: [] } : s));
      if (elsewhere) setPurgedElsewhere(purged);
      void load();
    });
    void load();
    // The background may finish the archive between our first read and the listener: poll while capturing.
    const timer = setInterval(() => {
      if (capturing.current) void load();
    }, 1000);
    return () => {
      alive = false;
      clearInterval(timer);
      stopEvents();
      stopPurges();
    };
  }, [draftId]);

  return { state, progress, setProgress, purgedElsewhere, reload: () => void reloader.current() };
}

/** Object URLs for image artefacts, revoked when they change or the page closes. */
export function useObjectUrls(artefacts: Artefact[]): Map<string, string> {
  const [urls, setUrls] = useState(new Map<string, string>());
  useEffect(() => {
    const map = new Map(
      artefacts.filter((a) => a.mime.startsWith('image/')).map((a) => [a.id, URL.createObjectURL(a.blob)] as const),
    );
    setUrls(map);
    return () => map.forEach((u) => URL.revokeObjectURL(u));
  }, [artefacts.map((a) => a.id).join()]);
  return urls;
}
