/** The message a page sends the background after queueing: "run the outbox now". */
export const OUTBOX_RUN = 'outbox:run';
/** The alarm the background sets for the next queued message's time. */
export const OUTBOX_ALARM = 'outbox:run';
