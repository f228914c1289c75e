/**
 * The change feed: how the views of the extension (side panel, docked panel, tabs) tell each
 * other that a record changed, so each can merge it in within a second. Implemented over
 * `storage.local` (storage-feed.ts); tests use an in-memory one.
 */
export interface ChangeMessage {
  store: 'meetings' | 'actionItems';
  id: string;
  rev: number;
  /** Which view wrote it, so a view ignores its own echoes. */
  from: string;
}

export interface ChangeFeed {
  publish(message: ChangeMessage): void;
  subscribe(listener: (message: ChangeMessage) => void): () => void;
}
