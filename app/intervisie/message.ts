// The message of a live thread as the server stores and sends it (docs/realtime.md); browser-safe, so the
// socket handlers and the browser's thread client share one definition.
export type ThreadMessage = {
  id: number;
  threadId: string;
  clientId: string;
  authorId: string;
  authorNaam: string;
  body: string;
  createdAt: string;
  sessionId: string | null;
  fase: number | null;
  /** a written-round contribution; `verborgen` while only its author can see it */
  schriftelijk: boolean;
  verborgen: boolean;
};
