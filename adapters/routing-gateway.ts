import type { ConversationRef, MessageRef, Platform, UserRef } from "../src/domain/refs.js";
import {
  type ChatGateway,
  type OutboundMessage,
  type Pacing,
  type PrivateAnswer,
  SendFailure,
} from "../src/ports/chat-gateway.js";

/**
 * One desk on several platforms: each send goes to the gateway of the platform it is addressed on, so
 * a client on Slack and agents on Teams work one ticket. Gateways join as their platforms connect.
 */
export class RoutingGateway implements ChatGateway {
  private readonly gateways = new Map<Platform, ChatGateway>();

  register(platform: Platform, gateway: ChatGateway): this {
    this.gateways.set(platform, gateway);
    return this;
  }

  post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef> {
    return this.of(to.platform).post(to, message);
  }

  update(ref: MessageRef, message: OutboundMessage): Promise<void> {
    return this.of(ref.platform).update(ref, message);
  }

  notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef> {
    return this.of(user.platform).notifyUser(user, message);
  }

  answer(to: PrivateAnswer, message: OutboundMessage): Promise<void> {
    return this.of(to.in.platform).answer(to, message);
  }

  async findDelivered(deliveryKey: string, to: ConversationRef | UserRef): Promise<MessageRef | undefined> {
    return this.gateways.get(to.platform)?.findDelivered?.(deliveryKey, to);
  }

  pacing(to: ConversationRef | UserRef, purpose?: "post" | "update"): Pacing | undefined {
    return this.gateways.get(to.platform)?.pacing?.(to, purpose);
  }

  private of(platform: Platform): ChatGateway {
    const gateway = this.gateways.get(platform);
    // Not connected (yet): kept and retried, as for an outage, until the platform is there.
    if (gateway === undefined) throw new SendFailure(`the desk is not connected to ${platform}`, true);
    return gateway;
  }
}
