import { describe, expect, it } from "vitest";
import { chatterIn } from "../../../src/domain/priority/request-or-chatter.js";
import { CHATTER } from "../../fixtures/chatter.js";
import { LABELLED_LINES } from "../../support/labelled-messages.js";

describe("a message that asks for nothing yet", () => {
  it.each(CHATTER)("%j is not a request", (text) => {
    expect(chatterIn(text)).toBeDefined();
  });

  it("tells its kinds apart", () => {
    expect(chatterIn("")).toBe("empty");
    expect(chatterIn("👍")).toBe("emoji or punctuation");
    expect(chatterIn("hello?")).toBe("small talk");
    expect(chatterIn(":hlep")).toBe("a mistyped command");
    expect(chatterIn("asdf qwer")).toBe("too short");
  });

  it.each([
    "help!",
    "login broken",
    "SSO down",
    "Error 500",
    "urgent",
    "can't log in",
    "it isn't loading",
    "hello, our checkout is down for everyone",
    "Hi team, nobody can get into the portal since 9",
    "thanks, but the export still fails",
    "thanks, the sync is broken again",
    "thanks, but it fails again",
    "me too, outlook is down",
    "welcome back, the export fails",
    "thank you. Another thing: invoices don't load",
    "How do I export my invoices to CSV?",
    "Could you add a dark mode to the dashboard",
    "The reports page is slow for me",
  ])("%j is a request", (text) => {
    expect(chatterIn(text)).toBeUndefined();
  });

  it("takes none of the labelled client messages (every one a real request) for chatter", () => {
    const texts = LABELLED_LINES.map((line) => line.text);
    expect(texts.length).toBeGreaterThanOrEqual(400);
    expect(texts.filter((text) => chatterIn(text) !== undefined)).toEqual([]);
  });
});
