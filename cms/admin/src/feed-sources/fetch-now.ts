/**
 * "Fetch now" in the Content Manager's edit view of a partner feed (feed-source): imports the feed at once through
 * the admin route POST /kumppani/feed-sources/:documentId/fetch and says what happened in a notification. The
 * server checks that the admin may update feed sources; the source's status fields show the result after a reload.
 */
import { useState } from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { FEED_SOURCE_UID, feedSourceFetchPath, type FeedSourceStatus } from '@kumppani/contract';

/** What Strapi's content manager passes a document action (a part of its EditViewContext). */
interface DocumentActionProps {
  model: string;
  documentId?: string;
}

const TEXTS = {
  fi: {
    label: 'Hae nyt',
    failed: 'Syötteen haku epäonnistui',
    notModified: 'Syöte ei ole muuttunut edellisestä hausta.',
    done: (created: number, updated: number) => `Haettu: ${created} uutta, ${updated} päivitettyä kirjoitusta.`,
  },
  en: {
    label: 'Fetch now',
    failed: 'Fetching the feed failed',
    notModified: 'The feed has not changed since the last fetch.',
    done: (created: number, updated: number) => `Fetched: ${created} new, ${updated} updated posts.`,
  },
};

/** The admin's language as Strapi keeps it: Finnish texts for fi, else English. */
function texts() {
  try {
    return localStorage.getItem('strapi-admin-language') === 'fi' ? TEXTS.fi : TEXTS.en;
  } catch {
    return TEXTS.en;
  }
}

/** What a run's status says, for the notification. */
export function fetchNowMessage(status: FeedSourceStatus, language: 'fi' | 'en' = 'en'): { type: 'success' | 'warning'; message: string } {
  const text = TEXTS[language];
  if (status.lastError || !status.result) return { type: 'warning', message: `${text.failed}: ${status.lastError ?? ''}` };
  if (status.result.notModified) return { type: 'success', message: text.notModified };
  return { type: 'success', message: text.done(status.result.created, status.result.updated) };
}

export function FetchNowAction({ model, documentId }: DocumentActionProps) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [loading, setLoading] = useState(false);
  if (model !== FEED_SOURCE_UID || !documentId) return null;
  const text = texts();
  return {
    label: text.label,
    position: 'panel' as const,
    loading,
    disabled: loading,
    onClick: async () => {
      setLoading(true);
      try {
        const { data } = await post<FeedSourceStatus>(feedSourceFetchPath(documentId));
        toggleNotification(fetchNowMessage(data, text === TEXTS.fi ? 'fi' : 'en'));
      } catch (error) {
        toggleNotification({ type: 'danger', message: `${text.failed}: ${(error as Error).message}` });
      } finally {
        setLoading(false);
      }
      // Keep the edit view: its status fields are read again when the editor reloads it.
      return false;
    },
  };
}
