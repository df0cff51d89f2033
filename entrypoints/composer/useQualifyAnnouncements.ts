import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/**
 * What a screen-reader user must not miss while qualifying: a question that appears because of an
 * answer, and the recommended channels changing. When the user's own answer made a question appear,
 * the focus moves to it (never on page load: only while the focus is in the qualification). Returns
 * the sentence for a polite live region.
 */
export function useQualifyAnnouncements(
  questions: readonly { key: string; label: string }[],
  channels: readonly string[],
): string {
  const [text, setText] = useState('');
  const previousQuestions = useRef<string[] | null>(null);
  const previousChannels = useRef<string | null>(null);
  const questionKeys = questions.map((q) => q.key).join('|');
  const channelList = channels.join('|');

  useEffect(() => {
    const userActing = document.activeElement?.closest('[data-testid=qualify]') != null;
    const first = previousQuestions.current === null;
    const before = previousQuestions.current ?? [];
    previousQuestions.current = questions.map((q) => q.key);
    const beforeChannels = previousChannels.current;
    previousChannels.current = channelList;
    // On a first render, only a choice just made (the focus is in the qualification) is news: a
    // report opened again later is not.
    if (first && !userActing) return;
    const added = questions.find((q) => !before.includes(q.key));
    const parts: string[] = [];
    if (added) {
      parts.push(t('qualifyNewQuestion', added.label));
      if (userActing) document.querySelector<HTMLElement>(`[data-testid="question-${added.key}"] button`)?.focus();
    }
    if (beforeChannels !== channelList && channels.length > 0)
      parts.push(t('routeAnnounce', [String(channels.length), channels[0]!]));
    if (parts.length > 0) setText(parts.join(' '));
  }, [questionKeys, channelList]);

  return text;
}
