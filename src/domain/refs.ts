/** Who and where, on a chat platform: the desk's own vocabulary, which the ports and adapters use. */

/** The chat platforms the desk speaks on; a ticket's threads may live on different ones. */
export type Platform = "slack" | "teams" | "local";

/** A person on one platform. */
export interface UserRef {
  readonly platform: Platform;
  readonly id: string;
  /** Display name when the platform told us; never trusted for authorisation. */
  readonly name?: string;
}

/** A channel, group chat or direct conversation, optionally one thread in it. */
export interface ConversationRef {
  readonly platform: Platform;
  readonly conversation: string;
  /** The id of the thread's root message; absent for the conversation's top level. */
  readonly thread?: string;
}

/** A message the desk posted, so it can be updated in place. */
export interface MessageRef extends ConversationRef {
  readonly message: string;
}
