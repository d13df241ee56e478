import { ForwardingDirectory } from "../../src/config/forwarding-directory.js";
import type { UserRef } from "../../src/domain/refs.js";
import type { Directory } from "../../src/ports/directory.js";
import type { SlackProfiles } from "./slack-web.js";

/** The configured Directory, with each Slack user's own time zone from their profile where the config names none. */
export class SlackZonesDirectory extends ForwardingDirectory {
  constructor(
    protected readonly inner: Directory,
    private readonly profiles: SlackProfiles,
  ) {
    super();
  }

  override zoneOf(user: UserRef): string | undefined {
    return this.inner.zoneOf(user) ?? (user.platform === "slack" ? this.profiles.zoneOf(user.id) : undefined);
  }
}
