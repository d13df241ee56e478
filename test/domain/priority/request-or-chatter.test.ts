import { describe, expect, it } from "vitest";
import { chatterIn } from "../../../src/domain/priority/request-or-chatter.js";
import { CHATTER } from "../../fixtures/chatter.js";
import { LABELLED_LINES } from "../../support/labelled-messages.js";

describe("a message that asks for nothing yet", () => {
  it.each(CHATTER)("%j is not a request", (text) => {
    expect(chatterIn(text)).toBeDefined();
  });

  it("takes a thank-you with a word of news for a thank-you, not a request", () => {
    expect(chatterIn("Thanks! The export works now. Have a nice weekend")).toBe("small talk");
    expect(chatterIn("thx, printer works again")).toBe("small talk");
    expect(chatterIn("thank you please")).toBe("small talk");
    expect(chatterIn("thank you so much, Anna was super helpful and solved everything within minutes")).toBe(
      "small talk",
    );
  });

  it("reads a report signed off with thanks as the report, and thanks for good news as thanks", () => {
    expect(
      chatterIn(
        "hi this is Mark from support desk calling about the call recordings they are all silent since the update the calls themselves are fine thanks",
      ),
    ).toBeUndefined();
    expect(
      chatterIn("Everything is working again since your fix this morning, all the agents are happy, thanks"),
    ).toBe("small talk");
    expect(chatterIn("The export to CSV now includes the custom fields as we asked, thanks")).toBe(
      "small talk",
    );
  });

  it("reads a sour thank-you before a report as the report: 'Thanks a lot, after your maintenance nobody can log in'", () => {
    expect(
      chatterIn(
        "Thanks a lot, after your 'maintenance' last night nobody in the office can log in to their PC. 30 people sitting around.",
      ),
    ).toBeUndefined();
    expect(
      chatterIn(
        "Thanks for the 'improvement' in yesterday's release: now a quarter of our chats arrive without the customer's name.",
      ),
    ).toBeUndefined();
    expect(chatterIn("thanks, works without problems now")).toBe("small talk");
    expect(chatterIn("thanks, nobody needs anything else")).toBe("small talk");
  });

  it("reads a thank-you for a fix as thanks, and one with a new problem beside it as a request", () => {
    for (const thanks of [
      "thanks, that fixed the issue",
      "thanks, the error is gone now",
      "Thanks, the problem is solved",
      "thanks! all sorted, the bug is fixed",
      "Thanks for your help!",
      "thanks, no problem",
      "Sorry, my bad, it was our firewall.",
    ])
      expect(chatterIn(thanks), thanks).toBe("small talk");
    for (const report of [
      "Cheers, one more thing: the scanner in reception is offline.",
      "Thanks. PS: the VPN is dead",
      "thanks, also the printer is offline",
      "my bad, the sms are still failing",
    ])
      expect(chatterIn(report), report).toBeUndefined();
  });

  it("tells its kinds apart", () => {
    expect(chatterIn("")).toBe("empty");
    expect(chatterIn("👍")).toBe("emoji or punctuation");
    expect(chatterIn("hello?")).toBe("small talk");
    expect(chatterIn(":hlep")).toBe("a mistyped command");
    expect(chatterIn("asdf qwer")).toBe("too short");
    // asking for something, however briefly, is a request; asking for nothing is not
    expect(chatterIn("invoice pls")).toBeUndefined();
    expect(chatterIn("ok pls")).toBe("small talk");
    // two words that name a service out are a report
    expect(chatterIn("voice dead")).toBeUndefined();
    expect(chatterIn("portal offline")).toBeUndefined();
    // nor is a service missing, said in two words; "no problem" is an answer
    expect(chatterIn("no internet")).toBeUndefined();
    expect(chatterIn("no dial tone")).toBeUndefined();
    expect(chatterIn("no problem")).toBe("small talk");
    // asking whether this is the place to ask is no request; a report beside it is
    expect(chatterIn("is this the right channel? our sms are down")).toBeUndefined();
    // a message to be ignored, unless it reports something
    expect(chatterIn("please ignore, the sms are failing again")).toBeUndefined();
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
    "Hi, we would like to know the steps to get a new WhatsApp sender approved. Thanks in advance!",
    "Hello, the calendar on my phone shows meetings an hour off since the time change. Thanks!",
    "Good morning! Please could you reset my password. Many thanks",
    "pls unlock my account thx",
    "new laptop for Tom please, thanks",
    "printer jammed",
    "nothing works",
    "calls dropping",
    "doesnt work",
    "not fixed",
    "Good morning from Amsterdam, our SMS are down",
    "I am on holiday until Monday but SMS is down for everyone, please fix",
    "congrats on the new release, but the sms are down now",
    "long time no see, our sms are failing",
    "sla-desk sms down",
    "ok understood, but calls still fail",
  ])("%j is a request", (text) => {
    expect(chatterIn(text)).toBeUndefined();
  });

  it("takes none of the labelled client messages (every one a real request) for chatter", () => {
    const texts = LABELLED_LINES.map((line) => line.text);
    expect(texts.length).toBeGreaterThanOrEqual(400);
    expect(texts.filter((text) => chatterIn(text) !== undefined)).toEqual([]);
  });
});
