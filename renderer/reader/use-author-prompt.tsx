/**
 * The author of a new annotation: the stored profile, or, before the first annotation, the
 * profile dialog "Wie maakt de aantekeningen?" (the annotation waits for it; cancelled, it is
 * not stored).
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { RequireAuthor } from '../annotations/annotation-requests';
import type { Author } from '../model/author';
import { ProfileDialog } from '../settings/ProfileDialog';
import { useSettings } from '../settings/use-settings';

/** `requireAuthor` for the annotation layer, and the dialog to render while the profile is asked. */
export function useAuthorPrompt(): { requireAuthor: RequireAuthor; authorDialog: ReactNode } {
  const { profile } = useSettings();
  const [waiting, setWaiting] = useState<((author: Author | null) => void) | null>(null);
  const requireAuthor = useCallback<RequireAuthor>(
    () => (profile ? Promise.resolve(profile) : new Promise((settle) => setWaiting(() => settle))),
    [profile],
  );
  function answer(author: Author | null) {
    setWaiting(null);
    waiting?.(author);
  }
  const authorDialog = waiting && (
    <ProfileDialog
      title="Wie maakt de aantekeningen?"
      intro="Je naam en fractie staan bij elke aantekening en boven je exports. Je vult ze één keer in."
      profile={null}
      onSaved={answer}
      onCancel={() => answer(null)}
    />
  );
  return { requireAuthor, authorDialog };
}
