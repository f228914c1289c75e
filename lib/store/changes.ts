/**
 * Adapter: tells the other views of the extension (side panel, docked panel, tabs) that a record
 * changed. BroadcastChannel reaches every page of the extension's origin and never the web page.
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

export function broadcastChangeFeed(name = 'minutes-changes'): ChangeFeed {
  const channel = new BroadcastChannel(name);
  // A channel does not hear its own messages; listeners in this same page must hear them too.
  const local = new Set<(message: ChangeMessage) => void>();
  return {
    publish(message) {
      channel.postMessage(message);
      local.forEach((listener) => listener(message));
    },
    subscribe(listener) {
      local.add(listener);
      const onMessage = (event: MessageEvent) => {
        const m = event.data as Partial<ChangeMessage> | null;
        if (m && typeof m.id === 'string' && typeof m.rev === 'number') {
          listener(m as ChangeMessage);
        }
      };
      channel.addEventListener('message', onMessage);
      return () => {
        local.delete(listener);
        channel.removeEventListener('message', onMessage);
      };
    },
  };
}
