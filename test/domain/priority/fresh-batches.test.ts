import { describe, expect, it } from "vitest";
import { classifyPriority, LOW_CONFIDENCE } from "../../../src/domain/priority/classify.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";
import type { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { level, products, read, ruledLevel } from "./readings.js";

// The readings each fresh batch of labelled messages taught (test/fixtures/labelled/client-messages.jsonl),
// one block per batch, checked on its own words and on a message that must not change. A reading is
// checked on the rules' level (ruledLevel); the wording layer is retrained with every batch added, and
// where a block's point is what the whole classifier suggests, it checks that (level).

describe("batch 49: every item stuck, one person locked out", () => {
  it("reads 'our sends are all stuck, nothing has gone out' as down for everyone", () => {
    const found = read('our campaign sends are all stuck in "scheduled", nothing has gone out today');
    expect(found.scope?.value).toBe("everyone");
    expect(found.state?.value).toBe("down");
    expect(ruledLevel("nothing has gone out today", "cm-connect-engage")).toBe("P2");
  });

  it("reads 'I can't get into' as one person, and a failing password reset as no way back in", () => {
    const found = read("I can't get into the CRM, password reset isn't working");
    expect(found.scope?.value).toBe("one");
    expect(found.workaround?.value).toBe("absent");
    expect(ruledLevel("I can't get into the CRM, password reset isn't working", "managed-helpdesk")).toBe(
      "P3",
    );
    expect(ruledLevel("I can't log in to the portal, everyone else can", "cm-connect-engage")).toBe("P4");
    // more than one person locked out is not one person
    expect(read("I can't log in and neither can anyone on my team").scope?.value).toBe("everyone");
  });
});

describe("batch 50: a team is not everyone, the other countries are fine, a broken help link", () => {
  it("reads everyone in a department or a named team as some people, everyone on our team as everyone", () => {
    expect(read("it crashes for everyone in accounting").scope?.value).toBe("some");
    expect(read("nothing loads for everybody on the sales team").scope?.value).toBe("some");
    expect(read("login fails for everyone on our team").scope?.value).toBe("everyone");
    expect(read("it crashes for everyone in the office").scope?.value).toBe("everyone");
    expect(
      ruledLevel(
        "the accounting software crashes for everyone in accounting when they run the month end report",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads 'other countries ok' as a part that still works, and one of the room screens as one device", () => {
    expect(read("messages to Brazil all fail, other countries ok").sparedPart?.value).toBe("spared");
    expect(
      ruledLevel(
        "WhatsApp messages to customers in Brazil are all failing with error 470, other countries ok",
        "cm-connect-engage",
      ),
    ).toBe("P3");
    expect(read("one of the meeting room screens won't connect via HDMI").scope?.value).toBe("one");
  });

  it("reads 'no campaign emails are being sent, all of them fail' as down for all of them", () => {
    const found = read('no campaign emails are being sent, all of them fail with "provider error"');
    expect(found.state?.value).toBe("down");
    expect(found.scope?.value).toBe("everyone");
  });

  it("reads a broken link to the docs as cosmetic, not a broken product", () => {
    expect(read("the welcome email has a broken link to the docs").state?.value).toBe("cosmetic");
    expect(read("the payment link in our SMS is broken").state?.value).toBe("broken");
    expect(
      ruledLevel("the welcome email for new users has a broken link to the docs", "cm-connect-engage"),
    ).toBe("P5");
  });
});

describe("batch 51: no channel reaches us, a setting to switch on, the chat widget", () => {
  it("reads 'can't reach us on any channel, ... all not working' as every product down", () => {
    const text =
      "URGENT!!! our customers can't reach us on any channel, phone, whatsapp, chat all not working";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    // where something runs, not what fails: one product
    expect(ruledLevel("the bot gives wrong answers on all our channels", "cm-connect-engage")).not.toBe("P1");
  });

  it("reads asking to switch a setting on as a service request", () => {
    expect(read("pls can you enable two-factor login for all our users").request?.value).toBe("service");
    expect(ruledLevel("pls can you enable two-factor login for all our users", "cm-connect-engage")).toBe(
      "P5",
    );
  });

  it("reads the live chat widget as the product on the website, not a small feature of it", () => {
    expect(read("the live chat widget doesn't load on Safari").unit?.value).not.toBe("feature");
    expect(read("the share widget doesn't load").unit?.value).toBe("feature");
    expect(
      ruledLevel(
        "the live chat widget doesn't load on our Safari website visitors, Chrome is ok",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });
});

describe("batch 52: calls not coming through, a report labelled with its product", () => {
  it("reads 'calls are not coming through' as down", () => {
    expect(read("inbound calls are not coming through to any agent").state?.value).toBe("down");
    expect(
      ruledLevel(
        "inbound calls are not coming through to any agent, callers just hear silence",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });

  it("reads a leading product label as the one product the report is about", () => {
    const journeys = "marketing cloud: every journey has stopped, no emails or sms sent by any journey today";
    expect(ruledLevel(journeys, "cm-connect-engage")).toBe("P2");
    // unlabelled, the channels named read as products down
    expect(ruledLevel("every journey has stopped, no chats or sms sent today", "cm-connect-engage")).toBe(
      "P1",
    );
    // a label that names no product changes nothing
    expect(ruledLevel("URGENT: sms and voice are both down", "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 53: a shift of people, and the other shift had no issue", () => {
  it("reads 'the evening shift' as some people and 'the morning shift had no issue' as a part that works", () => {
    const found = read("the evening shift can't log into the softphone, the morning shift had no issue");
    expect(found.scope?.value).toBe("some");
    expect(found.sparedPart?.value).toBe("spared");
    expect(
      ruledLevel(
        "the evening shift can't log into the softphone, the morning shift had no issue",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });
});

describe("batch 54: delivery at zero, 'unauthorized', late chats, the inbox as where messages land", () => {
  it.each([
    ["SMS delivery is at 0% since 9:40", "down"],
    ["all messages expire", "down"],
    ["the Voice API returns 'unauthorized' for all our call requests", "down"],
    ["Campaigns module won't open, just loading forever", "down"],
    ["WhatsApp messages from customers arrive 30-40 minutes late", "severely degraded"],
    ["the report arrives 5 minutes late", "wrong"],
  ])("%j reads as %s", (text, state) => {
    expect(read(text).state?.value).toBe(state);
  });

  it("reads statistics minutes behind as no slowdown of the service", () => {
    expect(read("campaign delivery stats are 20 minutes behind").state?.value).not.toBe("severely degraded");
    expect(read("delivery reports for SMS show up with a 20 minute delay").state?.value).not.toBe(
      "severely degraded",
    );
  });

  it("reads the inbox a channel's messages land in as where, not a second product down", () => {
    const text =
      "Hi, our WhatsApp channel is completely down, customers' messages don't arrive in the inbox and we can't send anything";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel(
        "the agents can't log in to service cloud and SMS sending fails everywhere, both down",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("ranks a critical process blocked as an outage only where the contract says so (Celigo), not by who is affected", () => {
    const blackFriday =
      "the email builder crashes when we add a product block, we can't build the Black Friday mailing";
    expect(ruledLevel(blackFriday, "cm-connect-engage")).toBe("P3");
    expect(ruledLevel("our month end close flow is blocked, there is no manual way to do it", "celigo")).toBe(
      "urgent",
    );
  });
});

describe("batch 55: a product itself failing, emails that are not one product's", () => {
  it.each([
    "Voice is not working. We can't make calls, we can't receive calls.",
    "sms sending broken since 10:15, every attempt errors out",
    "whatsapp isnt working at all for us",
    "sms not sending",
  ])("%j: the product itself fails, for everyone as far as the message says (P2)", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("keeps a part of a product failing, or a product failing for one person, below that", () => {
    expect(ruledLevel("WhatsApp templates are rejected since yesterday", "cm-connect-engage")).not.toBe("P2");
    expect(ruledLevel("the inbox is not loading for me, my colleagues are fine", "cm-connect-engage")).toBe(
      "P4",
    );
  });

  it("reads emails as no one product's: Marketing Cloud's campaigns and Service Cloud's inbox both send them", () => {
    expect(
      ruledLevel(
        "emails from Marketing Cloud are not going out at all, every campaign is stuck on 'sending'",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 56: what one person cannot open, a stolen laptop, a phishing email, one floor", () => {
  it("reads 'I can't open any PDFs' as no one's scope but the writer's, not everyone", () => {
    expect(read("I can't open any PDFs since the update").scope?.value).not.toBe("everyone");
    expect(read("the connector doesn't sync any orders").scope?.value).toBe("everyone");
    expect(
      ruledLevel(
        "I can't open any PDFs since the update and I need to sign contracts today",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads a stolen laptop that must be replaced to work as one person blocked", () => {
    const found = read("Jan's laptop got stolen, he needs a replacement to work tomorrow");
    expect(found.state?.value).toBe("broken");
    expect(found.workaround?.value).toBe("absent");
    expect(found.sparedPart).toBeUndefined();
    expect(
      ruledLevel("Jan's laptop got stolen, he needs a replacement to work tomorrow", "managed-helpdesk"),
    ).toBe("P3");
  });

  it("reads a phishing email sent to the whole company as a security incident, not the service out", () => {
    expect(
      ruledLevel(
        "a phishing email went to the whole company and two people clicked the link",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads people moving elsewhere to work as a way around it", () => {
    expect(read("the Wi-Fi is down, people moved to the canteen to work").workaround?.value).toBe("present");
  });
});

describe("batch 57: not a single agent, no audio, blank for a minute, a few SKUs", () => {
  it("reads 'not a single agent can log in' as everyone, not one agent", () => {
    expect(read("not a single agent can log into Service Cloud right now").scope?.value).toBe("everyone");
    expect(ruledLevel("not a single agent can log into Service Cloud right now", "cm-connect-engage")).toBe(
      "P2",
    );
    expect(read("a single agent can't log in").scope?.value).toBe("one");
  });

  it("reads calls with no audio as not working", () => {
    expect(read("calls connect but there's no audio either way").state?.value).toBe("broken");
  });

  it("reads 'went blank twice today for a minute, then came back' as now and then", () => {
    expect(
      read("our wallboard went blank twice today for a minute, then came back").intermittent?.value,
    ).toBe("intermittent");
    expect(
      ruledLevel("our wallboard went blank twice today for a minute, then came back", "cm-connect-engage"),
    ).toBe("P4");
  });

  it("reads a few counted items as some cases, and a spelling as cosmetic", () => {
    expect(read("the inventory sync fails for 3 SKUs").scope?.value).toBe("some cases");
    expect(
      ruledLevel("the inventory sync to Amazon fails for 3 SKUs, we update those by hand", "celigo"),
    ).toBe("normal");
    expect(read("the spelling of 'recieved' in the status column").state?.value).toBe("cosmetic");
  });
});

describe("batch 58: terse chat messages", () => {
  it.each([
    ["smses not going out!!! all stuck pending", "cm-connect-engage", "P2"],
    ["1 agent cant see call history, rest fine", "cm-connect-engage", "P4"],
    ["report numbers look a bit off vs last week", "cm-connect-engage", "P4"],
    ["pls install zoom on my laptop when u have time", "managed-helpdesk", "P5"],
    ["approval email not sent for leave requests", "kissflow", "medium"],
  ])("%j under %s is %s", (text, policy, expected) => {
    expect(ruledLevel(text, policy)).toBe(expected);
  });

  it("reads figures that look off as wrong results, a colour that looks off as cosmetic", () => {
    expect(read("report numbers look a bit off").state?.value).toBe("wrong");
    expect(read("the header colour looks a bit off").state?.value).toBe("cosmetic");
  });
});

describe("batch 59: a dead end is not a dead line", () => {
  it("reads calls that go to a dead end or nowhere as not working, not the service down", () => {
    expect(
      read("calls to our after-hours number go to a dead end instead of the voicemail").state?.value,
    ).toBe("broken");
    expect(read("calls to our after-hours line go nowhere").state?.value).toBe("broken");
    expect(read("our phone lines are dead").state?.value).toBe("down");
    expect(
      ruledLevel(
        "calls to our after-hours number go to a dead end instead of the voicemail",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });
});

describe("batch 60: the wrong order, a colour that does not match", () => {
  it("reads items in the wrong order as a wrong result, and a colour that does not match as cosmetic", () => {
    expect(read("the quick replies are in alphabetical order instead of the order we set").state?.value).toBe(
      "wrong",
    );
    expect(read("the link colour in the chat widget doesn't match our brand colour").state?.value).toBe(
      "cosmetic",
    );
    expect(read("the totals don't match the invoice").state?.value).toBe("wrong");
  });
});

describe("batch 61: the provider's customers", () => {
  it("reads 'all your customers' and partner firms as other customers, 'all our customers' as the client's own", () => {
    expect(read("it looks like all your customers are down").scope?.value).toBe("other customers");
    expect(read("our partner firms can't log in either").scope?.value).toBe("other customers");
    expect(read("all our customers get an error").scope?.value).not.toBe("other customers");
    expect(
      ruledLevel(
        "it looks like all your customers are down, our partner firms can't log in either and your website is offline",
        "managed-helpdesk",
      ),
    ).toBe("P1");
  });
});

describe("batch 63: a team's file, one desk, the fallback blocked too, a setting switched", () => {
  it("reads 'the finance team's file won't open for anyone' as some people", () => {
    expect(read("the finance team's shared Excel file won't open for anyone").scope?.value).toBe("some");
    expect(read("the whole team's mail is down").scope?.value).not.toBe("some");
    expect(
      ruledLevel(
        "the finance team's shared Excel file won't open for anyone, they need it for payroll today",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads one desk's device as one, and a dock that does not charge as not working", () => {
    const found = read("the laptop dock at desk 12 doesn't charge the laptop");
    expect(found.scope?.value).toBe("one");
    expect(found.state?.value).toBe("broken");
    expect(ruledLevel("the laptop dock at desk 12 doesn't charge the laptop", "managed-helpdesk")).toBe("P4");
  });

  it("reads the usual fallback failing too as no way around it", () => {
    expect(read("my Outlook won't open at all, webmail is blocked for me").workaround?.value).toBe("absent");
    expect(
      ruledLevel(
        "my Outlook won't open at all and I need to send quotes today, webmail is blocked for me",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads a setting that switched by itself as a wrong result", () => {
    expect(read("the spell check in Word has switched to English").state?.value).toBe("wrong");
  });
});

describe("batch 64: every inbound chat", () => {
  it("reads 'all inbound chats fail' as everyone", () => {
    expect(read("all inbound chats fail to reach the agents").scope?.value).toBe("everyone");
    expect(
      ruledLevel(
        "all inbound chats fail to reach the agents, the queue stays empty while customers wait",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 65: a couple of messages", () => {
  it("rates a few counted items failing as a small incident, some of a kind as a breaking issue", () => {
    expect(read("a couple of SMS never arrived").scope?.value).toBe("some cases");
    expect(
      ruledLevel("a couple of SMS show 'delivered' but the customer never got them", "cm-connect-engage"),
    ).toBe("P4");
    expect(
      ruledLevel(
        "voice calls drop after 60 seconds for some calls, most calls are fine",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });
});

describe("batch 66: a deadline within the day", () => {
  it("reads a presentation or a report due today as business-critical for the one person blocked", () => {
    expect(read("I have a client presentation at 2").criticality?.value).toBe("critical");
    expect(read("I need to finish a report today").criticality?.value).toBe("critical");
    expect(read("we did a presentation at the fair last year").criticality).toBeUndefined();
    expect(
      ruledLevel(
        "my laptop won't boot, blue screen every time, I have a pitch this afternoon",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(ruledLevel("my laptop won't boot, blue screen every time", "managed-helpdesk")).toBe("P4");
  });
});

describe("batch 67: one of the client's own customers, the others fine", () => {
  it("reads one customer or one recipient as a case, not everyone, and 'others get them fine' as a part that works", () => {
    expect(read("one customer never gets our SMS").scope?.value).toBe("some cases");
    expect(read("our bot is not answering a single customer").scope?.value).not.toBe("some cases");
    expect(read("a recipient says our SMS don't arrive, others get them fine").sparedPart?.value).toBe(
      "spared",
    );
    expect(ruledLevel("one recipient never gets our WhatsApp messages", "cm-connect-engage")).toBe("P4");
    expect(ruledLevel("our bot is not answering a single customer since 9am", "cm-connect-engage")).toBe(
      "P2",
    );
  });
});

describe("batch 68: where messages land, and words that would soften a failure for everyone", () => {
  it("reads the inbox that messages do not reach as where they land, not a second product down", () => {
    expect(
      ruledLevel(
        "none of our WhatsApp conversations reach the inbox, customers write and nobody sees it",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(ruledLevel("we can't reach the portal and SMS fails for everyone", "cm-connect-engage")).toBe(
      "P1",
    );
  });

  it("keeps a feature failing for all agents a breaking issue whatever the wording layer says", () => {
    expect(
      ruledLevel(
        "the quick replies button in the inbox does nothing for all agents, they type answers out",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });
});

describe("batch 69: a date ahead", () => {
  it("reads something wanted for an event on a date, or ready by a date, as a scheduled task", () => {
    expect(read("can you set up a guest wifi for the event on the 14th?").request?.value).toBe("scheduled");
    expect(read("please have the new laptop ready by the 3rd").request?.value).toBe("scheduled");
    expect(read("the sync failed on the 3rd and again today").request).toBeUndefined();
    expect(ruledLevel("can you set up a guest wifi for the event on the 14th?", "managed-helpdesk")).toBe(
      "P6",
    );
  });
});

describe("batch 70: one product on every channel, what still arrives, a drop every few minutes", () => {
  it("reads a product that answers on no channel as that product down, not every product", () => {
    expect(
      ruledLevel(
        "since 11:20 our chatbot does not respond on any channel, customers get no answer at all",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(
      ruledLevel(
        "URGENT!!! our customers can't reach us on any channel, phone, whatsapp, chat all not working",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads 'text arrives fine' as a part that still works and a drop every 15 minutes as now and then", () => {
    expect(read("the images are missing for all recipients, text arrives fine").sparedPart?.evidence).toBe(
      "text arrives fine",
    );
    expect(read("the VPN disconnects every 15 minutes for all remote staff").intermittent?.value).toBe(
      "intermittent",
    );
    expect(read("the sync runs every 15 minutes and fails for everyone").intermittent).toBeUndefined();
    expect(
      ruledLevel(
        "the VPN disconnects every 15 minutes for all remote staff, calls drop each time",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });
});

describe("batch 71: a virus on one laptop, customers kept waiting, chat shorthand for 'I can't'", () => {
  it("reads a security incident on one machine as business-critical, not a scanner that slows it", () => {
    expect(read("Tom's laptop got a virus warning and files are getting renamed").criticality?.value).toBe(
      "critical",
    );
    expect(read("my account was hacked, emails are being sent from it").criticality?.value).toBe("critical");
    expect(read("the virus scanner makes my laptop slow").criticality).toBeUndefined();
    expect(read("our bookkeeper's laptop got stolen from her car").criticality?.value).toBe("critical");
    expect(
      ruledLevel(
        "our bookkeeper's laptop got stolen from her car, it has client data on it",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(
      ruledLevel(
        "Tom's laptop got a virus warning and files are getting renamed, we unplugged it",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads 'cant get into' with no one named as the writer, and customers waiting on them as critical", () => {
    expect(read("cant get into the CRM since the update").scope?.value).toBe("one");
    expect(read("cannot login, neither can my colleagues").scope?.value).not.toBe("one");
    expect(read("customers are waiting on quotes").criticality?.value).toBe("critical");
    expect(
      ruledLevel(
        "cant get into the CRM since the update, customers are waiting on quotes",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });
});

describe("batch 73: the provider's clients, the people in one room, a help link to nowhere", () => {
  it("reads a service failed 'for all clients' as other customers too", () => {
    expect(read("your backup service failed for all clients last night").scope?.value).toBe(
      "other customers",
    );
    expect(read("the API fails for all our clients").scope?.value).not.toBe("other customers");
  });

  it("reads no one in the boardroom as the people in one room, not everyone", () => {
    expect(read("no one can connect to the wireless presenter in the boardroom").scope?.value).toBe("some");
    expect(read("one of the meeting room screens won't connect").scope?.value).toBe("one");
    expect(
      ruledLevel(
        "no one can connect to the wireless presenter in the boardroom and the board meets in an hour",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads a help link that leads to no page as cosmetic, not a failure", () => {
    expect(read("the help icon next to 'sender ID' links to a page that no longer exists").state?.value).toBe(
      "cosmetic",
    );
    expect(read("the unsubscribe link goes to a page that no longer exists").state?.value).toBe("broken");
  });
});

describe("batch 74: a feature after who it fails for, an annoyance where the contract ranks looks as defects", () => {
  it("reads the feature as the subject after 'for all agents'", () => {
    expect(read("for all agents the 'close conversation' button throws an error").partSubject?.value).toBe(
      "feature",
    );
    expect(
      ruledLevel(
        "for all agents the 'close conversation' button throws an error, chats pile up as open",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });

  it("rates an annoyance as the contract rates a cosmetic defect, where it sets nothing else", () => {
    const popup = "everyone sees an annoying 'update available' popup in Chrome every day";
    expect(read(popup).annoyance?.value).toBe("annoyance");
    expect(ruledLevel(popup, "managed-helpdesk")).toBe("P4");
    expect(ruledLevel(`no rush, ${popup}`, "managed-helpdesk")).toBe("P5");
    expect(ruledLevel(popup, "kissflow")).toBe("low");
  });
});

describe("batch 75: the people who run the business", () => {
  it("reads the CEO or the managing director blocked as business-critical", () => {
    expect(read("the CEO's phone isn't getting email since yesterday").criticality?.value).toBe("critical");
    expect(read("our managing director can't print").criticality?.value).toBe("critical");
    expect(read("my colleague's phone isn't getting email").criticality).toBeUndefined();
    expect(ruledLevel("the CEO's phone isn't getting email since yesterday", "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("Anna's phone isn't getting email since yesterday", "managed-helpdesk")).toBe("P4");
  });
});

describe("batch 76: down now and then with work stopped, other firms, a background reset", () => {
  it("keeps a service that keeps going down an outage when nobody can work", () => {
    expect(
      ruledLevel(
        "the internet in our office keeps going down completely every few minutes and nobody can work properly",
        "managed-helpdesk",
      ),
    ).toBe("P2");
    expect(
      ruledLevel(
        "the VPN disconnects every 15 minutes for all remote staff, calls drop each time",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads other firms using the provider as other customers", () => {
    expect(
      read("your hosted phone platform is down for us and for the two other firms in our building").scope
        ?.value,
    ).toBe("other customers");
    expect(read("widespread problem? nothing loads").scope?.value).toBe("other customers");
  });

  it("reads a background or wallpaper reset as cosmetic, at the bottom when the client says it is low priority", () => {
    expect(read("everyone's Teams background changed back to default").state?.value).toBe("cosmetic");
    expect(
      ruledLevel("everyone's Teams background changed back to default after the update", "managed-helpdesk"),
    ).toBe("P4");
    expect(
      ruledLevel("low priority: the desktop wallpaper reverted to the default one", "managed-helpdesk"),
    ).toBe("P5");
  });
});

describe("batch 77: a sender the recipients do not know, what one person keeps, done again by hand", () => {
  it("reads the sender name replaced or shown as something else as not working", () => {
    expect(read("the SMS sender name is replaced by a random number").state?.value).toBe("broken");
    expect(read("outbound SMS to France show our sender name as 'INFO'").state?.value).toBe("broken");
    expect(
      ruledLevel(
        "the SMS sender name is replaced by a random number for customers on Orange France",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });

  it("reads 'my saved reply' as one person's and 'I retyped it' as a way around", () => {
    expect(read("my saved reply for 'refund' disappeared").scope?.value).toBe("one");
    expect(read("it disappeared, I retyped it").workaround?.value).toBe("present");
    expect(ruledLevel("my saved reply for 'refund' disappeared, I retyped it", "cm-connect-engage")).toBe(
      "P4",
    );
  });
});

describe("batch 80: non-native English", () => {
  it("reads 'what means status ...' as asking what it means and 'wrong translated' as cosmetic", () => {
    expect(read("pls what means status 'rejected by operator'?").asking?.value).toBe("how-to");
    expect(ruledLevel("pls what means status 'rejected by operator'?", "cm-connect-engage")).toBe("P5");
    expect(read("the word 'conversation' is wrong translated in german interface").state?.value).toBe(
      "cosmetic",
    );
    expect(read("the menu is translated wrongly").state?.value).toBe("cosmetic");
  });
});

describe("batch 82: what a message carries, something to send", () => {
  it("reads images or attachments shown broken as a part of the messages, not the products out", () => {
    const images =
      "since the update, images customers send us on WhatsApp show as broken in the inbox for all agents";
    expect(read(images).partSubject?.value).toBe("feature");
    expect(ruledLevel(images, "cm-connect-engage")).toBe("P3");
    expect(read("the email channel drops attachments from incoming mails").partSubject?.value).toBe(
      "feature",
    );
    expect(read("none of our WhatsApp messages arrive").partSubject).toBeUndefined();
  });

  it("reads 'can u send me the docs' as a service request", () => {
    expect(read("can u send me the docs for the voice webhook?").request?.value).toBe("service");
    expect(ruledLevel("can u send me the docs for the voice webhook?", "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 83: client calls this afternoon, other customers of the provider", () => {
  it("reads client calls or meetings within the day as business-critical for the one person blocked", () => {
    expect(read("I have client calls all afternoon").criticality?.value).toBe("critical");
    expect(
      ruledLevel(
        "Outlook won't open for me at all since the update and I have client calls all afternoon",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads 'our neighbours who also use you' as other customers", () => {
    expect(read("our neighbours who also use you say the same").scope?.value).toBe("other customers");
    expect(read("we use your portal every day").scope?.value).not.toBe("other customers");
  });
});

describe("batch 84: a defect it would be good to fix, salaries due today", () => {
  it("reads 'it would be good to fix' as a defect, not a feature request", () => {
    expect(read("the last column is cut off, it would be good to fix").request).toBeUndefined();
    expect(read("a dark theme would be good to have").request?.value).toBe("feature");
    expect(
      ruledLevel(
        "when I print from Excel the last column is cut off. Not urgent but it would be good to fix.",
        "managed-helpdesk",
      ),
    ).toBe("P5");
  });

  it("reads salaries to be paid today as business-critical", () => {
    expect(read("salaries need to be paid today").criticality?.value).toBe("critical");
    expect(
      ruledLevel(
        "our bookkeeper cannot access the bank portal because the token app on her phone stopped working. Salaries need to be paid today.",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });
});

describe("batch 86: a USB stick, the companies we work with", () => {
  it("reads a USB stick as a thing, not something stuck", () => {
    expect(read("do we have a policy for using usb sticks?").state).toBeUndefined();
    expect(ruledLevel("do we have a policy for using usb sticks?", "managed-helpdesk")).toBe("P5");
    expect(read("the update is stuck at 30 %").state?.value).toBe("broken");
  });

  it("reads 'companies we work with' as who they are, not a part that still works", () => {
    const outage =
      "Is your cloud down? Our offices and two other companies we work with can't log in to anything";
    expect(read(outage).sparedPart).toBeUndefined();
    expect(ruledLevel(outage, "managed-helpdesk")).toBe("P1");
    expect(read("wifi is down, the cable works").sparedPart?.value).toBe("spared");
  });
});

describe("batch 87: reports that say the wrong thing, after a greeting", () => {
  it("reads delivery reports as what the product keeps about its work, even after 'Hi,'", () => {
    const reports =
      "Hi, delivery reports for WhatsApp say 'read' for messages customers never opened, our follow-up campaigns are triggered wrongly for everyone";
    expect(read(reports).partSubject?.value).toBe("by-product");
    expect(ruledLevel(reports, "cm-connect-engage")).toBe("P3");
    expect(read("Hi, none of our WhatsApp messages are delivered").partSubject).toBeUndefined();
  });
});

describe("batch 88: 'any of us', a holiday break, work to plan", () => {
  it("reads 'won't open for any of us' as everyone", () => {
    expect(read("the portal won't open for any of us").scope?.value).toBe("everyone");
    expect(read("I can't open it").scope?.value).not.toBe("everyone");
  });

  it("reads the christmas break as a time, and an upgrade to plan for it as a scheduled task", () => {
    const upgrade =
      "we'd like to upgrade all office PCs to Windows 11 during the christmas break, can you plan it?";
    expect(read(upgrade).state).toBeUndefined();
    expect(read(upgrade).request?.value).toBe("scheduled");
    expect(ruledLevel(upgrade, "managed-helpdesk")).toBe("P6");
    expect(read("the printer broke during the night").state?.value).toBe("broken");
    expect(ruledLevel("the wifi broke during the summer holiday, can you fix it", "managed-helpdesk")).toBe(
      "P3",
    );
  });
});

describe("batch 90: another company the provider supports", () => {
  it("reads 'another company you support' as other customers, and a company moved to as nothing", () => {
    const outage =
      "Is it just us? Your remote backup portal and the VPN gateway both fail, a friend at another company you support says theirs is down too";
    expect(read(outage).scope?.value).toBe("other customers");
    expect(ruledLevel(outage, "managed-helpdesk")).toBe("P1");
    expect(read("we moved to another company last year and now our mail is down").scope).toBeUndefined();
  });
});

describe("batch 92: what is still there", () => {
  it("reads 'voicemails are still in the portal' as a part that still works, and 'we are still in the office' as nothing", () => {
    const copies =
      "our voicemail to email stopped, voicemails are still in the portal but nobody gets the emails";
    expect(read(copies).sparedPart?.value).toBe("spared");
    expect(ruledLevel(copies, "cm-connect-engage")).toBe("P3");
    const outage = "we are still in the office but nobody can log in to the inbox";
    expect(read(outage).sparedPart).toBeUndefined();
    expect(ruledLevel(outage, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 93: all our work, not important, both our shops", () => {
  it("reads 'all our work is on it' as what depends on it, not a part that still works", () => {
    const server =
      "nobody can log on to the terminal server this morning, it just says 'the remote computer is not available', all our work is on it";
    expect(read(server).sparedPart).toBeUndefined();
    expect(ruledLevel(server, "managed-helpdesk")).toBe("P2");
    expect(read("the scanner is down, the rest works").sparedPart?.value).toBe("spared");
  });

  it("reads 'not important' as no deadline", () => {
    expect(read("my desk phone shows the wrong time, an hour ahead, not important").noDeadline?.value).toBe(
      "no deadline",
    );
    expect(
      ruledLevel("my desk phone shows the wrong time, an hour ahead, not important", "managed-helpdesk"),
    ).toBe("P5");
    expect(read("this is important for us").noDeadline).toBeUndefined();
  });

  it("reads 'both our shops' as everyone", () => {
    expect(read("the card terminals in both our shops fail").scope?.value).toBe("everyone");
  });
});

describe("batch 94: a formal outage report, a code too late to log in", () => {
  it("reads 'a complete disruption' and 'none of our agents can communicate' as the service out", () => {
    const formal =
      "Dear Sir/Madam, We are currently experiencing a complete disruption of both our SMS gateway and our WhatsApp Business channel, as well as the Mobile Service Cloud. None of our 120 agents can communicate with customers. Please treat this as a priority one incident.";
    expect(read("we are experiencing a complete disruption of our SMS gateway").state?.value).toBe("down");
    expect(read("None of our agents can communicate with customers.").state?.value).toBe("broken");
    expect(ruledLevel(formal, "cm-connect-engage")).toBe("P1");
  });

  it("reads a login missed because a code came late as the lateness, not a login that is down", () => {
    const late =
      "Our SMS OTPs arrive 20-30 minutes late for everyone since about 10am, customers can't log in to our app in time";
    expect(read(late).state?.value).toBe("severely degraded");
    expect(ruledLevel(late, "cm-connect-engage")).toBe("P3");
    expect(read("customers can't log in to our app").state?.value).toBe("down");
  });
});

describe("batch 95: one person too slowed to work", () => {
  it("ranks one person so slowed they cannot work as one person blocked, where the contract ranks that higher", () => {
    const slowed =
      "hello my colleague from reception her computer very slow, every click wait 1 minute, she can not work good";
    expect(read(slowed).state?.value).toBe("severely degraded");
    expect(ruledLevel(slowed, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("my laptop is very slow since the update", "managed-helpdesk")).toBe("P4");
    expect(ruledLevel("my laptop is very slow, I can't work", "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 96: downtime ahead, asked about", () => {
  it("reads 'will there be an outage during your maintenance?' as a question, and 'is there an outage?' as a report", () => {
    const ahead = "will there be an outage during your maintenance on Sunday?";
    expect(read(ahead).state).toBeUndefined();
    expect(read(ahead).request?.value).toBe("question");
    expect(ruledLevel(ahead, "cm-connect-engage")).toBe("P5");
    expect(ruledLevel("will we be affected by the maintenance tonight?", "cm-connect-engage")).toBe("P5");
    expect(read("is there an outage? nothing loads").state?.value).toBe("down");
  });
});

describe("batch 97: a bulk action done one by one", () => {
  it("reads doing it one by one as a workaround", () => {
    const bulk =
      "bulk closing conversations in the inbox gives an error for everyone, we close them one by one";
    expect(read(bulk).workaround?.value).toBe("present");
    expect(ruledLevel(bulk, "cm-connect-engage")).toBe("P3");
    expect(
      ruledLevel("closing conversations in the inbox gives an error for everyone", "cm-connect-engage"),
    ).toBe("P2");
  });
});

describe("batch 98: the writer and two colleagues, new starters, an error waved away", () => {
  it("reads 'me and two colleagues', '4 of them' and the new starters as some people", () => {
    const mailbox =
      "our shared mailbox stopped showing new mail for me and two colleagues, we use webmail for now but it's slow";
    expect(read(mailbox).scope?.value).toBe("some");
    expect(ruledLevel(mailbox, "managed-helpdesk")).toBe("P3");
    const starters =
      "new employees can't log in to the HR portal to sign their contracts, 4 of them are waiting";
    expect(read(starters).scope?.value).toBe("some");
    expect(ruledLevel(starters, "managed-helpdesk")).toBe("P3");
    expect(read("it fails for me").scope?.value).toBe("one");
  });

  it("reads an error closed before the work goes on as a workaround", () => {
    expect(
      read("the Excel add-in for our accounting shows an error on start, I close it and Excel works")
        .workaround?.value,
    ).toBe("present");
  });
});

describe("batch 100: the main work goes on", () => {
  it("reads 'agents can still chat normally' as a part that still works", () => {
    expect(read("the read status is gone, agents can still chat normally").sparedPart?.value).toBe("spared");
    expect(read("we can still not chat").sparedPart).toBeUndefined();
  });
});

describe("batch 101: the office at a standstill", () => {
  it("reads 'the office is at a standstill' as everyone stopped", () => {
    const server =
      "our main server won't boot after the power cut, the ERP and all shared files are on it, the office is at a standstill";
    expect(read(server).scope?.value).toBe("everyone");
    expect(read(server).criticality?.value).toBe("critical");
    expect(ruledLevel(server, "managed-helpdesk")).toBe("P2");
    expect(read("production ground to a halt").criticality?.value).toBe("critical");
  });
});

describe("batch 103: weak wifi, a clerk's app, the firm next door, a surgery with no phones", () => {
  it("reads weak wifi as a slowdown", () => {
    expect(read("the wifi in the kitchen area is weak, we can still get online").state?.value).toBe(
      "degraded",
    );
    expect(
      ruledLevel("the wifi in the kitchen area is weak, we can still get online", "managed-helpdesk"),
    ).toBe("P4");
  });

  it("reads a clerk's app as one person's, and invoices to enter today as a deadline within the day", () => {
    const clerk =
      "our accounts payable clerk's Sage won't open, it says license expired, she has 40 invoices to enter today";
    expect(read(clerk).scope?.value).toBe("one");
    expect(read(clerk).criticality?.value).toBe("critical");
    expect(ruledLevel(clerk, "managed-helpdesk")).toBe("P3");
  });

  it("reads the firm next door that the provider also looks after as other customers", () => {
    const both =
      "Are you aware of the outage? Our hosted server and the one at the firm next door (you look after both) went offline at the same time";
    expect(read(both).scope?.value).toBe("other customers");
    expect(ruledLevel(both, "managed-helpdesk")).toBe("P1");
  });

  it("reads a whole surgery with no phones as everyone down, and one meeting-room phone as one device", () => {
    const surgery =
      "Hi, the whole surgery has no phones, patients can't call us to book and it's our busiest morning";
    expect(read(surgery).state?.value).toBe("down");
    expect(ruledLevel(surgery, "managed-helpdesk")).toBe("P2");
    expect(ruledLevel("the phone in meeting room 1 has no dial tone", "managed-helpdesk")).not.toBe("P2");
  });
});

describe("batch 104: check-in slowed, a laptop that blue-screens, work lost", () => {
  it("reads a receptionist's failure that slows patient check-in as one person blocked", () => {
    const reception =
      "Our receptionist cannot print the day's patient list, she's reading it off the screen for now and it slows check-in";
    expect(read(reception).criticality?.value).toBe("critical");
    expect(ruledLevel(reception, "managed-helpdesk")).toBe("P3");
  });

  it("reads a laptop that blue-screens and loses what she is working on as failing, with work lost", () => {
    const crash = "Anna's laptop blue-screens every couple of hours, she loses what she's working on";
    expect(read(crash).state?.value).toBe("broken");
    expect(read(crash).sparedPart).toBeUndefined();
    expect(ruledLevel(crash, "managed-helpdesk")).toBe("P3");
    expect(read("the app crashes, the website is working").sparedPart?.value).toBe("spared");
  });
});

describe("batch 105: a remark, not a fault", () => {
  it("rates a change the client only remarks on ('not a problem, just noticed') at the bottom", () => {
    const remark =
      "the order of channels in the menu is different from yesterday, not a problem just noticed";
    expect(read(remark).criticality?.value).toBe("minor");
    expect(ruledLevel(remark, "cm-connect-engage")).toBe("P5");
    expect(
      ruledLevel("the run history page is slow when you filter by date. we can live with it", "celigo"),
    ).toBe("normal");
  });
});

describe("batch 106: with clients all day", () => {
  it("reads someone with clients all day as work that cannot wait", () => {
    const mark =
      "Mark from sales can't access any of his emails on his phone or laptop since yesterday, he's with clients all day";
    expect(read(mark).criticality?.value).toBe("critical");
    expect(ruledLevel(mark, "managed-helpdesk")).toBe("P3");
  });
});

describe("batch 108: a dim screen, due today, also hosted by you, my tablet", () => {
  it("reads a dim screen as how it looks", () => {
    expect(read("the screen on the reception phone is very dim").state?.value).toBe("cosmetic");
    expect(ruledLevel("the screen on the reception phone is very dim", "managed-helpdesk")).toBe("P4");
  });

  it("reads a return due today as a deadline within the day", () => {
    const vat = "our bookkeeper's laptop won't connect to the VPN from home and the VAT return is due today";
    expect(read(vat).criticality?.value).toBe("critical");
    expect(ruledLevel(vat, "managed-helpdesk")).toBe("P3");
  });

  it("reads a partner's site also hosted by the provider as another customer", () => {
    const hosting =
      "is your hosting down? our website, email and our partner's website (also hosted by you) all went offline at 10:02";
    expect(read(hosting).scope?.value).toBe("other customers");
    expect(ruledLevel(hosting, "managed-helpdesk")).toBe("P1");
  });

  it("reads my tablet as one person's", () => {
    expect(read("OneNote doesn't sync on my tablet, on the laptop it's fine").scope?.value).toBe("one");
    expect(ruledLevel("OneNote doesn't sync on my tablet, on the laptop it's fine", "managed-helpdesk")).toBe(
      "P4",
    );
  });
});

describe("batch 110: 'temporarily unavailable'", () => {
  it("reads 'service temporarily unavailable' as an error's wording, not a stopgap", () => {
    const voice =
      "Hi, the Voice API returns 'service temporarily unavailable' on all call requests since 10:20";
    expect(read(voice).workaround).toBeUndefined();
    expect(ruledLevel(voice, "cm-connect-engage")).toBe("P2");
    expect(read("we temporarily send them by email").workaround?.value).toBe("present");
  });
});

describe("batch 112: a silent IVR", () => {
  it("reads an IVR completely silent, callers hearing nothing, as down", () => {
    const silent =
      "our IVR is completely silent since the maintenance, callers hear nothing and the call drops";
    expect(read(silent).state?.value).toBe("down");
    expect(ruledLevel(silent, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 113: no work at all, a new starter locked out", () => {
  it("reads 'I can't do any work' as no way to keep working", () => {
    const pc = "my PC won't boot at all, black screen with a blinking cursor, I can't do any work";
    expect(read(pc).workaround?.value).toBe("absent");
    expect(ruledLevel(pc, "managed-helpdesk")).toBe("P3");
    expect(read("we can't get anything done").workaround?.value).toBe("absent");
    expect(ruledLevel("my PC won't boot, I use the spare laptop meanwhile", "managed-helpdesk")).toBe("P4");
  });

  it("reads a new starter locked out of everything as one person who cannot work", () => {
    const starter = "new starter on monday has no account yet, she can't log in to anything";
    expect(read(starter).scope?.value).toBe("one");
    expect(read(starter).workaround?.value).toBe("absent");
    expect(ruledLevel(starter, "managed-helpdesk")).toBe("P3");
    expect(read("she can't log in to the CRM").scope?.value).toBe("one");
  });
});

describe("Connect & Engage probes: how it looks, not what it does", () => {
  it("reads a missing hint, an old screenshot, a stray space and a label that never goes away as cosmetic", () => {
    for (const text of [
      "hover text on the send button is missing",
      "the chatbot builder shows an old screenshot in the onboarding tip",
      "there's a double space in the default auto-reply text",
      "the 'new' label on the templates page never goes away",
    ]) {
      expect(read(text).state?.value, text).toBe("cosmetic");
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P5");
    }
    // what goes missing from the work itself stays a wrong result
    expect(read("the bounce column is missing from the export").state?.value).not.toBe("cosmetic");
    expect(read("the queue never goes down, chats wait for hours").state?.value).not.toBe("cosmetic");
  });
});

describe("batch 115: a client call at 11", () => {
  it("reads a meeting or a deadline at a two-digit hour as within the day", () => {
    const locked =
      "Hi, I'm locked out of my account after the password change and I have a client call at 11";
    expect(read(locked).criticality?.value).toBe("critical");
    expect(ruledLevel(locked, "managed-helpdesk")).toBe("P3");
    expect(read("I need to send the offer by 12 and Word keeps crashing").criticality?.value).toBe(
      "critical",
    );
    expect(read("my presentation at 10 is on this laptop").criticality?.value).toBe("critical");
    expect(read("I'm locked out of my account after the password change").criticality).toBeUndefined();
  });
});

describe("two-digit counts", () => {
  it("reads a failure for 12 orders as some cases, as it reads 3 orders", () => {
    expect(read("the sync fails for 12 orders, the rest went through").scope?.value).toBe("some cases");
    expect(read("the sync fails for 3 orders").scope?.value).toBe("some cases");
    expect(read("the sync fails for 5000 orders").scope?.value).not.toBe("some cases");
  });
});

describe("batch 116: where messages land", () => {
  it("reads the inbox the messages land in as where they land, not a second product down", () => {
    const inbound =
      "whatsapp inbound is completely broken, customers write to us but nothing lands in the inbox for any of our 12 brands";
    expect(ruledLevel(inbound, "cm-connect-engage")).toBe("P2");
    // the inbox failing itself, beside another product, is still two products
    expect(ruledLevel("WhatsApp is down and the inbox won't load for any agent", "cm-connect-engage")).toBe(
      "P1",
    );
    expect(
      ruledLevel("SMS sending is broken for everyone and no chats show up in the inbox", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("batch 117: services gone, a prompt clicked through, the words the model respelt", () => {
  it("reads hosted desktops gone for us and every firm that uses the provider as a global outage", () => {
    const gone =
      "the remote backup and the hosted desktops are gone for us and for every firm our IT contact knows of that uses you";
    expect(read(gone).state?.value).toBe("down");
    expect(ruledLevel(gone, "managed-helpdesk")).toBe("P1");
    // "going well" and "the popup is gone" are not services gone
    expect(read("everything is going well").state).toBeUndefined();
    expect(read("the popup is gone, thanks").state?.value).not.toBe("down");
  });

  it("reads a prompt that asks again and is clicked through as an annoyance with a workaround", () => {
    const acrobat = "Acrobat asks me to activate my licence again every couple of days, I click through it";
    expect(read(acrobat).annoyance?.value).toBe("annoyance");
    expect(read(acrobat).workaround?.value).toBe("present");
    expect(ruledLevel(acrobat, "managed-helpdesk")).toBe("P4");
  });

  it("reads the cues written with 'through' and 'data' now that the lemmas keep them", () => {
    expect(read("I close the error and click through it and Excel works").workaround?.value).toBe("present");
    expect(read("the figures and data look a bit off").state?.value).toBe("wrong");
    // "app" too, which the model read as "application": the usual fallback failing as well
    expect(read("I can't open Outlook and the mobile app is down too").workaround?.value).toBe("absent");
  });
});

describe("cues written in a form the lemmas never hold", () => {
  it("reads them in the lemmas' form: denied, stuck, using, easier, broken, not found", () => {
    expect(read("the portal says access denied for all of us").state?.value).toBe("broken");
    expect(read("the login page is stuck on maintenance since 9").state?.value).toBe("down");
    expect(read("is it down for every company using you?").scope?.value).toBe("other customers");
    expect(read("it would make life easier if the report had a total").request?.value).toBe("feature");
    expect(read("could you make the export clearer?").request?.value).toBe("feature");
    expect(read("the help link in the inbox gives not found").state?.value).toBe("cosmetic");
    expect(read("the calls are all broken since 9").scope?.value).toBe("everyone");
  });
});

describe("batch 118: a small detail", () => {
  it("reads 'small detail' with nothing failing as a remark: the lowest level", () => {
    const detail = "small detail: the 'Agents online' widget says '1 agents'";
    expect(read(detail).criticality?.value).toBe("minor");
    expect(ruledLevel(detail, "cm-connect-engage")).toBe("P5");
    // a failure called small is still rated by what fails
    expect(ruledLevel("small thing, but nobody can log in to the inbox", "cm-connect-engage")).not.toBe("P5");
  });
});

describe("batch 120: our numbers all play it", () => {
  it("reads 'our Voice numbers all play' as every one of them", () => {
    const numbers =
      "our Voice numbers all play a 'this number is not in service' message to callers since midnight";
    expect(read(numbers).scope?.value).toBe("everyone");
    expect(ruledLevel(numbers, "cm-connect-engage")).toBe("P2");
    expect(read("the printers all jam").scope?.value).toBe("everyone");
    // all day, all fine: not who is affected
    expect(read("our lines all day long are busy").scope).toBeUndefined();
    expect(read("our laptops all work fine").scope).toBeUndefined();
  });
});

describe("managed-helpdesk probes: typed in a hurry", () => {
  it("reads common misspellings as the word meant, in the lemmas and in the contract's terms", () => {
    const scanner = "the scaner in accounts doesnt work for the whole team, they have invoices to scan today";
    expect(ruledLevel(scanner, "managed-helpdesk")).toBe(
      ruledLevel(scanner.replace("scaner", "scanner"), "managed-helpdesk"),
    );
    expect(read("emial not working for anyone since this morning, cant send or recieve").scope?.value).toBe(
      "everyone",
    );
    expect(read("internet is donw in the whole office").state?.value).toBe("down");
    // a word that is English as written stays as written: "sever" is not "server"
    expect(read("we had to sever the old connection").state).toBeUndefined();
  });

  it("reads a device that sounds wrong but works as degraded", () => {
    const printer = "teh printer on the 2nd floor is making a weird noise but still prints";
    expect(read(printer).state?.value).toBe("degraded");
    expect(ruledLevel(printer, "managed-helpdesk")).toBe("P4");
    expect(read("the laptop fan is very loud").state?.value).toBe("degraded");
  });
});

describe("Connect & Engage probes: typed in a hurry", () => {
  it("reads call recordings missing, without the verb, as a part of the product, as with it", () => {
    const recordings = "call recordings missing for all calls since tuesday";
    expect(read(recordings).partSubject?.value).toBe("by-product");
    expect(ruledLevel(recordings, "cm-connect-engage")).toBe("P3");
    expect(ruledLevel("call recordings are missing for all calls since tuesday", "cm-connect-engage")).toBe(
      "P3",
    );
    // the calls themselves failing is the product down
    expect(ruledLevel("calls fail for all agents since tuesday", "cm-connect-engage")).toBe("P2");
  });
});

describe("probes: terse reports", () => {
  it("reads '0 delivered', 'nothing out' and a widget gone from the site as down", () => {
    expect(read("whatsapp: 0 delivered today").state?.value).toBe("down");
    expect(read("campaigns stuck in 'sending' for hours, nothing out").state?.value).toBe("down");
    expect(ruledLevel("live chat widget gone from our site", "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("shared drive gone for everyone", "managed-helpdesk")).toBe("P2");
    // "nothing out of the ordinary" is no failure
    expect(read("nothing out of the ordinary in the logs").state?.value).not.toBe("down");
  });

  it("reads 'all of finance' as a department and neighbours affected as other customers", () => {
    expect(read("teams crashing for all of finance, month end").scope?.value).toBe("some");
    expect(read("teams crashing for all of our staff").scope?.value).toBe("everyone");
    expect(read("all your hosted servers down? us + 3 neighbours affected").scope?.value).toBe(
      "other customers",
    );
  });

  it("rates a printer out for everyone on a deadline day as the productivity issue, unless work has stopped", () => {
    expect(
      ruledLevel("printer broken, whole office can't print, contracts due today", "managed-helpdesk"),
    ).toBe("P3");
    expect(
      ruledLevel("the app is broken for the whole office, contracts due today", "managed-helpdesk"),
    ).toBe("P2");
  });
});

describe("managed-helpdesk probes: down for everyone, and what the business runs on", () => {
  it("rates an app work goes on without, down for everyone, as the productivity issue", () => {
    for (const text of [
      "the intranet is unavailable for everyone",
      "the HR portal is down for all staff, holiday requests have to wait",
      "the online training platform doesn't load for anyone",
    ]) {
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
    // unless work has stopped
    expect(ruledLevel("the intranet is down for everyone and nobody can work", "managed-helpdesk")).toBe(
      "P2",
    );
  });

  it("reads the plural of what the business runs on: 'emails' is email", () => {
    expect(ruledLevel("nobody is receiving emails since 7am", "managed-helpdesk")).toBe("P2");
    expect(ruledLevel("nobody is receiving email since 7am", "managed-helpdesk")).toBe("P2");
  });
});

describe("batch 121: wrong for everyone at the helpdesk, three of us, a logo lost", () => {
  it("rates wrong results everyone works from as the productivity issue on the managed helpdesk", () => {
    const rooms =
      "the meeting room booking system shows every room as free, people are double booking rooms all day";
    expect(ruledLevel(rooms, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("the booking system shows one room as free when it isn't", "managed-helpdesk")).toBe(
      "P4",
    );
  });

  it("reads 'three of us ..., the others can' as some people", () => {
    const three = "three of us in customer service can't log into the helpdesk tool, the others can";
    expect(read(three).scope?.value).toBe("some");
    expect(read(three).sparedPart).toBeDefined();
    expect(ruledLevel(three, "managed-helpdesk")).toBe("P3");
  });

  it("reads a signature that lost the company logo as how it looks", () => {
    const logo = "everyone's email signature lost the company logo after the update";
    expect(read(logo).state?.value).toBe("cosmetic");
    expect(ruledLevel(logo, "managed-helpdesk")).toBe("P4");
    // text that loses its formatting is what it says, not how it looks
    expect(read("the form loses the formatting of the text we paste").state?.value).not.toBe("cosmetic");
  });
});

describe("batch 122: nobody can actually work", () => {
  it("reads 'nobody can actually work' as work stopped, however often the failure comes", () => {
    const loggedOut =
      "the agent inbox logs everyone out every 30 seconds, nobody can actually work a conversation";
    expect(read(loggedOut).criticality?.value).toBe("critical");
    expect(ruledLevel(loggedOut, "cm-connect-engage")).toBe("P2");
    expect(read("we can't really work like this").criticality?.value).toBe("critical");
  });
});

describe("Connect & Engage probes: questions, wishes and small things", () => {
  it("reads a wishlist as a feature request and a word written with a capital as how it looks", () => {
    expect(read("wishlist: filters on the analytics page").request?.value).toBe("feature");
    expect(ruledLevel("wishlist: filters on the analytics page", "cm-connect-engage")).toBe("P5");
    const capital =
      "the word 'Conversation' is sometimes written with a capital and sometimes not in the menu";
    expect(read(capital).state?.value).toBe("cosmetic");
    expect(ruledLevel(capital, "cm-connect-engage")).toBe("P5");
  });

  it("reads a status page's own emails as a part of it, not a sign that other customers are down", () => {
    const emails = "the status page subscription confirmation email never arrives for two of our colleagues";
    expect(read(emails).scope?.value).toBe("some");
    expect(read("your status page shows it for everyone").scope?.value).toBe("other customers");
  });

  it("reads a file split to get it through as a workaround", () => {
    expect(
      read("the import of 60,000 contacts stops at 50,000 every time, we split the file").workaround?.value,
    ).toBe("present");
  });
});

describe("batch 123: the firm upstairs, a shortcut gone", () => {
  it("reads the firm upstairs, also with the provider, as another customer", () => {
    const upstairs =
      "Hi, looks like your datacenter has a problem: our servers, our email and the accounting firm upstairs (also with you) are all offline since 6am";
    expect(read(upstairs).scope?.value).toBe("other customers");
    expect(ruledLevel(upstairs, "managed-helpdesk")).toBe("P1");
  });

  it("reads a shortcut to the drive gone as the shortcut's trouble, not the drive down", () => {
    const shortcut = "the shortcut to the shared drive disappeared from my desktop, I go through explorer";
    expect(read(shortcut).state?.value).not.toBe("down");
    expect(ruledLevel(shortcut, "managed-helpdesk")).toBe("P4");
    expect(read("the shared drive disappeared for everyone").state?.value).toBe("down");
  });
});

describe("batch 124: technical difficulties, a lookup that fails", () => {
  it("reads a line that goes straight to 'technical difficulties' as down", () => {
    const ivr = "our IVR goes straight to 'technical difficulties, please call later' for all callers";
    expect(read(ivr).state?.value).toBe("down");
    expect(ruledLevel(ivr, "cm-connect-engage")).toBe("P2");
  });

  it("reads a lookup the chatbot can no longer do as a part of it failing", () => {
    const lookup =
      "since last night the chatbot can't look up order status anymore, it tells every customer 'something went wrong'";
    expect(read(lookup).partSubject?.value).toBe("feature");
    expect(ruledLevel(lookup, "cm-connect-engage")).toBe("P3");
    expect(ruledLevel("the chatbot doesn't answer any customer anymore", "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 125: upside down", () => {
  it("reads a page printed upside down as a wrong result, not a service down", () => {
    const duplex = "when I print double-sided the second page is upside down";
    expect(read(duplex).state?.value).toBe("wrong");
    expect(ruledLevel(duplex, "managed-helpdesk")).toBe("P4");
    expect(read("the print server is down").state?.value).toBe("down");
  });
});

describe("development messages the wording layer carried, now read by the rules", () => {
  it("reads deadlines at 3pm or tomorrow, three of our five, and what else still works", () => {
    expect(read("I need to print contracts for a signing at 3pm").criticality?.value).toBe("critical");
    expect(read("accounting can't run the month-end report, the close is tomorrow").criticality?.value).toBe(
      "critical",
    );
    expect(read("three of our five laptops in the warehouse won't connect to the Wi-Fi").scope?.value).toBe(
      "some",
    );
    // "only 2 of our 60 can" is most of them locked out
    expect(read("only 2 of our 60 agents can log in").scope?.value).toBe("most");
    expect(read("cant print from any pc on floor 2, floor 1 ok").sparedPart).toBeDefined();
    expect(
      read("the shared mailbox stopped receiving, the other mailboxes are fine").sparedPart,
    ).toBeDefined();
    expect(read("Excel crashes when I open one particular old file").scope?.value).toBe("some cases");
  });

  it("reads a freeze of a few seconds as degraded, a freeze as a failure", () => {
    expect(read("Excel freezes for a few seconds when I open big files").state?.value).toBe("degraded");
    expect(read("excel freezes completely").state?.value).toBe("broken");
  });
});

describe("batch 126: no delivery, a silent menu, a raw placeholder", () => {
  it("reads 'no SMS delivery, no WhatsApp delivery and our voice menu is silent' as two products down", () => {
    const all =
      "Hello, since 7:45 we have no SMS delivery, no WhatsApp delivery and our voice menu is silent. Please treat as highest priority";
    expect(read(all).state?.value).toBe("down");
    expect(ruledLevel(all, "cm-connect-engage")).toBe("P1");
    expect(read("the IVR menu is silent").state?.value).toBe("down");
  });

  it("reads campaign emails with a raw placeholder as a wrong result the client's customers meet", () => {
    const placeholder =
      "campaign emails show the raw placeholder {{first_name}} instead of the customer's name";
    expect(read(placeholder).state?.value).toBe("wrong");
    expect(read(placeholder).customersNotice).toBeDefined();
    expect(ruledLevel(placeholder, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 127: the practice we share a building with", () => {
  it("reads a practice we share a building with, that uses the provider too, as another customer", () => {
    const farm =
      "your remote desktop farm is down for us and for the dental practice we share a building with, they use you too";
    expect(read(farm).scope?.value).toBe("other customers");
    expect(ruledLevel(farm, "managed-helpdesk")).toBe("P1");
  });
});

describe("managed-helpdesk probes: other customers of the provider", () => {
  it("reads the many ways a client says the provider's other customers are down too", () => {
    for (const text of [
      "hosted desktops down here, and my friend who works at another of your clients says theirs too",
      "we've lost the cloud server, and the accountant we work with (also on your cloud) can't get in either",
      "your VoIP service is out for us and for the pharmacy across the street that you also look after",
      "several of your clients in our town have no internet this morning, including us",
      "hello, we and our sister organisation (also your customer) can't reach your data centre",
      "your mail servers must be down, we and the company next to us can't send mail",
      "nobody at our firm or at the two other practices you support in this street can log in",
      "is it just us? no - the other tenants on your network all lost internet too",
    ]) {
      expect(read(text).scope?.value, text).toBe("other customers");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
    }
  });

  it("reads our own other office as us, and other companies that are fine as no other customers down", () => {
    expect(
      ruledLevel("the internet is down at our head office and at our other office too", "managed-helpdesk"),
    ).toBe("P2");
    expect(
      ruledLevel("the email server is down for everyone here, other companies seem fine", "managed-helpdesk"),
    ).toBe("P2");
  });
});

describe("Connect & Engage probes: one product down or several", () => {
  it("reads 'the rest works' beside a product down whole as the other products, not a part that works", () => {
    expect(ruledLevel("voice is down, calls don't connect, the rest works", "cm-connect-engage")).toBe("P2");
    // the rest of a product is a part of it that works
    expect(
      ruledLevel("SMS to Germany fail since this morning, the rest of Europe is fine", "cm-connect-engage"),
    ).toBe("P3");
  });

  it("reads the softphone as Voice: the softphone and the inbox down are two products", () => {
    expect(
      ruledLevel("the softphone is down and the inbox won't load for any agent", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("managed-helpdesk probes: one person, blocked or not", () => {
  it("reads the ways one person says they cannot work as blocked", () => {
    for (const text of [
      "my PC is dead, I've been sitting here for an hour doing nothing",
      "the screen on my laptop went black and I can't use it at all, I have calls all afternoon",
      "our receptionist's phone is dead and she can't take any calls",
      "my mailbox is full and I can't send or receive any emails",
    ]) {
      expect(read(text).scope?.value, text).toBe("one");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
  });

  it("reads my printer, printed at the office instead, as one person with a way around it", () => {
    const printer = "my printer at home doesn't work, I print at the office";
    expect(read(printer).scope?.value).toBe("one");
    expect(read(printer).workaround?.value).toBe("present");
    expect(ruledLevel(printer, "managed-helpdesk")).toBe("P4");
  });
});

describe("batch 128: no phone and no inbox", () => {
  it("reads agents with no phone and no inbox as Voice and Service Cloud down", () => {
    const both =
      "Our agents have no phone and no inbox since the maintenance window ended, we are completely offline to customers";
    expect(ruledLevel(both, "cm-connect-engage")).toBe("P1");
    // one of them is one product down
    expect(
      ruledLevel(
        "our agents have no inbox since the maintenance, we are completely offline",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 129: calls lost, whenever convenient", () => {
  it("reads calls lost at every drop as work lost", () => {
    const vpn = "the sales team's VPN drops every 20 minutes, they reconnect but lose their calls";
    expect(read(vpn).criticality?.value).toBe("critical");
    expect(ruledLevel(vpn, "managed-helpdesk")).toBe("P3");
  });

  it("reads 'whenever convenient' as no deadline, and 'at your earliest convenience' as none said", () => {
    const toner = "whenever convenient: the printer on floor 3 needs a new toner soon";
    expect(read(toner).noDeadline?.value).toBe("no deadline");
    expect(ruledLevel(toner, "managed-helpdesk")).toBe("P5");
    expect(read("please fix the printer at your earliest convenience").noDeadline).toBeUndefined();
  });
});

describe("Connect & Engage probes: a feature failing for everyone is not the product down", () => {
  it("reads attachments, a digest, the inbox's search, the bot's handover and pictures as parts of the product", () => {
    for (const text of [
      "nobody can upload attachments in the inbox since this morning",
      "no one gets the daily email digest of missed chats",
      "the inbox's search returns nothing for anyone since the update",
      "the chatbot's handover to human agents fails for every chat, the bot itself answers fine",
      "WhatsApp messages arrive but pictures in them don't load for anyone",
    ]) {
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P3");
    }
    // the product itself failing for everyone stays down
    expect(ruledLevel("the chatbot doesn't respond to any customer since 10:00", "cm-connect-engage")).toBe(
      "P2",
    );
    expect(
      ruledLevel("file server down, nobody in the office can open any document", "managed-helpdesk"),
    ).toBe("P2");
  });
});

describe("managed-helpdesk probes: outage or productivity issue, again", () => {
  it("reads 'works for most people but' and 'on the second floor only' as some, not most or everyone", () => {
    const vpn = "the VPN works for most people but the warehouse PCs can't connect";
    expect(read(vpn).scope?.value).toBe("some");
    expect(ruledLevel(vpn, "managed-helpdesk")).toBe("P3");
    const floor = "the Wi-Fi is down on the second floor only, people plug in cables or go downstairs";
    expect(read(floor).scope?.value).toBe("some");
    expect(read(floor).workaround?.value).toBe("present");
    expect(ruledLevel(floor, "managed-helpdesk")).toBe("P3");
    expect(read("the VPN fails for most people").scope?.value).toBe("most");
  });
});

describe("batch 131: no network at all", () => {
  it("reads a laptop that won't connect to any network as one person with no way to work", () => {
    const laptop = "my laptop won't connect to any network since the update and I'm working from home today";
    expect(read(laptop).workaround?.value).toBe("absent");
    expect(ruledLevel(laptop, "managed-helpdesk")).toBe("P3");
    expect(
      ruledLevel("my laptop won't connect to the guest wifi, the office network works", "managed-helpdesk"),
    ).toBe("P4");
  });
});

describe("development messages nothing was read in, now read by the rules", () => {
  it("reads figures and times off by a fixed amount, and indicators that stay on, as wrong results", () => {
    for (const text of [
      "bot analytics are a day behind",
      "the 'last updated' time on tickets is in UTC instead of our local time",
      "the 'typing...' indicator stays on after the customer has left",
      "the waiting time shown to customers in the chat widget is always 0 minutes",
      "the agent name shows as 'undefined' on some chat transcripts",
    ]) {
      expect(read(text).state?.value, text).toBe("wrong");
    }
  });

  it("reads a short wait to appear as degraded, a look a little off as cosmetic, and account requests as questions or service requests", () => {
    expect(read("tags on conversations take about a minute to appear after you add them").state?.value).toBe(
      "degraded",
    );
    expect(read("the border around the message box looks a little thick").state?.value).toBe("cosmetic");
    expect(read("can you remind me what our SMS rate is for Spain?").request?.value).toBe("question");
    expect(read("please update our company address on the invoices").request?.value).toBe("service");
    expect(read("pls send me the SLA document for our contract").request?.value).toBe("question");
  });
});

describe("managed-helpdesk development messages nothing was read in", () => {
  it("reads prompts that keep coming as annoyances, and a tint as how it looks", () => {
    expect(read("Adobe keeps asking me to sign in every day").annoyance?.value).toBe("annoyance");
    expect(
      read("I keep getting a Windows popup asking to restart for updates, I postpone it").annoyance?.value,
    ).toBe("annoyance");
    expect(read("the projector in meeting room 2 has a yellowish tint").state?.value).toBe("cosmetic");
    expect(read("Outlook shows some emails from yesterday as unread again").state?.value).toBe("wrong");
  });

  it("reads work asked for a date ahead as scheduled, and 'whenever someone is around' as no deadline", () => {
    for (const text of [
      "please install the new version of our accounting software on all PCs after the 31st",
      "Please plan the replacement of the meeting room screen in week 12",
      "please install the new version of our accounting software on all PCs on Friday evening",
      "Please upgrade the RAM in the three design PCs during the next maintenance weekend",
      "please upgrade all PCs to Windows 11 before support for Windows 10 ends, any time in the next two months",
    ]) {
      expect(read(text).request?.value, text).toBe("scheduled");
    }
    expect(read("whenever someone is around, the cable under my desk is loose").noDeadline?.value).toBe(
      "no deadline",
    );
  });
});

describe("Celigo probes", () => {
  it("reads 'we can't ship' as business-critical: a critical process blocked with no way around it is urgent", () => {
    const ship =
      "our order sync flow to NetSuite fails every run, no orders reach the ERP and we can't ship, no way around it";
    expect(read(ship).criticality?.value).toBe("critical");
    expect(ruledLevel(ship, "celigo")).toBe("urgent");
  });

  it("reads a dashboard that takes minutes to load as severely degraded, error emails hours late as not", () => {
    expect(ruledLevel("the dashboard takes minutes to load, flows themselves run fine", "celigo")).toBe(
      "high",
    );
    expect(read("the error emails arrive a few hours late, flows are fine").state?.value).not.toBe(
      "severely degraded",
    );
    expect(read("new emails arrive 3 hours late for everyone").state?.value).toBe("severely degraded");
  });

  it("reads a field a critical flow drops as a wrong result in a critical process: high", () => {
    const address =
      "our critical order flow drops the shipping address on some orders, we re-enter them by hand";
    expect(read(address).state?.value).toBe("wrong");
    expect(ruledLevel(address, "celigo")).toBe("high");
    expect(read("calls drop after two minutes").state?.value).not.toBe("wrong");
  });
});

describe("managed-helpdesk probes: defects that do not stop the work", () => {
  it("reads missing signature images and a dark camera image as how it looks", () => {
    expect(read("our email signature images are missing for everyone when replying").state?.value).toBe(
      "cosmetic",
    );
    expect(
      ruledLevel("our email signature images are missing for everyone when replying", "managed-helpdesk"),
    ).toBe("P4");
    expect(read("the laptop camera image is dark for everyone in video calls").state?.value).toBe("cosmetic");
  });

  it("rates the guest wifi or the HR portal out on a busy day as the productivity issue, unless work stopped", () => {
    expect(
      ruledLevel("the guest wifi is down and we have clients in for meetings all day", "managed-helpdesk"),
    ).toBe("P3");
    expect(
      ruledLevel(
        "nobody can access the HR portal since the password policy change, payroll questions are piling up",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(
      ruledLevel("the wifi is down for everyone and we have clients in all day", "managed-helpdesk"),
    ).toBe("P2");
  });
});

describe("Connect & Engage probes: what shows a conversation's status, and messages delivered empty", () => {
  it("rates a typing indicator, read receipts or a 'last active' column failing, even for everyone, as a small incident", () => {
    expect(
      read("the read receipts for WhatsApp messages don't show in the inbox anymore").partSubject?.value,
    ).toBe("indicator");
    expect(
      ruledLevel(
        "hey, the 'last active' column in the agent overview is empty for everyone since yesterday",
        "cm-connect-engage",
      ),
    ).toBe("P4");
    expect(ruledLevel("the emoji button in the reply box does nothing", "cm-connect-engage")).toBe("P4");
    // a door badge is no unread badge
    expect(read("the door badge system rejects everyone's badge").partSubject?.value).not.toBe("indicator");
    // the client's customers meeting it, or work stopped over it, still count
    expect(
      ruledLevel(
        "our WhatsApp business profile picture and description disappeared, customers see a blank business",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });

  it("reads messages delivered without their text as not working", () => {
    expect(read("customers get our SMS without any text").state?.value).toBe("broken");
    expect(read("campaign emails go out without the unsubscribe link").state?.value).not.toBe("cosmetic");
  });
});

describe("Connect & Engage probes: small print", () => {
  it("reads an old copyright year and one thing counted in the plural as cosmetic", () => {
    expect(read("the copyright year at the bottom of the agent login page is 2023").state?.value).toBe(
      "cosmetic",
    );
    expect(read("the settings page says '1 numbers' instead of '1 number'").state?.value).toBe("cosmetic");
    expect(read("the settings page says '10 numbers'").state?.value).not.toBe("cosmetic");
  });
});

describe("managed-helpdesk probes: what looks like an outage and is not", () => {
  it("rates the timesheet or the room booking system down for everyone as the productivity issue", () => {
    expect(
      ruledLevel("the timesheet system is down for everyone, timesheets are due Friday", "managed-helpdesk"),
    ).toBe("P3");
    expect(read("the conference room booking system shows nothing for anyone").state?.value).toBe("broken");
  });

  it("reads another way in for the client's customers as a workaround, and 'open but not save' as part still working", () => {
    expect(
      read("our booking website's contact form is down, customers can still call us").workaround?.value,
    ).toBe("present");
    expect(
      read("the shared drive is read-only for everyone, they can open files but not save them").sparedPart,
    ).toBeDefined();
    expect(
      ruledLevel(
        "the shared drive is read-only for everyone since last night, they can open files but not save them",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads 'all 30 remote staff' as everyone, and a very slow printer as a small incident", () => {
    expect(
      read("the terminal server crashed, all 30 remote staff are disconnected and can't work").scope?.value,
    ).toBe("everyone");
    expect(read("the scanner takes a minute to wake up before each scan").state?.value).toBe("degraded");
    expect(read("the printer prints very slowly today but it prints").state?.value).toBe("severely degraded");
    expect(ruledLevel("the printer prints very slowly today but it prints", "managed-helpdesk")).toBe("P4");
    expect(ruledLevel("the CRM is very slow for the whole sales team today", "managed-helpdesk")).toBe("P3");
  });
});

describe("Connect & Engage probes: products down for every agent, and defects that only read as failures", () => {
  it("reads 'won't connect for any agent' as everyone: the softphone down for all is the product out", () => {
    const softphone = "the softphone won't connect for any agent, we can't make or take calls";
    expect(read(softphone).scope?.value).toBe("everyone");
    expect(ruledLevel(softphone, "cm-connect-engage")).toBe("P2");
    expect(read("it doesn't work for any agent in the sales team").scope?.value).not.toBe("everyone");
  });

  it("reads a list no longer sorted as a wrong result, an icon that looks like something as how it looks, an unclear error as wrong", () => {
    expect(read("the agent list in the team settings doesn't sort by name anymore").state?.value).toBe(
      "wrong",
    );
    expect(
      read("the icon for 'voicemail' looks like a cassette, our younger agents don't get it haha").state
        ?.value,
    ).toBe("cosmetic");
    expect(
      read("the API returns 'unknown error' instead of a clear message when the sender ID is too long").state
        ?.value,
    ).toBe("wrong");
    expect(
      ruledLevel(
        "the API returns 'unknown error' instead of a clear message when the sender ID is too long",
        "cm-connect-engage",
      ),
    ).toBe("P4");
  });
});

describe("managed-helpdesk probes: one person's work held up, and outages beyond the client", () => {
  it("reads 'my Outlook won't send any email' as one person, with clients waiting as critical", () => {
    const outlook = "my Outlook won't send any email since this morning, I have clients waiting for quotes";
    expect(read(outlook).scope?.value).toBe("one");
    expect(read(outlook).criticality?.value).toBe("critical");
    expect(ruledLevel(outlook, "managed-helpdesk")).toBe("P3");
  });

  it("reads 'I'm typing' as no status indicator, and losing what one types as work lost", () => {
    const freezing = "my laptop keeps freezing every few minutes and I lose what I'm typing";
    expect(read(freezing).partSubject?.value).not.toBe("indicator");
    expect(ruledLevel(freezing, "managed-helpdesk")).toBe("P3");
    expect(read("the 'customer is typing' label stays on").partSubject?.value).toBe("indicator");
  });

  it("reads wifi dropping constantly as now and then, the main line as core, and a business park offline as beyond the client", () => {
    expect(read("the wifi in the warehouse drops constantly").intermittent).toBeDefined();
    expect(
      ruledLevel(
        "our main line rings out and nobody can make calls, the provider says it's on our side",
        "managed-helpdesk",
      ),
    ).toBe("P2");
    expect(
      read("everyone at the business park is offline, you manage most of the offices here").scope?.value,
    ).toBe("other customers");
  });
});

describe("development messages the wording layer had only memorised (leave-one-batch-out misses)", () => {
  it("reads an empty inbox some agents see, and emails arriving as empty conversations, as not working", () => {
    expect(
      read("some agents see an empty inbox while others see the conversations normally").state?.value,
    ).toBe("broken");
    expect(
      read("Service Cloud: new emails arrive as empty conversations, the content is missing").state?.value,
    ).toBe("broken");
  });

  it("reads the product's own notifications to agents as a part, not the product out", () => {
    const notifications =
      "no one receives the email notifications for new tickets anymore, we keep the inbox open to check";
    expect(read(notifications).partSubject?.value).toBe("feature");
    expect(ruledLevel(notifications, "cm-connect-engage")).toBe("P3");
  });

  it("rates an export failing in one format while another works as a small incident", () => {
    expect(
      ruledLevel(
        "When I try to download the monthly SMS report as Excel, it gives an error. CSV works fine.",
        "cm-connect-engage",
      ),
    ).toBe("P4");
  });

  it("reads an error waved away, or gone after a restart, as a wrong result, not a failure", () => {
    const addIn = "the Excel add-in for our accounting shows an error on start, I close it and Excel works";
    expect(read(addIn).state?.value).toBe("wrong");
    expect(ruledLevel(addIn, "managed-helpdesk")).toBe("P4");
    expect(
      read("the printer shows a paper jam error but there's no paper stuck, it prints after restarting").state
        ?.value,
    ).toBe("wrong");
    expect(read("the 'typing...' indicator doesn't show for the customer anymore").partSubject?.value).toBe(
      "indicator",
    );
  });
});

describe("managed-helpdesk development messages the rules alone misread", () => {
  it("rates connections dropping every few minutes for everyone as the productivity issue", () => {
    expect(
      ruledLevel(
        "the VPN disconnects every few minutes for everyone working from home today",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(
      ruledLevel(
        "the VPN is very unstable for all remote workers today, drops every 10 min",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(
      ruledLevel(
        "the office Wi-Fi drops every 20 minutes for everyone, wired PCs are fine",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    // Dropping for everyone until nobody can work is still the outage.
    expect(
      ruledLevel(
        "everybody gets logged out of the inbox every minute, impossible to work",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });

  it("keeps a very slow printer a small incident, but not wifi dropping for all the scanners", () => {
    expect(ruledLevel("wifi in the warehouse keeps dropping for all scanners", "managed-helpdesk")).toBe(
      "P3",
    );
  });

  it("reads 'my docking station' as one person's device, and onboarding for a date as scheduled", () => {
    expect(
      ruledLevel(
        "my docking station doesn't charge the laptop, I use the laptop charger",
        "managed-helpdesk",
      ),
    ).toBe("P4");
    expect(
      ruledLevel(
        "please create accounts for the 3 interns who start on the 15th of january",
        "managed-helpdesk",
      ),
    ).toBe("P6");
    expect(
      ruledLevel("please set up an email account for our new intern starting 3 February", "managed-helpdesk"),
    ).toBe("P6");
  });

  it("reads questions put casually, and failures the rules had no word for", () => {
    expect(ruledLevel("Out of curiosity, how often are our backups made?", "managed-helpdesk")).toBe("P5");
    expect(ruledLevel("whats the wifi password for visitors", "managed-helpdesk")).toBe("P5");
    expect(read("printing is impossible for the whole 3rd floor since yesterday").state?.value).toBe(
      "broken",
    );
    expect(read("the warehouse PC has no network since this morning").state?.value).toBe("down");
    expect(read("the scanner can't read prescriptions' barcodes since this morning").state?.value).toBe(
      "broken",
    );
    expect(read("the label printer prints blank labels half the time").state?.value).toBe("broken");
    expect(
      read("the shared drive mapping is gone on every PC in the design team after the update").state?.value,
    ).toBe("broken");
    expect(
      read("the backups failed the last three nights, we just noticed the warning emails").criticality,
    ).toBe(undefined);
    expect(read("the order of channels changed, not a problem, just noticed").criticality?.value).toBe(
      "minor",
    );
  });
});

describe("Connect & Engage development messages the rules alone misread", () => {
  it("reads callers or customers answered in the wrong language as a wrong result they meet: a breaking issue", () => {
    expect(
      ruledLevel("customers calling our Spanish number hear the Dutch IVR menu", "cm-connect-engage"),
    ).toBe("P3");
    expect(
      ruledLevel("every caller hears the Dutch menu even when they pick English", "cm-connect-engage"),
    ).toBe("P3");
    // the look of the tool in another language stays how it looks
    expect(ruledLevel("the hover text on the mute button is in German", "cm-connect-engage")).not.toBe("P3");
  });

  it("rates a failure now and then, for no one named, as a small incident", () => {
    expect(
      ruledLevel(
        "call notes sometimes don't save when the agent closes the call quickly",
        "cm-connect-engage",
      ),
    ).toBe("P4");
    expect(ruledLevel("outlook crashes sometimes", "managed-helpdesk")).toBe("P4");
    // not where a critical process fails now and then
    expect(ruledLevel("our order sync sometimes fails and we can't ship, no way around it", "celigo")).toBe(
      "high",
    );
  });

  it("reads errors, the bot's fallback, greyed-out buttons, spam folders and opted-out customers still sent to", () => {
    expect(read("some of our SMS senders get 'invalid sender' since yesterday").state?.value).toBe("broken");
    const fallback =
      "the chatbot keeps answering with the fallback message for questions it knew last week, about half of the conversations";
    expect(read(fallback).state?.value).toBe("broken");
    expect(read(fallback).workaround).toBeUndefined();
    expect(read("we fall back to email for now").workaround?.value).toBe("present");
    expect(read("the 'reply' button in whatsapp conversations is greyed out for everyone").state?.value).toBe(
      "broken",
    );
    expect(read("email campaigns to Gmail addresses all land in spam since yesterday").state?.value).toBe(
      "broken",
    );
    expect(read("customers who reply STOP still receive our campaign messages").state?.value).toBe("wrong");
    expect(
      ruledLevel("customers who reply STOP still receive our campaign messages", "cm-connect-engage"),
    ).toBe("P3");
    expect(read("the outbound caller ID shows 'anonymous' for all calls").state?.value).toBe("wrong");
    expect(
      ruledLevel(
        "WhatsApp location messages from customers show as empty bubbles for all agents",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });
});

describe("Connect & Engage probes: a product out for everyone, against a part of it failing for everyone", () => {
  it("reads 'on any call', 'don't reach any agent' and 'all WhatsApp messages' as everyone", () => {
    expect(read("Our agents can't hear callers on any call since this morning").scope?.value).toBe(
      "everyone",
    );
    expect(read("our inbound calls don't reach any agent, they all end in silence").scope?.value).toBe(
      "everyone",
    );
    expect(read("all WhatsApp messages we send bounce with error 131000 since 13:00").scope?.value).toBe(
      "everyone",
    );
    expect(
      ruledLevel("voice calls to our hotline give a busy tone for everyone calling in", "cm-connect-engage"),
    ).toBe("P2");
    // "on any channel" and "on any PC" stay where they were: the development labels call those a part or a team
    expect(
      read("the auto-reply outside business hours isn't sent anymore on any channel").scope?.value,
    ).not.toBe("everyone");
  });

  it("reads the daily report email, exports and scheduling failing for everyone as a breaking issue, not the product out", () => {
    expect(ruledLevel("nobody receives the daily report email anymore", "cm-connect-engage")).toBe("P3");
    expect(ruledLevel("no one can export anything from the reporting module", "cm-connect-engage")).toBe(
      "P3",
    );
    expect(
      ruledLevel("no one can schedule a campaign for later, sending right away works", "cm-connect-engage"),
    ).toBe("P3");
    expect(read("please schedule the upgrade for next week").request?.value).toBe("scheduled");
  });
});

describe("managed-helpdesk probes: one person with nothing to work on", () => {
  it("reads being locked out of one's account as no way to keep working", () => {
    expect(read("I'm locked out of my account after the password change").workaround?.value).toBe("absent");
    expect(ruledLevel("I'm locked out of my account after the password change", "managed-helpdesk")).toBe(
      "P3",
    );
    // A laptop that won't start says nothing yet of the work (batch 66): the client says, or is asked.
    expect(read("my laptop won't boot, blue screen every time").workaround).toBeUndefined();
  });

  it("reads a crash once and fine since as now and then, and folders missing from the shared drive as a failure", () => {
    expect(read("my Excel crashed once this morning, it's fine now").intermittent).toBeDefined();
    expect(ruledLevel("my Excel crashed once this morning, it's fine now", "managed-helpdesk")).toBe("P4");
    expect(read("the shared drive is missing the folders from last week").state?.value).toBe("broken");
    expect(read("the contact form is missing the phone field").state?.value).not.toBe("broken");
  });
});

describe("managed-helpdesk probes: the outage beyond the client, in the words clients use", () => {
  it("reads other customers of the provider named in passing as a widespread outage", () => {
    for (const text of [
      "is there an outage on your side? our email is down and the other dentist you look after just called me about the same",
      "your whole network seems down, three of your clients in our building are offline",
      "we can't reach anything you host, and your support line isn't answering either, is the datacentre down?",
      "the email service you run for us and the whole chamber of commerce members is down",
      "our firm and the accountants next door both lost access to the cloud server you host for us",
    ]) {
      expect(read(text).scope?.value, text).toBe("other customers");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
    }
  });

  it("reads a status page saying all is normal, and 'fine on their side', as neither others affected nor part working", () => {
    const statusPage = "the hosted desktop is down for all of us, your status page says all systems normal";
    expect(read(statusPage).scope?.value).toBe("everyone");
    expect(ruledLevel(statusPage, "managed-helpdesk")).toBe("P2");
    expect(read("our office internet is out since 9, the ISP says it's fine on their side").sparedPart).toBe(
      undefined,
    );
  });
});

describe("Connect & Engage probes: a part failing for everyone is a breaking issue, not the product out", () => {
  it("reads recordings nobody can see, the queue position the IVR no longer reads, keywords, tags and click tracking as parts", () => {
    for (const text of [
      "nobody can see the call recordings in the portal since the update",
      "our IVR doesn't read out the queue position anymore for any caller",
      "none of the SMS keywords trigger the auto-reply anymore",
      "none of the tags we add to conversations are saved",
      "all our short links in campaigns stopped tracking clicks",
    ]) {
      expect(read(text).partSubject, text).toBeDefined();
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P3");
    }
    // WhatsApp templates are how business messages go out: none of them sent is the product out
    expect(
      read("WhatsApp: none of our templates can be sent, every send gets error 131026").partSubject,
    ).toBe(undefined);
  });

  it("reads yesterday's numbers shown to everyone as a wrong result", () => {
    const stale = "everyone sees yesterday's numbers on the dashboard, it doesn't refresh";
    expect(read(stale).state?.value).toBe("wrong");
    expect(ruledLevel(stale, "cm-connect-engage")).toBe("P3");
  });
});

describe("Connect & Engage development messages at the bottom level the rules alone misread", () => {
  it("reads the tool's own small print as cosmetic: 'Beta' left in a title, a tooltip in German, a link to an old page, an old logo", () => {
    for (const text of [
      "the page title of the portal still says 'Beta'",
      "the hover text on the mute button is in German",
      "the help link in the footer points to an old page",
      "the link to the API docs in the welcome email points to the old docs site",
      "the icon for the WhatsApp channel is the old logo",
      "the icons in the left menu aren't aligned",
      "the logout button looks slightly out of place",
      "the progress bar on uploads is a different blue than the rest of the app",
      "The help text next to the 'sender ID' field is confusing, maybe reword it?",
    ]) {
      expect(read(text).state?.value, text).toBe("cosmetic");
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P5");
    }
    // what callers hear in another language is no tooltip
    expect(read("the chatbot answers in English to Dutch questions").state?.value).toBe("wrong");
  });

  it("reads account changes, consideration for a language and 'let us know' as requests and questions", () => {
    for (const text of [
      "request: please change our account's billing contact to finance@example.com",
      "please switch our account manager contact to Eva",
      "can you remove the old test numbers from our account?",
      "Could you let me know which IP addresses we need to whitelist for the API?",
      "our account manager left, who is our new contact?",
      "invoice question: why were we charged twice this month?",
      "Would you consider adding Hungarian to the chatbot languages?",
      "invoice pls",
    ]) {
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P5");
    }
  });
});

describe("Connect & Engage development messages: how the client set the product up, not followed", () => {
  it("reads a setting or a rule ignored, an A/B test stuck on one variant and 'send later' sending at once as a breaking issue", () => {
    for (const text of [
      "the campaign scheduler ignores the send time and sends everything immediately",
      "the conversation assignment ignores agent capacity, some agents get 15 chats at once while others get none",
      "the routing rules are ignored, every chat lands in the general queue instead of the right team",
      "the marketing cloud A/B test always sends variant A to everybody",
      "the 'send later' option in the inbox sends immediately instead of at the chosen time, for everyone",
      "the round-robin assignment gives all new chats to the same agent since the update, we reassign by hand",
    ]) {
      expect(read(text).state?.value, text).toBe("broken");
      expect(read(text).partSubject?.value, text).toBe("feature");
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P3");
    }
    // a column an import skips stays a wrong result
    expect(read("contact import ignores the second phone number column").state?.value).toBe("wrong");
  });

  it("reads an error page, a random sender, a message sent three times and recordings kept too short", () => {
    expect(read("the campaign unsubscribe page gives a 404, people can't opt out").state?.value).toBe(
      "broken",
    );
    expect(
      read("our customers get our SMS from a random number instead of our brand name").state?.value,
    ).toBe("wrong");
    expect(
      read("the chatbot sends customers the same welcome message three times at the start of each chat").state
        ?.value,
    ).toBe("wrong");
    expect(read("our voice recordings are only kept 7 days instead of 90").state?.value).toBe("wrong");
  });
});

describe("batch 133: a supply warning, and a group of the provider's customers", () => {
  it("reads 'toner low' on a printer that still prints as a wrong result, a small incident", () => {
    const toner = "the printer on the ground floor shows 'toner low' but still prints fine";
    expect(read(toner).state?.value).toBe("wrong");
    expect(ruledLevel(toner, "managed-helpdesk")).toBe("P4");
  });

  it("reads every site of a group of five companies as beyond one client", () => {
    const group =
      "every site you manage for our group (5 companies) lost the connection to the cloud at 10:12";
    expect(read(group).scope?.value).toBe("other customers");
    expect(ruledLevel(group, "managed-helpdesk")).toBe("P1");
  });
});

describe("managed-helpdesk development messages the cross-validated wording moved: print that looks off, a strange beep", () => {
  it("reads faint print and a grey line on every page as how it looks, and a strange beep as a device that sounds wrong", () => {
    expect(
      read("the label printer in the warehouse prints the barcodes a bit faint, still scannable").state
        ?.value,
    ).toBe("cosmetic");
    expect(read("the office printer prints a grey line on every page").state?.value).toBe("cosmetic");
    expect(ruledLevel("the office printer prints a grey line on every page", "managed-helpdesk")).toBe("P4");
    expect(
      read("there's a strange beep from the server cupboard every hour, everything seems to work").state
        ?.value,
    ).toBe("degraded");
    expect(read("the printer prints nothing at all").state?.value).not.toBe("cosmetic");
  });
});

describe("managed-helpdesk probes: the P3/P4 line in a team's words", () => {
  it("reads 'only one person can work on it at a time' as how many at once, and a CRM's integration as nobody's own", () => {
    const inUse =
      "the whole finance team gets a 'file in use' error on the budget spreadsheet, only one person can work on it at a time";
    expect(read(inUse).scope?.value).not.toBe("one");
    expect(ruledLevel(inUse, "managed-helpdesk")).toBe("P3");
    const integration =
      "the CRM's phone integration stopped logging calls for the sales team, they log them by hand";
    expect(read(integration).scope?.value).not.toBe("one");
    expect(ruledLevel(integration, "managed-helpdesk")).toBe("P3");
  });

  it("reads search that stopped finding, some features greyed out, a banner that won't go away and a weak signal", () => {
    expect(
      read("outlook search has stopped finding anything older than a week for everyone").state?.value,
    ).toBe("broken");
    expect(
      ruledLevel(
        "every PC in the office shows a licence warning in Office and some features are greyed out",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(
      ruledLevel(
        "Teams shows a 'new version available' banner for everyone that won't go away",
        "managed-helpdesk",
      ),
    ).toBe("P4");
    expect(
      read("the wifi signal in the back meeting room is weak, it works near the door").state?.value,
    ).toBe("degraded");
  });

  it("rates a device in a meeting room, the kitchen or the lobby as a small incident, unless work stopped or it is critical", () => {
    expect(ruledLevel("the kitchen TV doesn't connect to the wifi", "managed-helpdesk")).toBe("P4");
    expect(ruledLevel("the phone in meeting room 1 has no dial tone", "managed-helpdesk")).toBe("P4");
    expect(
      ruledLevel(
        "no one can connect to the wireless presenter in the boardroom and the board meets in an hour",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });
});

describe("batch 134: the IVR's menu and a shared calendar are parts, not the service out", () => {
  it("reads every caller sent to the general queue as the IVR's menu failing, a breaking issue", () => {
    const menu = "the IVR sends every caller to the general queue, the menu choices don't route anymore";
    expect(read(menu).partSubject?.value).toBe("feature");
    expect(ruledLevel(menu, "cm-connect-engage")).toBe("P3");
  });

  it("reads a shared calendar or mailbox gone for everyone as the productivity issue, not email down", () => {
    const calendar =
      "the shared calendar for the meeting rooms is gone from everyone's Outlook, people are double booking";
    expect(ruledLevel(calendar, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("nobody can send or receive email since 9", "managed-helpdesk")).toBe("P2");
  });
});

describe("Connect & Engage: what the bot, the IVR or a campaign tells customers, wrong", () => {
  it("reads a wrong answer from the bot, a campaign at the wrong hour and confused customers as a wrong result customers meet", () => {
    for (const text of [
      "the bot sends the wrong answer for 'opening hours', it gives last year's times",
      "scheduled campaigns go out at the wrong hour, an hour early every time",
      "the voice menu say the wrong opening hour since you change it, customer are confused but calls still come trough",
    ]) {
      expect(read(text).customersNotice, text).toBeDefined();
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P3");
    }
    expect(read("the report shows the wrong total for last week").customersNotice).toBeUndefined();
  });
});

describe("Connect & Engage probes: which products fail", () => {
  it("reads 'in WhatsApp' as where the chatbot runs, and SMS campaigns as campaigns, not a second product", () => {
    expect(
      ruledLevel("our chatbot on the website and in WhatsApp doesn't answer anyone", "cm-connect-engage"),
    ).toBe("P2");
    expect(
      ruledLevel(
        "campaign emails and SMS campaigns are all stuck in the queue, no campaign went out today",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(
      ruledLevel(
        "nothing works in Marketing Cloud, no emails, no sms campaigns, no journeys",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    // two products named as failing are still two
    expect(ruledLevel("SMS and voice are both down for everyone", "cm-connect-engage")).toBe("P1");
  });

  it("reads other products that still work beside a product down as neither a workaround nor part of it working", () => {
    const voice = "the whole voice platform is down for us, SMS and chat still work";
    expect(ruledLevel(voice, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("the inbox is down for us, the mobile app still works", "cm-connect-engage")).not.toBe(
      "P2",
    );
  });
});

describe("managed-helpdesk probes: an app down for one role, or worked around", () => {
  it("reads 'any of the sales reps' and 'the 4 designers' as some people, and calling from phone lists as a way around", () => {
    expect(read("Salesforce won't load for any of the sales reps this morning").scope?.value).toBe("some");
    expect(read("our CAD licence server is down, the 4 designers can't open drawings").scope?.value).toBe(
      "some",
    );
    expect(
      read("the CRM is down for everyone since 10, sales are calling customers from their phone lists")
        .workaround?.value,
    ).toBe("present");
    expect(
      ruledLevel(
        "the CRM is down for everyone since 10, sales are calling customers from their phone lists",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });
});

describe("managed-helpdesk probes: one person whose work depends on what fails", () => {
  it("reads a report that opens on one person's device, named by role, as one person", () => {
    const receptionist = "our receptionist's phone doesn't ring, she's missing all incoming calls";
    expect(read(receptionist).scope?.value).toBe("one");
    expect(ruledLevel(receptionist, "managed-helpdesk")).toBe("P3");
  });

  it("reads the boss, being on the phones all day, presenting to the board and 'just sitting there' as work held up", () => {
    for (const text of [
      "the boss can't get his emails on his phone and he's travelling all week",
      "my headset stopped working and I'm on the phones all day in support",
      "the new colleague's account isn't working and she started today, she's just sitting there",
      "my mailbox is full and I can't send or receive anything",
      "my VPN won't connect and I'm working from home today, can't reach any files",
      "my boss's laptop shows a blue screen on every start and he presents to the board tomorrow morning",
    ]) {
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
    expect(ruledLevel("my headset crackles a bit but it works", "managed-helpdesk")).toBe("P4");
  });
});

describe("managed-helpdesk probes: more ways to say it is not only us", () => {
  it("reads downdetector, a cloud provider's outage, every tenant, customers of yours and 'not only us' as beyond one client", () => {
    for (const text of [
      "is it just us or is your whole cloud down? downdetector shows loads of reports",
      "the whole building has no internet, every tenant is affected, you're the provider for all of us",
      "Azure is down in West Europe and our hosted servers with you are unreachable",
      "all the schools you manage in our trust are offline since 9",
      "every customer of yours in the region seems to have lost connectivity, us included",
      "it's not only us: the three practices in our group and the pharmacy next door, all yours, lost the network",
    ]) {
      expect(read(text).scope?.value, text).toBe("other customers");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
    }
  });

  it("reads 'is it just us?' and a neighbour whose line works as the client alone", () => {
    expect(read("is it just us? our email stopped working an hour ago").scope?.value).not.toBe(
      "other customers",
    );
    const neighbour = "our internet is down, I asked the office next door and theirs works";
    expect(read(neighbour).scope?.value).not.toBe("other customers");
    expect(ruledLevel(neighbour, "managed-helpdesk")).toBe("P2");
  });
});

describe("managed-helpdesk probes: a fallback denied, a whole floor, and words that only look like everyone", () => {
  it("reads 'no paper fallback' and 'no backup plan' as no way around, and 'no clinician can' as everyone", () => {
    const text = "the EHR server is down and no clinician can open patient records, no paper fallback";
    expect(read(text).workaround?.value).toBe("absent");
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("there's no backup plan, the phones are all we have").workaround?.value).toBe("absent");
    expect(read("the SMS fallback kicks in, customers still get their codes").workaround?.value).toBe(
      "present",
    );
  });

  it("reads 'hard to get anything done' as one person's work held up", () => {
    const text =
      "Outlook keeps freezing for me every few minutes, I have to restart it all the time, hard to get anything done";
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads a whole numbered floor as everyone there, and people sitting idle as work stopped", () => {
    const text = "the whole second floor has no network, about 30 people sitting idle";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });

  it("does not read everyone from what is spared, one person's contacts, or the calls colleagues take over", () => {
    const spared = "Excel crashes when I open one particular old file, all the others are fine";
    expect(read(spared).scope?.value).not.toBe("everyone");
    expect(ruledLevel(spared, "managed-helpdesk")).toBe("P4");
    const hacked = "my email got hacked I think, it sent spam to all my contacts";
    expect(read(hacked).scope?.value).toBe("one");
    expect(ruledLevel(hacked, "managed-helpdesk")).toBe("P3");
    const covered =
      "three of our five receptionists can't log into the booking system, the other two are doing all the calls";
    expect(read(covered).scope?.value).toBe("some");
    expect(ruledLevel(covered, "managed-helpdesk")).toBe("P3");
    expect(read("all the calls drop after a minute").scope?.value).toBe("everyone");
  });

  it("reads print margins that are off as a wrong result, and 'we use that' as a way around", () => {
    expect(
      read("when I print from Chrome the margins are off, printing from Word is fine").state?.value,
    ).toBe("wrong");
    expect(
      ruledLevel(
        "when I print from Chrome the margins are off, printing from Word is fine",
        "managed-helpdesk",
      ),
    ).toBe("P4");
    expect(
      read("scan to email stopped working on the copier but scan to USB works, we use that").workaround
        ?.value,
    ).toBe("present");
  });

  it("reads a set-up asked for by the end of the month as scheduled, and 'would be good if someone could look at' as a fix", () => {
    expect(read("please set up a shared mailbox for invoices@ by the end of the month").request?.value).toBe(
      "scheduled",
    );
    expect(
      ruledLevel("please set up a shared mailbox for invoices@ by the end of the month", "managed-helpdesk"),
    ).toBe("P6");
    const fix = "it would be good if someone could look at the noisy fan on the server at some point";
    expect(read(fix).request?.value).not.toBe("feature");
    expect(ruledLevel(fix, "managed-helpdesk")).toBe("P5");
  });
});

describe("managed-helpdesk probes: devices that won't come on, recurring drops, ransomware and one person by role", () => {
  it("reads a device that won't turn on, power up or show a picture as not working", () => {
    for (const text of [
      "my PC won't turn on",
      "the printer won't switch on",
      "my laptop won't power up",
      "my monitor's screen stays black",
    ]) {
      expect(read(text).state?.value, text).toBe("broken");
    }
    expect(
      ruledLevel("my laptop won't turn on at all and I've got nothing else to work on", "managed-helpdesk"),
    ).toBe("P3");
  });

  it("reads what the client no longer uses as no failure, and 'at some point' as no deadline", () => {
    const text =
      "The old printer in the storeroom is no longer used, could someone come and take it away at some point?";
    expect(read(text).state).toBeUndefined();
    expect(read(text).noDeadline?.value).toBe("no deadline");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    expect(read("at some point yesterday the server crashed").noDeadline).toBeUndefined();
  });

  it("reads a connection lost every few minutes as a slowdown, not the service down", () => {
    const text =
      "the warehouse wifi keeps dropping and the handheld scanners lose connection every few minutes, picking is very slow";
    expect(read(text).state?.value).toBe("severely degraded");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("the whole office lost connection at 9").state?.value).toBe("down");
  });

  it("reads a ransom message on every PC as an outage, whatever the word virus says", () => {
    const text = "we got hit by some kind of virus, all the PCs show a ransom message and nobody can work";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });

  it("reads a report that opens on one person by role, or ends 'for me', as that person's", () => {
    const manager =
      "our HR manager can't open any payslips in the payroll system, says access denied, payroll has to go out today";
    expect(read(manager).scope?.value).toBe("one");
    expect(ruledLevel(manager, "managed-helpdesk")).toBe("P3");
    expect(read("our HR managers can't open any payslips").scope?.value).not.toBe("one");
    const forMe =
      "Excel won't open any files for me since the update this morning, it just hangs, and I'm doing the month end reports";
    expect(read(forMe).scope?.value).toBe("one");
    expect(ruledLevel(forMe, "managed-helpdesk")).toBe("P3");
  });

  it("reads 'I can't save anything' as no way to keep working", () => {
    const text =
      "OneDrive is full and has stopped syncing for me, I can't save anything to the shared folders";
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("managed-helpdesk probes: calls that crackle, payments due today, and a status page that shows nothing", () => {
  it("reads audio too bad to talk over as a severe slowdown, and customers asking again as no annoyance", () => {
    const text =
      "the phones are crackling badly on every call since this morning, customers keep asking us to repeat ourselves";
    expect(read(text).state?.value).toBe("severely degraded");
    expect(read(text).annoyance).toBeUndefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("Adobe keeps asking me to sign in").annoyance?.value).toBe("annoyance");
  });

  it("reads a faint buzz as a slowdown, so one person's phone that still calls is a small incident", () => {
    const text = "there's a faint buzz on my desk phone, calls are fine";
    expect(read(text).state?.value).toBe("degraded");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
  });

  it("reads payments that must go out today as business-critical", () => {
    for (const text of [
      "our bookkeeper's Xero login has been locked after too many attempts, she needs to pay suppliers today",
      "the online banking token app stopped working on my phone, I can't approve today's payments",
    ]) {
      expect(read(text).criticality?.value, text).toBe("critical");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
  });

  it("reads 'can't log into anything' as no way to keep working", () => {
    const text =
      "Mark in accounts can't log into anything since he changed his password, he's got invoices to process";
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads an old folder to remove, whenever is fine, as a request with no deadline", () => {
    const text =
      'Could you please remove the old "Marketing 2019" shared folder? We don\'t need it any more. Whenever is fine';
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
  });

  it("reads 'not urgent but would be nice' as no deadline, not a feature request", () => {
    const text =
      "I accidentally deleted an email from last week, can it be recovered? not urgent but would be nice";
    expect(read(text).request?.value).not.toBe("feature");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
  });

  it("reads a status page that shows nothing as no sign of other customers", () => {
    const text =
      "Our hosted phones are down, no calls in or out in either office, your status page shows nothing";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("your status page shows an outage and our phones are down").scope?.value).toBe(
      "other customers",
    );
  });
});

describe("managed-helpdesk probes: parts failing for everyone with a way around, and a blue screen", () => {
  it("reads another service taken up, or a step added first, as a way around", () => {
    for (const text of [
      "none of us can open PDFs from emails since the update, we have to save them first and open from the desktop",
      "email attachments over 5MB are bouncing for the whole company since yesterday, we're using WeTransfer",
    ]) {
      expect(read(text).workaround?.value, text).toBe("present");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
    expect(read("first thing this morning we have to restart the server").workaround?.value).not.toBe(
      "present",
    );
  });

  it("reads a blue screen as not working, and once, fine since, as over, the way 'fine now' reads", () => {
    expect(read("my laptop blue-screened").state?.value).toBe("broken");
    expect(read("BSOD on startup every time").state?.value).toBe("broken");
    expect(
      ruledLevel("my laptop blue-screened once this morning, it's been fine since", "managed-helpdesk"),
    ).toBe(ruledLevel("my laptop blue-screened this morning, it's fine now", "managed-helpdesk"));
    expect(ruledLevel("my laptop blue-screens every morning", "managed-helpdesk")).toBe("P4");
  });
});

describe("Connect & Engage probes: inbox search and the IVR's routing are parts, broken styling is a look", () => {
  it("reads search returning nothing for every agent as a part failing, not the inbox out", () => {
    const text =
      "search in the inbox returns nothing at all for any agent since the update, they scroll through everything";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads every caller ending up in the general queue as the IVR's menu failing", () => {
    const text = "the IVR menu doesn't respond to key presses, every caller ends up in the general queue";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads broken styling as cosmetic, not as something broken", () => {
    const text =
      "the unsubscribe link in our email campaigns goes to a page with broken styling, unsubscribing still works";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(read("the campaign editor is broken, nothing saves").state?.value).toBe("broken");
  });
});

describe("managed-helpdesk probes: a sister firm, guest wifi, a backup line, spares, and work that can't get done", () => {
  it("reads 'me and two others' as some people, not the writer alone", () => {
    const text =
      "hi, outlook has been crashing on and off all day for me and two others in finance, we keep losing drafts";
    expect(read(text).scope?.value).toBe("some");
  });

  it("reads a sister firm hit at the same time as beyond the client", () => {
    const text =
      "Hi, is there a problem at your end? All 6 of our offices lost connection to the hosted servers at the same time, and so has our sister firm";
    expect(read(text).scope?.value).toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
  });

  it("reads 'so slow I can't get through my work' as one person's work held up", () => {
    const text =
      "my computer is so slow since the update that I can't get through my work, it takes minutes to open anything";
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads guests who can't get on the wifi as an app beside the work, not the client's network down", () => {
    expect(
      ruledLevel(
        "guests can't connect to the Wi-Fi at all and we have a client workshop all day",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(ruledLevel("nobody can connect to the Wi-Fi at all, we can't work", "managed-helpdesk")).toBe(
      "P2",
    );
  });

  it("reads running on the backup line, and spares at hand, as ways around", () => {
    const line =
      "one of our two internet lines is down, everything runs on the backup line but it's very slow";
    expect(read(line).workaround?.value).toBe("present");
    expect(ruledLevel(line, "managed-helpdesk")).toBe("P3");
    const spares = "one handheld scanner in the warehouse won't charge, we have spares";
    expect(read(spares).workaround?.value).toBe("present");
    expect(read(spares).scope?.value).toBe("some cases");
    expect(ruledLevel(spares, "managed-helpdesk")).toBe("P4");
  });

  it("reads a line flapping as a slowdown, an investor call as critical, and 'when you have a sec' as no deadline", () => {
    expect(read("the backup internet line has been flapping overnight").state?.value).toBe("degraded");
    expect(
      read("the conference phone in the boardroom is dead and the investor call is in 30 minutes").criticality
        ?.value,
    ).toBe("critical");
    expect(
      read('when you have a sec, my Teams status is stuck on "away" even when I\'m active').noDeadline?.value,
    ).toBe("no deadline");
  });
});

describe("managed-helpdesk probes: slowing us all down, a copier that can't scan, a headset that died, one office down", () => {
  it("reads 'it's slowing us all down' as a slowdown, not the service down", () => {
    const text =
      "Since Monday, the files on the shared drive take ages to open for everyone in the office, it's slowing us all down";
    expect(read(text).state?.value).not.toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads nobody able to scan from the copier as the copier failing, whatever server it names", () => {
    const text =
      "Nobody can scan to the shared folder from the big copier since the server was moved, we need it for invoices";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads print that comes out faintly as a look", () => {
    expect(
      read("the receipt printer at till 2 prints very faintly, the other tills are fine").state?.value,
    ).toBe("cosmetic");
  });

  it("reads a headset that died with no spare as one person with no way to work", () => {
    const text =
      "our receptionist's headset died and she's on the switchboard all day, no spare in the office";
    expect(read(text).state?.value).toBe("broken");
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads one office down while the other offices are fine as that office's outage", () => {
    const text =
      'all the PCs at the Swindon office show "no internet" and the phones there are dead too, the other offices are fine';
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });
});

describe("managed-helpdesk probes: a supplier on the same hosting, everyone else's servers, the link to the datacentre", () => {
  it("reads a supplier who also uses the provider, 'as well as ours' and 'everyone else's' as beyond the client", () => {
    for (const text of [
      "is it a wider issue? our supplier also uses your hosting and their site is down as well as ours",
      "your data centre had a power failure according to the news, our servers and everyone else's are offline",
    ]) {
      expect(read(text).scope?.value, text).toBe("other customers");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
    }
  });

  it("reads the client's own link to the datacentre being down as the client's outage", () => {
    const text = "our two offices can't reach the hosted server, the VPN to your datacentre is down";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("is your datacentre down? nothing of ours responds").scope?.value).toBe("other customers");
  });
});

describe("managed-helpdesk probes: up and down, an expired certificate, what ran fine, what disappears, a shop with no card payments", () => {
  it("reads a connection up and down every few minutes for everyone as recurring drops, not the service down", () => {
    const text = "since the storm the internet is up and down every few minutes for the whole office";
    expect(read(text).state?.value).toBe("degraded");
    expect(read(text).intermittent?.value).toBe("intermittent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads orders run down by hand as a way around, not something down", () => {
    const text =
      "the tablets in the restaurant can't send orders to the kitchen printer, waiters are running the orders down by hand and it's lunch service";
    expect(read(text).state?.value).toBe("broken");
  });

  it("reads an expired certificate as failing, not the site down", () => {
    const text =
      'our website shows a "your connection is not private" warning to visitors, the SSL certificate expired last night';
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "managed-helpdesk")).not.toBe("P2");
  });

  it("reads 'the others ran fine' as parts that still work, and one engineer's tablet as one person's", () => {
    expect(read("one backup job gave a warning last night, the others ran fine").sparedPart).toBeDefined();
    expect(
      read("one engineer's tablet won't sync job sheets, he's sending photos of them by email").scope?.value,
    ).toBe("one");
  });

  it("reads drives that keep disappearing, a blue-screening laptop and a shop with no card payments as failures", () => {
    expect(read("the mapped drives keep disappearing for everyone after a restart").state?.value).toBe(
      "broken",
    );
    expect(read("Anna's laptop keeps blue-screening").state?.value).toBe("broken");
    expect(read("one of our three shops has no card payments, cash only for now").state?.value).toBe("down");
  });
});

describe("managed-helpdesk probes: signatures, blank emails, a cut fibre on the 4G backup, customers affected", () => {
  it("reads everyone's email signatures gone as a part failing, not the email out", () => {
    const text =
      "since your update last night, everyone's signatures are gone from Outlook and customers are complaining";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads every email shown blank, none readable, as one person with no way to work", () => {
    const text = "my Outlook shows all my emails as blank, I can't read any of them";
    expect(read(text).state?.value).toBe("broken");
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(
      read("WhatsApp location messages from customers show as empty bubbles for all agents").state?.value,
    ).not.toBe("broken");
  });

  it("reads a cut fibre as down, and running on the 4G backup as a way around", () => {
    const text = "the fibre is cut but we're running on the 4G backup, everything is slow";
    expect(read(text).state?.value).toBe("down");
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads other customers 'affected' as something failing for them", () => {
    const text =
      "all your customers on the hosted Exchange seem to be affected, we checked with three of our partners";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(read("will we be affected by the maintenance on Sunday?").state).toBeUndefined();
  });

  it("reads 'sometime this month' as a task to schedule", () => {
    const text = "we need a new shared mailbox for the HR team, no rush, sometime this month is fine";
    expect(read(text).request?.value).toBe("scheduled");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
  });
});

describe("managed-helpdesk probes: parts of the work failing for everyone are its productivity issue", () => {
  it("reads room booking and the payroll portal as apps beside the work", () => {
    for (const text of [
      "nobody can book meeting rooms in Outlook since this morning, the room calendars don't respond",
      "none of our staff can access the payroll portal to see their payslips, it's payday",
    ]) {
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
  });

  it("reads everyone kicked out of the VPN every half hour as recurring, not the VPN down", () => {
    const text = "all staff are getting kicked out of the VPN every 30 minutes and have to reconnect";
    expect(read(text).intermittent?.value).toBe("intermittent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads 'nobody … in the support team' as the people of one team", () => {
    const text = "the phones ring but nobody can hear the caller on any of the handsets in the support team";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("nobody can log in since 9").scope?.value).toBe("everyone");
  });

  it("reads another tool that still does the main work as a way around", () => {
    const text =
      "Teams keeps crashing for everyone in the call centre, they can still take calls on the desk phones but chat is unusable";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("managed-helpdesk probes: one person's work held up by a client meeting, the road, the board pack or the switchboard", () => {
  it("reads work held up for one person as P3", () => {
    for (const text of [
      "our bookkeeper's computer is so slow it takes her an hour to do what normally takes ten minutes",
      "the sales manager can't access the CRM from her laptop, she's with a client in an hour",
      "my email stopped syncing on my phone and I'm on the road all week visiting customers",
      "our finance director's laptop won't connect to the VPN and she has the board pack to finish tonight",
      "the receptionist's PC froze and won't restart, she can't check visitors in or answer the switchboard from it",
    ]) {
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
  });

  it("reads being back in the office as where the writer will be, not everyone there", () => {
    const text =
      "my laptop won't connect to the VPN from the hotel wifi, I'll work on it when I'm back in the office tomorrow";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("the printers in the office are all offline").scope?.value).toBe("everyone");
  });
});

describe("Connect & Engage probes: messages of one kind, what goes through, and what customers are shown", () => {
  it("reads 'all messages with emojis' as the messages of one kind, and 'plain text goes through' as a part that works", () => {
    const text = "the SMS API rejects all messages with emojis with a 400 error, plain text goes through";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("nothing goes through").sparedPart).toBeUndefined();
  });

  it("reads what customers are shown as what the client's customers meet, unless on one of several numbers", () => {
    const text = "outbound calls show our number as 'unknown' to customers, many don't pick up";
    expect(read(text).customersNotice?.value).toBe("customers");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(
      read("one of our WhatsApp numbers shows the wrong display name to customers").customersNotice,
    ).toBeUndefined();
  });
});

describe("managed-helpdesk probe in outside voices: Outlook's calendar, a trade show, a pause of seconds", () => {
  it("reads Outlook's calendar failing for everyone as a part, not the email out", () => {
    const text =
      "Outlook's calendar isn't syncing for anyone since yesterday, people are double booking meetings";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads a director at a trade show all week as one person's work held up", () => {
    expect(
      ruledLevel(
        "our sales director's phone stopped receiving emails, he's at a trade show all week",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads 'not responding' for a few seconds as a slowdown, not the app down", () => {
    expect(read("Outlook is not responding for a few seconds now and then").state?.value).toBe("degraded");
    expect(read("Outlook is not responding for anyone").state?.value).not.toBe("degraded");
  });
});

describe("managed-helpdesk probes: more of the outage beyond the client", () => {
  it("reads the provider's own site down, everyone on its network, and partners' mail stopped as beyond the client", () => {
    for (const text of [
      "Complete outage: nothing you host for us works and your own website is down too",
      "we heard from the local business group that everyone using your broadband in town is offline, us too",
      "we and everyone else in the shared office building who's on your network have lost connectivity",
      "Are you aware your email filtering service is down? Our mail and our partners' mail has stopped since 8",
    ]) {
      expect(read(text).scope?.value, text).toBe("other customers");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
    }
    expect(read("call transfers to our external support partner fail every time").scope?.value).not.toBe(
      "other customers",
    );
  });

  it("reads 'anything you host' as the services the business runs on", () => {
    expect(
      ruledLevel(
        "we and our sister companies across 4 sites can't reach anything you host since 7am",
        "managed-helpdesk",
      ),
    ).toBe("P1");
  });

  it("reads the ISP's side being fine as where the fault is not, not a part of ours that works", () => {
    const text = "our connection to your data centre is down, our ISP says their side is fine";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });
});

describe("managed-helpdesk probes: teams whose work is held up", () => {
  it("reads engineers 'in the field' as where they work, not a form field", () => {
    const text = "our engineers in the field can't upload job reports from their tablets, the office is fine";
    expect(read(text).unit?.value).not.toBe("feature");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads staff who can't clock in, their times written down, as a failure worked around", () => {
    const text = "the kitchen staff can't clock in on the tablet, the manager is writing their times down";
    expect(read(text).state?.value).toBe("broken");
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("managed-helpdesk development messages the rules alone misread: my second monitor, please plan", () => {
  it("reads 'my second monitor' as one person's device", () => {
    const text = "my second monitor goes black when I unplug the laptop";
    expect(read(text).scope?.value).toBe("one");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
  });

  it("reads 'please plan' as a task to schedule", () => {
    const text = "we're moving to the new office on 3 March, please plan the network and phones for that day";
    expect(read(text).request?.value).toBe("scheduled");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
  });
});

describe("managed-helpdesk probes: the only printer, a corrupted database, the paging system, a surgery's phone menu", () => {
  it("reads 'the only printer we have' as no way around", () => {
    const text =
      "our printer-copier is jammed and the display shows an error code, it's the only printer we have";
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads a corrupted database as failing, and quotes done in Word as a way around", () => {
    const text =
      "the database for our quoting tool is corrupted and we can't produce quotes, we're doing them in Word";
    expect(read(text).state?.value).toBe("broken");
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads the paging system as a system beside the work", () => {
    expect(
      ruledLevel(
        "the office music and paging system is dead, we can't call staff to the front desk",
        "managed-helpdesk",
      ),
    ).toBe("P3");
  });

  it("reads a surgery's or a shop's phone as the place's, not one person's", () => {
    const text =
      "the surgery's phone menu plays the wrong message, patients get told we're closed during opening hours";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("Anna's phone won't ring").scope?.value).toBe("one");
  });
});

describe("managed-helpdesk probes: read-only files, a fake invoice paid, backups that haven't run for a week", () => {
  it("reads 'can open files but can't save changes' as part of it still working", () => {
    const text =
      "the team drive is read-only for everyone since last night, people can open files but can't save changes";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads a fake invoice email that reached everyone as a security incident, not the service out", () => {
    const text = "everyone in the company got a fake invoice email and accounts already paid one of them";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads what hasn't run for a week as failing, not down, and a tool that stopped adding as not working", () => {
    const text = "backups of the main server haven't run for a week, your alert just told us";
    expect(read(text).state?.value).not.toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("the email signature tool stopped adding our legal disclaimer").state?.value).toBe("broken");
    expect(read("the server isn't responding at all").state?.value).toBe("down");
  });
});

describe("Connect & Engage and Celigo probes: a contact centre's phones, a bug worked around where the contract says", () => {
  it("reads a whole contact centre or service desk as everyone, and its phones as its telephony", () => {
    expect(read("our whole contact centre is offline").scope?.value).toBe("everyone");
    expect(read("the entire service desk is idle").scope?.value).toBe("everyone");
    const text =
      "Our whole contact centre is offline: agents can't log into Service Cloud and the phones are dead as well";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    // its customers' phones are where messages go, not a second product down
    const oneProduct =
      "none of our outbound WhatsApp messages are delivered, the API accepts them but they never reach the phones";
    expect(ruledLevel(oneProduct, "cm-connect-engage")).toBe("P2");
  });

  it("does not let the wording raise a non-critical bug worked around on Celigo (3.3: normal)", () => {
    const text = "some refunds don't sync to NetSuite, it's not critical, we create them manually for now";
    expect(ruledLevel(text, "celigo")).toBe("normal");
    // a critical process with a bug and a work around is high (3.2), read by the rules
    expect(
      ruledLevel("our month end invoice sync fails for some invoices, we enter them by hand", "celigo"),
    ).toBe("high");
  });
});

describe("managed-helpdesk probe: a client named in brackets, a team named as who it fails for", () => {
  it("ends a negation's scope at a bracket or a colon, as at a comma", () => {
    const text =
      "are your hosted desktops down for everyone? We can't connect and our accountant (also your client) says the same";
    expect(read(text).scope?.value).toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(read("no internet: the phones are ok").sparedPart).toBeDefined();
    // a negation after the bracket still negates
    expect(read("the server (the old one) is not responding").state).toBeDefined();
  });

  it("reads 'for the finance team' as who it fails for, whatever else says 'any'", () => {
    const text = "the shared drive is gone for the finance team, they can't open any of their spreadsheets";
    expect(read(text).scope?.value).toBe("some");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("the shared drive is gone for the whole team").scope?.value).toBe("everyone");
  });

  it("reads 'can you add the new address to the signature' as a change, not a feature request", () => {
    const text = "no rush: can you add the new office address to the email signature template?";
    expect(read(text).request?.value).not.toBe("feature");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    expect(read("can you add a button to export the transcript?").request?.value).toBe("feature");
  });
});

describe("Connect & Engage probe: paused by themselves, the hold music", () => {
  it("reads 'paused by themselves' as what happened, not as the client working around it", () => {
    const text =
      "Marketing Cloud journeys are all paused by themselves and can't be restarted, nothing goes out";
    expect(read(text).workaround).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("we fixed the mappings ourselves").workaround?.value).toBe("present");
  });

  it("reads the hold music as a part of Voice, not the calls", () => {
    const text = "the hold music stopped playing, callers hear dead air while they wait";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(
      ruledLevel("inbound calls don't reach any of our agents, callers hear silence", "cm-connect-engage"),
    ).toBe("P2");
  });
});

describe("managed-helpdesk probe: email lost by every firm, wifi that keeps dropping, someone in my mailbox", () => {
  it("reads 'lost email' as the service lost, not an email", () => {
    const text = "all the firms on your managed network lost email at 9, we called two of them";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(read("I lost the email I was writing").state?.value).not.toBe("down");
  });

  it("reads 'keeps dropping' as now and then, and the pickers as people, not a date picker", () => {
    const text = "the wifi in the warehouse keeps dropping, the pickers lose connection on their handhelds";
    const found = read(text);
    expect(found.intermittent).toBeDefined();
    expect(found.unit).toBeUndefined();
    expect(level(text, "managed-helpdesk")).toBe("P3");
    expect(read("the date picker on the form is broken").unit?.value).toBe("feature");
  });

  it("reads someone else in a mailbox as a security incident for that person", () => {
    const text = "we think someone got into my mailbox, people are getting emails from me I didn't send";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads a line down the page as a print defect, and 'one of my' add-ins, done without, as one person's", () => {
    expect(read("the printer prints everything with a faint line down the page").state?.value).not.toBe(
      "down",
    );
    const text = "one of my excel add-ins disappeared, I can still do the work without it, just slower";
    const found = read(text);
    expect(found.scope?.value).toBe("one");
    expect(found.workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
  });
});

describe("the issue's own words: another channel fine, a page built for us", () => {
  it("reads another channel that works as another service, not part of the failing one still working", () => {
    const text = "Viber and Apple Messages both stopped delivering for all our users, SMS still fine";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    const whatsApp =
      "WhatsApp is down for all our customers and there is no manual way to reach them, messaging is fine btw for SMS";
    expect(ruledLevel(whatsApp, "cm-connect-engage")).toBe("P2");
    // a fallback on another channel is still a way around
    expect(
      ruledLevel("RCS messages fail for Android 12 users, SMS fallback works", "cm-connect-engage"),
    ).toBe("P3");
    // the same channel's other part working is part of it still working
    expect(
      ruledLevel(
        "WhatsApp images don't load in the agent view, WhatsApp text messages are fine",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });

  it("reads 'can you build us a …' as a feature request", () => {
    expect(read("can you build us a new intranet page for HR?").request?.value).toBe("feature");
    expect(ruledLevel("can you build us a new intranet page for HR?", "managed-helpdesk")).toBe("P6");
    expect(read("my mouse is dying, can you get me a new one").request?.value).not.toBe("feature");
  });
});

describe("managed-helpdesk probe: a department as the subject, the one who checks everyone in", () => {
  it("reads a report opening on a department that cannot do something as that team's", () => {
    const text = "accounts can't open Sage, says licence expired, they need to run payroll tomorrow";
    expect(read(text).scope?.value).toBe("some");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("the whole company can't open Sage").scope?.value).toBe("everyone");
  });

  it("reads the one person the work runs through as business-critical", () => {
    const text =
      "our receptionist can't log into the booking system, she's the one who checks in all patients";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads another way to the same place as a way around", () => {
    expect(read("the shortcut is gone, I get to it via the address bar").workaround?.value).toBe("present");
  });
});

describe("Connect & Engage probe: throttled for every message, one customer's complaint, a copy of a report", () => {
  it("reads 'throttled' as failing", () => {
    const text = "the SMS gateway keeps returning 'throttled' for 100% of our messages since noon";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("does not let the wording raise one customer's complaint where nothing was read failing", () => {
    const text = "one customer complains she gets our SMS in the middle of the night";
    expect(read(text).state).toBeUndefined();
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads a request for a copy of a report as a service request", () => {
    expect(read("request for a copy of the SLA report for Q3").request?.value).toBe("service");
    expect(ruledLevel("request for a copy of the SLA report for Q3", "cm-connect-engage")).toBe("P5");
  });
});

describe("Connect & Engage probe: a quarter of the requests, the numbers that connect fine", () => {
  it("reads 'a quarter of' as some cases", () => {
    const text = "the API returns 500 for about a quarter of our SMS requests";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'Dutch numbers connect fine' as part of it still working", () => {
    const text = "all calls from abroad fail, Dutch numbers connect fine";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("managed-helpdesk and Kissflow probes: a new subject after 'and', the group's companies, 0 of 200", () => {
  it("ends a negation's scope where 'and' opens a clause with a subject of its own", () => {
    const text =
      "Hello, our bookkeeper's laptop won't connect to the VPN and she has to submit the VAT return today";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    // "and" between two things that fail keeps the negation: neither works
    expect(read("we can't send and receive emails").state?.value).toBe("broken");
    // a remark after it is the client's, not what fails: "it bugs me" is no bug
    expect(read("the app icon is not centred and it bugs me").state?.value).not.toBe("broken");
    expect(ruledLevel("the app icon is not centred and it bugs me", "kissflow")).toBe("low");
  });

  it("reads a number inside a negation's scope, as a word: 'and has a client meeting at 11'", () => {
    const text = "URGENT: our director cannot open any attachments in Outlook and has a client meeting at 11";
    const found = read(text);
    expect(found.scope?.value).toBe("one");
    expect(found.criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads the group's companies as other customers of the provider", () => {
    const text =
      "we're part of the Northside group and none of the group's companies can reach your hosted servers since 8:15, all of us are down";
    expect(read(text).scope?.value).toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
  });

  it("reads my desk phone as one person's, and 'but it prints' as part of it still working", () => {
    const phone = "URGENT: my desk phone display is blank, the phone itself works fine";
    expect(read(phone).scope?.value).toBe("one");
    expect(ruledLevel(phone, "managed-helpdesk")).toBe("P4");
    const slow = "the printer in accounts is printing very slowly today, but it prints";
    expect(read(slow).sparedPart).toBeDefined();
    expect(ruledLevel(slow, "managed-helpdesk")).toBe("P4");
  });

  it("reads '0 of our 200 users' as everyone, and 'for some items' as some cases", () => {
    expect(read("Kissflow is down, 0 of our 200 users can log in").scope?.value).toBe("everyone");
    expect(ruledLevel("Kissflow is down, 0 of our 200 users can log in", "kissflow")).toBe("critical");
    expect(read("3 of our 40 users can't log in").scope?.value).toBe("some");
    const text = "the workflow doesn't move to step 3 and it stays at step 2 for some items";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "kissflow")).toBe("medium");
  });
});

describe("Celigo probe: orders that stopped flowing", () => {
  it("reads 'stopped flowing' as failing", () => {
    const text =
      "all our Amazon orders stopped flowing into NetSuite since yesterday night, customers are waiting and we have no workaround";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });
});

describe("managed-helpdesk probe: the latest version, phones that went off, one floor", () => {
  it("reads 'the latest version' as the newest, not as late", () => {
    const text =
      "please plan the upgrade of our server to the latest Windows version, no rush, sometime in Q2";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
  });

  it("reads phones and internet that went off, and a place cut off, as out of service", () => {
    const text = "our phones and internet went off at the same time, the whole surgery is cut off";
    expect(read(text).state?.value).toBe("broken");
    expect(read("since 9 the whole office is cut off").state?.value).toBe("broken");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("the alarm went off at 3am").state).toBeUndefined();
    expect(read("the agent name is cut off after 12 characters").state?.value).not.toBe("down");
  });

  it("reads one floor as some people, and moving to another room to work as a way around", () => {
    const text = "wifi dead on the first floor, people are moving downstairs to work";
    const found = read(text);
    expect(found.scope?.value).toBe("some");
    expect(found.workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("the printer on the 3rd floor is jammed").scope?.value).toBe("some");
    expect(read("the whole 2nd floor has no network").scope?.value).toBe("everyone");
  });
});

describe("batch 135: failures everywhere, the main order flow, all dataforms", () => {
  it("reads failures everywhere and a platform incident asked about as wider than the client", () => {
    const text =
      "we're seeing failures everywhere: SMS API returns errors, WhatsApp doesn't deliver and our IVR is silent. Is there a platform incident?";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("we're seeing failures everywhere").scope?.value).toBe("everyone");
  });

  it("reads the main order flow as business-critical, and 'no manual option' as no way around", () => {
    const text =
      "our main Shopify to NetSuite order flow has been blocked since last night, no orders are coming through and there's no manual option";
    const found = read(text);
    expect(found.criticality?.value).toBe("critical");
    expect(found.workaround?.value).toBe("absent");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    // not what the client says it is not
    expect(read("the returns flow fails, it's not a main process for us").criticality?.value).not.toBe(
      "critical",
    );
  });

  it("reads Kissflow's dataforms as a module", () => {
    expect(read("all dataforms throw an error when opened, for every user").unit?.value).toBe("module");
    expect(ruledLevel("all dataforms throw an error when opened, for every user", "kissflow")).toBe("high");
  });
});

describe("batch 136: a bot that isn't replying, nothing arrived, network drives lost, every process", () => {
  it("reads 'isn't replying' as not working, and no messages arrived as nothing getting through", () => {
    const bot = "the bot isn't replying to anyone on our website, it just shows 'connecting'";
    expect(read(bot).state?.value).toBe("broken");
    expect(ruledLevel(bot, "cm-connect-engage")).toBe("P2");
    const none = "no inbound WhatsApp messages have arrived since 11, customers say theirs show as delivered";
    expect(read(none).state?.value).toBe("down");
    expect(ruledLevel(none, "cm-connect-engage")).toBe("P2");
  });

  it("reads lost network drives as failing, not the network lost, and three laptops as some people", () => {
    const text = "three laptops in sales lost their network drives after the update";
    const found = read(text);
    expect(found.state?.value).toBe("broken");
    expect(found.scope?.value).toBe("some");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("the whole office lost the network").state?.value).toBe("down");
  });

  it("reads an upgrade 'sometime this summer' as a task to schedule", () => {
    const text = "please can you upgrade the wifi in the warehouse sometime this summer";
    expect(read(text).request?.value).toBe("scheduled");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
  });

  it("reads every process, board or dataform as Kissflow's module", () => {
    const text = "all of our processes fail to start new items, for every user";
    expect(read(text).unit?.value).toBe("module");
    expect(ruledLevel(text, "kissflow")).toBe("high");
    expect(ruledLevel("kissflow is down for every user", "kissflow")).toBe("critical");
  });
});

describe("managed-helpdesk probe: an email filtering service, our biggest client", () => {
  it("reads a filtering service as a service, not a filter in a form", () => {
    const text =
      "your email filtering service seems to be down for everyone - our mail and our clients' mail (also with you) is bouncing";
    expect(read(text).partSubject).toBeUndefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(read("the filter on the contacts page doesn't work").unit?.value).toBe("feature");
  });

  it("reads our biggest client as business-critical", () => {
    const text = "emails to one of our biggest clients are bouncing back";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("Connect & Engage probe: a chat widget not showing for any visitor, the dialler, one number", () => {
  it("reads a chat widget that isn't showing for any visitor as the channel out for everyone", () => {
    const text = "our chat widget isn't showing on our website for any visitor";
    const found = read(text);
    expect(found.state?.value).toBe("broken");
    expect(found.scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads the outbound dialler as Voice's, beside inbound calls that work", () => {
    const text = "Our outbound calling campaign dialler is down, inbound calls are fine";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads one message to one number that keeps failing as a few cases, a small incident", () => {
    const text = "a single SMS to one number keeps failing, others to the same network are fine";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(ruledLevel("SMS delivery keeps failing for all our customers", "cm-connect-engage")).not.toBe(
      "P4",
    );
  });
});

describe("batch 137: nothing in or out, tills and internet lost, a tender due by 5pm, printing, all Kissflow apps", () => {
  it("reads no messages in or out as nothing getting through", () => {
    const text = "Hello, our WhatsApp number has been disconnected? no messages in or out since this morning";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'lost their tills and internet' as the service lost", () => {
    const text =
      "it's not only us, all the shops in our street that you manage lost their tills and internet";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
  });

  it("reads 'everyone works on laptops' as how they work, not part of it still working", () => {
    const text = "the wifi is completely down in the building and everyone works on laptops";
    expect(read(text).sparedPart).toBeUndefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("the wifi is down on the first floor, everyone else is fine").sparedPart).toBeDefined();
  });

  it("reads a tender to submit by 5pm as a deadline within the day", () => {
    const text = "My laptop screen is black and I have a tender to submit by 5pm";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads printing for the whole office as a device beside the work, not the office down", () => {
    const text = "Printing doesn't work for the whole office, we can't print contracts for today's signings";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads all Kissflow apps, processes and boards as the whole of it", () => {
    const text = "all kissflow apps, processes and boards are unreachable for us since 10am";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
  });
});

describe("managed-helpdesk probe on P1 against P2: other clients, fine or down", () => {
  it("reads the provider's other clients, however named, as other customers", () => {
    for (const text of [
      "Hi, we're getting no service on anything you host, and I just spoke to another of your clients who has the same",
      "is your network down? our three companies on your service are all offline",
      "Your datacentre must be having issues, every one of your clients I know is down, us included",
      "we cannot reach any of your services and neither can the other firms in our building who are with you",
    ])
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
  });

  it("reads other clients who are fine, or the rest of the building fine, as where it is not down", () => {
    const fine = "no one here can reach the hosted server, other clients of yours seem fine";
    expect(read(fine).scope?.value).not.toBe("other customers");
    expect(ruledLevel(fine, "managed-helpdesk")).toBe("P2");
    expect(
      ruledLevel("all our PCs lost the network, the rest of the building is fine", "managed-helpdesk"),
    ).toBe("P2");
    // "no service desk" is not no service
    expect(read("we have no service desk of our own").state).toBeUndefined();
  });
});

describe("Connect & Engage probe on P1 against P2: the product that still works", () => {
  it("reads 'messaging works' and 'calls still come in' as other products working, not failing", () => {
    expect(ruledLevel("voice is down for all our agents, messaging works", "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel(
        "the whole Service Cloud is unavailable, calls still come in on the phones",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    // nothing working is no product working
    expect(ruledLevel("everything down?? calls sms whatsapp nothing works", "cm-connect-engage")).toBe("P1");
    expect(ruledLevel("SMS and voice both dead for us since 10:15", "cm-connect-engage")).toBe("P1");
  });
});

describe("Connect & Engage probe on P3 against P2: one thing the product does, failing for everyone", () => {
  it("reads one thing the product does, failing for everyone, as a breaking issue within it, not the product out", () => {
    for (const text of [
      "none of our agents can transfer calls to the external number",
      "all SMS to Germany fail since noon",
      "every campaign email goes out without the unsubscribe footer",
      "none of the agents see the customer details panel next to the chat",
      "none of our SMS links are being shortened anymore, the long URL is sent",
      "no email notifications for new chats reach any agent",
      "since today nobody can upload contact lists in Marketing Cloud",
    ])
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P3");
  });

  it("still reads the product itself failing for everyone as the product out", () => {
    for (const text of [
      "nobody can send any WhatsApp message, everything fails",
      "all calls fail, inbound and outbound",
      "no agent can log in to Service Cloud",
      "incoming SMS from customers are not forwarded to our webhook at all since the morning",
    ])
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P2");
    // a country's traffic wrong for every message is still wrong for everyone (P3), not a few cases
    expect(ruledLevel("our outbound caller ID is wrong for all calls to the UK", "cm-connect-engage")).toBe(
      "P3",
    );
  });
});

describe("Connect & Engage probe on P3 against P4: the caller info", () => {
  it("reads the caller info blank for every call as a part of Voice, not the calls", () => {
    const text =
      "agents can no longer see which customer is on the line, the caller info is blank for every call";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("managed-helpdesk probe on P3 against P4: one person who cannot work, spares, the writer alone", () => {
  it("reads one person with no mail out, no network, or no way to do the job as blocked", () => {
    for (const text of [
      "Outlook won't send any emails for me, they sit in the outbox, I'm the office manager",
      "my PC won't connect to the network at all, no internet, no drives",
      "new PC for our receptionist arrived but nothing is installed, she can't take bookings",
    ]) {
      expect(read(text).workaround?.value, text).toBe("absent");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P3");
    }
  });

  it("reads one PC of several in a room, with spares, as one device worked around", () => {
    const text = "one of the PCs in the training room won't start, there are spares";
    expect(read(text).scope?.value).toBe("one");
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("we can't open any PDF attachments on the shared PCs in the lab").scope?.value).toBe("some");
  });

  it("reads 'I can't …' as the writer, where nothing says others are affected too", () => {
    const text = "I can't drag and drop files into Teams chats, attaching works";
    expect(read(text).scope?.value).toBe("one");
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("I can't print and neither can anyone on my floor").scope?.value).not.toBe("one");
  });
});

describe("probes on the bottom levels: 'is that correct?', 'request:', on his last day, instead of Monday", () => {
  it("reads 'is that correct?' as a question and 'request:' as a request", () => {
    const asked = "we noticed the SMS counter shows 161 characters as 2 parts, is that correct?";
    expect(ruledLevel(asked, "cm-connect-engage")).toBe("P5");
    expect(read("request: increase the session timeout to 12 hours").request?.value).toBe("service");
  });

  it("reads 'on his last day' as a task for a date ahead", () => {
    const text = "please disable Tom's account on his last day, Friday 28th";
    expect(read(text).request?.value).toBe("scheduled");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
  });

  it("reads what arrives on Tuesday instead of Monday as a late result", () => {
    const text = "the weekly report email arrives on Tuesday instead of Monday";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("Kissflow probe on medium against high and critical: one feature failing for everyone", () => {
  it("reads one feature failing for everyone as that feature (medium), where the contract ranks by how much fails", () => {
    for (const text of [
      "the approval step in our leave process doesn't send emails to approvers for anyone",
      "all users see an error when they open the 'Vendor' form",
      "the SLA reminders in our case process all stopped",
    ])
      expect(ruledLevel(text, "kissflow"), text).toBe("medium");
    // a whole process stuck for everyone is the module (high); the whole account down is critical
    expect(ruledLevel("every item in the onboarding process gets stuck at the IT step", "kissflow")).toBe(
      "high",
    );
    expect(ruledLevel("kissflow is down for all of us", "kissflow")).toBe("critical");
  });

  it("leaves the other contracts' readings of a feature failing for everyone as they were", () => {
    expect(
      ruledLevel(
        "none of the agents can accept chats, the accept button spins and nothing happens",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("Celigo probe: what takes forever", () => {
  it("reads 'takes forever' as severely degraded, not a start-up once a day", () => {
    const text = "integrator.io takes forever to load the flow builder, our flows still run on schedule";
    expect(read(text).state?.value).toBe("severely degraded");
    expect(ruledLevel(text, "celigo")).toBe("high");
    expect(read("my laptop takes ages to shut down").state?.value).not.toBe("severely degraded");
  });
});

describe("batch 138: not in service, attachments lost, Belgian numbers, on any computer, infected", () => {
  it("reads 'not in service' as out of service", () => {
    const text = "hi, inbound calls are not reaching us, callers get a 'number not in service' message";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads what every email loses, and the messages to one country's numbers, as parts", () => {
    expect(
      ruledLevel("every inbound email to Service Cloud loses its attachments", "cm-connect-engage"),
    ).toBe("P3");
    expect(
      ruledLevel("SMS to Belgian numbers show as delivered but nobody receives them", "cm-connect-engage"),
    ).toBe("P3");
    expect(ruledLevel("the export of conversation tags misses the colour column", "cm-connect-engage")).toBe(
      "P4",
    );
  });

  it("reads 'on any computer' as everyone, and the practice software as what the business runs on", () => {
    const text = "the practice software won't load on any computer, we can't see patients' records";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });

  it("reads an infected PC as a security incident for its user", () => {
    const text = "our bookkeeper's PC is infected, it shows a ransom message";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("Connect & Engage probe on P3 against P2: lookups, quick replies, admin tasks, overflow, messages with buttons", () => {
  it("reads one thing the product does, failing for everyone, as a part", () => {
    for (const text of [
      "the chatbot can't look up orders for anyone since the API change on your side",
      "none of the WhatsApp quick replies work for the team",
      "no one can add new agents in the admin portal",
      "the queue overflow to voicemail doesn't work for any queue",
      "WhatsApp messages with buttons all fail, plain messages are sent",
    ])
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P3");
  });

  it("reads 'can't place any outbound calls' as everyone's, and templates that can't be sent as the channel out", () => {
    expect(ruledLevel("we can't place any outbound calls", "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel(
        "WhatsApp: none of our templates can be sent, every send gets error 131026",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("managed-helpdesk probe: Bob in accounts, a client visiting in half an hour", () => {
  it("reads a first name and a team opening the report as one person", () => {
    const text = "Bob in accounts can't log on, he's the only one who can run the payment batch today";
    expect(read(text).scope?.value).toBe("one");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("everyone in accounts can't log on").scope?.value).not.toBe("one");
  });

  it("reads a client visiting in half an hour as a deadline within the hour", () => {
    const text = "my account got locked and I have a client visiting in half an hour";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("batch 139: nothing sent or received, a maintenance page, everything in Kissflow, flows that have stopped", () => {
  it("reads a channel that doesn't send or receive anything as down", () => {
    const text = "since the deployment, our WhatsApp channel doesn't send or receive anything";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads Kissflow as a whole failing, an unannounced maintenance page and Analytics broken", () => {
    expect(ruledLevel("everything in kissflow is failing, no process, board or app opens", "kissflow")).toBe(
      "critical",
    );
    expect(
      ruledLevel("all our users see a maintenance page but there's no maintenance announced", "kissflow"),
    ).toBe("critical");
    expect(ruledLevel("Analytics is completely broken for everyone", "kissflow")).toBe("high");
  });

  it("reads flows that have stopped, with nothing moving, as failing; 'all failed records' as which records", () => {
    const text =
      "all our flows have stopped since 6am and integrator.io says 'service degraded', nothing moves, no workaround";
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    expect(ruledLevel("how do I retry all failed records at once?", "celigo")).toBe("low");
  });

  it("reads agents who are offline as people, not the service", () => {
    expect(read("chats are assigned to agents who are offline").state?.value).not.toBe("down");
  });
});

describe("Kissflow probe: a task list is one feature", () => {
  it("reads the 'my tasks' list as a feature, not the process it lists", () => {
    const text = "the 'my tasks' list doesn't show tasks from the HR process";
    expect(read(text).unit?.value).toBe("feature");
    expect(ruledLevel(text, "kissflow")).toBe("medium");
  });
});

describe("Connect & Engage probe: the customer service line, switched off by itself, nothing reaching us", () => {
  it("reads the customer service line as Voice", () => {
    const text = "Our SMS notifications AND our customer service line are both down since 9, please escalate";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads call recording switched off by itself as failing, not 'off by' a figure", () => {
    const text = "Voice: call recording is switched off by itself on all numbers";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads messages not reaching us as down, and the empty inbox as where they would land", () => {
    const text = "Our customers' WhatsApp messages aren't reaching us since 10:30, the inbox is empty";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("managed-helpdesk probe: nothing on the network works", () => {
  it("reads nothing on the network working as down", () => {
    const text = "The server in the cupboard is beeping and nothing on the network works";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });
});

describe("batch 140: a suspended account, a director abroad", () => {
  it("reads a suspended account with nothing sent as the channel down", () => {
    const text = "our WhatsApp Business account seems suspended, nothing can be sent";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a director as one of the people who run the business, and abroad as no other device at hand", () => {
    const text = "our sales director's phone can't receive emails and he's abroad";
    const found = read(text);
    expect(found.criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("the earlier classification set: a complete outage in Kissflow", () => {
  it("reads a complete outage, or no login to Kissflow, as the whole of it, whatever modules it names", () => {
    const text = "Complete outage: we cannot log in to Kissflow, all processes are stopped";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(ruledLevel("all of our processes fail to start new items, for every user", "kissflow")).toBe(
      "high",
    );
  });
});

describe("batch 141: dead links, work due out today, a copy of what exists, all of Kissflow, an order flow's bug", () => {
  it("reads links that lead to a 404 as not working, and a help link's 404 still as how it looks", () => {
    expect(read("the booking links in our reminder SMS lead to a 404").state?.value).toBe("broken");
    expect(ruledLevel("the opt-out links in our campaign emails go to a 502", "cm-connect-engage")).toBe(
      "P3",
    );
    expect(read("the help link in the portal footer leads to a 404").state?.value).toBe("cosmetic");
  });

  it("reads work for customers due out today as what the business cannot wait for", () => {
    const text = "my Outlook won't open and I'm sending invoices to clients today";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(
      read("my Outlook won't open, no rush, I'll send the invoices next week").criticality,
    ).toBeUndefined();
  });

  it("reads asking for a copy or a list of what exists as a service request, not a feature", () => {
    expect(read("could we get a list of all the licences we have?").request?.value).not.toBe("feature");
    expect(ruledLevel("could I get an overview of the devices you manage for us?", "managed-helpdesk")).toBe(
      "P5",
    );
    expect(read("could we get a button to export the list?").request?.value).toBe("feature");
  });

  it("reads all of Kissflow as the whole of it, and our 300 users as everyone", () => {
    const text = "all of kissflow is timing out for our 300 users";
    expect(read(text).unit?.value).toBe("system");
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("the form fails for our 12 users in finance").scope?.value).not.toBe("everyone");
  });

  it("reads a bug in how every order goes through as the process the business runs on", () => {
    const text = "our invoice sync has a mapping bug that drops the VAT line, we fix them by hand";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("high");
    expect(
      ruledLevel("a couple of orders sync without the shipping method, we add it manually", "celigo"),
    ).toBe("normal");
  });
});

describe("batch 142: shown after a refresh, systems lost, a server crashed, a first day without an account", () => {
  it("reads what shows once the page is refreshed as a workaround, so a part failing for all is not the product out", () => {
    const text = "new chats don't appear for any agent until they reload the inbox";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads losing the system people work on as down, and losing its data still as a wrong result", () => {
    expect(read("all our branches lost the booking system at 9").state?.value).toBe("down");
    expect(read("we lost the system settings after the update").state?.value).not.toBe("down");
  });

  it("reads a crashed server as down, and one that crashes now and then as not working", () => {
    const text = "the file server crashed and the whole office is stuck";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("the file server crashes every night during the backup").state?.value).not.toBe("down");
  });

  it("reads a first day that has begun without an account as one person who cannot work today, not a task for later", () => {
    const text = "our new hire has no laptop and starts this morning";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("our new hire has no laptop yet, she starts on 3 March", "managed-helpdesk")).toBe(
      "P6",
    );
  });
});

describe("batch 143: what the client calls a feature", () => {
  it("reads a feature named as one, broken for everyone, as a breaking issue within the product", () => {
    const text = "the call-back scheduling feature is broken for all our agents";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("the whole platform is down, no feature works").partSubject).toBeUndefined();
    expect(read("can we put in a feature request for dark mode?").partSubject).toBeUndefined();
  });
});

describe("batch 144: a login that fails with no one named", () => {
  it("reads a login tried with several users as more than the writer", () => {
    const text = "Cannot sign in to kissflow, tried three accounts and all fail";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
  });

  it("asks, rather than rating it low, when the whole of it is down for a writer it only assumes", () => {
    const suggestion = classifyPriority("can't log in to kissflow", presetPolicy("kissflow") as Policy);
    expect(suggestion.confidence).toBeLessThan(LOW_CONFIDENCE);
    // asked either way: the rules' reason, or the wording pointing at an outage
    expect(suggestion.reasons.join("; ")).toMatch(
      /who else is affected is not said|worded like reports of an outage/,
    );
    const named = classifyPriority("I can't log in to kissflow", presetPolicy("kissflow") as Policy);
    expect(named.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });
});

describe("batch 144: nothing works in Kissflow, none of our workflows", () => {
  it("reads nothing working in Kissflow as the whole of it, whatever modules the message lists", () => {
    const text = "nothing loads in kissflow: boards, processes, the lot";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
  });

  it("reads none of the workflows or boards as the module they make up", () => {
    expect(read("none of our boards can be opened, for any user").unit?.value).toBe("module");
    expect(
      ruledLevel("none of the workflows advance, every request sits in its first step", "kissflow"),
    ).toBe("high");
  });
});

describe("batch 145: one-way audio, everything we have with you, marketing emails", () => {
  it("reads one-way audio as a call that does not work, not a poor line", () => {
    const text = "the caller's voice is one-way on about half of our calls since the update";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads everything the client has with the provider as everyone's, and its products as several", () => {
    const text = "everything we use from you is failing: calls, SMS and the inbox";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads marketing emails and newsletters as Marketing Cloud's", () => {
    expect(
      ruledLevel(
        "our WhatsApp messages and our newsletters fail for every customer since noon",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });
});

describe("batch 145: once in a while", () => {
  it("reads once in a while as now and then", () => {
    expect(read("the chatbot answers in English once in a while").intermittent?.value).toBe("intermittent");
    expect(
      ruledLevel("once in a while a chat is assigned to an agent who is on a break", "cm-connect-engage"),
    ).toBe("P4");
  });
});

describe("batch 146: two teams named, telephone lines, one agent counted, pixels off", () => {
  it("reads nobody in one team or another as more than one team", () => {
    expect(read("nobody in sales or support can open the inbox").scope?.value).toBe("everyone");
    expect(read("nobody in the sales team can open the inbox").scope?.value).toBe("some");
  });

  it("reads telephone lines as Voice, so beside WhatsApp two products are out", () => {
    const text = "our telephone lines and WhatsApp are both completely unavailable, no agent can do anything";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads one of our 40 agents as one person, and more than one of them as not", () => {
    expect(read("one of our 40 agents can't see the chat channel").scope?.value).toBe("one");
    expect(read("more than one of our agents can't see the chat channel").scope?.value).not.toBe("one");
  });

  it("reads a button a few pixels off as how it looks", () => {
    expect(read("the send button is a few pixels off on small screens").state?.value).toBe("cosmetic");
    expect(ruledLevel("the send button is a few pixels off on small screens", "cm-connect-engage")).toBe(
      "P5",
    );
  });
});

describe("batch 147: a feature failing for everyone, against what the product is for", () => {
  it("reads a feature that fails for everyone, where nothing the product is for fails, as a breaking issue within it", () => {
    expect(ruledLevel("the 'merge contacts' button does nothing for every agent", "cm-connect-engage")).toBe(
      "P3",
    );
    expect(
      ruledLevel("none of our agents can see the customer details panel in the inbox", "cm-connect-engage"),
    ).toBe("P3");
  });

  it("reads a feature whose failure stops sending, answering or accepting as the product out", () => {
    expect(
      ruledLevel(
        "nobody can answer calls, the answer button does nothing for the whole team",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(
      ruledLevel("no agent can accept chats, the accept button is gone for everyone", "cm-connect-engage"),
    ).toBe("P2");
  });

  it("reads features of two products failing for everyone as both products out", () => {
    expect(
      ruledLevel("our SMS notifications and our newsletters fail for every customer", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("batch 148: the only one left to do the work", () => {
  it("reads being the only one in a team today as work that cannot wait", () => {
    const text = "my laptop won't start and I'm the only one on the front desk today";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("batch 149: messaging and telephony lost", () => {
  it("reads losing messaging or telephony as the service down", () => {
    expect(read("we have lost telephony since 9").state?.value).toBe("down");
    expect(
      ruledLevel("we've lost messaging and telephony, all our agents are idle", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("batch 150: dead phones beside the inbox, email marketing, stats stuck at zero", () => {
  it("reads dead phones and email marketing as their products, so beside another product two are out", () => {
    expect(
      ruledLevel(
        "phones dead and the chat inbox won't load, the contact centre can't do anything",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(
      ruledLevel(
        "outage on your email marketing and your SMS gateway, none of our sends or alerts go out",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads statistics stuck at zero opens as what the product counts, not the product out", () => {
    const text = "email stats stuck at 0 opens for every campaign this week";
    expect(read(text).partSubject?.value).toBe("by-product");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 151: a total loss of service, the entire customer base", () => {
  it("reads a total loss of service as down, and across several products as a widespread outage", () => {
    expect(read("we have a complete loss of telephony at all sites").state?.value).toBe("down");
    expect(
      ruledLevel("we are seeing a total loss of service across SMS and Voice", "cm-connect-engage"),
    ).toBe("P1");
  });

  it("reads the entire customer base as everyone", () => {
    expect(read("WhatsApp sends fail, this affects our whole customer base").scope?.value).toBe("everyone");
  });
});

describe("batch 151: what goes unanswered", () => {
  it("reads messages the chatbot no longer answers as what it answers, not a second product failing", () => {
    expect(
      ruledLevel("the chatbot stopped replying to incoming messages on all channels", "cm-connect-engage"),
    ).toBe("P2");
    expect(
      ruledLevel("the chatbot stopped replying and SMS messages fail too, for everyone", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("batch 152: a non-native writer's English", () => {
  it("reads all colleagues, and messages to any customer, as everyone", () => {
    expect(read("we cannot use the inbox, all colleagues blocked").scope?.value).toBe("everyone");
    expect(
      ruledLevel("the WhatsApp messages are not arriving to any customer since 8", "cm-connect-engage"),
    ).toBe("P2");
    expect(read("all colleagues in the Ghent office can't log in").scope?.value).not.toBe("everyone");
  });

  it("reads a line out of order as down, and refused messages as failing", () => {
    expect(read("our hotline is out of order since this morning").state?.value).toBe("down");
    expect(ruledLevel("all the SMS messages are refused since yesterday", "cm-connect-engage")).toBe("P2");
  });

  it("reads a spelling error as how it looks, not an error the product throws", () => {
    const text = "there is a spelling error on the settings page, 'Notifcations'";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 153: nothing from the provider works, phones gone, sent without images", () => {
  it("reads nothing from the provider working as everyone's, across the products it names", () => {
    const text = "nothing from you works this morning: no SMS, no calls";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads phones gone as Voice", () => {
    expect(ruledLevel("WhatsApp gone, phones gone, our agents can do nothing", "cm-connect-engage")).toBe(
      "P1",
    );
  });

  it("reads messages sent without their images as a part of them failing", () => {
    const text = "newsletters go out without the pictures for every recipient";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 154: the agents are all locked out", () => {
  it("reads the agents all kicked or locked out as everyone", () => {
    expect(read("our users are all locked out of the portal").scope?.value).toBe("everyone");
    expect(
      ruledLevel("our agents are all logged out of the inbox and can't get back in", "cm-connect-engage"),
    ).toBe("P2");
  });
});

describe("batch 155: the business has stopped, no calls picked up", () => {
  it("reads the business or operations stopped as work that has stopped", () => {
    const text = "every production flow fails since the update, our operations have halted";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });

  it("reads an IVR that picks up no calls as failing for every caller", () => {
    expect(
      ruledLevel("the IVR doesn't pick up any calls, callers hear it ringing", "cm-connect-engage"),
    ).toBe("P2");
  });
});

describe("batch 156: the phone and the chat, a callback late beside calls that work", () => {
  it("reads the phone or the chat named beside another channel as its product", () => {
    expect(ruledLevel("phone and chat both dead, no one in the team can work", "cm-connect-engage")).toBe(
      "P1",
    );
    expect(ruledLevel("chat and phone are down for all of us", "cm-connect-engage")).toBe("P1");
    // one conversation, one handset: not a product
    expect(ruledLevel("the WhatsApp chat fails for every customer", "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel("my phone and laptop can't open the inbox, colleagues are fine", "cm-connect-engage"),
    ).toBe("P4");
  });
});

describe("batch 157: quick replies gone for all agents, no campaign gone out", () => {
  it("reads the inbox's quick replies or canned responses as a feature of it", () => {
    const text = "the quick replies disappeared from the inbox for all agents";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads what is gone for everyone as not working, not what the client is going for", () => {
    expect(read("the canned responses are gone for all agents").state?.value).toBe("broken");
    expect(read("we are going for everyone's favourite option").state).toBeUndefined();
  });

  it("reads no campaign gone out as nothing sent", () => {
    const text = "no email campaign has gone out since Monday, they all stay on 'scheduled'";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 158: logged into the inbox, neither telephone nor WhatsApp, the wrong team, voicemail to email", () => {
  it("reads a product nobody can log into as failing, not as where something lands", () => {
    const text =
      "we have a total failure: the chatbot does not answer and also the agents cannot log into the inbox";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    // where the chats land is not a second product failing
    expect(ruledLevel("WhatsApp messages don't come into the inbox for anyone", "cm-connect-engage")).toBe(
      "P2",
    );
    // a channel's chats are its messages, not the live chat
    expect(ruledLevel("WhatsApp chats don't come into the inbox for anyone", "cm-connect-engage")).toBe("P2");
  });

  it("reads to telephone as Voice", () => {
    const text =
      "at the moment we can neither telephone nor write WhatsApp, all is failing for our whole service team";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads the team things are sent to as where they go, not who is affected", () => {
    expect(read("sms replies go to the wrong agent team since this morning").scope).toBeUndefined();
    expect(read("the support team can't log in").scope?.value).toBe("some");
  });

  it("reads voicemail to email as a feature of Voice", () => {
    const text = "voicemail to email stopped for all numbers";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 160: not technical at all, the chat program", () => {
  it("reads a writer who is not technical at all as who writes, not as nothing working", () => {
    expect(read("Hello, I am not technical at all. Our people say the inbox is slow.").state?.value).not.toBe(
      "down",
    );
  });

  it("reads the chat program, tool or software as Service Cloud", () => {
    const text = "Our people say the phones and the chat program are both not working, for all of them.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 161: what you could send, personalisation, a blocked channel", () => {
  it("reads 'you could send an overview of' as a request", () => {
    const text = "I took over from Anna. She told me you could send an overview of our numbers. Could you?";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads the personalisation of a message as a feature", () => {
    const text = "Our Christmas campaign is running, but the personalised first name is empty in every email";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads a whole channel blocked, banned or suspended as the product out", () => {
    const text =
      "Our whole WhatsApp channel is blocked, Meta says the number is banned, so we can't message any customer";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 162: a look that makes work missed, labels with a full stop, another language, promises", () => {
  it("reads a defect that only looks wrong but makes people miss their work as a small incident", () => {
    const text =
      "the colour of the unread badge changed to grey and some agents miss new chats because of it";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(ruledLevel("the colour of the unread badge changed to grey", "cm-connect-engage")).toBe("P5");
  });

  it("reads a label as one ending at its colon, not a sentence before it", () => {
    const text =
      "Screenshots attached. SMS API: 503. Voice API: 503. Portal: 503. Everything is down for us.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads the product in one language instead of another as a wrong result", () => {
    expect(read("2 of our 50 agents see the inbox in English instead of Dutch").state?.value).toBe("wrong");
  });

  it("reads what was promised, or asked to be shared, as a request", () => {
    expect(
      ruledLevel("Reminder: you promised to send the new price list last week", "cm-connect-engage"),
    ).toBe("P5");
    expect(ruledLevel("Could you share the release notes of last week's update?", "cm-connect-engage")).toBe(
      "P5",
    );
  });
});

describe("batch 163: nothing lands, templates with a PDF, setting up something new", () => {
  it("reads nothing landing or arriving as nothing getting through", () => {
    const text =
      "the whatsapp number of our webshop stopped receiving messages, customers get a double tick but nothing lands anywhere";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads templates with a document attached as one kind of message", () => {
    const text =
      "outbound WhatsApp templates with a PDF attached all fail, templates without a document go out";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads setting something up for a new number as a request", () => {
    expect(
      ruledLevel("please set up call recording for our new number 020 123 4567", "cm-connect-engage"),
    ).toBe("P5");
  });
});

describe("leave-one-batch-out misses: parts named in the inbox, templates with variables, a status for a second", () => {
  it("reads the part a report opens on, wherever it sits ('in the inbox'), as a part", () => {
    expect(
      ruledLevel("the 'snooze' function in the inbox doesn't work for anyone", "cm-connect-engage"),
    ).toBe("P3");
    expect(
      ruledLevel("the agents in the Paris office can't log in, nobody there can work", "cm-connect-engage"),
    ).not.toBe("P4");
  });

  it("reads templates with variables as one kind of message", () => {
    const text = "WhatsApp is fine btw, but the templates with variables fail for all agents";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads a status shown for a second as what it shows, not the service down", () => {
    expect(read("the chat widget shows 'offline' for a second when loading").state?.value).not.toBe("down");
    expect(read("the chat widget is offline for all visitors").state?.value).toBe("down");
  });

  it("reads inbound calls not being connected as none getting through", () => {
    const text =
      "inbound calls to our customer service number are not being connected. Callers hear a continuous tone.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a product that stopped showing customer names, or an unsubscribe link, as a part", () => {
    expect(read("the WhatsApp channel in the inbox stopped showing customer names").partSubject?.value).toBe(
      "feature",
    );
    expect(read("unsubscribe links in our newsletter lead to a 404").partSubject?.value).toBe("feature");
  });
});

describe("batch 164: timeouts on every call, latency, where the client saw it, access asked for", () => {
  it("reads timeouts on every call as failing", () => {
    expect(
      ruledLevel("SIP 408 timeouts on every outbound call via your trunk since 10:02", "cm-connect-engage"),
    ).toBe("P2");
  });

  it("reads latency going up as a slowdown, not a failure", () => {
    const text = "p95 latency of the SMS API went from 200ms to 900ms, everything still goes through";
    expect(read(text).state?.value).toBe("degraded");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    // where the wording of similar reports points one level higher, the client is asked
    const suggested = classifyPriority(text, presetPolicy("cm-connect-engage") as Policy);
    if (suggested.priority !== "P4") expect(suggested.confidence).toBeLessThan(LOW_CONFIDENCE);
  });

  it("reads the portal showing what is wrong as where the client saw it, not a second part down", () => {
    const text = "our entire Voice setup is unreachable, the portal shows all numbers as 'inactive'";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel("Voice is down and the portal won't load either, for all of us", "cm-connect-engage"),
    ).toBe("P1");
  });

  it("reads access asked for someone as a request", () => {
    expect(
      ruledLevel("please give our new supervisor Lotte access to the wallboard", "cm-connect-engage"),
    ).toBe("P5");
  });
});

describe("batch 165: status codes in the plural, an issue that was fixed", () => {
  it("reads '500s' and '5xx' as the status code", () => {
    expect(
      ruledLevel("sms api keeps returning 500s on every call since the deploy", "cm-connect-engage"),
    ).toBe("P2");
    expect(ruledLevel("SMS API and Voice API both 5xx for all requests", "cm-connect-engage")).toBe("P1");
  });

  it("reads an issue that was fixed as nothing failing", () => {
    const text = "thanks for fixing the issue yesterday! one more q: where do I find the call logs?";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 167: one of my agents, no chat, reports after an opening, the telephone, an unsubscribe", () => {
  it("reads one of my agents seeing every notification twice as one person", () => {
    const text = "Honestly, how hard can it be? One of my agents still sees every notification twice.";
    expect(read(text).scope?.value).toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads no chat and the telephone as Service Cloud and Voice", () => {
    expect(ruledLevel("today we have no phones and no chat. Whole company.", "cm-connect-engage")).toBe("P1");
    expect(
      ruledLevel(
        "today nothing is working: not the SMS, not the WhatsApp, not the telephone. Nobody can work.",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads reports after a short opening as a by-product", () => {
    const text = "Enough is enough: delivery reports have been missing for all SMS since Tuesday";
    expect(read(text).partSubject?.value).toBe("by-product");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'stop sending me marketing emails' as an unsubscribe, not a failure", () => {
    const text = "Stop sending me marketing emails about your new features, take me off the list.";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 169: an annoyance that is in the way, other countries that dial fine, a product's own portal", () => {
  it("rates an annoyance as Connect & Engage's P4, an issue that impacts use; one in how something moves as cosmetic", () => {
    const note =
      "Not urgent but annoying: when I forward a conversation to a colleague the note I add is lost";
    expect(read(note).annoyance?.value).toBe("annoyance");
    expect(ruledLevel(note, "cm-connect-engage")).toBe("P4");
    expect(
      ruledLevel("the inbox keeps forgetting my column settings, so annoying", "cm-connect-engage"),
    ).toBe("P4");
    expect(
      ruledLevel("the app's loading animation is a bit choppy on old laptops", "cm-connect-engage"),
    ).toBe("P5");
    // where the contract has a level for issues without a deadline, "no rush" still lowers it
    expect(
      ruledLevel("no rush, the inbox keeps forgetting my column settings, annoying", "managed-helpdesk"),
    ).toBe("P5");
  });

  it("reads other countries that dial fine as parts that still work", () => {
    const text =
      "the outbound calls from the dialler to mobile numbers in France all fail with 'number unavailable'. Other countries dial fine.";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads a product's own portal as that product, not the portal every product runs through", () => {
    const voicePortal =
      'Nobody here is able to log in to the voice portal to listen or take calls, we get "Service unavailable".';
    expect(ruledLevel(voicePortal, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel("Voice is down and the portal won't load either, for all of us", "cm-connect-engage"),
    ).toBe("P1");
    expect(ruledLevel("the SMS and portal are both down for everyone", "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 170: me and my colleagues, an option asked for, the channels of one inbox", () => {
  it("reads 'neither for me nor for my 6 colleagues' as more than one person", () => {
    const text =
      "hi team, marketing cloud is not loading at all, neither for me nor for my 6 colleagues, just spinning.";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("the portal is not loading for me").scope?.value).toBe("one");
  });

  it("reads 'add the option to block a number' as a feature asked for, not a failure", () => {
    const text = "Add the option to block a phone number from calling us please, we have a prank caller";
    expect(read(text).request?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(read("when I add a button to the form it crashes").request).toBeUndefined();
  });

  it("reads the other channels of one inbox that arrive as usual as parts of it that still work", () => {
    const text =
      "The email channel in the inbox has stopped receiving new emails since the weekend, all agents affected. WhatsApp and chat arrive as usual.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    // channels out on their own are each a service: "Viber stopped delivering for all our users, SMS still fine"
    expect(
      ruledLevel(
        "Viber and Apple Messages stopped delivering for all our users, SMS still fine",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 171: a contact centre's work stopped", () => {
  it("reads 'nobody can handle a single conversation' as work stopped, even when it comes and goes", () => {
    const text =
      "Our agents are all logged out of Service Cloud every few seconds, nobody can handle a single conversation.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    // logged out now and then, with work going on, is not an outage
    expect(
      ruledLevel("the inbox logs all agents out every few hours, they log back in", "cm-connect-engage"),
    ).not.toBe("P2");
  });
});

describe("batch 172: reached in no way, the client's own portal, the inbox out beside calls", () => {
  it("reads 'could not reach us in any way' as out of service", () => {
    expect(read("our customers cannot reach us in any way").state?.value).toBe("down");
    const board =
      "This morning our customers could not reach us in any way: the phone lines give an error, the WhatsApp messages are not delivered and the chat on the website does not load.";
    expect(ruledLevel(board, "cm-connect-engage")).toBe("P1");
  });

  it("reads 'our customer portal' as the client's own, not the portal every product runs through", () => {
    const otp =
      "Our SMS two-factor codes are used for logging in to our customer portal. Since 11:00 not one code has been delivered. Our customers can't log in.";
    expect(ruledLevel(otp, "cm-connect-engage")).toBe("P2");
    const both =
      "your Business Messaging API and the customer portal are both failing, nothing gets through and we can't log in to check";
    expect(ruledLevel(both, "cm-connect-engage")).toBe("P1");
  });

  it("reads the inbox out for everyone beside calls that still work as the inbox down, not its channels", () => {
    const text =
      "all 30 agents couldn't get into the inbox. Calls are still working so we're doing what we can by phone.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 173: angry clients and non-native writers", () => {
  it("reads a manager asked for as no one affected", () => {
    const text =
      "WHAT IS GOING ON?!? Your whole system is down, SMS, WhatsApp, portal, NOTHING works. I want a manager on the phone NOW.";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads a verdict on the platform as how the client feels, not every product and every customer down", () => {
    const text =
      "Your platform is useless today: all our agents get 'session expired' the moment they log in to the inbox, nobody is able to answer customers.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("is your platform down? nothing loads").scope?.value).toBe("other customers");
  });

  it("reads many customers as the client's own, unless they are the provider's", () => {
    const text =
      "The chatbot does not recognise the postcode anymore when customers type it with a space. Without a space it works. Many customers type with a space.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("many of your customers are affected, it's on the news").scope?.value).toBe(
      "other customers",
    );
  });

  it("reads a bill queried as a question", () => {
    const text = "Why is my invoice higher this month? Nobody told us about a price change.";
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 174: Celigo, Kissflow, the managed helpdesk", () => {
  it("reads runs shown as 'failed' as what the dashboard shows, not a failure", () => {
    const text = "the flow runs fine but the dashboard shows some successful runs as 'failed'";
    expect(read(text).state?.value).not.toBe("broken");
    expect(ruledLevel(text, "celigo")).toBe("normal");
    expect(read("the nightly flow failed").state?.value).toBe("broken");
  });

  it("reads the spinning logo as what the client sees, not the feature that fails", () => {
    const text = "Kissflow is not loading for anybody in the company since 9am, just the spinning logo.";
    expect(read(text).unit?.value).not.toBe("feature");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("the logo on the login page is missing").unit?.value).toBe("feature");
  });

  it("reads the one person a whole flow of work runs through as business-critical", () => {
    const text = "Outlook won't open on the receptionist's PC and she handles all our incoming mail";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("batch 175: emails with headings, lists, signatures and forwarded reports", () => {
  it("reads a numbered heading as a heading, and out of office hours as one part of the service", () => {
    const text =
      "Problem 1: the chatbot doesn't pass the conversation to our agents outside office hours as it should, it just ends the chat, for every customer at night. Problem 2 will follow in another ticket.";
    expect(read(text).state?.evidence).not.toBe("Problem");
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("we have a problem with the inbox").state?.value).toBe("broken");
  });

  it("reads a status text shown for a second as shown, not out of service; customers lost over a look as an impact", () => {
    const text =
      "FYI the web chat widget shows the 'we're offline' text for a second before switching to online. Cosmetic mostly, but some visitors leave.";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    const cosmetic =
      "the web chat widget shows the 'we're offline' text for a second before switching to online, purely cosmetic";
    expect(ruledLevel(cosmetic, "cm-connect-engage")).toBe("P5");
    expect(read("the web chat is offline for all visitors").state?.value).toBe("down");
  });

  it("reads a language shown other than the one set as a wrong result", () => {
    const text =
      "Hello, small thing, our team lead Joris sees the wallboard in English while his language is set to Dutch. Regards, Marloes";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 176: hedged reports and developers' words", () => {
  it("reads 'without being charged' as a condition asked about, not a failure", () => {
    const text = "Is there a sandbox for the voice API where we can test without being charged?";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads other countries that return the right operator as parts that still work", () => {
    const text =
      "The number lookup API returns 'unknown operator' for all Belgian numbers since yesterday, our routing depends on it. Other countries return the right operator.";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads the opt-in confirmation as one message of a flow, not the channel", () => {
    const text =
      "the opt-in confirmation SMS for new subscribers is not being sent, for none of the new sign-ups since the weekend. Our campaigns to existing subscribers go out fine.";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads an API returning what was closed as a wrong result", () => {
    expect(
      read("GET /conversations?status=open returns conversations that were closed an hour ago").state?.value,
    ).toBe("wrong");
  });

  it("reads one template rejected as one case, not 'not one message came in'", () => {
    expect(read("one WhatsApp template was rejected by Meta and we don't know why").scope?.value).toBe(
      "some cases",
    );
    expect(read("is whatsapp down? not one message came in for the last 2 hours").scope?.value).not.toBe(
      "some cases",
    );
  });
});

describe("batches 177 and 178: hedged reports, executives and formal requests", () => {
  it("reads 'has not answered a single customer in the last half hour' as nobody answered, not some cases", () => {
    const text =
      "We think the chatbot might be down? It has not answered a single customer in the last half hour, on any of our sites.";
    expect(read(text).scope?.value).not.toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("one customer says she never gets our SMS").scope?.value).toBe("some cases");
  });

  it("reads the client's customers named as who a part works with, not other organisations", () => {
    const text =
      "I hope this is easy to fix: since the update, the internal notes in the inbox are no longer saved for anyone. Conversations with customers work as before.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'possibly minor:' as a heading the client downplays with", () => {
    const text =
      "Possibly minor: after the update, the 'reply all' in the email channel also adds our own support address in CC. Agents remove it by hand.";
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads the same thing chosen another way coming out right as a part that works, not a password that is right", () => {
    expect(
      read("the export has every call twice for 'last 7 days'. With 'yesterday' it's correct.").sparedPart,
    ).toBeDefined();
    expect(
      read("no one in the team gets into Marketing Cloud, password is correct").sparedPart,
    ).toBeUndefined();
  });
});

describe("leave-one-batch-out misses: cases counted, a fault that comes and goes, the platform failing us", () => {
  it("reads a few of the messages, a customer who reports it and two of our agents as part of them", () => {
    expect(read("a few of the scheduled SMS went out 5 minutes late").scope?.value).toBe("some cases");
    expect(read("a customer reports she received the same WhatsApp template twice").scope?.value).toBe(
      "some cases",
    );
    expect(read("2 agents can't see the wallboard").scope?.value).toBe("some");
    // not some of the messages: the set reads 1 in 10 sent twice as a breaking issue
    expect(
      read("some of the WhatsApp messages arrive double to the customers, around 10%").scope?.value,
    ).not.toBe("some cases");
  });

  it("never lets the wording raise a wrong result that comes and goes", () => {
    const text = "the auto-reply outside office hours is sent twice once in a while";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads 'your platform fails us again' as about the client, not every product and every customer", () => {
    const text = "your platform fails us again: not one SMS delivered today, every single one rejected";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 179: developers' reports (API, SMPP, webhooks, sandboxes)", () => {
  it("reads zero throughput as nothing passing", () => {
    const text =
      "hey folks, pretty sure your SMPP bind is rejecting us, 'bind failed' on all 4 connections since 09:12, zero throughput";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("no throughput problem, just a question about limits").state).toBeUndefined();
  });

  it("reads what an account shows in the portal as where the client saw it, not the portal failing", () => {
    const text =
      "the WhatsApp Business account linked to our main number shows 'disconnected' in the portal and no message in or out works since 8am.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads messages arriving shortened as a wrong result, not a label cut off on screen", () => {
    const text =
      "The SMS API started truncating messages at 160 characters since this morning. All our texts arrive cut off.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("the agent name in the chat header is cut off").state?.value).toBe("cosmetic");
  });
});

describe("batch 180: operations engineers (gateways, SIP, certificates, DNS)", () => {
  it("reads 'temporarily blocked' as the error's wording, not a stopgap", () => {
    const text =
      "Our WhatsApp Cloud API number was flagged and all sends fail with error 368 'temporarily blocked for policy violations'. No WhatsApp out at all.";
    expect(read(text).workaround?.value).not.toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads breaking changes asked about as a question, not something broken", () => {
    const text =
      "Where can I find the changelog of the Conversations API? We want to follow breaking changes.";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads an extra zero in a number as a wrong result", () => {
    const text =
      "The 'from' number of our outbound calls shows as +31 0 85... (with the extra zero) in your call detail records. Billing seems right.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads what 'does arrive' as a part that still works", () => {
    const text =
      "The 'reply to conversation' endpoint returns 200 but the message never reaches the customer, for all WhatsApp conversations. New conversations started with templates do arrive.";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("nothing does arrive").sparedPart).toBeUndefined();
  });
});

describe("batch 181: Celigo, Kissflow and the managed helpdesk in hedged and technical words", () => {
  it("reads a count of records as a count, not a status code", () => {
    const text =
      "Hmm, the flow run history shows 'success' but 3 of the 500 records were skipped silently. We reran those by hand.";
    expect(read(text).state?.value).not.toBe("down");
    expect(ruledLevel(text, "celigo")).toBe("normal");
    expect(read("the API returns 500 on every call").state?.value).toBe("down");
  });
});

describe("batch 182: Connect & Engage in mixed voices", () => {
  it("reads 'when I try to' as the writer, where nothing says others are affected too", () => {
    const text =
      "When I try to attach a PDF bigger than 10 MB in a chat nothing happens, no error. Smaller files work. Is there a limit?";
    expect(read(text).scope?.value).toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("when I try to log in it fails, and so does everyone on our team").scope?.value).not.toBe(
      "one",
    );
  });
});

describe("batch 183: API calls", () => {
  it("reads API calls as requests, not Voice's calls", () => {
    const text = "Our SMS API calls return 'service unavailable' since 15:40, nothing we send goes out.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("SMS and calls are both down for all of us", "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 184: hedged reports again", () => {
  it("reads the phone customers tell us on, and the inbox messages never reach, as neither failing", () => {
    const text =
      "it looks like none of our inbound WhatsApp messages have reached the inbox since 9:20. Customers tell us by phone they've written.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads the portal test messages were sent through as where they were sent from", () => {
    const text =
      "Our batch SMS jobs all end with status 'failed' since the maintenance window, 0 of 12,000 messages sent. Single test messages via the portal also fail.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'could you check if' as a question, and 'only the first 50' as a wrong result", () => {
    const check = "Could you check if our phone numbers are correctly registered for emergency services?";
    expect(read(check).request?.value).toBe("question");
    expect(ruledLevel(check, "cm-connect-engage")).toBe("P5");
    const first50 =
      "It's a small thing, but the 'mark all as read' in the inbox only marks the first 50 conversations.";
    expect(read(first50).state?.value).toBe("wrong");
    expect(ruledLevel(first50, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 185: developers and operations engineers again", () => {
  it("ranks an issue in a non-production environment, with production named as fine, as a small incident", () => {
    const text =
      "the sandbox SMS endpoint has been returning 500 since this morning, we can't run our integration tests. production isn't affected.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(ruledLevel("our sandbox is down for everyone", "managed-helpdesk")).toBe("P2");
    expect(ruledLevel("the sandbox returns 500 and production is down too", "cm-connect-engage")).not.toBe(
      "P4",
    );
  });

  it("reads 'nothing of yours works' as every product, and a busy tone as Voice", () => {
    expect(ruledLevel("Nothing of yours works for us right now, no idea why.", "cm-connect-engage")).toBe(
      "P1",
    );
    const text =
      "Total outage here: portal won't load, API returns 502, and our inbound numbers give a busy tone. Nothing of yours works for us right now.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads products named 'unaffected' as working", () => {
    const text =
      "Since about 16:30 our contact centre can't make or receive calls at all, the SIP trunk registration keeps failing with 408 timeout. Chat and email are unaffected.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'just a display thing' as cosmetic, and callbacks arriving out of order as a wrong result", () => {
    const display =
      "The 'last seen' column in the contacts list shows times in UTC instead of our local time. Just a display thing.";
    expect(read(display).state?.value).toBe("cosmetic");
    expect(ruledLevel(display, "cm-connect-engage")).toBe("P5");
    const order = "Message status callbacks arrive out of order sometimes (delivered before sent).";
    expect(read(order).state?.value).toBe("wrong");
    expect(read("our hotline is out of order").state?.value).toBe("down");
  });
});

describe("batch 186: hedged reports from Connect & Engage clients", () => {
  it("reads a channel no failing product runs on as another product working", () => {
    const text =
      "Not sure who to contact, but since this morning none of our agents can log in to the Service Cloud inbox, it says 'tenant not found'. The phone still works for us.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    // the fallback channel of the product that fails is still a way around it
    expect(read("RCS messages fail for all Android 12 users, SMS fallback works").workaround?.value).toBe(
      "present",
    );
  });

  it("reads text shown in one language while the template is in another as a wrong result", () => {
    const text =
      "Since Monday our WhatsApp template messages with a button show the button text in English while the template is in Dutch. Every recipient sees it.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'possibly a bug?' as a hedge, and a conversation's history gone as a wrong result", () => {
    const text =
      "Possibly a bug? When an agent transfers a chat to another team, the conversation history is gone for the receiving agent. Happens every time, for all of our teams.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("there is a bug in the export").state?.value).toBe("broken");
  });

  it("reads caller ID not shown as a wrong result, not the calls failing", () => {
    const text =
      "Caller ID is no longer shown on outbound calls for any of our agents, customers see 'unknown number' and don't pick up.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'only get through when someone clicks refresh' as a way around", () => {
    const text =
      "The call queue is broken: calls are never offered to available agents, they only get through after a few minutes when someone clicks 'refresh'. For everyone since noon.";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 187: Celigo, Kissflow and the managed helpdesk, hedged and technical", () => {
  it("reads a failure that recurs for everyone as more than an annoyance, even when the client calls it annoying", () => {
    const text =
      "Our VPN drops every 15 minutes for everyone working from home, they have to reconnect each time. Annoying and it slows everyone down.";
    expect(read(text).annoyance).toBeDefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(
      ruledLevel("Slightly annoying: every time I open a process the filters I set are reset.", "kissflow"),
    ).toBe("low");
  });
});

describe("batch 188: angry and non-native Connect & Engage clients", () => {
  it("reads an inbox that receives nothing as down, a channel's inbox as that channel, and customers feeling ignored as no fault", () => {
    const text =
      "WHY IS NOBODY ANSWERING?? Our WhatsApp inbox receives nothing since 2 hours, customers are complaining on Facebook that we ignore them!!!";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("the error pops up but we just ignore it").state?.value).toBe("wrong");
  });

  it("reads the quick replies as one feature of the inbox", () => {
    const text =
      "Your latest update broke the quick replies in the inbox: none of the saved answers insert anymore, agents must type everything.";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'some of our SMS' as some cases, and 'half of what we did' as no scope", () => {
    expect(read("Some of our SMS to France arrive 10-15 minutes late.").scope?.value).toBe("some cases");
    expect(
      ruledLevel(
        "Some of our SMS to France arrive 10-15 minutes late. Not all, maybe 10%.",
        "cm-connect-engage",
      ),
    ).toBe("P4");
    expect(read("the dashboard shows about half of what we really did").scope).toBeUndefined();
  });

  it("reads 'irritating' as an annoyance", () => {
    const text =
      "Is it normal that the portal is so slow today? Pages take 5-6 seconds. We can work but it is irritating.";
    expect(read(text).annoyance).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 189: Connect & Engage written as emails", () => {
  it("reads the client's customers getting annoyed as them meeting the fault, not the client's annoyance", () => {
    const text =
      "Dear CM, our outbound call campaigns dial each number twice since the update on Monday, for all campaigns. Customers are getting annoyed. Can you investigate?";
    expect(read(text).annoyance).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("the popup keeps coming back, so annoying").annoyance).toBeDefined();
  });

  it("reads a wrong result the client calls 'not a problem really' as a remark", () => {
    const text =
      "FYI - the weekly usage email we get from you has been arriving on Tuesdays instead of Mondays for the last three weeks. Not a problem really, just odd.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    // a small thing is still a small incident
    expect(
      ruledLevel(
        "It's a small thing, but the 'mark all as read' in the inbox only marks the first 50 conversations.",
        "cm-connect-engage",
      ),
    ).toBe("P4");
  });
});

describe("batch 190: Connect & Engage outages and their borders", () => {
  it("reads a wrong result the client calls harmless as a remark", () => {
    const text =
      "When two agents open the same conversation, the 'X is typing' notice shows the wrong agent's name. Confusing, but harmless.";
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("the ways clients say another product works, and that a fault is small", () => {
  it("reads 'operates normally', 'no issues with', 'running as usual' and 'not impacted' as another product working", () => {
    for (const working of [
      "SMS operates normally",
      "no issues with SMS",
      "SMS is running as usual",
      "SMS not impacted",
      "SMS is working normally",
    ])
      expect(ruledLevel(`voice calls fail for everyone, ${working}`, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("voice calls fail for everyone, SMS too", "cm-connect-engage")).toBe("P1");
  });

  it("reads 'nothing serious', 'no biggie', 'not a showstopper', 'doesn't block us' and 'no impact on our work' as minor", () => {
    for (const small of [
      "nothing serious",
      "no biggie",
      "not a showstopper",
      "it doesn't block us",
      "no impact on our work",
    ])
      expect(read(`the export shows the wrong date, ${small}`).criticality?.value).toBe("minor");
    expect(read("the export shows the wrong date, no impact on our work").state?.value).toBe("wrong");
    // a wrong result with no impact is no impact on the product; 'not a big deal' is still a small incident
    expect(ruledLevel("the export shows the wrong date, no impact on our work", "cm-connect-engage")).toBe(
      "P5",
    );
    expect(
      ruledLevel("the agent list isn't sorted alphabetically anymore, not a big deal", "cm-connect-engage"),
    ).toBe("P4");
  });
});

describe("more words for down and for a way around", () => {
  it("reads 'went dark', 'fell over', 'is toast', 'flatlined' and 'went silent' as down", () => {
    for (const down of ["went dark", "fell over", "is toast", "flatlined", "went silent"])
      expect(read(`the SMS gateway ${down} since 9`).state?.value).toBe("down");
    expect(read("he fell over the cable").state).toBeUndefined();
  });

  it("reads switching to another app, a way found around it, and making do as a way around; 'we're stuck' as none", () => {
    for (const around of [
      "we switched to the desktop app",
      "we found a way around it",
      "we can use the mobile app",
      "we're managing with copy paste",
    ])
      expect(read(`the export fails, ${around}`).workaround?.value).toBe("present");
    expect(read("the export fails, we're completely stuck").workaround?.value).toBe("absent");
  });
});

describe("batch 191: Connect & Engage in every voice, 40 messages", () => {
  it("reads 'for all products' as the client's catalogue, and a currency sign missing as a wrong result", () => {
    const text =
      "Since this morning the WhatsApp catalog messages show prices without the currency sign for all products. Customers are asking what currency it is.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(ruledLevel("all your products are down for us", "cm-connect-engage")).toBe("P1");
  });

  it("reads a page named after an update as a part, and 'we can still see them via the API' as a way around", () => {
    const text =
      "After the portal update, the 'opt-out list' page no longer loads for anyone in our team (spinner forever). We can still see opt-outs via the API.";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads calls going straight to a busy tone as failing", () => {
    const text =
      "Inbound calls to our main number go straight to a fast busy tone since 7:45. Every caller. We're an emergency plumbing service, this is our only line.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'when I schedule an SMS' as the client using the scheduler, and 'it is sent correctly' as a part that works", () => {
    const text =
      "Hi, when I schedule an SMS for tomorrow 9:00 it shows in the overview as 8:00. It is sent at 9:00 correctly though.";
    expect(read(text).request).toBeUndefined();
    expect(read(text).state?.value).toBe("wrong");
    expect(read(text).sparedPart).toBeDefined();
    expect(read("please schedule the upgrade for Saturday").request?.value).toBe("scheduled");
  });

  it("reads silent phones as Voice, the work nobody can do as the failing product's, and what the portal says as where it was read", () => {
    expect(
      ruledLevel(
        "Hello, nothing works. Agents can't log in, the phones are silent and WhatsApp doesn't deliver.",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(
      ruledLevel(
        "The Service Cloud agent desktop has been stuck on 'connecting...' for all agents since 09:05. Nobody can handle chats or calls.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    // agents unable to take calls beside the inbox down is two products out
    expect(
      ruledLevel(
        "our whole contact center is offline: agents can't take calls and the inbox won't load",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(
      ruledLevel(
        "Our WhatsApp number was banned by Meta according to your portal, all our WhatsApp traffic is blocked.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 192: messages of a few words", () => {
  it("reads 'not loading' without an auxiliary as the verb, as 'isn't loading' is", () => {
    expect(analyse("images not loading").lemmas).toContain("not ~load");
    expect(analyse("page not opening").lemmas).toContain("not ~open");
    expect(analyse("not anything").lemmas).toContain("not ~anything");
    expect(ruledLevel("whatsapp images not loading in inbox for anyone", "cm-connect-engage")).toBe("P3");
  });

  it("reads an IVR not picking up calls as down", () => {
    expect(read("IVR not picking up calls since 10").state?.value).toBe("down");
    expect(ruledLevel("IVR not picking up calls since 10", "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 193: Celigo and Kissflow, hedged, technical and falsely urgent", () => {
  it("reads notifications for approvals as a feature, and a slow feature as Kissflow's feature-level defect", () => {
    const text =
      "Since yesterday the email notifications for approvals arrive 2-3 hours late. People approve when they check the app.";
    expect(read(text).partSubject?.value).toBe("feature");
    expect(ruledLevel(text, "kissflow")).toBe("medium");
  });
});

describe("batch 194: non-native writers of Connect & Engage", () => {
  it("reads 'the second time it works' as a way around that comes and goes", () => {
    const text =
      "When I want to make a new campaign the page give an error the first time, the second time it works.";
    expect(read(text).workaround?.value).toBe("present");
    expect(read(text).intermittent).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads 'I have question about the invoice' as a question, and 'I don't understand' as no fault", () => {
    const text =
      "I have question about the invoice of November, there is a cost for WhatsApp I don't understand.";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(read("the chatbot does not understand any question").state?.value).toBe("broken");
  });

  it("reads the automatic reply when closed as one feature, and calls to one of our numbers failing as a part of Voice", () => {
    const reply =
      "The automatic reply when we are closed is not sent anymore since the summer time, for all channels. Customers think we ignore them.";
    expect(read(reply).partSubject?.value).toBe("feature");
    expect(ruledLevel(reply, "cm-connect-engage")).toBe("P3");
    // a number out is a part of Voice failing, as the 0800 number failing while the others work is
    expect(
      ruledLevel("Inbound calls to one of our numbers fail, the other numbers are fine", "cm-connect-engage"),
    ).toBe("P3");
  });
});

describe("batch 196: developers of Connect & Engage again", () => {
  it("reads 'our click-to-call feature' as the client's product the failure stops, not a part of ours", () => {
    const text =
      "POST /v1/voice/calls returns 500 'internal error' for every outbound call we try to set up since 12:20. Our click-to-call feature is dead for all our customers.";
    expect(read(text).partSubject).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a timestamp an hour in the future, an error without detail and a prompt in another language's voice as wrong results", () => {
    expect(read("the 'receivedAt' timestamp is one hour in the future for all messages").state?.value).toBe(
      "wrong",
    );
    expect(read("the error message says 'Bad request' without any detail").state?.value).toBe("wrong");
    const voice =
      "The voice API's text-to-speech reads Dutch prompts with an English voice since the update, for all our IVR flows. Callers can hardly understand it.";
    expect(read(voice).state?.value).toBe("wrong");
    expect(ruledLevel(voice, "cm-connect-engage")).toBe("P3");
  });

  it("reads traffic at zero as down, and what 'worked yesterday' as no part that works now", () => {
    const zero =
      "We see TLS handshake failures to both sms.gateway and sip.gateway from all our regions since 02:15 UTC. SMS and voice traffic are both at zero.";
    expect(read(zero).state?.value).toBe("down");
    expect(ruledLevel(zero, "cm-connect-engage")).toBe("P1");
    const yesterday =
      "Every WhatsApp send via the API fails with 'template not found' since 11:00, including templates that are approved and worked yesterday. Nothing goes out on WhatsApp.";
    expect(read(yesterday).sparedPart).toBeUndefined();
    expect(ruledLevel(yesterday, "cm-connect-engage")).toBe("P2");
    expect(read("conversations with customers work as before").sparedPart).toBeDefined();
  });

  it("reads documentation not updated as how the docs read", () => {
    const text =
      "The changelog page hasn't been updated since September. Is there another place to see API changes?";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 197: operations engineers of Connect & Engage", () => {
  it("reads 'one of our two SIP trunks' as one of several, and a trunk that carries all traffic fine as a part that works", () => {
    const text =
      "One of our two SIP trunks (the backup one) fails to register since the weekend. The primary trunk carries all traffic fine.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(
      read("Our health check returns 503 now and then. Traffic itself is not affected.").sparedPart,
    ).toBeDefined();
  });
});

describe("batch 198: Connect & Engage clients in their own words", () => {
  it("reads the client's customer service as their team, not every product, and where a status was seen as no failing part", () => {
    const text =
      "hey, our whatsapp number went from connected to 'disconnected' in the portal an hour ago and since then no message comes in or out. we run all our customer service on it";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("all your services are down for us, nothing works", "cm-connect-engage")).toBe("P1");
  });

  it("reads 'this number is not in use' as a line that is gone", () => {
    const text =
      "Hello support, our customers tell us they can't reach us by phone since 14:00, they hear a message 'this number is not in use'. All our 0800 numbers. We have no idea why.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("does not take what a status page claims for a part that still works", () => {
    const text =
      "Your status page says everything is fine but for us nothing works: calls drop after a few seconds, SMS are not delivered and the inbox won't load. We are a hospital, patients can't reach us.";
    expect(read(text).sparedPart).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("the campaigns to the UK all fail, other countries go out").sparedPart).toBeDefined();
  });
});

describe("batch 199: developers integrating Connect & Engage", () => {
  it("reads half of what is sent coming out wrong as a breaking issue within the product", () => {
    const text =
      "Messages with more than 160 characters are being cut off instead of sent as concatenated SMS since the update. Short messages are fine, but about half our notifications are longer.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(ruledLevel("a couple of our SMS arrived cut off", "cm-connect-engage")).toBe("P4");
  });

  it("reads failing on the first try as now and then, not out for everyone", () => {
    const text =
      "OTP messages via the verify API arrive after 3 to 5 minutes instead of seconds since this morning. The codes expire after 2 minutes, so most of our users can't log in on the first try and have to ask for a new code.";
    expect(read(text).intermittent).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'it works, just an extra round trip' as an annoyance, and a local patch as a way around", () => {
    const text =
      "The 'next' link in paginated responses of the contacts API uses http instead of https, so our client follows a redirect for every page. It works, just an extra round trip.";
    expect(read(text).annoyance).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("our generated client crashes on it. We patched the spec locally.").workaround?.value).toBe(
      "present",
    );
  });
});

describe("batch 200: contact-centre and marketing clients of Connect & Engage", () => {
  it("reads 'the phones dont work and the chat also not' as two products down", () => {
    const text =
      "help!!! the phones dont work and the chat also not, all colleagues have the same. we are a energy company and today is the storm, customers call about power cuts and can not reach us";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(ruledLevel("the phones are not working for anyone in the office", "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 201: the managed helpdesk, Kissflow and Celigo in their clients' words", () => {
  it("reads liking the old layout better as asking for a change, not a defect", () => {
    const text =
      "The new dashboard layout puts the 'my tasks' widget at the bottom, we liked it on top. Can we move it back?";
    expect(read(text).request?.value).toBe("feature");
    expect(ruledLevel(text, "kissflow")).toBe("low");
    expect(read("we like the new inbox, but the search is broken").request).toBeUndefined();
  });
});

describe("batch 202: network engineers and developers of Connect & Engage", () => {
  it("reads a connection dropped every few seconds as no time to work in between, not now and then", () => {
    const text =
      "Our SMPP binds keep getting dropped every few seconds since 06:00 and we can't keep a session open long enough to submit. Effectively zero SMS throughput for us.";
    expect(read(text).intermittent).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("the VPN disconnects every 15 minutes for me").intermittent).toBeDefined();
  });
});

describe("batch 203: small businesses writing to Connect & Engage", () => {
  it("reads 'the phone doesn't work, the WhatsApp doesn't work' as two products down", () => {
    const text =
      "Everything is down!!! The phone doesn't work, the WhatsApp doesn't work, the mail doesn't come in. What is going on at CM? All our stores are calling us.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads 'only a few per week' as now and then, and 'it's not nice' as an annoyance", () => {
    const few =
      "hi, the 'mark as spam' button in the email channel does nothing. we just close those emails instead. only a few per week";
    expect(read(few).intermittent).toBeDefined();
    expect(ruledLevel(few, "cm-connect-engage")).toBe("P4");
    const notNice =
      "Hello, the chat widget on our site covers the 'accept cookies' banner on mobile. Visitors can scroll to click it but it's not nice.";
    expect(read(notNice).annoyance).toBeDefined();
    expect(ruledLevel(notNice, "cm-connect-engage")).toBe("P4");
  });

  it("reads 'please send us a reminder' as a service request, not sending that fails", () => {
    const text = "please send us a reminder two weeks before each maintenance window";
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(read("please send the sms to all our customers, it fails").request).toBeUndefined();
  });
});

describe("batch 204: Connect & Engage clients who count", () => {
  it("reads '45 of our 50 agents' and '90% of our calls' as most, '3 of our 50 agents' as some", () => {
    const most =
      "45 of our 50 agents can't log in to the softphone since 8:00, only the 5 with the old version can. We're a helpdesk and the queue is at 80 callers.";
    expect(read(most).scope?.value).toBe("most");
    expect(ruledLevel(most, "cm-connect-engage")).toBe("P2");
    expect(read("3 of our 50 agents don't see the 'transfer' button").scope?.value).not.toBe("most");
    const site =
      "Our contact centre in Manila (120 agents) can't connect to the agent desktop since 02:00 UTC: 'connection timed out'. Our European site (15 agents) works. Manila handles 90% of our calls.";
    expect(read(site).scope?.value).toBe("most");
    expect(ruledLevel(site, "cm-connect-engage")).toBe("P2");
  });

  it("does not count the channel that makes a failure matter as a second product failing", () => {
    const text =
      "Since 15:20 our chatbot answers every customer with 'An error has occurred'. It's the only way customers reach us via WhatsApp, all conversations are stuck there.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'still 2-3 messages per day not delivered' as now and then", () => {
    const text =
      "Re: SMS delivery to Lebara. Still 2-3 messages per day not delivered to Lebara numbers, other networks fine. Not urgent but please keep looking.";
    expect(read(text).intermittent).toBeDefined();
  });
});

describe("batch 205: the line between a small incident and a breaking issue at Connect & Engage", () => {
  it("reads 'it's just that wait' as an annoyance and English leftovers in a translation as how it reads", () => {
    const wait =
      "Call recordings in the portal play with a 2 second delay before the audio starts. Everything is recorded, it's just that wait.";
    expect(read(wait).annoyance).toBeDefined();
    expect(ruledLevel(wait, "cm-connect-engage")).toBe("P4");
    const leftovers =
      "The Dutch translation of the agent desktop has a few English leftovers since the update ('Snooze', 'Wrap up'). Agents understand it.";
    expect(read(leftovers).state?.value).toBe("cosmetic");
    expect(ruledLevel(leftovers, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'we'd like the option to' as a feature request", () => {
    const text = "We'd like the option to export the wallboard figures to Excel every hour. Is that planned?";
    expect(read(text).request?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 206: the managed helpdesk, Kissflow and Celigo, once more", () => {
  it("reads 'the whole sales team gets errors' as one team, and 'others in the company' as the rest", () => {
    const text =
      "The whole sales team gets 'mailbox full' errors and can't receive new emails since this morning. Others in the company receive fine.";
    expect(read(text).scope?.value).toBe("some");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads 'what is the best way to ...?' as asking how, whatever the context says is blocked", () => {
    const text =
      "What is the best way to send a big file (3 GB) to a client? WeTransfer is blocked on our network.";
    expect(read(text).asking?.value).toBe("how-to");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
  });

  it("reads 'so nobody notices' as the client saying it hardly matters, not as nobody affected", () => {
    const text =
      "The customer sync takes 2 hours instead of 20 minutes since the last release. It finishes overnight so nobody notices, but we'd like to know why.";
    expect(read(text).scope).toBeUndefined();
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "celigo")).toBe("normal");
  });
});

describe("batch 207: formal reports to Connect & Engage", () => {
  it("reads 'all our service numbers' as numbers, not every product", () => {
    const text =
      "Dear Sir/Madam, we hereby report a disruption of the Voice service. Since 08:12 CET, inbound calls to all our service numbers are rejected with a 'network busy' tone. This affects our entire customer contact centre. Kindly treat this with the highest priority.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("does not read the team a message is addressed to as the people affected", () => {
    const text =
      "To the CM incident team: at 09:30 we lost Business Messaging (SMS and WhatsApp) and, minutes later, Voice. Our operations are at a standstill across all business units. We request an immediate call with your duty manager.";
    expect(read(text).scope?.value).not.toBe("some");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("the sales team can't log in").scope?.value).toBe("some");
  });

  it("reads 'no incoming emails have been imported' as nothing coming in", () => {
    const text =
      "Our entire email channel in Service Cloud has stopped: no incoming emails have been imported since 06:00 and outgoing replies remain in the outbox. Our 40 email agents cannot serve any customer.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 208: Connect & Engage clients asking", () => {
  it("does not read 'nothing in your status page' as other customers hit", () => {
    const text =
      "Is something wrong with Voice? Since 14:10 every inbound call drops after 2 seconds, for all our numbers. Nothing in your status page.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("your status page shows an incident for SMS too").scope?.value).toBe("other customers");
  });

  it("reads no delivery reports at all as a part of the product, beside the messages that go out", () => {
    const text =
      "Does the webhook for delivery reports have a problem? Since Sunday we get no delivery reports at all for WhatsApp, SMS reports still come. Our order system waits for them to mark messages as sent.";
    expect(read(text).partSubject).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 209: the managed helpdesk, Kissflow and Celigo in their clients' words, again", () => {
  it("reads a colour too light to see well as how it looks", () => {
    const text = "The green of the 'approve' button is very light on some monitors, hard to see.";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "kissflow")).toBe("low");
  });
});

describe("batch 210: short Connect & Engage messages", () => {
  it("does not read customers not recognising the caller as the service not working", () => {
    const text = "all outbound calls show wrong caller id since this morning, customers dont recognise us";
    expect(read(text).state?.value).not.toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("the IVR does not recognise what callers say").state?.value).toBe("broken");
  });

  it("reads 'plz reset 2FA for ...' as a service request, whose own word 'reset' is no failure", () => {
    const text = "plz reset 2FA for user mark@dewit.nl, he lost his phone";
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 211: developers integrating Connect & Engage, again", () => {
  it("reads an error in the docs' example as what the docs say, not the product failing", () => {
    const text =
      "The API docs example for sending an RCS card has a JSON syntax error (trailing comma). Took us a while to figure out.";
    expect(read(text).state?.value).toBe("wrong");
    expect(["P4", "P5"]).toContain(ruledLevel(text, "cm-connect-engage"));
    expect(read("the API returns a syntax error for every request").state?.value).toBe("broken");
  });
});

describe("batch 212: Connect & Engage clients in several languages and moods", () => {
  it("does not count the provider's own support line as the client's Voice failing", () => {
    const text =
      "This is a disaster. Our WhatsApp channel has been offline for 3 hours, no messages in or out, and your support line keeps us on hold. We serve 10,000 customers a day on WhatsApp.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("our support line and WhatsApp are both down for everyone", "cm-connect-engage")).toBe(
      "P1",
    );
  });

  it("reads 'all customers who chose English' as those of one kind, not everyone", () => {
    const text =
      "Sorry to bother again, but the transfer from the chatbot to a human agent fails for all customers who chose 'English' in the bot. Dutch customers get transferred fine.";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("it fails for all customers since 10").scope?.value).toBe("everyone");
  });

  it("reads 'not one has gone out' as nothing going out", () => {
    const text =
      "We're losing money every minute: our webshop's order confirmations by SMS fail completely since 11:20 with 'unknown error', not one has gone out.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 213: one product or several at Connect & Engage", () => {
  it("reads 'about 40% of all chats' as a share, not every chat failing", () => {
    const text =
      "Since yesterday, the chatbot doesn't recognise order numbers anymore, so customers asking 'where is my order' all get 'I don't understand'. Other questions are answered fine. Order questions are about 40% of all chats.";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'Is that supported?' after a wish as a question", () => {
    const text = "We would like to use our own SIP trunk with your Voice service. Is that supported?";
    expect(read(text).request?.value).toBe("question");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 214: Connect & Engage clients on the parts of their desk", () => {
  it("reads 'nobody can answer chats or WhatsApp' as the agents' work, not a second product failing", () => {
    const text =
      "The agent inbox is stuck in a login loop for every agent since 10:30: they log in, the page reloads and they're back at the login. Nobody can answer chats or WhatsApp.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'callers don't seem to mind' as the client saying it hardly matters", () => {
    const text =
      "The hold music restarts from the beginning every time a caller is moved to another queue. Callers don't seem to mind.";
    expect(read(text).criticality?.value).toBe("minor");
    expect(["P4", "P5"]).toContain(ruledLevel(text, "cm-connect-engage"));
  });
});

describe("batch 215: a partner reporting for the clients it manages at Connect & Engage", () => {
  it("reads the web chat as a product of its own beside SMS and WhatsApp", () => {
    const text =
      "Urgent: SMS, WhatsApp and the web chat all stopped for our clients at the same time, about 15 minutes ago. None of the accounts can send or receive anything.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 216: a contact-centre shift lead at Connect & Engage", () => {
  it("reads 'chat is working' and 'phones are ok' as another product working, not part of the failing one", () => {
    const calls =
      "shift lead here. since 7:55 not a single call comes in on our lines, callers hear silence then it drops. 25 agents sitting idle. chat is working";
    expect(ruledLevel(calls, "cm-connect-engage")).toBe("P2");
    const chats =
      "every inbound chat from the website fails to reach the agents since 10:00, visitors see 'no agents available' although 12 of us are online. phones are ok";
    expect(ruledLevel(chats, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'started 06:30 with the early shift, still going' as when it began and that it goes on", () => {
    const text =
      "Total outage on our side: agents can't log in to the inbox, calls aren't routed and WhatsApp messages don't arrive. Started 06:30 with the early shift, still going.";
    expect(read(text).workaround?.value).not.toBe("present");
    expect(read(text).scope?.value).not.toBe("some");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads a number shown as 'anonymous' as a wrong result, not calls failing", () => {
    const text =
      "Outbound calls show our number as 'anonymous' since yesterday for all agents. Calls connect, but a lot of customers don't pick up anonymous calls.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 217: the managed helpdesk, Kissflow and Celigo", () => {
  it("reads a few records failing, fixed by hand, as Celigo's normal", () => {
    const text =
      "A few customer records fail to sync to Salesforce each day because of a missing state code. We fix those by hand.";
    expect(ruledLevel(text, "celigo")).toBe("normal");
  });

  it("reads the office's internet down for everyone as an isolated outage, not a global one", () => {
    const text =
      "The internet is down in our office, no websites load on any PC and the cloud apps are unreachable. Everyone is stuck.";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });
});

describe("batch 218: a marketer's campaigns at Connect & Engage", () => {
  it("reads a help article linking to a screenshot that no longer exists as the docs, not the product failing", () => {
    const text = "FYI the help article on importing contacts links to a screenshot that no longer exists.";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'URGENT!!!' over a wrong preview text as the small issue it describes", () => {
    const text =
      "URGENT!!! the preview text of our newsletter shows the first line of the footer instead of the teaser. mails go out fine otherwise";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 219: the issue's own kinds of wording, at Connect & Engage", () => {
  it("reads 'no other way for us to answer chats' as no workaround, not as a way around", () => {
    const text = "nobody can get into the agent inbox. no other way for us to answer chats";
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'anyone in our team can still log in' as nobody blocked", () => {
    const text =
      "anyone in our team can still log in and work, just wondering why the login page says 'beta' at the top?";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 220: long e-mail-style reports at Connect & Engage", () => {
  it("ends a sentence at 'comes in.', so the negation before it does not run on into the next", () => {
    const text =
      "Hi, since the update yesterday our agents can't see the customer's previous chats when a new chat comes in. They can still chat with the customer but have no history, so they ask everything again. This affects the whole team. Kind regards, Rob";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads agents who can help the callers a voicebot no longer understands as a workaround", () => {
    const text =
      "Dear CM support, Our voicebot is not understanding postcodes anymore since yesterday; every caller who says their postcode is asked to repeat it three times and then transferred to an agent. The agents can help them, but our queues are twice as long as usual. Regards, Contact Centre Management";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 221: e-mail-style reports for every preset", () => {
  it("reads 'everything else works' beside every product failing as the client's own systems", () => {
    const text =
      "Dear CM, since 16:20 we cannot reach any of your services. The API returns timeouts for SMS and Voice, and the portal and inbox do not load. This is affecting all our operations. We have checked our own network and everything else works. Please call me asap. Best regards, Jan-Willem, CTO";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads 'after every login' as how often, and 'two of our agents' as who", () => {
    const text =
      "Dear CM, the language setting of the agent interface resets to English after every login for two of our agents. They switch it back to Dutch each time. Kind regards, Team Lead";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads 'could you tell me whether' as a question, whatever date follows", () => {
    const text =
      "Hello, could you tell me whether we have licences left for Adobe Acrobat? A new colleague starts next week. Thank you, HR";
    expect(read(text).request?.value).toBe("question");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
  });

  it("reads 'not urgent at all, just something we noticed' over a wrong result as a remark", () => {
    const text =
      "Hi team, when I print a completed form to PDF, the page numbers are missing at the bottom. Not urgent at all, just something we noticed. Thanks, Sophie";
    expect(ruledLevel(text, "kissflow")).toBe("low");
  });

  it("keeps a Kissflow feature worked around by hand at medium, whatever its words", () => {
    const text =
      "Dear Kissflow support, in our purchase order process the approval step for amounts above €10,000 is skipped since yesterday, so those orders go straight to the finance team. Smaller orders are routed correctly. Finance is checking the large ones by hand for now. Regards, Procurement";
    expect(ruledLevel(text, "kissflow")).toBe("medium");
  });

  it("reads 'no orders are being transferred' as the integration stopped, and a warehouse idle as work stopped", () => {
    const text =
      "Dear Celigo support, our order integration between Shopify and NetSuite has stopped completely since 02:00 tonight. No orders are being transferred and we cannot process them manually because of the volume (thousands per day). Our warehouse is idle. Please treat as urgent. Regards, E-commerce Manager";
    expect(read(text).partSubject).toBeUndefined();
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });
});

describe("batch 222: e-mail-style reports for every preset, again", () => {
  it("reads 'could you have a look' as asking for a look, not for a feature", () => {
    const text =
      "Hello, when I open Excel I get a message about a missing add-in every time. I click it away and Excel works. Could you have a look when convenient? Thanks, Hanna";
    expect(read(text).request).toBeUndefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
  });

  it("reads 'the phone lines are running' as Voice working beside the bot that fails", () => {
    const text =
      "Hello, the Conversational AI bot on our website has stopped answering any question since 11:40, it just shows three dots forever. All our website visitors are affected. The phone lines are running. Kind regards, Digital Team";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a Kissflow report failing while 'the board itself works' as a feature, not the module", () => {
    const text =
      "Hi, the report on our vendor onboarding board no longer shows items created after 1 December. Older items are there and the board itself works. We use the report for a weekly meeting. Thanks, Procurement";
    expect(ruledLevel(text, "kissflow")).toBe("medium");
  });
});

describe("batch 223: reports filled in like a form at Connect & Engage", () => {
  it("reads 'Issue:' as a heading and 'Workaround: none' as no workaround", () => {
    const text =
      "Issue: inbound calls not reaching agents. Impact: all callers to our service numbers get disconnected after the IVR. Started: 09:12. Workaround: none. Other channels: chat and WhatsApp OK.";
    expect(read(text).state?.evidence).not.toBe("Issue");
    expect(read(text).workaround?.value).toBe("absent");
  });

  it("reads 'Impact: none on customers' as the client saying it does not matter, not as nobody", () => {
    const text =
      "Issue: the CSAT score in the weekly report differs from the one in the dashboard (4.2 vs 4.3). Impact: none on customers, only our reporting.";
    expect(read(text).scope).toBeUndefined();
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads a terse 'Desktop and Android fine' as the rest still working", () => {
    const text =
      "Issue: chat widget not loading on iOS Safari since the widget update. Desktop and Android fine. Impact: about 35% of our website visitors are on iPhones and cannot start a chat.";
    expect(read(text).sparedPart).toBeDefined();
    expect(level(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 224: Kissflow and the managed helpdesk, written like e-mails", () => {
  it("reads 'the processes themselves run fine' as another part working, not as a workaround", () => {
    const text =
      "Hello, the whole Analytics module shows no data since this morning, every report and dashboard is empty for all users. The processes themselves run fine. Management uses these dashboards daily. Regards, BI Team";
    expect(read(text).workaround).toBeUndefined();
    expect(ruledLevel(text, "kissflow")).toBe("high");
  });

  it("reads 'Bug:' opening a report as a heading, not as something failing", () => {
    expect(
      read("Bug: the date picker in forms starts the week on Sunday instead of Monday").state,
    ).toBeUndefined();
  });
});

describe("batch 225: angry and sarcastic clients at Connect & Engage", () => {
  it("reads 'log in again and it works, but it's annoying' as an annoyance worked around", () => {
    const text =
      "Annoyed: the inbox logs me out when I switch tabs for more than 10 minutes. Log in again and it works, but it's annoying for all of us.";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads outdated documentation as the docs, not the product failing", () => {
    const text =
      "FYI and a little rant: your documentation for the Conversations API is outdated, the examples use the old endpoint. We figured it out.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'can you speed it up?' as a request", () => {
    const text =
      "Honestly, why does the WhatsApp template approval take so long? We submitted one four days ago. Can you speed it up?";
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads customers calling the stores instead as what the outage costs, not a workaround", () => {
    const text =
      "Total chaos. All our channels with CM are down at the same time: phones, chat, WhatsApp, and the bot. Customers are calling our stores instead.";
    expect(read(text).workaround).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 226: engineers quoting their monitoring at Connect & Engage", () => {
  it("reads 'everything still gets sent, just slower' as the client calling a slowdown small", () => {
    const text =
      "Median latency of the SMS API went from 120 ms to 900 ms since this morning. Everything still gets sent, just slower.";
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("keeps a late result the client calls small where the rules put it, whatever its words", () => {
    const text =
      "Webhook delivery for inbound SMS is delayed by 2-3 minutes since yesterday according to our logs. Messages all arrive, our auto-replies are just a bit late.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads an account 'restricted' as out of service", () => {
    const text =
      "Critical: WhatsApp Business API returns 'account restricted' for all our numbers since 09:30.";
    expect(read(text).state?.value).toBe("down");
  });
});

describe("batch 227: developers on the APIs of Connect & Engage", () => {
  it("reads 'calls still get answered there' beside Voice's IVR failing as the same channel still working", () => {
    const text =
      "Our Voice API IVR flows fail at the 'gather digits' step for every caller since last night; callers hear the menu but pressing a key does nothing and they end in the default queue. Calls still get answered there.";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'Everything works, it just clutters the logs' as nothing failing, said as small", () => {
    const text =
      "Since the SDK update, our Node client logs a deprecation warning on every send. Everything works, it just clutters the logs.";
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads API messages in the wrong language as a wrong result", () => {
    const text =
      "Error messages from the SMS API are in Dutch since yesterday instead of English. The codes are the same, so our handling works.";
    // The level is the wording layer's call (P4 in the set); the reading is the rules'.
    expect(read(text).state?.value).toBe("wrong");
  });
});

describe("batch 228: e-mail-style reports for every preset, a third time", () => {
  it("reads 'where nobody speaks English' as who speaks a language, not everyone blocked", () => {
    const text =
      "Dear CM, since this morning callers who choose 'English' in our IVR are connected to the Dutch queue, where nobody speaks English well. Dutch callers are routed correctly. About 20% of our callers choose English. Kind regards, Service Manager";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(level(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'none of our employees can open Kissflow' as the whole system, whatever is listed after it", () => {
    const text =
      "Dear Kissflow, since 9:00 none of our employees can open Kissflow: we get 'Error 503 service unavailable' on every page. All our workflows are stopped. Please help. Regards, IT";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
  });
});

describe("batch 229: polite clients who understate at Connect & Engage", () => {
  it("reads 'nobody can help customers by chat or WhatsApp' as the agents' work, not a second product failing", () => {
    const text =
      "I'm afraid the inbox has been unusable for all our agents since 13:00 — every conversation opens as a blank screen. Nobody can help customers by chat or WhatsApp right now. Telephone support is running.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'it doesn't hinder anyone' as the client saying it is small", () => {
    const text =
      "Small question: some of our agents see the customer's name in capitals and others don't. Is this a setting? It doesn't hinder anyone.";
    expect(read(text).criticality?.value).toBe("minor");
    // no one held up, not everyone affected: "a minor bug or issue that does not impact the product" (P5)
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'it would be lovely if' as a feature request", () => {
    const text =
      "Quick thought: it would be lovely if agents could see the caller's waiting time before picking up.";
    expect(read(text).request?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 230: hotels and restaurants at Connect & Engage", () => {
  it("reads 'WhatsApp is fine' beside an SMS blackout as another channel working, though the clause failing names none", () => {
    const text =
      "Total SMS blackout for us: not one confirmation or reminder has gone out since 9:00, all stuck at 'pending'. We send 2,000 a day. WhatsApp is fine.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'for every date in December' as when, not who", () => {
    const text =
      "The bot's availability check is broken since this morning: it says 'fully booked' for every date in December, which isn't true. Guests who call us can still book. December is our busiest month.";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 231: developers on the APIs of Connect & Engage, again", () => {
  it("reads 'Voice API calls succeed' as Voice working beside SMS failing", () => {
    const text =
      "Our backend logs show every POST to /v1.0/message failing with 403 'invalid token' since 10:12, though the token hasn't changed. No SMS leave our platform. Voice API calls succeed with the same account.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads the bot 'in WhatsApp' and agents 'taking over chats' as where the bot runs and the agents' work", () => {
    const text =
      "Since 14:25 the Conversational AI endpoint times out for every request, so the bot on our site and in WhatsApp answers nobody. Agents are taking over as many chats as they can but most visitors leave.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads special characters mangled as a wrong result, and 'every such call' as which calls", () => {
    const mangled =
      "The inbound SMS webhook sends us the message text with special characters mangled since yesterday ('Ã©' instead of 'é'), for every message. We receive them, but our bot can't read French and German replies. Most of our customers write in Dutch without accents.";
    expect(read(mangled).state?.value).toBe("wrong");
    expect(ruledLevel(mangled, "cm-connect-engage")).toBe("P3");
    const recordings =
      "Since yesterday the Voice API drops the call recording for calls longer than 30 minutes, for every such call. Shorter calls are recorded. We need recordings of long calls for compliance.";
    expect(read(recordings).scope?.value).not.toBe("everyone");
    expect(ruledLevel(recordings, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'about 0.2% of requests' as a few cases", () => {
    const text =
      "Our load test showed occasional 502s from the SMS API above 80 requests per second, about 0.2% of requests. Under normal load we never see them.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 232: administrators of integrations, servers and Kissflow", () => {
  it("reads a disk filling up with nothing failing yet as a small issue, not an outage", () => {
    const text =
      "Our monitoring shows the server's disk at 85%. Nothing is failing yet. Could you clean it up this week?";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
  });

  it("reads every run of the production order flow failing with no way to re-key as urgent", () => {
    const text =
      "Our production order flow (Shopify > NetSuite) has errored on 100% of runs since 01:30 with 'NetSuite login failed'. Nothing is importing, 3,000 orders queued, and re-keying is impossible. Warehouse starts at 7.";
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });
});

describe("batch 233: the line between one product down and several at Connect & Engage", () => {
  it("reads the inbox and the phones both down as several products, and the bot alone beside them as one", () => {
    expect(
      ruledLevel(
        "Our contact centre is dark: the agent inbox won't load and the phones don't ring. Both since 10:40, for all 70 agents.",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(
      ruledLevel(
        "The chatbot has stopped responding to every visitor since 16:20; our live chat agents and phones are fine.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });

  it("reads the SMS API down beside the Voice API and the portal working as one product down", () => {
    const text =
      "Our SMS API calls all return 500 since 02:10, nothing is sent. Voice API and the portal work.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 234: short messages for every preset", () => {
  it("reads the shortest reports by their few words", () => {
    expect(ruledLevel("whatsapp down for us, all numbers", "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("new hire monday, pls set up laptop", "managed-helpdesk")).toBe("P6");
    expect(ruledLevel("sandbox flow erroring", "celigo")).toBe("low");
  });
});

describe("batch 235: administrators, monitoring and developers", () => {
  it("reads the webshop overselling while an inventory flow fails as a critical process blocked", () => {
    const text =
      "Our monitoring paged us: every run of the NetSuite to Shopify inventory flow fails since 04:00 with 'connection reset'. Stock levels on the webshop are frozen and we're overselling. No workaround.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });

  it("reads a mismatch between the published spec and the API as the docs, nothing failing", () => {
    const text =
      "The OpenAPI spec you publish for the messaging API has 'channel' as required, but the API accepts requests without it. Just a docs mismatch, our code works.";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads an administrator's sign-in cut off for every agent as the product down, and adding an administrator as a request", () => {
    expect(
      ruledLevel(
        "Admin here. Since the SSO certificate on your side changed at 07:00, none of our 140 agents can sign in to the Service Cloud; local accounts are disabled by policy. Chat and email queues are piling up.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(
      ruledLevel(
        "Please add our new colleague Tom (tom@bakkerij-jansen.nl) as an admin on our account.",
        "cm-connect-engage",
      ),
    ).toBe("P5");
  });
});

describe("batch 236: clients writing English as a second language", () => {
  it("reads a slowdown that stops everyone's work as the product unusable where the levels count who can use it", () => {
    const text =
      "Our complete Service Cloud is very very slow since 9:00, every click takes more than a minute, agents can not help the customers. All 35 agents have this.";
    const suggestion = classifyPriority(text, presetPolicy("cm-connect-engage") as Policy);
    expect(suggestion.priority).toBe("P2");
    expect(suggestion.reasons).toContain("so slow that nobody can work with it");
    // Celigo's high is "severely degraded but still operational", whatever stops
    expect(
      ruledLevel(
        "The integrator.io UI is extremely slow for all our users since this morning, every page takes more than a minute, nobody can work like this.",
        "celigo",
      ),
    ).toBe("high");
  });

  it("reads a wrong translation quoting 'Close down' as how it reads, not the service down", () => {
    const text =
      "Hi, in the inbox the translation of the button 'Afsluiten' is wrong, it says 'Close down'. Can you fix it? Small thing.";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads confirming a subscription's cancellation as a request", () => {
    const text =
      "Dear Sir/Madam, our contract ends on 31 December. Please confirm the cancellation of our SMS subscription. With kind regards, Financial department";
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'not one order comes' as nothing coming through, not one order among many", () => {
    const text =
      "Help! Since 6:00 not one order comes from our webshop into NetSuite, the order flow gives 'token expired' on every run and we can not renew the token. The warehouse has nothing to pick.";
    expect(read(text).scope?.value).not.toBe("some cases");
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });
});

describe("batch 237: hotels and restaurants, angry and sarcastic", () => {
  it("reads nobody able to call in as the calls out, whatever still goes out; not so for SMS replies", () => {
    const text =
      "Hi, Front desk of Hotel Zeezicht. Nobody can call us since this afternoon, callers get a busy tone, every single one. We can still call out.";
    expect(read(text).workaround?.value).not.toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    // replies coming in are the smaller part of what SMS is used for: part of it still works
    expect(
      ruledLevel(
        "No inbound SMS have reached us since this morning, on any of our long codes. Outbound works.",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });

  it("reads what the client never does as a habit, not a failure", () => {
    const text =
      "Quick q: the invoice says 'Voice minutes international' but we never call abroad. Can you explain?";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(
      read("We can never call abroad since the update, every international call fails").state?.value,
    ).toBe("broken");
  });

  it("reads 'is anyone at CM working on this?' as a question to the provider, not a part that works", () => {
    const text =
      "STATUS UPDATE FROM OUR SIDE: Still no SMS delivery and still no inbound calls since 06:40. All 9 hotels affected. Is anyone at CM working on this?";
    expect(read(text).sparedPart).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 238: partners, forms and long stories", () => {
  it("reads a form's headings as what they say: 'Type: question' a question, 'Module: Onboarding' which module", () => {
    const question =
      "Type: question. Product: Business Messaging. Can we send WhatsApp templates with a video header?";
    expect(read(question).request?.value).toBe("question");
    expect(ruledLevel(question, "cm-connect-engage")).toBe("P5");
    const bug =
      "Type: bug. Module: Onboarding. The checklist task 'Issue laptop' is assigned to the wrong group since the last change. We reassign it manually each time.";
    expect(read(bug).unit?.value).not.toBe("module");
    expect(ruledLevel(bug, "kissflow")).toBe("medium");
  });

  it("reads a status board's 'no SMS out, no WhatsApp out' as both down", () => {
    const text =
      "Everything is red in our dashboard: no SMS out, no WhatsApp out, agents kicked out of the Service Cloud every minute. Started 08:12. We have 400 agents idle.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads a document the client cannot find as a request for it, and a button in the wrong corner as how it looks", () => {
    const copy = "Can you send me a copy of our signed SLA? I can't find it anymore.";
    expect(read(copy).state).toBeUndefined();
    expect(ruledLevel(copy, "cm-connect-engage")).toBe("P5");
    const corner =
      "Long story short: we switched our website to a new CMS last weekend and now the chat widget button shows in the wrong corner on mobile. It still works. Can you tell us which setting controls this?";
    expect(read(corner).state?.value).toBe("cosmetic");
    expect(ruledLevel(corner, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'option 1 agents' as the agents of an option, not one agent", () => {
    const text =
      "Hi, on behalf of the municipal helpdesk: callers who choose option 3 (parking permits) end up in the queue for option 1. Option 1 agents can't help them and transfer them by hand. Busy season, about 300 calls a day.";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 239: chat shorthand, no capitals, no full stops", () => {
  it("reads an app named at the start of a chat line as one of the client's apps, not Kissflow itself", () => {
    const text =
      "leave app broken for everyone since update, cant submit or approve anything in it. rest of kissflow ok";
    expect(read(text).unit?.value).toBe("module");
    expect(ruledLevel(text, "kissflow")).toBe("high");
  });

  it("reads an IVR menu playing the wrong language as what callers get, not the tool's own text", () => {
    const text =
      "ivr menu in french plays the dutch recording since last night. french speaking callers are lost. dutch menu ok";
    expect(read(text).state?.value).toBe("wrong");
    expect(level(text, "cm-connect-engage")).toBe("P3");
    expect(read("the tooltips in the inbox are in German since the update").state?.value).toBe("cosmetic");
  });
});

describe("batch 240: engineers quoting their monitoring, and more of the managed helpdesk", () => {
  it("reads a chatbot left with only its fallback answer as not working", () => {
    const text =
      "Since 06:00 our chatbot returns the fallback 'I don't understand' to every single question, also to ones it answered fine yesterday. It's the only channel our customers use at night.";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("keeps a slowdown nobody waits on small, whatever the words of other slow reports", () => {
    const text =
      "Our monitoring flags that the voice recordings API takes 30 seconds to return a recording since Monday (was 2). Agents listen to them later anyway.";
    expect(read(text).criticality?.value).toBe("not critical");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads the client's main flow as critical, where the business can wait for what it carries", () => {
    const text =
      "Our monitoring shows the Salesforce to NetSuite opportunity flow running at 10x its usual duration since the upgrade; opportunities reach NetSuite 3 hours late. It's our main sales flow, but finance can wait.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("high");
  });
});

describe("batch 241: the line between a breaking issue, a small incident and a cosmetic one", () => {
  it("reads the inbox showing no chats or WhatsApp messages as the inbox failing, not WhatsApp beside it", () => {
    const text =
      "No agent sees any new chats or WhatsApp messages in the inbox since 10:15; customers are writing, we see the messages in the API logs, but the inbox stays empty for all 25 agents.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads every item of a process the client calls not its main one as that process blocked, not an outage", () => {
    const text =
      "The Shopify refunds flow fails for every refund with a discount code since yesterday. Refunds aren't our main process; there's no other way to push them.";
    expect(read(text).criticality?.value).toBe("not critical");
    expect(read(text).unit?.value).not.toBe("module");
    expect(ruledLevel(text, "celigo")).toBe("high");
  });
});

describe("batch 242: marketers, logistics and healthcare at Connect & Engage", () => {
  it("reads the channels a journey sends on as what the Marketing Cloud sends, not products failing beside it", () => {
    const text =
      "Marketing Cloud journeys stopped sending at 09:00: every journey shows 'paused - system error' and we can't restart them. No emails or SMS go out from any journey.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads asking for help to set something up as a question, not something failing to start", () => {
    const text = "Can you help us set up a journey that sends a birthday SMS? We don't know where to start.";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads another channel that still works as no way around a channel that is out", () => {
    const text =
      "Every API call to create a WhatsApp conversation returns 500 since 07:45. We are a logistics company and this is how we notify all our recipients. SMS fallback works but costs us 5x.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("the app crashes for all iPhone users since the update").scope?.value).not.toBe("everyone");
  });
});

describe("batch 243: Kissflow's system, module and feature, as written first", () => {
  it("reads Kissflow out for everyone, a field wrong in one process and a notification without its link at their levels", () => {
    expect(
      ruledLevel(
        "Kissflow login loops back to the sign-in page for every user since 10:00. Nobody in our 300-person company can get in.",
        "kissflow",
      ),
    ).toBe("critical");
    expect(
      ruledLevel(
        "In the Leave Request process, the balance field shows 0 for everyone since the update, although people still have days left. Approvers check balances in the HR system instead.",
        "kissflow",
      ),
    ).toBe("medium");
    expect(
      ruledLevel(
        "The email notification for new tasks doesn't include the link to the task anymore. People find their tasks in the inbox in Kissflow.",
        "kissflow",
      ),
    ).toBe("medium");
  });
});

describe("batch 244: formal e-mails, angry clients and administrators at Connect & Engage", () => {
  it("reads what a handover no longer passes on as a wrong result, not the chatbot down", () => {
    const text =
      "Dear CM, Since the update last night, our chatbot no longer passes the customer's order number to the agent when it hands over. Agents have to ask for it again in every conversation. Kind regards, Customer Care";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'and now the phones too' after two channels down as a third product down", () => {
    const text =
      "Unbelievable. SMS down, WhatsApp down, and now the phones too. Whole contact centre of 200 people doing nothing. Since 9:15.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads one of the admins as one person, and who would answer a dropped call as no one affected", () => {
    const admin =
      "One of our admins gets 'access denied' on the billing page, the other two admins can open it fine.";
    expect(read(admin).scope?.value).toBe("one");
    expect(ruledLevel(admin, "cm-connect-engage")).toBe("P4");
    const dropped =
      "Hello, about half of the calls transferred from our IVR to the Spanish queue drop before an agent answers since this morning. The other queues are fine.";
    expect(read(dropped).scope?.value).not.toBe("one");
    expect(read(dropped).state?.value).toBe("broken");
    expect(ruledLevel(dropped, "cm-connect-engage")).toBe("P3");
  });

  it("reads logging everyone out, asked for, as a question; an empty subject line as a wrong result", () => {
    expect(
      ruledLevel(
        "Is there a way for an admin to log out all agents at once at the end of the day?",
        "cm-connect-engage",
      ),
    ).toBe("P5");
    const subject =
      "Hello, the error emails for the product sync arrive with an empty subject line since the last release. The content is fine. Regards, Integration team";
    expect(read(subject).state?.value).toBe("wrong");
    expect(ruledLevel(subject, "celigo")).toBe("normal");
  });
});

describe("batch 245: typos and chat shorthand for every preset", () => {
  it("reads 'whatsap' and 'msgs' as WhatsApp and messages", () => {
    const text = "whatsap not workign since 10, all msgs fail with error 470, pls fix asap!!";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 246: logs pasted, two issues in one, follow-ups", () => {
  it("reads asking whether a fix is live as a question", () => {
    const text =
      "Follow-up on yesterday's ticket: is the fix for the WhatsApp template approval already live? We haven't tried again yet.";
    expect(read(text).request?.value).toBe("question");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads the messages an inbox no longer shows, in a later sentence, as what the inbox carries", () => {
    const text =
      "Since your deployment at 09:00 the Service Cloud inbox loads for nobody: 'Loading conversations...' forever, all 3 of our teams. We're on the phone with customers explaining we can't see their messages.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 247: clients writing English as a second language, banks, a webshop's peak", () => {
  it("reads 'not one newsletter went out' as nothing going out", () => {
    const text =
      "Black Friday and our campaign sends are stuck on 'queued' for an hour, not one newsletter went out to our 400k subscribers";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a status that stays 'buffered' while the messages arrive as a small wrong result", () => {
    const text =
      "The delivery reports for SMS come in, but the status stays 'buffered' for some hours before it turns 'delivered'. The messages themselves arrive normal.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 248: contact centres and retail on the line between the levels", () => {
  it("reads customers asking for an agent as who the handover is for, not one agent affected", () => {
    const text =
      "Our WhatsApp chatbot stopped handing over to a human agent. Customers who ask for an agent stay with the bot. The bot's own answers are fine.";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads voices that sound robotic as calls too bad to talk over, not a sound setting", () => {
    const text =
      "Voice quality is bad on about half of our calls today, customers sound robotic. The other half is fine.";
    expect(read(text).state?.value).toBe("severely degraded");
    expect(read(text).unit).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads a word shown in a page's title as a wrong result, not an error the product throws", () => {
    const text =
      "The unsubscribe link in our newsletter works, but the confirmation page shows 'Error' in the title. Customers are unsubscribed fine.";
    expect(read(text).state?.value).toBe("wrong");
  });
});

describe("batch 249: managers and executives writing for their teams", () => {
  it("reads what customers still see as spared, not a fault they meet", () => {
    const text =
      "Not urgent but our head of sales noticed the SMS sender name is cut off after 11 characters. Customers still see most of it.";
    expect(read(text).customersNotice).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 252: incidents put as questions", () => {
  it("reads conversations the agent is not assigned to as whose they are, and 'distracting' as an annoyance", () => {
    const text =
      "Is it on purpose that the agent desktop now plays a sound for every message, also in conversations I'm not assigned to? It's distracting.";
    expect(read(text).state?.value).not.toBe("broken");
    expect(read(text).annoyance?.value).toBe("annoyance");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 253: clients who count", () => {
  it("reads a few items counted among thousands as some cases, whichever comes first", () => {
    const names =
      "In yesterday's campaign 12 of 40,000 emails had the wrong first name. We sent those 12 an apology.";
    expect(read(names).scope?.value).toBe("some cases");
    expect(ruledLevel(names, "cm-connect-engage")).toBe("P4");
    const transfers =
      "Out of ~300 calls a day, maybe 2 or 3 drop when transferred to a colleague. Customers call back.";
    expect(read(transfers).scope?.value).toBe("some cases");
    expect(ruledLevel(transfers, "cm-connect-engage")).toBe("P4");
    // none sent is not a few cases
    expect(read("0 of 12,000 messages sent since the maintenance").scope?.value).not.toBe("some cases");
  });

  it("reads a reminder flow as a process, not a reminder's setting", () => {
    const text =
      "About 90% of our SMS fail since 11:00 with 'routing error', only a handful get delivered. That's our whole appointment reminder flow.";
    expect(read(text).unit?.value).not.toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads one thing shown for another as a wrong result, and looking it up elsewhere as a way around", () => {
    const text =
      "2 of our 35 agents don't see the customer's name in the call pop-up, only the number. They look it up in the CRM.";
    expect(read(text).state?.value).toBe("wrong");
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 254: more clients who count", () => {
  it("reads the counted rest that got nothing as nothing reaching them", () => {
    const text =
      "Our Monday newsletter reached only 60% of the list, the other 40% got nothing and the report says 'skipped'.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 256: partners and resellers reporting for their clients, forms", () => {
  it("reads 'all 22 of them' as everyone, counted", () => {
    const text =
      "Our client's agents (all 22 of them) are logged out of Service Cloud and the login page loops back to itself. They have no way to answer chats.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a busy tone given to all callers as the line out for everyone, also after a bracket", () => {
    const text =
      "Priority: high. Customer: Taxi Centrale Noord. Their dispatch line (voice) gives a busy tone to all callers since 06:30. They get all their rides by phone.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    // the callers who chose one option are some of them
    expect(
      read("the transfer to an agent fails for all customers who chose 'English' in the bot").scope?.value,
    ).not.toBe("everyone");
  });
});

describe("batch 258: formal e-mails", () => {
  it("reads SMS sent through the provider's platform as the way they go, and 'unable to send any' as none going out", () => {
    const text =
      "Dear Sir or Madam, I am writing to inform you that since 08:45 this morning our organisation has been unable to send any SMS messages through your platform. All attempts result in an error. As our patient reminders depend on this service, I kindly request your immediate attention. Yours faithfully, J. de Vries, Head of Operations";
    expect(read(text).scope?.value).toBe("everyone");
    expect(read(text).unit?.value).not.toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 259: chat shorthand", () => {
  it("reads where a named bot gives no replies as the bot's channel, not messaging down", () => {
    const text = "bot dead. no replies on site or whatsapp for any1";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'no1', 'str8' and 'x + y' as written out", () => {
    const voicemail =
      "all inbound calls go str8 to voicemail since 8, even w/ agents available. no1 can reach us by phone";
    expect(read(voicemail).scope?.value).toBe("everyone");
    expect(ruledLevel(voicemail, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel(
        "whatsapp + phones both dead for the whole co since 13:40!!! is cm down??",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });
});

describe("batch 260: hotels, restaurants, healthcare and logistics", () => {
  it("reads asking whether a message can include something as a question", () => {
    const text = "We're a dental practice: can the reminder SMS include a link to reschedule?";
    expect(read(text).request?.value).toBe("question");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads the 'approve' email of a process as one feature of it", () => {
    const text =
      "In the Shift swap process the 'approve' email doesn't reach the manager; managers check Kissflow directly.";
    expect(read(text).unit?.value).toBe("feature");
    expect(ruledLevel(text, "kissflow")).toBe("medium");
  });
});

describe("batch 262: the line between a breaking issue and a small incident", () => {
  it("reads scheduled messages sent at once as a wrong result, so for every campaign it is P3", () => {
    const text =
      "Scheduled SMS are sent immediately instead of at the planned time since the update, for every campaign. Messages arrive, just at the wrong moment.";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads a colour that differs from one process to another as how it looks", () => {
    const text = "The 'Submit' button is green in one process and blue in another. Just inconsistent.";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "kissflow")).toBe("low");
  });
});

describe("batch 266: small businesses", () => {
  it("reads an owner who can reach none of the shop's customers as the business out, not one person", () => {
    const text =
      "Everything stopped at once: my shop's WhatsApp, the phone line and the website chat. I can't reach a single customer.";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads a widget that opens and closes right away as not working", () => {
    const text =
      "The web chat works on computers but on iPhones the widget opens and closes right away. Most of my customers are on phones, Android works.";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 267: Kissflow's apps and modules, marketers", () => {
  it("reads a font that is very small as how it looks", () => {
    const text = "The font in printed forms is very small. Readable with glasses.";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(ruledLevel(text, "kissflow")).toBe("low");
  });
});

describe("batch 268: contact-centre shift leads", () => {
  it("reads 'not one call is offered' as none getting through", () => {
    const text =
      "Shift lead here: the queue shows 60 waiting callers but not one call is offered to my agents since 14:05. Agents are 'available' and idle.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'phones AND chat' as the telephony beside the live chat", () => {
    const text =
      "Shift lead, 2nd line: phones AND chat are gone for the whole floor since 15:40. Nothing in, nothing out. Other teams in our company say the same.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 270: a retailer's marketing team", () => {
  it("reads 'nothing of our marketing goes out on any channel' as every product out", () => {
    const text =
      "Marketing here: campaigns won't send, SMS bulk sends fail and the WhatsApp broadcasts are stuck too. Since 10:00 nothing of our marketing goes out on any channel, and our store sale starts at noon!!";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 271: a municipality's citizen contact", () => {
  it("reads the phone line, the website chat and WhatsApp out for every resident as every product down", () => {
    const text =
      "Everything of CM is down for us: the phone line gives a busy tone, the chat widget on our website is gone and WhatsApp messages don't come in. No resident can reach the municipality right now, during a storm warning.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads transfers to one team dropping, other transfers working, as a breaking issue within the product", () => {
    const text =
      "Calls that are transferred from the general number to the social services team drop after the first ring, all day. Other transfers work.";
    expect(level(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 272: reports in a template (summary, impact, workaround)", () => {
  it("reads voice, SMS and the Service Cloud unreachable for the whole organisation as every product down", () => {
    const text =
      "Summary: total outage. Impact: voice, SMS and the Service Cloud are all unreachable for our whole organisation since 04:20. Customers can't reach us at all. Workaround: none. Please call me.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  it("reads the chatbot offline for every customer, with live chat and phone working, as one product down", () => {
    const text =
      "Priority: critical. The chatbot is offline on our website and in the app, every customer gets 'service unavailable'. Live chat and phone work, but 70% of our contacts normally go through the bot.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 273: Dutch clients writing English", () => {
  it("reads 'only a few callers heard it' as some cases, not every caller", () => {
    const text =
      "The holiday message for King's Day was played on the wrong day this year, one day early. Only a few callers heard it.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads the client's other shops running fine as their own shops spared, not the provider's other customers hit", () => {
    const text =
      "The returns flow from our Dutch webshop fails every run since yesterday, no returns are booked. The other shops' flows run fine; we can't book refunds.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "celigo")).toBe("high");
  });
});

describe("batch 274: an insurer's claims desk", () => {
  it("reads 'we run a claims line on WhatsApp' as what WhatsApp is to the client, the bot failing on it as one product", () => {
    const text =
      "We run an insurance claims line on WhatsApp. Since this morning the bot asks for the policy number and then says 'something went wrong' for every claimant. Claims by phone still work but the phone queue is exploding.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'kindly confirm whether' as a question", () => {
    const text =
      "Dear team, kindly confirm whether the Voice service will be affected by your maintenance on Sunday night.";
    expect(read(text).request?.value).toBe("question");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'customers still get the answers' as the product still doing its work", () => {
    const text =
      "The agent's name in WhatsApp replies shows as 'Agent' instead of their first name since Tuesday. Customers still get the answers.";
    expect(read(text).sparedPart?.value).toBe("spared");
  });
});

describe("batch 275: an airline's and a travel agency's desks", () => {
  it("reads 'all calls are still answered' as a part that still works, not every call failing", () => {
    const text =
      "The queue for our Gold members doesn't get priority anymore since the update: Gold members wait in the normal queue, some for 30 minutes. All calls are still answered.";
    expect(read(text).sparedPart?.value).toBe("spared");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads 'we can barely handle any conversation' as work stopped for everyone", () => {
    const text =
      "Service Cloud keeps crashing for all 60 agents at the travel desk since 11:00, every few minutes it logs everyone out. We can barely handle any conversation.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 276: a university's student desk", () => {
  it("reads 'can we temporarily add' as a request", () => {
    const text = "For the open day, can we temporarily add a second chatbot on the open day page?";
    expect(read(text).request).toBeDefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads WhatsApp attachments not arriving, text arriving, as a breaking issue within the product", () => {
    const text =
      "WhatsApp messages with attachments (photos of documents) from students don't arrive since yesterday; text does. Enrolment needs those documents, we ask them to email them instead.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 277: a retail chain's stores and head office", () => {
  it("reads a store listed twice 'with half the calls each' as a wrong figure, not half of the calls affected", () => {
    const text =
      "The report of calls per store shows our Almere store twice with half the calls each. We add them up.";
    expect(read(text).scope).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 278: a chain of dental practices", () => {
  it("reads the after-hours emergency message not playing, the day fine, as a breaking issue within Voice", () => {
    const text =
      "The after-hours message for emergencies (which tells patients the emergency number) doesn't play since Sunday; callers after 18:00 hear only ringing. During the day all is fine.";
    expect(level(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads calls to all practices failing, WhatsApp down and reminders unsent as every product down", () => {
    const text =
      "Nothing works: calls to all practices fail, WhatsApp is down and reminders aren't sent. Since 7:30, patients can't reach us and we can't reach them.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("months named: work planned, or something already done", () => {
  it("reads 'we moved in March' as when something was done, not work planned for March", () => {
    const text =
      "The store locator in our chatbot gives the old address for the Utrecht store (we moved in March). The bot is otherwise fine.";
    expect(read(text).request?.value).not.toBe("scheduled");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("still reads 'we are moving office in March' as work planned", () => {
    expect(read("we are moving office in March, please plan the IT move").request?.value).toBe("scheduled");
    expect(read("We're hiring 4 people in February, please have laptops ready").request?.value).toBe(
      "scheduled",
    );
  });
});

describe("batch 279: a charity's fundraising", () => {
  it("reads 'the team can work, but barely' as no part spared", () => {
    const text =
      "The donor database server is extremely slow since this morning, every search takes a minute. The team can work, but barely.";
    expect(read(text).sparedPart).toBeUndefined();
    expect(level(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads a production flow stopped on the fundraising night as a critical process blocked", () => {
    const text =
      "Our production donation flow from the payment provider to our CRM has stopped since 19:00 on our fundraising night; no donation reaches the CRM and the thank-you mails are driven from there.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });
});

describe("batch 280: an energy supplier, whose own customers have outages", () => {
  it("reads the client's customers' power outage and its outage messages as the client's business, not the service down", () => {
    expect(
      read("We'd like a report of how many outage messages were delivered per postcode last month.").state,
    ).toBeUndefined();
    expect(
      level(
        "How many SMS per second can our account send? We want to be prepared for big outages.",
        "cm-connect-engage",
      ),
    ).toBe("P5");
    const text =
      "The IVR message that announces the power outage in a postcode area plays for all callers since we activated it this morning, not only for the postcodes we set. Callers from other areas get confused but still reach an agent.";
    expect(read(text).state?.value).not.toBe("down");
    expect(level(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads the control room's PCs as a room's, not one person's", () => {
    const text =
      "The control room's monitoring PCs (all 6) lost their connection to the grid monitoring server. The operators can't see the network status.";
    expect(read(text).scope?.value).not.toBe("one");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });

  it("reads 'nobody waits for it' as not critical, not as everyone affected", () => {
    const text =
      "The email that confirms a meter reading arrives after 10 minutes instead of immediately. Nobody waits for it.";
    expect(read(text).scope).toBeUndefined();
    expect(read(text).criticality?.value).toBe("not critical");
  });
});

describe("batch 281: a parcel carrier, whose messages are about failed and delayed deliveries", () => {
  it("reads 'when a truck breaks down' as what may happen to the client's trucks, not the service failing", () => {
    const text =
      "We want to send a 'your parcel is delayed' WhatsApp when a truck breaks down. Can the API send to a list of 2,000 numbers at once?";
    expect(["down", "broken"]).not.toContain(read(text).state?.value);
    expect(level(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'phone still works' beside a chat down for every visitor as another product spared, not a workaround", () => {
    const text =
      "Our customer service chat is unreachable: the widget says 'connection failed' for every visitor since 10:15. Agents sit idle; phone still works.";
    expect(read(text).workaround).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'the SMS themselves arrive' as the product still doing its work", () => {
    const text =
      "Since your maintenance the link in our 'track your parcel' SMS is broken for all customers (it leads to an error page). The SMS themselves arrive.";
    expect(read(text).sparedPart?.value).toBe("spared");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 282: an alarm monitoring centre, whose messages are alarms", () => {
  it("reads 'SMS alerts still go out' beside the alarm calls failing as SMS working: one product down", () => {
    const text =
      "We're an alarm monitoring centre. Since 02:10 the voice calls our system makes to keyholders when an alarm goes off all fail ('no route'). Nobody is being called about burglar alarms tonight. SMS alerts still go out.";
    expect(read(text).workaround).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'our critical alarm SMS' as a kind of message, not the client saying it is critical", () => {
    const text =
      "Our critical alarm SMS shows the sender as 'INFO' instead of 'ALARM' on some Samsung phones. The text is right.";
    expect(read(text).criticality).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads 'nothing gets out', calls failing and SMS alerts not going out, as every product down", () => {
    const text =
      "Nothing gets out of our monitoring centre: alarm calls to keyholders fail and the SMS alerts don't go out either, since 23:40. Burglaries and fire alarms are not being reported to anyone.";
    expect(read(text).state?.value).toBe("down");
    expect(read(text).partSubject).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 283: an uptime monitoring service, whose messages say sites are down", () => {
  it("reads a message named by what it says ('your website is down' SMS alerts) as the client's message, not the service down", () => {
    const text =
      "We run an uptime monitoring service. Our 'your website is down' SMS alerts arrive 10-15 minutes late since this morning for all our users; for a downtime alert that's too late. Email alerts are on time.";
    expect(read(text).state?.value).not.toBe("down");
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads the 'server down' alert emails in the wrong folder as a small matter", () => {
    const text =
      "Outlook shows the 'server down' alert emails in the wrong folder due to a rule. We find them.";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
  });

  it("still reads what callers hear as the symptom: a 'not in service' message played to them", () => {
    const text =
      "our Voice numbers all play a 'this number is not in service' message to callers since midnight";
    expect(read(text).state).toBeDefined();
  });
});

describe("batch 284: a contact-centre outsourcer, whose clients are not the provider's other customers", () => {
  it("reads 'for all of our clients' hotlines' as the client's own clients: one product down", () => {
    const text =
      "We're a contact centre outsourcer. Since 08:00 none of our 200 agents receive any calls, for all of our clients' hotlines. The queues fill up, nobody is offered a call.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads one client's IVR playing the closed message, the others fine, as a breaking issue within Voice", () => {
    const text =
      "Since the release, the IVR of our retail client plays the closed message during opening hours. Their callers are told to call back tomorrow. Our other clients' IVRs are fine.";
    expect(level(text, "cm-connect-engage")).toBe("P3");
  });
});

describe("batch 285: a law firm and an accountancy on the managed helpdesk", () => {
  it("reads the provider's other hosted customers down too as a global outage", () => {
    const text =
      "It looks like all your hosted customers are down: our office, our sister firm and the accountants downstairs (also with you) lost the remote desktop at 9:02.";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
  });

  it("reads Word crashing on documents with tracked changes, others opening, with the web version used meanwhile, as high", () => {
    const text =
      "Since the update, Word crashes when any of us opens a document with tracked changes. Documents without tracked changes open fine; we're using the web version for those.";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });
});

describe("batch 286: a software company's support operations and its bot", () => {
  it("reads 'everything gets answered' as the work still done: a breaking issue, not the product out", () => {
    const text =
      "Not sure if this is on your side: since your release on Tuesday our bot hands every conversation to an agent after the first question, it doesn't try to answer anymore. Agents are swamped but everything gets answered.";
    expect(read(text).sparedPart?.value).toBe("spared");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads the 'Feature request' form as a form of that name, not a feature asked for", () => {
    const text = "The Feature request form's 'votes' counter counts a click twice. We divide by two.";
    expect(read(text).request).toBeUndefined();
    expect(ruledLevel(text, "kissflow")).toBe("medium");
  });
});

describe("batch 287: a bus operator, whose messages are about disruptions", () => {
  it("reads 'the phone line is overloaded' beside the chatbot offline as a consequence, not Voice failing", () => {
    const text =
      "The travel information chatbot is offline for everyone since 16:00 ('service unavailable'), right in the evening rush. It handles most of our questions; the phone line is overloaded.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'not one alert went out' as nothing going out", () => {
    const text =
      "We're the regional bus operator. Our disruption SMS service (travellers subscribe per line) stopped sending at 06:50, not one alert went out about today's cancelled buses. Thousands of subscribers are waiting at stops.";
    expect(read(text).state?.value).toBe("down");
  });

  it("reads 'the travellers' earlier messages' an inbox shows as what it carries, not Business Messaging failing", () => {
    const text =
      "Agents in Service Cloud can't see the travellers' earlier messages since yesterday, every conversation opens empty. They ask travellers to repeat the question.";
    expect(ruledLevel(text, "cm-connect-engage")).not.toBe("P1");
  });
});

describe("batch 288: a roadside assistance service, whose members break down", () => {
  it("reads 'WhatsApp is how half of our members contact us' as what the channel is to the client, not half affected", () => {
    const text =
      "The WhatsApp channel is dead: no messages from motorists have come in since 11:00 and our replies don't go out. WhatsApp is how half of our members contact us.";
    expect(read(text).scope?.value).not.toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a question about a motorist 'whose call dropped' as a question, not calls dropping", () => {
    const text = "Is there an option to automatically call back a motorist whose call dropped?";
    expect(["down", "broken"]).not.toContain(read(text).state?.value);
    expect(level(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("a list opening a sentence", () => {
  it("reads 'the phones, the chats and the email channel ... are all down' as every product listed failing", () => {
    const text =
      "Total outage for us: the phones, the chats and the email channel in Service Cloud are all down since 10:05. 200 agents idle and twelve of our clients have no customer service at all.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 289: Kissflow and Celigo administrators", () => {
  it("reads an order import down on 'our biggest sale of the year' as a critical process blocked: urgent", () => {
    const text =
      "Our Shopify order import stopped at 05:00, every run fails with 'rate limited', and today is our biggest sale of the year. No orders reach the warehouse.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });

  it("reads a whole module unavailable for all users, processes and boards working, as high at Kissflow", () => {
    const text =
      "The whole Projects module is unavailable since this morning ('module not found') for all users. Processes and boards still work, but all our project tracking is in there.";
    expect(ruledLevel(text, "kissflow")).toBe("high");
  });
});

describe("batch 290: a furniture webshop's customer service", () => {
  it("reads a WhatsApp number that 'stopped delivering messages', nothing showing in the inbox and SMS fine, as WhatsApp down: P2", () => {
    const text =
      "Hi, our WhatsApp Business number stopped delivering messages around 9. Customers write us but nothing shows in the inbox and our replies stay on pending. SMS and email are fine.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'the live chat is still there' beside a chatbot down for every visitor as another product spared: P2", () => {
    const text =
      "The chatbot on our website is down, the widget says 'unavailable' for every visitor. It normally handles most of our questions, the live chat is still there but the queue is exploding.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'nothing blocked' after a slow sync as the client calling it minor: normal at Celigo", () => {
    const text =
      "Our inventory sync runs and finishes, but it takes 3 hours instead of 40 minutes since Monday. Stock is a bit behind, nothing blocked.";
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "celigo")).toBe("normal");
  });
});

describe("batch 291: a bank's customer contact team", () => {
  it("reads 'on the receiver's phone' as where a caller ID shows, not one person affected", () => {
    const text =
      "Outbound calls from the collections team show 'anonymous' on the receiver's phone instead of our number since Monday. Calls still go through, but fewer people answer.";
    expect(read(text).scope?.value).not.toBe("one");
  });
});

describe("batch 292: a hospital's patient contact", () => {
  it("reads 'some patients think it's phishing' as what patients take a message for, not a security incident", () => {
    const text =
      "The link in our reminder SMS is shortened to a cm.com link, some patients think it's phishing and call us. Could we use our own domain?";
    expect(read(text).state?.evidence).not.toMatch(/phishing/i);
    expect(read("I think I clicked a phishing link this morning").state).toBeDefined();
  });
});

describe("batch 294: a software company's developers on the APIs", () => {
  it("reads calls that connect to silence ('the call connects and the user hears silence') as not working", () => {
    const text =
      "The OTP voice calls say nothing: the call connects and the user hears silence, for every call since 14:00. Most of our users choose voice OTP. SMS OTP still works.";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("batches 301 and 302: the issue's own kinds of message", () => {
  it("keeps a failure only in a test environment, production named fine, below a breaking issue whatever its words", () => {
    const sandbox =
      "our whatsapp sandbox number can't send test messages since yesterday, production is fine";
    expect(level(sandbox, "cm-connect-engage")).toBe("P4");
    // production failing too is production's issue
    expect(
      level(
        "our whatsapp numbers can't send messages since yesterday, in the sandbox and in production",
        "cm-connect-engage",
      ),
    ).not.toBe("P4");
  });
});

describe("batch 303: a contact centre's channels one by one and together", () => {
  it("reads 'we can't send messages or take calls' as two products the client cannot use", () => {
    expect(
      level("We can't send messages or take calls, all of it stopped at 14:05", "cm-connect-engage"),
    ).toBe("P1");
    expect(level("we can't take calls", "cm-connect-engage")).toBe("P2");
    // one destination is not the products out
    expect(level("we can't send sms or make calls to Belgium", "cm-connect-engage")).not.toBe("P1");
  });
});

describe("batch 305: the issue's own kinds of message, across four presets", () => {
  it("reads 'I have a client deadline at 3pm' as a deadline within the day, like a meeting at 3pm", () => {
    expect(read("my Outlook won't open at all and I have a client deadline at 3pm").criticality?.value).toBe(
      "critical",
    );
    expect(
      level("my Outlook won't open at all and I have a client deadline at 3pm", "managed-helpdesk"),
    ).toBe("P3");
    // the deadline is what raises it: without one, the rules read one user's small incident
    expect(ruledLevel("my Outlook won't open at all", "managed-helpdesk")).toBe("P4");
  });

  it("reads Kissflow itself named failing as the system, whatever processes are listed after", () => {
    const text = "Kissflow is not responding for anyone, all our processes are stuck";
    expect(read(text).unit?.value).toBe("system");
    expect(level(text, "kissflow")).toBe("critical");
    // all the processes alone are the module they make up
    expect(level("all our processes are stuck", "kissflow")).toBe("high");
  });

  it("reads one report of an app showing wrong numbers as a feature, not the app", () => {
    const text = "in the HR app, the leave balance report shows wrong numbers for everyone";
    expect(read(text).unit?.value).toBe("feature");
    expect(level(text, "kissflow")).toBe("medium");
    expect(read("the whole Reports section fails to load for everyone").unit?.value).not.toBe("feature");
  });
});

describe("batch 306: offices, contact centres and integrations in their own words", () => {
  it("reads one order failing as that order, not the order flow the business runs on", () => {
    const single = "a single order failed with 'invalid address', we corrected it and it went through";
    expect(read(single).criticality).toBeUndefined();
    expect(level(single, "celigo")).toBe("normal");
    expect(read("order import failed, nothing reaches NetSuite").criticality?.value).toBe("critical");
  });
});

describe("batch 307: a contact centre's products by the contract's own words", () => {
  it("reads 'only a handful got through' as the rest failing: most of it", () => {
    const text = "SMS to all networks are failing, only a handful got through this morning";
    expect(read(text).scope?.value).toBe("most");
    expect(level(text, "cm-connect-engage")).toBe("P2");
    // a few arriving late is those few
    expect(read("only a few messages arrive late").scope?.value).not.toBe("most");
  });

  it("reads where calls are made from as the place, not a second product failing", () => {
    const text =
      "no calls can be made from the agent desktop at all, dial button gives an error for everyone";
    expect(level(text, "cm-connect-engage")).toBe("P2");
    // the desktop itself down beside the calls is two products out
    expect(level("the agent desktop is down and no calls can be made", "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 309: forms, quoted mail, other languages and capitals", () => {
  it("reads a report filled in like a form, its fields between bars, field by field", () => {
    const form =
      "Subject: question | Product: Voice | Description: can we record the IVR greeting ourselves or do you do that?";
    expect(analyse(form).lemmas).toMatch(/^subject \| question \| product \| voice \|/);
    expect(level(form, "cm-connect-engage")).toBe("P5");
    const outage =
      "Subject: SMS outage | Product: Business Messaging | Users affected: all | Since: 09:40 | Description: every message to the API gets status 'failed', nothing is delivered";
    expect(level(outage, "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 310: each contract's own words for its levels", () => {
  it("reads a tab of a module failing as a feature, not the module nor the system down", () => {
    const text =
      "In the Finance module, the approval history tab doesn't load, everything else in the module works";
    expect(read(text).unit?.value).toBe("feature");
    expect(level(text, "kissflow")).toBe("medium");
    expect(level("the Finance tab doesn't load for anyone", "kissflow")).not.toBe("critical");
    // a browser's tab is where the client looks, not a part of the product
    expect(read("Kissflow doesn't load in any browser tab").unit?.value).not.toBe("feature");
  });

  it("reads 'with no impact' at a clause's end as a wrong result the client says matters not", () => {
    expect(
      level("the dashboard shows the wrong week number, a minor thing with no impact", "cm-connect-engage"),
    ).toBe("P5");
    expect(level("the dashboard shows the wrong week number", "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 312: written after public reports by other people (IT request forms, bug templates, forums)", () => {
  it("reads a setup not live yet as non-production, which Celigo's contract puts at low", () => {
    const text =
      "the inventory won't sync from NetSuite to Shopify, it's a new setup and we are not live yet";
    expect(level(text, "celigo")).toBe("low");
    // live and failing stays a production issue
    expect(level("the inventory won't sync from NetSuite to Shopify since we went live", "celigo")).not.toBe(
      "low",
    );
  });

  it("reads 'an order from a new customer' failing as one record, not the order flow", () => {
    const text =
      "An order from a new international customer is not getting synced and shows an error in the log. Other orders sync fine.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(level(text, "celigo")).toBe("normal");
    expect(read("the order flow is not getting synced, nothing reaches NetSuite").scope).toBeUndefined();
  });

  it("reads a critical flow throwing on every run with no way around it as urgent under Celigo", () => {
    const text =
      "our fulfillment flow throws an error on every run, no shipments go back to Shopify and we can't push them by hand";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });

  it("reads 'shows X instead of Y, can I change that?' as a how-to question, not a wrong result", () => {
    const text =
      "the dashboard shows times as 2024-02-10 3:30:02 PM instead of '4 hours ago', can I change that?";
    expect(level(text, "celigo")).toBe("low");
    // asking the provider to fix a wrong figure is a report
    expect(level("the dashboard shows the wrong order totals, can you fix that?", "celigo")).not.toBe("low");
  });

  it("reads a screen of figures that looks off as wrong results, not a look", () => {
    const text =
      "the wallboard looks off today, 'calls waiting' shows 0 while there are people in the queue. agents are taking calls normally";
    expect(read(text).state?.value).toBe("wrong");
    expect(level(text, "cm-connect-engage")).toBe("P4");
    expect(read("the new login page looks off on my phone").state?.value).not.toBe("wrong");
  });

  it("reads a missing ringtone while calls still connect as one feature failing", () => {
    const text = "agents no longer hear the ringtone when a call comes in, calls still connect";
    expect(read(text).unit?.value).toBe("feature");
    expect(read(text).sparedPart?.value).toBe("spared");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("calls still connect but drop after ten seconds").sparedPart).toBeUndefined();
  });
});

describe("batch 313: more written after public reports (VPN and printing, chat widgets, integrations, workflows)", () => {
  it("reads 'is it down for anyone else?' as the writer asking, not everyone affected", () => {
    const text = "Is the VPN down for anyone else? been getting an error since this morning";
    expect(read(text).scope?.value).toBe("one");
    expect(read("the VPN is down for anyone working from home").scope?.value).toBe("everyone");
    expect(read("is it just me or is the portal slow today?").scope?.value).toBe("one");
  });

  it("reads 'crashes when I scan to PDF' as the writer, and 'I'm using that' as a way around it", () => {
    const text =
      "Since the update the scanner software crashes when I scan to PDF. Scanning to email still works so I'm using that";
    expect(read(text).scope?.value).toBe("one");
    expect(read(text).workaround?.value).toBe("present");
    expect(level(text, "managed-helpdesk")).toBe("P4");
    // others named: not the writer alone
    expect(read("the software crashes when I scan, and for all my colleagues too").scope?.value).not.toBe(
      "one",
    );
  });

  it("reads 'for products that were deleted' as the items of one kind failing", () => {
    const text =
      "the item flow gives an error for products that were deleted in Shopify, other products sync";
    expect(read(text).scope?.value).toBe("some cases");
    expect(read("the item flow gives an error for all products").scope?.value).not.toBe("some cases");
  });
});

describe("batch 314: request, impact and evidence forms, second-language English, forwarded replies", () => {
  it("reads 'Help user Kathleen R.' as one person and 'you need permission' as kept out", () => {
    const text =
      'Help user Kathleen R. with SharePoint access. She gets "you need permission" on every link she should have access to.';
    expect(read(text).scope?.value).toBe("one");
    expect(read(text).state?.value).toBe("broken");
    expect(read("Help with the SharePoint migration planning").scope).toBeUndefined();
  });

  it("reads 'some refunds make error, others ok, we do them manual' as some cases with a way around", () => {
    const text =
      'The flow for refunds, some refunds make error "amount exceed". Others ok. We do them manual.';
    expect(read(text).scope?.value).toBe("some cases");
    expect(read(text).workaround?.value).toBe("present");
    expect(level(text, "celigo")).toBe("normal");
  });

  it("reads a profile picture that does not show as how a person is shown: cosmetic", () => {
    const text = "My profile picture doesn't show, just my initials. Not important";
    expect(read(text).state?.value).toBe("cosmetic");
    expect(level(text, "kissflow")).toBe("low");
    expect(read("the customer's pictures sent on WhatsApp don't show in the chat").state?.value).not.toBe(
      "cosmetic",
    );
  });
});

describe("batch 315: complaints, repeats and second-language reports in other people's voices", () => {
  it("reads 'from the 2nd floor' as a place, not a date ahead", () => {
    expect(read("we print from the 2nd floor meanwhile").request).toBeUndefined();
    expect(read("please move the printer after the 2nd of March").request?.value).toBe("scheduled");
  });

  it("reads 'Is it normal that ...?' as a question", () => {
    const text = "Hi. Is it normal that a long SMS is billed as 3 messages?";
    expect(read(text).request?.value).toBe("question");
    expect(level(text, "cm-connect-engage")).toBe("P5");
  });

  it("reads 'I get limit reached' as a failure, not a request for a new user", () => {
    const text = 'When I try to add a new user I get "limit reached" but we have 40 licences and use 35';
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "kissflow")).toBe("medium");
    // how much of it fails is not said: the client is asked
    expect(classifyPriority(text, presetPolicy("kissflow") as Policy).confidence).toBeLessThan(
      LOW_CONFIDENCE,
    );
  });

  it("reads 'on big orders ... those orders fail' as some orders, not the order flow", () => {
    const text =
      "our custom script in the order flow hits the governance limit on big orders (100+ lines) and those orders fail. About 2 a week, we split them manually";
    expect(read(text).scope?.value).toBe("some cases");
    expect(read(text).criticality).toBeUndefined();
    expect(level(text, "celigo")).toBe("normal");
  });
});

describe("batch 317: reports that open with a compliment, mail inboxes, carrier filtering", () => {
  it("reads 'we like your platform' as what the client thinks, not other customers affected", () => {
    const text =
      "Hello, we like your platform, simple and easy. We found a problem: when a customer sends a WhatsApp with a photo, the agent gets no alert. The message is there when they open the conversation.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(level(text, "cm-connect-engage")).not.toBe("P1");
    expect(read("is your whole platform down? nothing loads").scope?.value).toBe("other customers");
  });

  it("reads 'the voicemails themselves are in the portal' as the rest still working", () => {
    const text =
      "I am not receiving the email notifications of new voicemails anymore, the voicemails themselves are in the portal";
    expect(read(text).sparedPart?.value).toBe("spared");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 319: reports wrapped in greetings, context and sign-offs", () => {
  it("reads 'I can't access ... at all' as the writer, and invoices due before noon as a deadline", () => {
    const text =
      "Good morning....I can't access the accounting program through the server at all today....when can someone look at it? I have invoices to send out before noon. Thanks";
    expect(read(text).scope?.value).toBe("one");
    expect(read(text).criticality?.value).toBe("critical");
    expect(level(text, "managed-helpdesk")).toBe("P3");
    // everyone named still is
    expect(read("we can't access the accounting program at all, none of us").scope?.value).not.toBe("one");
  });

  it("reads a camera not detected as a failure, and 'meetings since this morning' as no meeting due", () => {
    const text =
      "My camera isn't detected in Teams meetings since this morning. Zoom sees it fine so I use my phone for Teams calls for now.";
    expect(read(text).state?.value).toBe("broken");
    expect(read(text).criticality).toBeUndefined();
    expect(level(text, "managed-helpdesk")).toBe("P4");
    expect(read("I have a client meeting this morning and my laptop won't start").criticality?.value).toBe(
      "critical",
    );
  });
});

describe("batch 320: four presets in plain words", () => {
  it("reads 'approved and rejected' as the names of statuses, not something rejected", () => {
    const text =
      "After the update the dashboard chart colours for approved and rejected are both greenish. Hard to tell apart, numbers are right though.";
    expect(read(text).state?.value).not.toBe("broken");
    expect(read("every expense claim is rejected with 'invalid approver'").state?.value).toBe("broken");
  });
});

describe("batch 323: the products' own words (flow steps, process states, carriers, MSP tools)", () => {
  it("reads 'order flow errors on one order' as one record, not the order flow failing", () => {
    const text =
      'Order flow errors on one order: "Shopify order #10422 does not have a customer assigned." All other orders imported fine. Can you advise?';
    expect(read(text).criticality).toBeUndefined();
    expect(ruledLevel(text, "celigo")).toBe("normal");
    expect(read("the order flow errors out on every run since 6am").criticality?.value).toBe("critical");
  });

  it("reads 'could that be made longer?' as a feature request", () => {
    const text =
      "The resolved errors list only keeps 30 days, could that be made longer? Would help with audits.";
    expect(read(text).request?.value).toBe("feature");
    expect(ruledLevel(text, "celigo")).toBe("low");
  });

  it("reads adding someone to a group as a service request, and from a date ahead as one to schedule", () => {
    const text = "Could you add Sarah to the 'management' distribution list? No hurry.";
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    expect(
      read("Please add Pieter to the 'Finance' security group from 1 January, not before.").request?.value,
    ).toBe("scheduled");
    // something new added is still a feature
    expect(read("please add a button to export the list").request?.value).toBe("feature");
  });

  it("reads a tender due tomorrow as a deadline", () => {
    const text =
      "BitLocker is asking for the recovery key on my laptop after the update and I don't have it. I'm on a borrowed PC for now but I can't reach my local files and I have a tender due tomorrow.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("I'm on a borrowed PC for now, no deadline").criticality?.value).not.toBe("critical");
  });
});

describe("batch 324: reports relayed from the client's own customers and colleagues", () => {
  it("reads 'other customers get theirs' as the client's customers still served, not other customers hit", () => {
    const text =
      "One of our customers says he never got the verification code. He is abroad on holiday, roaming. Other customers get theirs. Anything we can do?";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(level(text, "cm-connect-engage")).not.toBe("P1");
    expect(read("our SMS are down, other customers can't get theirs either").scope?.value).toBe(
      "other customers",
    );
  });

  it("reads 'replies by hand to each person' as whom she writes to, not everyone affected", () => {
    const text =
      "Colleague says the 'Reply all' button in Outlook is greyed out on a few emails. She replies by hand to each person.";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("the login fails for each user since 9").scope?.value).toBe("everyone");
  });
});

describe("batch 325: what someone else noticed, passed on", () => {
  it("reads mobile phones still getting the forwarded calls as a way around", () => {
    const text =
      "Reception reports the phone system shows 'no service' on all desk phones since 10, but mobile phones still get the forwarded calls. Customers hear a long wait before it forwards, some hang up.";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
  });

  it("reads 'is it on your roadmap?' and 'if we can get a connector' as a feature request", () => {
    const text = "The sales team asks if we can get a connector for Pipedrive. Is it on your roadmap?";
    expect(read(text).request?.value).toBe("feature");
    expect(ruledLevel(text, "celigo")).toBe("low");
  });

  it("reads 'no orders can be picked or shipped' as what the business runs on", () => {
    expect(
      read("the handheld scanners can't reach the stock system, so no orders can be picked or shipped")
        .criticality?.value,
    ).toBe("critical");
  });
});

describe("batch 326: one-liners and long letters", () => {
  it("reads 'whether this is a mapping issue on our end or a bug' as asking, and a team correcting it as a way around", () => {
    const text =
      "We noticed that the 'Salesforce Opportunity to NetSuite Sales Order' flow sets the wrong subsidiary on orders for our Canadian customers (it uses the US subsidiary). This affects maybe 5 orders per week, which our finance team corrects in NetSuite before invoicing. Everything else in the flow looks correct.\nCould you help us figure out whether this is a mapping issue on our end or a bug?";
    expect(read(text).state?.value).not.toBe("broken");
    expect(read(text).workaround?.value).toBe("present");
    expect(read("there is a bug in the order flow, every order fails").state?.value).toBe("broken");
  });

  it("reads 'it would be nice to have it back' as a defect to put right, not a feature", () => {
    const text =
      "Since the Windows update of last week my laptop's fingerprint reader doesn't work anymore. I log in with my PIN instead which works fine. It would be nice to have it back at some point.";
    expect(read(text).request?.value).not.toBe("feature");
    expect(read("it would be nice to have a dark mode").request?.value).toBe("feature");
  });
});

describe("batch 328: in the shapes of public reports", () => {
  it("reads every item of a process held up as the process, whatever list it shows in", () => {
    const text =
      "All items in our Leave Application process are stuck at the HR step, HR can't see them in their task list. Nobody's leave gets approved.";
    expect(read(text).unit?.value).toBe("module");
    expect(ruledLevel(text, "kissflow")).toBe("high");
    // one list not showing the tasks of a process is that list
    expect(read("the 'my tasks' list doesn't show tasks from the HR process").unit?.value).toBe("feature");
  });

  it("reads what was tried to no avail as no way around it", () => {
    for (const tried of [
      "Reloading, other browsers, incognito — nothing.",
      "tried incognito and another browser, no luck",
      "we cleared the cache, didn't help",
    ])
      expect(read(`the agent inbox is blank for everyone. ${tried}`).workaround?.value).toBe("absent");
    expect(read("the agent inbox is blank for everyone, incognito works").workaround?.value).toBe("present");
  });

  it("reads the channels an inbox no longer shows as the inbox's messages, not products down", () => {
    const text =
      "Our whole support team (25 people) is staring at a blank agent inbox. Reloading, other browsers, incognito — nothing. WhatsApp, email, chat, none of it shows up.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    // two products named down are still two
    expect(ruledLevel("Voice and SMS are both down, none of them work", "cm-connect-engage")).not.toBe("P2");
  });

  it("reads a wait before something starts as a slowdown", () => {
    const text =
      "Our callers hear silence for ~5s before the IVR greeting starts since Tuesday. Everything works after that.";
    expect(read(text).state?.value).toBe("degraded");
    expect(level(text, "cm-connect-engage")).toBe("P4");
  });
});

describe("batch 329: forms, follow-ups and forum questions", () => {
  it("reads 'the scroll wheel on mine' as the writer's own", () => {
    const text =
      "Could you order me a new mouse? The scroll wheel on mine is broken, the touchpad works meanwhile.";
    expect(read(text).scope?.value).toBe("one");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("the printer is down for everyone, mine too").scope?.value).toBe("everyone");
  });

  it("reads a critical flow blocked as blocked, though other flows run", () => {
    const text =
      "Every flow run since 09:00 fails with 'Invalid credentials' for our Amazon connection. Amazon orders aren't reaching NetSuite. Other connections fine.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    // a way around it still lowers it
    expect(
      ruledLevel(
        "Amazon orders aren't reaching NetSuite, we key them in by hand for now. Other connections fine.",
        "celigo",
      ),
    ).toBe("high");
  });

  it("reads sending at the wrong time as a wrong result", () => {
    expect(
      read("All scheduled campaigns for today were sent at 00:00 UTC instead of 09:00 local.").state?.value,
    ).toBe("wrong");
  });
});

describe("batch 330: shops, clinics and branches", () => {
  it("reads a screen that cuts off long names as how it looks", () => {
    expect(read("The field mapping screen cuts off long field names").state?.value).toBe("cosmetic");
    expect(read("all our texts arrive cut off after 70 characters").state?.value).toBe("wrong");
  });

  it("reads doing it by hand that the client says is impossible as no way around it", () => {
    const text =
      "No conversations are routed to agents anymore, they all sit in the 'unassigned' queue. Agents can pick them manually but with 300 an hour that's impossible.";
    expect(read(text).workaround?.value).toBe("absent");
    expect(read("agents pick them manually for now").workaround?.value).toBe("present");
  });

  it("reads a critical process wrong with no way around it as Celigo's urgent, with one as its high", () => {
    const text =
      "Inventory levels to Amazon have not updated since Saturday. We're overselling and getting penalised by Amazon. No manual way at our size.";
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    expect(
      ruledLevel(
        "Inventory levels to Amazon have not updated since Saturday. We're overselling. We update them by hand for now.",
        "celigo",
      ),
    ).toBe("high");
  });

  it("reads an incident the client says is over as a question about what happened", () => {
    for (const text of [
      "It was down for about 10 minutes around 14:00, everything is back now. Can you tell us what happened?",
      "SMS was down for 20 minutes, it works again. What happened?",
    ]) {
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P5");
      // down for everyone, so the client is asked rather than told it is the lowest level
      expect(classifyPriority(text, presetPolicy("cm-connect-engage") as Policy).confidence).toBeLessThan(
        LOW_CONFIDENCE,
      );
    }
    // still failing, failing again and again, or a problem that is back are not over
    for (const text of [
      "It was down an hour, now it's back up but slow",
      "The netsuite connection keeps dropping every hour, we reconnect manually and it works again",
      "Since your fix last night, incoming calls work again but the IVR skips the language choice",
      "the WhatsApp media problem is back, images don't load",
    ])
      expect(read(text).state, text).toBeDefined();
    expect(ruledLevel("It was down an hour, now it's back up but slow", "cm-connect-engage")).not.toBe("P5");
    expect(
      ruledLevel(
        "Since your fix last night, incoming calls work again but the IVR skips the language choice",
        "cm-connect-engage",
      ),
    ).not.toBe("P5");
  });
});

describe("batch 331: second-language English and short notes", () => {
  it("reads 'zero arrive' as none of what is sent", () => {
    const text =
      "Goodmorning, since yesterday evening our customers are not receiving the SMS with the parcel code. We send around 5000 per day and zero arrive. Please help fast.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'our system can handle it' as no impact, and 'can't handle it' as some", () => {
    expect(
      ruledLevel(
        "Our webhook get duplicate delivery reports for some messages, our system can handle it.",
        "cm-connect-engage",
      ),
    ).toBe("P5");
    expect(
      ruledLevel(
        "Our webhook gets duplicate delivery reports for some messages, our system can't handle it.",
        "cm-connect-engage",
      ),
    ).not.toBe("P5");
  });
});

describe("batch 332: escalations and technical notes", () => {
  it("does not read flows that disabled themselves as a way around it", () => {
    const text =
      "URGENT: all flows disabled themselves overnight ('license expired') — we renewed last week. Nothing is running in production.";
    expect(read(text).workaround).toBeUndefined();
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    expect(read("the sync fails for some orders, we fix them ourselves").workaround?.value).toBe("present");
  });

  it("reads a failover that works, or traffic moved elsewhere, as a way around it", () => {
    const text =
      "Since 08:12 CET our SMPP binds get 'ESME_RBINDFAIL'. We cannot send any SMS. Failover to HTTP API works though, we switched 60% of traffic.";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  it("reads messages missing for hours and then showing up as late by hours", () => {
    expect(
      read("Our WhatsApp replies from customers go missing for a few hours and then show up all at once.")
        .state?.value,
    ).toBe("severely degraded");
  });

  it("reads a privacy problem and credentials given to a caller as business-critical", () => {
    expect(
      read(
        "We noticed the conversation transcripts emailed to customers have the agent's internal notes in them!! Privacy problem, please disable that asap.",
      ).criticality?.value,
    ).toBe("critical");
    const given =
      "Someone from 'IT support' called our receptionist and asked for her password, she gave it. What now?";
    expect(read(given).criticality?.value).toBe("critical");
    expect(ruledLevel(given, "managed-helpdesk")).toBe("P3");
    // asked, and not given, is a question
    expect(
      read("Someone called and asked for my password, I hung up. Should I report it?").criticality,
    ).toBeUndefined();
  });
});

describe("batch 333: the seed's own product names and terms", () => {
  it("reads calls going over the backup trunk as a way around one trunk down", () => {
    const text = "Our primary SIP trunk is down, calls are going over the backup trunk fine.";
    expect(read(text).workaround?.value).toBe("present");
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(ruledLevel("Both SIP trunks are down, no calls in or out.", "cm-connect-engage")).toBe("P2");
  });

  it("does not read the client's local files working as part of the service still working", () => {
    const text =
      "Nobody in the office can open any shared folder on the file server since 9. Local files work.";
    expect(read(text).sparedPart).toBeDefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
  });
});

describe("batch 334: chat-app shorthand", () => {
  it("reads a scanner turning out blank pages as no page that will not load", () => {
    expect(
      read("scanner in accounts scans blank pages, we use the one in reception for now").state?.value,
    ).not.toBe("down");
    expect(read("the intranet shows a blank page for everyone").state?.value).toBe("down");
  });

  it("reads 'can't apply for leave' as something not done", () => {
    expect(read("people can't apply for leave since the year rollover").state?.value).toBe("broken");
  });
});

describe("asking for a breakdown", () => {
  it("reads 'break down the usage' as itemising, not as something down or broken", () => {
    const text = "Can our monthly invoice break down the SMS usage per sender ID?";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(read("when the connection breaks down all calls drop").state).toBeDefined();
  });
});

describe("batch 336: two issues, timelines and what is over", () => {
  it("reads an outage the client says is over as a question, which the words of the outage do not page for", () => {
    const text = "Kissflow was down for 10 minutes at 9am, all fine now. Was that a known incident?";
    const suggestion = classifyPriority(text, presetPolicy("kissflow") as Policy);
    expect(suggestion.priority).toBe("low");
    expect(suggestion.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(
      ruledLevel(
        "We had a few failed WhatsApp messages yesterday, today it's fine. Just want to know the cause.",
        "cm-connect-engage",
      ),
    ).toBe("P5");
    expect(
      ruledLevel(
        "Email was slow this morning but it's fine now, could you check what happened?",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    // one product fine now beside another down is not over
    expect(ruledLevel("SMS is down, calls are fine now", "cm-connect-engage")).not.toBe("P5");
  });

  it("does not count a product that failed on an earlier day among today's", () => {
    expect(
      ruledLevel(
        "Yesterday voice was down for an hour (thanks for fixing). Today WhatsApp messages aren't arriving for anyone.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(ruledLevel("Voice and SMS are both down since this morning", "cm-connect-engage")).toBe("P1");
  });
});

describe("batches 337 to 340: numbers, understatement, slang and questions about what would happen", () => {
  it("reads a failure only supposed in a question as a question, which pages no one", () => {
    const questions: [string, string][] = [
      ["What happens to queued SMS if your platform goes down? Do they get resent?", "P5"],
      ["Do you have a status page where we can see if voice is down?", "P5"],
      ["Who do we call during an outage?", "P5"],
      ["In case of an outage, who should we contact?", "P5"],
      ["Does the SLA cover the time voice is down?", "P5"],
      ["If WhatsApp is down, can messages fall back to SMS automatically? How do we set that up?", "P5"],
    ];
    for (const [text, expected] of questions) expect(level(text, "cm-connect-engage"), text).toBe(expected);
    expect(
      level(
        "What should we do if the internet goes down in the office? Is there a backup?",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    expect(level("Who do I call if my laptop won't start?", "managed-helpdesk")).toBe("P5");
    expect(level("What happens if Kissflow is down during payroll day?", "kissflow")).toBe("low");
    expect(level("Will orders be lost if integrator.io goes down?", "celigo")).toBe("low");
    expect(level("If NetSuite is down, do flows retry automatically?", "celigo")).toBe("low");
  });

  it("still reads a failure the client suspects or says is happening now", () => {
    // "check if" asks because the client suspects it: not supposed
    expect(
      ruledLevel("Can you check if SMS is down? None of our messages arrive.", "cm-connect-engage"),
    ).toBe("P2");
    expect(ruledLevel("What do we do if SMS is down again like right now?", "cm-connect-engage")).not.toBe(
      "P5",
    );
    expect(
      ruledLevel("Why do calls fail when we transfer them to the sales queue?", "cm-connect-engage"),
    ).toBe("P3");
    expect(ruledLevel("Will orders be lost? All flows are down since 2am?", "celigo")).toBe("urgent");
  });

  it("reads asking about a limit as a question", () => {
    expect(
      level("Is there a limit on the number of fields in a form? We're designing a big one.", "kissflow"),
    ).toBe("low");
  });

  it("reads a small error rate as some cases, a retry that gets them through as a way around, and 'fine since' as over", () => {
    const text =
      "Error rate on the SMS API went up to about 2% between 11:00 and 11:20, retries got them through. Just reporting it.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(read(text).workaround?.value).toBe("present");
    expect(read(text).criticality?.value).toBe("minor");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("The error rate is at 60% since 9").scope?.value).not.toBe("some cases");
    expect(
      ruledLevel(
        "Just reporting it: the SMS API returned errors for 20 minutes this morning, all fine since.",
        "cm-connect-engage",
      ),
    ).toBe("P5");
    expect(ruledLevel("SMS is down for everyone since 9. Just reporting it.", "cm-connect-engage")).toBe(
      "P2",
    );
  });
});

describe("batches 341 and 342: the issue's own kinds of report, and severity told by what it costs", () => {
  it("reads a product's messages that stopped arriving or going out as the product failing", () => {
    const text =
      "Inbound WhatsApp messages stopped arriving at 11:05; customers see the two grey ticks but nothing reaches our agents. Voice fine.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("Outbound SMS stopped going out at 11:05.", "cm-connect-engage")).toBe("P2");
    // a part of a product is not the product
    expect(
      ruledLevel(
        "WhatsApp templates stopped arriving at 11:05, session messages are fine",
        "cm-connect-engage",
      ),
    ).not.toBe("P2");
  });

  it("reads running it again and it working as a way around", () => {
    const text =
      "The weekly customer export (not business critical) timed out last night; running it again this morning worked.";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "celigo")).toBe("normal");
  });

  it("reads two of the agents as some", () => {
    expect(read("Two of the agents can't hear callers.").scope?.value).toBe("some");
  });
});

describe("batches 344 and 346: second-language English and reports of a few words", () => {
  it("reads one order stuck and retried as a few records with a way around, not an order flow blocked", () => {
    const text = "1 order stuck, retried ok";
    expect(read(text).scope?.value).toBe("some cases");
    expect(read(text).workaround?.value).toBe("present");
    expect(read(text).criticality).toBeUndefined();
    expect(level(text, "celigo")).toBe("normal");
    expect(read("one order is stuck, retrying worked").workaround?.value).toBe("present");
    // orders stuck, not counted few, are the order flow blocked
    expect(ruledLevel("orders are stuck since 2am", "celigo")).toBe("urgent");
    expect(ruledLevel("400 orders stuck", "celigo")).toBe("urgent");
  });
});

describe("batch 343: long mails", () => {
  it("does not read the client's other tools working as part of the product still working", () => {
    const text =
      "Since 14:20 we are unable to use any of your services. Inbound and outbound calls fail, our SMS API requests return 503 and the portal does not load. We have checked our own network and other SaaS tools work fine.";
    expect(read(text).sparedPart).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    // the product's own other apps still are
    expect(read("The Leave app is broken for everyone, other apps work.").sparedPart).toBeDefined();
  });
});

describe("batch 345: the client's own word on priority against what the report says", () => {
  it("reads a deadline today over the client calling it no big deal", () => {
    const text =
      "No big deal, but I can't log in to the payroll system and salaries have to be approved by 3pm today.";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("The report has to be done by 10:30, and Excel crashes for me.").criticality?.value).toBe(
      "critical",
    );
    // a deadline on another day is not today's
    expect(read("Not a big deal, the invoices have to be sent by 5 on Friday.").criticality?.value).toBe(
      "minor",
    );
  });

  it("reads two or three invoices as a few records", () => {
    expect(read("Two invoices didn't sync last night.").scope?.value).toBe("some cases");
    expect(ruledLevel("Two invoices didn't sync last night.", "celigo")).toBe("normal");
    expect(read("all three invoices failed").scope?.value).not.toBe("some cases");
  });
});

describe("batch 347: the edges between a breaking issue, a small incident and a remark", () => {
  it("reads slower but no problem by the client's account as a remark, not 'no impact on orders'", () => {
    expect(
      ruledLevel(
        "The Expense report takes a second longer to load since the update. Not a problem.",
        "kissflow",
      ),
    ).toBe("low");
    expect(ruledLevel("the product image sync takes longer than usual, no impact on orders", "celigo")).toBe(
      "normal",
    );
  });

  it("reads a label shown in bold as how it looks", () => {
    expect(
      read('The Purchase Request form shows the "Vendor" label in bold, the other labels aren\'t.').state
        ?.value,
    ).toBe("cosmetic");
  });
});

describe("words for down and for nobody that the rules did not know", () => {
  it("reads 'has gone dark' as down and 'on the blink' as not working, not dark mode", () => {
    expect(read("Kissflow has gone dark for our entire company since 9am").state?.value).toBe("down");
    expect(ruledLevel("Kissflow has gone dark for our entire company since 9am", "kissflow")).toBe(
      "critical",
    );
    expect(read("the entire Boards module is on the blink, processes are ok").state?.value).toBe("broken");
    expect(read("Can we switch to dark mode?").state).toBeUndefined();
    expect(read("the laptop camera image is dark for everyone in video calls").state?.value).toBe("cosmetic");
  });

  it("reads 'zero people' and 'not a single person' as nobody", () => {
    expect(
      ruledLevel(
        "zero people in our office can log into email since 8am, no way around it",
        "managed-helpdesk",
      ),
    ).toBe("P2");
    expect(read("not a single person can work properly").scope?.value).toBe("everyone");
  });
});

describe("texts are SMS", () => {
  it("reads 'texts' and 'text messages' as Business Messaging, beside voice two products down", () => {
    expect(
      ruledLevel(
        "texts and voice both unavailable for all our users since the maintenance window ended",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(ruledLevel("our text messages don't go out for anyone since 9", "cm-connect-engage")).toBe("P2");
  });
});

describe("forwarded and second-hand reports (batches 349 and 350)", () => {
  it("reads a terse note of what works with where it works as spared: 'SMS and voice fine on our side'", () => {
    expect(
      read(
        "none of the agents can pick up WhatsApp chats since lunch, the inbox just spins. SMS and voice fine on our side.",
      ).sparedPart?.evidence,
    ).toBe("SMS and voice fine");
    expect(read("the inbox is down for everyone. SMS fine, voice ok").sparedPart).toBeDefined();
  });

  it("lets no wording make one product out several where the others are said to work", () => {
    const text =
      'FW from our call centre lead: "none of the agents can pick up WhatsApp chats since lunch, the inbox just spins". SMS and voice fine on our side.';
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(level(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads a channel's business inbox as that channel, not a second product", () => {
    expect(
      level(
        "Status at 14:30: WhatsApp business inbox down for the whole team (30 agents), no messages in or out. SMS and voice OK.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(
      ruledLevel("the WhatsApp inbox and voice are both down for all our agents", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("who else uses it, and what the client's staff cannot do (batches 351 and 352)", () => {
  it("reads 'nobody else uses it' as only those named, and 'nobody else can either' as everyone", () => {
    const hrOnly =
      "Is the payroll app down? HR (3 people) can't get in and salaries must go out tomorrow; nobody else uses it.";
    expect(read(hrOnly).scope?.value).toBe("some");
    expect(ruledLevel(hrOnly, "managed-helpdesk")).toBe("P3");
    expect(read("the payroll app is down, nobody else can log in either").scope?.value).toBe("everyone");
    expect(read("only I have the problem, no one else needs it").scope?.value).not.toBe("everyone");
  });

  it("carries a negation into an afterthought: 'haven't gone out since Monday, to anyone'", () => {
    const text =
      "The text messages that remind our patients of their appointments haven't gone out since Monday, to anyone.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("we sent the reminders on Monday, to anyone who booked").scope).toBeUndefined();
  });

  it("reads checking guests in and selling as what the client's staff cannot do", () => {
    const frontDesk =
      "None of the computers here show the internet, the little globe has a line through it on all of them. The girls can't check in any guests.";
    expect(read(frontDesk).state?.value).toBe("broken");
    expect(ruledLevel(frontDesk, "managed-helpdesk")).toBe("P2");
    expect(read("the tills are frozen in all our shops, we can't sell anything").state?.value).toBe("broken");
    expect(read("please check in with the team tomorrow").state).toBeUndefined();
  });
});

describe("contrasts with 'not' (batch 353)", () => {
  it("reads 'Not production — only our sandbox' as a non-production issue, Celigo's low", () => {
    expect(
      level("Not production — only our sandbox flows fail to connect to the NetSuite sandbox.", "celigo"),
    ).toBe("low");
    expect(level("It's not production, the sandbox flows fail", "celigo")).toBe("low");
    expect(level("the sandbox fails and production too, every order flow errors", "celigo")).not.toBe("low");
  });

  it("reads 'not every time', '1 run in 10' and 'the next run picks them up' as now and then", () => {
    for (const text of [
      "Not every time: the order flow fails with a timeout.",
      "the order flow fails on maybe 1 run in 10 with a timeout",
      "the order flow fails with a timeout, the next run picks the orders up.",
    ])
      expect(read(text).intermittent, text).toBeDefined();
    const text =
      "Not every time: the order flow fails on maybe 1 run in 10 with a timeout, the next run picks the orders up.";
    expect(level(text, "celigo")).not.toBe("urgent");
    expect(read("1 in 10 of our users cannot log in").intermittent).toBeUndefined();
  });
});

describe("chat-speak and long stories (batches 354 and 355)", () => {
  it("reads 'sms + calls ok tho' and 'staring at an empty inbox' as one product out, not three", () => {
    const text =
      "yo whatsapp is totally dead for us rn, no msgs in or out for like an hour, whole team staring at an empty inbox. sms + calls ok tho";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("whatsapp is totally dead for us. sms and calls ok tho", "cm-connect-engage")).toBe(
      "P2",
    );
  });

  it("reads a month's short form as a date to plan for: 'for the intern starting in jan'", () => {
    expect(level("We need a new laptop for the intern starting in jan, no rush.", "managed-helpdesk")).toBe(
      "P6",
    );
    expect(read("need a new laptop for the intern starting in jan").request?.value).toBe("scheduled");
  });

  it("does not read what the client did as what fails: 'we did nothing on our side'", () => {
    expect(read("we did nothing on our side, but every outbound call fails").state?.evidence).toBe("fails");
    expect(read("we did nothing different this morning").state).toBeUndefined();
    expect(read("the send button does nothing").state?.value).toBe("broken");
  });

  it("reads the queues nobody can work as the inbox's work, not WhatsApp out", () => {
    expect(
      ruledLevel(
        "Our agents can't log in to the Service Cloud inbox since 13:00: it says 'authentication failed' for everyone. Calls still come in on the phones, but no one can work the WhatsApp and email queues.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("a count in brackets, and another of the client's sites", () => {
  it("reads a count in brackets between subject and verb after the sentence", () => {
    expect(
      ruledLevel("nobody in the office (about 35 people) can reach the server at all", "managed-helpdesk"),
    ).toBe("P2");
    expect(read("nobody in the office (about 35 people) can reach the server at all").scope?.value).toBe(
      "everyone",
    );
    // an aside that is not a count stays where it is
    expect(
      analyse("the order import from Amazon (our main channel) is failing for every order").raw,
    ).toContain("amazon (our main channel) is failing");
    expect(analyse("nobody in the office (about 35 people) can reach the server").raw).toBe(
      "nobody in the office can reach the server (about 35 people)",
    );
  });

  it("reads another of the client's sites working as where it is not down, not as part of it working", () => {
    const text =
      "Our contact centre in Manila (120 agents) can't connect to the agent desktop since 02:00 UTC: 'connection timed out'. Our European site (15 agents) works. Manila handles 90% of our calls.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });
});

describe("the rest working, said without a verb", () => {
  it("reads 'rest of kissflow ok' as the rest working: a process, not the system down", () => {
    const text = "nobody can submit expense claims since this morning. rest of kissflow ok";
    expect(read(text).sparedPart?.evidence).toBe("rest of kissflow ok");
    expect(ruledLevel(text, "kissflow")).toBe("high");
  });

  it("reads 'the rest of CM works' beside a product down as the other products, not part of it working", () => {
    expect(
      ruledLevel(
        "No inbound WhatsApp messages have arrived for any of our numbers since 11:00, and we can't send either. The rest of CM works for us.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("typed in a hurry (batch 361)", () => {
  it("reads common misspellings as the words meant", () => {
    expect(level("2 ordres failed with adress erorr, fixed them and reran, fine now", "celigo")).toBe(
      "normal",
    );
    expect(
      ruledLevel(
        "noone can submitt purchase reqeusts, the procurment proces errors for evryone. other procesess fine",
        "kissflow",
      ),
    ).toBe("high");
    expect(
      read("voise is compleetly down for us, no inbound or outbond calls on any numbr").state?.value,
    ).toBe("down");
  });
});

describe("how long it lasted (batch 362)", () => {
  it("reads a failure that went through on a later run, all in, as over: a question, not Celigo's urgent", () => {
    const text =
      "The order flow failed at 2am and succeeded on the 3am run, all orders are in. Just curious why.";
    expect(level(text, "celigo")).toBe("low");
    expect(ruledLevel("The order flow failed at 2am, the next run succeeded.", "celigo")).toBe("low");
    expect(
      ruledLevel("The order flow failed at 2am and every run since, orders are stuck", "celigo"),
    ).not.toBe("low");
  });

  it("does not read 'every Monday' as everyone", () => {
    expect(read("Every Monday one or two invoices fail to sync and we push them by hand.").scope?.value).toBe(
      "some cases",
    );
  });
});

describe("what nobody can raise is the process", () => {
  it("reads 'nobody can submit expense claims, the submit button errors for everyone' as the process out, Kissflow's high", () => {
    for (const text of [
      "nobody can submit expense claims, the submit button errors for everyone. rest of kissflow ok",
      'Our procurement head: "nobody can approve a purchase order, the approve button errors out". The rest of Kissflow works fine.',
      "nobody can submit expense claims since this morning",
    ]) {
      expect(read(text).unit?.value, text).toBe("module");
      expect(ruledLevel(text, "kissflow"), text).toBe("high");
    }
    // one button that fails beside a process that works stays a feature
    expect(read("the print button errors for everyone, submitting works").unit?.value).toBe("feature");
  });
});

describe("the way around it, slow", () => {
  it("reads 'very slow' said of the way around it as how the way around goes, not as the state", () => {
    const text =
      "the 5 scanners don't connect to the stock system (they pick on paper for now, very slow, shipment today)";
    expect(read(text).state?.value).toBe("broken");
    expect(read(text).workaround?.value).toBe("present");
    expect(read("the portal is very slow for everyone since 9").state?.value).toBe("severely degraded");
  });
});

describe("batch 370: the channel used as the way around, and what callers leave", () => {
  it("reads the channel named as the way around it as one that works, not a second product failing", () => {
    for (const text of [
      "SMS is down for all our agents, we call customers by phone instead",
      "None of our delivery drivers get the route SMS this morning, we have 60 drivers waiting at the depot. Calls to them work, so we read the routes out by phone, but that takes forever.",
    ]) {
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P2");
      expect(read(text).state?.value, text).not.toBe("severely degraded");
    }
    expect(
      ruledLevel("SMS is down for all our agents, and the phones are dead too", "cm-connect-engage"),
    ).toBe("P1");
  });

  it("reads the messages callers leave as voicemail, and calls answered at some hours as a part that works", () => {
    const text =
      "The voicemail-to-email is not working for any of our 12 stores since Saturday: customers leave messages, nobody receives them. Calls during opening hours are answered normally.";
    expect(read(text).sparedPart?.value).toBe("spared");
    expect(level(text, "cm-connect-engage")).toBe("P3");
    expect(
      ruledLevel(
        "WhatsApp and SMS are down for every agent, customers can't send messages",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 375: who it was the last time", () => {
  it("reads who it reached the last time as not this report's, and the people of one department counted as some", () => {
    const text =
      "Last month it was the whole office, this time it's only the 6 people in finance: they can't reach the accounting server since this morning and the payment run is at noon.";
    expect(read(text).scope?.value).toBe("some");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    // who it reaches now, after who it reached before
    expect(
      read("Last time it was just me, now it's the whole office: nobody can reach the server").scope?.value,
    ).toBe("everyone");
  });
});

describe("batch 377: bug-report templates (items of one kind, the rest said to work, a process's items, a window ahead)", () => {
  it("reads items of one kind as the subject as some cases, and the other items said to sync as working", () => {
    const refunds =
      "refunds with a discount code fail, other refunds sync. Around 5 a week, we enter them by hand.";
    expect(read(refunds).scope?.value).toBe("some cases");
    expect(read(refunds).sparedPart?.value).toBe("spared");
    expect(ruledLevel(refunds, "celigo")).toBe("normal");
    expect(read("orders with no tracking number don't sync").scope?.value).toBe("some cases");
    expect(read("orders without a tracking number don't sync").scope?.value).toBe("some cases");
    // every one of them is no kind of them
    expect(read("the orders with all the data are stuck").scope?.value).not.toBe("some cases");
    // the others said to be late still fail
    expect(read("other orders sync late").sparedPart).toBeUndefined();
  });

  it("reads a process's items that none can be approved as the process, not the system down", () => {
    const leave =
      "error for every manager in the company since this morning. No leave request can be approved at all.";
    expect(read(leave).unit?.value).toBe("module");
    expect(ruledLevel(leave, "kissflow")).toBe("high");
  });

  it("reads work asked for in a maintenance window as scheduled, and a failure in one as a failure", () => {
    expect(
      read("please move the file server to the new storage during the maintenance window on Saturday").request
        ?.value,
    ).toBe("scheduled");
    // a failure in the window is rated as the failure it is
    expect(
      ruledLevel("the server crashed during the maintenance window, nothing works since", "managed-helpdesk"),
    ).toBe("P2");
  });
});

describe("batch 378: frustrated and withdrawn messages (a report taken back, a process nobody can start)", () => {
  it.each([
    ["nvm, found the answer in your docs. Thanks anyway!", "cm-connect-engage", "P5"],
    [
      "Ignore my previous message, it was our firewall, not your platform. Everything is back.",
      "cm-connect-engage",
      "P5",
    ],
    ["Hi team, never mind my last message, all good", "managed-helpdesk", "P5"],
    ["false alarm, the VPN works", "managed-helpdesk", "P5"],
  ])("%j is the contract's least level", (text, policy, level) => {
    const suggestion = classifyPriority(text, presetPolicy(policy) as Policy);
    expect(suggestion.priority).toBe(level);
    expect(suggestion.reasons[0]).toMatch(/^taken back by the client \("[^"]*\w"\)$/);
  });

  it("is not taken back where a failure is reported after it, nor where the defect stays", () => {
    expect(ruledLevel("please disregard my last message: now nobody can log in", "cm-connect-engage")).toBe(
      "P2",
    );
    expect(ruledLevel("never mind the logo, nobody can log in since 9", "cm-connect-engage")).toBe("P2");
    const docs =
      "The API docs show the 'validity' parameter in minutes, the API expects seconds. We figured it out, works now.";
    expect(classifyPriority(docs, presetPolicy("cm-connect-engage") as Policy).reasons.join(" ")).not.toMatch(
      /taken back/,
    );
    // a bot that ignores the client's messages still fails
    expect(read("the bot ignores my messages").state?.value).toBe("wrong");
  });

  it("reads nobody able to start the process's items as the process: Kissflow's high", () => {
    const onboarding =
      'Nobody in the company can start a new onboarding since the update, the "Initiate" button errors for everyone. Other processes seem fine.';
    expect(read(onboarding).unit?.value).toBe("module");
    expect(ruledLevel(onboarding, "kissflow")).toBe("high");
  });
});

describe("batch 379: cause and consequence", () => {
  it("reads conversations left unanswered as what agents who cannot work leave waiting, not a product failing", () => {
    const inbox =
      "Agents can't log into the inbox since 9:40, so every WhatsApp and chat conversation is piling up unanswered. Calls still come in fine on the phones.";
    expect(ruledLevel(inbox, "cm-connect-engage")).toBe("P2");
    // two products said to be down are still two
    expect(
      ruledLevel("Voice and WhatsApp are both down since 9, customers go unanswered", "cm-connect-engage"),
    ).toBe("P1");
  });

  it("reads Kissflow named unreachable as the whole of it, whatever is listed after", () => {
    const unreachable =
      "Kissflow has been unreachable since 07:15, so nobody in the company can submit, approve or even view anything. All our processes are at a standstill.";
    expect(read(unreachable).unit?.value).toBe("system");
    expect(ruledLevel(unreachable, "kissflow")).toBe("critical");
  });
});

describe("batch 382: what it costs, said first", () => {
  it("reads 'and so does SMS' as a part that works, and 'almost nobody calls us' as how little one is used", () => {
    const inbound =
      "Patients can't reach our clinic: inbound calls to all our numbers fail since 7:45 with a fast busy tone. Outbound calls from agents work, and so does SMS.";
    expect(ruledLevel(inbound, "cm-connect-engage")).toBe("P2");
    const whatsapp =
      "Our entire customer service depends on WhatsApp and since 10:00 not one WhatsApp message reaches our agents, for everyone. Voice and SMS are fine but almost nobody calls us.";
    expect(ruledLevel(whatsapp, "cm-connect-engage")).toBe("P2");
    // two transactions are some cases, as two invoices are
    expect(read("the nightly import skipped 2 transactions last night, the rest came in").scope?.value).toBe(
      "some cases",
    );
    // calls that do not come in are still Voice failing beside the rest
    expect(
      ruledLevel(
        "WhatsApp messages don't arrive and calls don't come in since 10, for all agents",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });
});

describe("batch 383: numbered lists, and the shorthand of chat", () => {
  it("reads chat shorthand as the words it stands for: 'whenever u have time' sets no deadline", () => {
    const stripe = "printer 2nd floor prints w/ a grey stripe, still readable. whenever u have time";
    expect(read(stripe).noDeadline?.value).toBe("no deadline");
    expect(ruledLevel(stripe, "managed-helpdesk")).toBe("P5");
    // "u" only as a word: a U-turn, the U.S. and "UI" stay as written
    expect(analyse("the UI shows a U-turn icon").lemmas).not.toMatch(/you/);
  });

  it("reads one refund, payment or shipment as some cases, as one order is", () => {
    for (const item of ["refund", "payment", "shipment", "transaction"])
      expect(read(`one Shopify ${item} didn't sync, we entered it by hand`).scope?.value, item).toBe(
        "some cases",
      );
  });
});

describe("batch 384: Celigo's and Kissflow's own words", () => {
  it("reads a process named broken for everyone as the process, whatever button is named after it", () => {
    const recruitment =
      "Since the release the Recruitment process is broken for everyone: candidates can't be moved to the next stage, the button errors out. Other processes work.";
    expect(read(recruitment).unit?.value).toBe("module");
    expect(ruledLevel(recruitment, "kissflow")).toBe("high");
    // one button of a process that works is a feature
    expect(
      read("the approve button errors out in the leave process, approving from the inbox works").unit?.value,
    ).toBe("feature");
  });
});

describe("batch 386: small businesses on the managed helpdesk", () => {
  it("reads every practice the client knows, and the others in its group, as other customers", () => {
    const practices =
      "Your hosted practice-management platform is down for every dental practice we know, including ours and the two others in our group. Nobody can open any patient file.";
    expect(read(practices).scope?.value).toBe("other customers");
    expect(ruledLevel(practices, "managed-helpdesk")).toBe("P1");
  });

  it("reads everyone else's phones said to be fine as theirs working, not other customers affected", () => {
    const ceo =
      "The CEO's iPhone stopped syncing email since this morning. Everyone else's phones are fine. He's travelling to a client meeting and needs his mail.";
    expect(read(ceo).scope?.value).not.toBe("other customers");
    expect(ruledLevel(ceo, "managed-helpdesk")).toBe("P3");
    // everyone else's, affected too, still is
    expect(read("our mail is down, and everyone else's too").scope?.value).toBe("other customers");
  });
});

describe("batch 387: Connect & Engage, once more across its levels", () => {
  it("reads calls that ring out and are never offered to agents as failing, not the agents' status as a wrong result", () => {
    const inbound =
      "Inbound calls on all our numbers ring out and are never offered to agents since 13:30. Agents show as available but get nothing. Outbound calls work.";
    expect(read(inbound).state?.value).toBe("broken");
    expect(ruledLevel(inbound, "cm-connect-engage")).toBe("P2");
    // what is never offered to someone is no failure: "the discount is never offered to returning customers"
    expect(read("the loyalty discount is never offered to returning customers").state).toBeUndefined();
  });
});

describe("batch 388: the issue's categories, in new words", () => {
  it("reads a product the client says it does not use as no second product failing", () => {
    const sms =
      "We get 401 Unauthorized on every request to the SMS API since the key rotation this morning, so no SMS at all leave our system. We don't use voice.";
    expect(ruledLevel(sms, "cm-connect-engage")).toBe("P2");
    // a product that does not work is still one failing: "we can't use voice"
    expect(
      ruledLevel("SMS fail for everyone since 9 and we can't use voice either", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("batch 390: typed on a phone, without punctuation", () => {
  it("reads 'nothing is working' as nothing working, whatever products follow in the same clause", () => {
    const contactCenter =
      "guys nothing is working sms wont send calls dont connect and the agent desktop is just loading forever whole contact center is down";
    expect(ruledLevel(contactCenter, "cm-connect-engage")).toBe("P1");
    // a product said to be working stays so: "voice is working, sms wont send"
    expect(ruledLevel("voice is working fine but no sms will send for anyone", "cm-connect-engage")).toBe(
      "P2",
    );
  });
});

describe("batch 391: managers and executives, what it costs first", () => {
  it("reads a question asked on someone's behalf as a question", () => {
    const sso = "Our IT director asks if integrator.io supports single sign-on with Okta.";
    expect(read(sso).request?.value).toBe("question");
    expect(ruledLevel(sso, "celigo")).toBe("low");
    // customers asking whether their messages went out, because none do, is a failure reported
    expect(
      ruledLevel(
        "customers keep asking whether their SMS was sent, since 9 no SMS goes out at all",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 393: long emails with context, greetings and signatures", () => {
  it("leaves out who the client is and what it runs on the product, said before the report", () => {
    const logistics =
      "Dear Kissflow support,\n\nWe are a 600-person logistics company and we run nearly all of our internal processes on Kissflow. As of about 40 minutes ago, nobody in the organisation can access the platform. Approvals for shipments are piling up.";
    expect(read(logistics).unit?.value).toBe("system");
    expect(ruledLevel(logistics, "kissflow")).toBe("critical");
    // a question in the same sentence keeps it: "We are a hospital and would like to know …"
    expect(
      read("We are a hospital and would like to know if our call recordings are stored in the EU").request
        ?.value,
    ).toBe("question");
  });
});

describe("batch 396: negation and contrast, in new words", () => {
  it("reads products said not to be affected as working, written with n't", () => {
    const calls = "No calls are coming in on any of our numbers since 9:00. SMS and chat aren't affected.";
    expect(ruledLevel(calls, "cm-connect-engage")).toBe("P2");
    // "aren't working" is no product working
    expect(
      ruledLevel(
        "No calls are coming in on any of our numbers since 9:00. SMS and chat aren't working either.",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads 'just a question' as a question announced", () => {
    const pause = "No issue, just a question: can a flow be paused automatically outside business hours?";
    expect(read(pause).asking?.value).toBe("announced");
    expect(ruledLevel(pause, "celigo")).toBe("low");
  });
});

describe("batch 397: urgency shouted, or played down", () => {
  it("reads 'major issue' as how bad the client finds it, not as other customers affected", () => {
    const typo = 'MAJOR ISSUE: there is a typo on your login page ("Pasword").';
    expect(read(typo).scope?.value).not.toBe("other customers");
    expect(ruledLevel(typo, "cm-connect-engage")).toBe("P5");
    // a major outage or incident is the provider's
    expect(read("is there a major outage? our phones and email are down").scope?.value).toBe(
      "other customers",
    );
    // nor is "MAJOR ISSUE:" heading the report a failure of its own; what follows it is
    expect(read(typo).state?.value).toBe("cosmetic");
    expect(ruledLevel("Big problem: nobody can log in", "cm-connect-engage")).toBe("P2");
  });
});

describe("batch 398: Kissflow across its four levels", () => {
  it("reads nobody able to sign in to Kissflow as the whole of it, whatever option is named after", () => {
    const sso =
      "Since the SSO certificate change, no one in our organisation can sign in to Kissflow at all. There's no other login option for us.";
    expect(read(sso).unit?.value).toBe("system");
    expect(ruledLevel(sso, "kissflow")).toBe("critical");
    // one option of a form that fails is a feature
    expect(read("the 'urgent' option in the leave form can't be selected").unit?.value).toBe("feature");
  });

  it("reads text that wraps strangely as how it looks", () => {
    const wraps =
      "The description text on our leave form wraps strangely on the mobile app. Everything still works.";
    expect(read(wraps).state?.value).toBe("cosmetic");
    expect(ruledLevel(wraps, "kissflow")).toBe("low");
  });
});

describe("batch 401: Connect & Engage in its own product words", () => {
  it("reads the client's link to the provider's platform as no sign of other customers affected", () => {
    const trunk =
      "Our SIP trunk to your Voice platform dropped at 08:40 and hasn't re-registered; every inbound and outbound call fails. Messaging and the inbox are fine.";
    expect(read(trunk).scope?.value).not.toBe("other customers");
    expect(ruledLevel(trunk, "cm-connect-engage")).toBe("P2");
    // the platform itself down still is the provider's
    expect(read("your voice platform seems down, nothing gets through").scope?.value).toBe("other customers");
  });
});

describe("batch 403: reports corrected or updated in the same message", () => {
  it("reads a report taken back and told again as what is told after the correction", () => {
    const transcripts =
      "Every chat transcript email is missing! Sorry, correction: only for chats closed by the bot, maybe 5 a day. Agents can resend them by hand.";
    expect(read(transcripts).scope?.value).not.toBe("everyone");
    expect(ruledLevel(transcripts, "cm-connect-engage")).toBe("P4");
    const kissflow =
      "The leave process is throwing errors. Actually, scratch that: nothing in Kissflow loads for anyone, every page errors.";
    expect(ruledLevel(kissflow, "kissflow")).toBe("critical");
    // an update adds to the report: the product failing first still fails
    expect(
      ruledLevel(
        "Voice is down. Update: SMS and WhatsApp are failing too now, so nothing works for us at all.",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads a flow running again but hours behind as still failing, not over", () => {
    const inventory =
      "The inventory flow is down! Update: it's running again, but every run takes 2 hours instead of 10 minutes so Shopify stock is behind all day.";
    expect(ruledLevel(inventory, "celigo")).not.toBe("low");
    expect(level(inventory, "celigo")).toBe("high");
    expect(ruledLevel("The inventory flow was down this morning, it's running again now.", "celigo")).toBe(
      "low",
    );
  });
});

describe("batch 407: with a way around it or without", () => {
  it("reads an order import that has failed for every order as a business-critical process failing", () => {
    const imports =
      "The order import has failed for every order since 8am and we have no way to enter them ourselves.";
    expect(read(imports).criticality?.value).toBe("critical");
    expect(ruledLevel(imports, "celigo")).toBe("urgent");
    // one order that has failed is not the flow
    expect(read("a single order has failed to import, we entered it by hand").criticality?.value).not.toBe(
      "critical",
    );
  });
});

describe("Celigo order flows the rules alone read one level low (development messages)", () => {
  it("reads orders the client cannot put through by hand as business-critical", () => {
    const import2000 =
      "The NetSuite order import stopped at midnight and there's no other way for us to get orders into NetSuite, our team can't key in 2,000 orders by hand.";
    expect(read(import2000).criticality?.value).toBe("critical");
    expect(ruledLevel(import2000, "celigo")).toBe("urgent");
    // one order keyed in by hand is a workaround, not a process blocked
    expect(ruledLevel("One order didn't sync, we keyed it in by hand.", "celigo")).toBe("normal");
  });

  it("reads order imports into NetSuite that have failed as the order flow failing", () => {
    expect(
      read("All Amazon order imports into NetSuite have failed since midnight with 'invalid token'.")
        .criticality?.value,
    ).toBe("critical");
  });

  it("reads 'it isn't just some orders' and 'completed with 0 records' as no narrower than all of them", () => {
    expect(
      read("Not a single order has synced since 1am, it isn't just some orders, it's all of them.").scope
        ?.value,
    ).not.toBe("some cases");
    expect(read("the flow shows 'completed' with 0 records, nothing reached NetSuite").scope?.value).not.toBe(
      "some cases",
    );
    // a few records still are some cases
    expect(read("the flow completed with 3 records failing").scope?.value).toBe("some cases");
  });
});

describe("batch 409: what it does to the client, said instead of what fails", () => {
  it("reads people or a place cut off as without a connection, not a label cut off", () => {
    const park =
      "It's not just us: the whole business park seems cut off. Every company here that you provide internet to has lost it since 10:00.";
    expect(read(park).state?.value).toBe("broken");
    expect(ruledLevel(park, "managed-helpdesk")).toBe("P1");
    expect(read("the long names in the column are cut off").state?.value).toBe("cosmetic");
  });
});

describe("top-level development messages the rules alone read one level low", () => {
  it("reads several products that have stopped, time out or carry nothing as every product out", () => {
    for (const text of [
      "our SMS and our voice calls have stopped",
      "SMS, voice and WhatsApp all time out since 19:45",
      "Both our Voice numbers and the Business Messaging API stopped working at 3:05 am.",
      "no texts, no calls, no chats since 9",
      "all our CM services have stopped",
    ])
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P1");
    // a part of one product that stopped doing one thing is not the product
    expect(ruledLevel("SMS stopped showing the sender name", "cm-connect-engage")).not.toBe("P1");
    expect(ruledLevel("conference calls don't work", "cm-connect-engage")).toBe("P3");
    // what the client looked for and did not find is not everything failing
    expect(
      ruledLevel("no errors, no logs, but SMS and voice calls sometimes fail", "cm-connect-engage"),
    ).not.toBe("P1");
  });

  it("reads the client's own lines and the agents' desktop as Connect & Engage products", () => {
    for (const text of [
      "It looks like CM is down: our agents can't log into the desktop, the SMS API returns 500 and inbound WhatsApp isn't arriving.",
      "Our emergency line, the WhatsApp channel and the SMS updates to members all stopped at 22:40.",
      "Both WhatsApp and our phone numbers stopped working about 20 min ago for the whole contact centre.",
      "The calling not work and also the whatsapp not work, for all our operators.",
    ])
      expect(ruledLevel(text, "cm-connect-engage"), text).toBe("P1");
  });

  it("reads the provider's other customers in a partner, a managed company or 'your clients too'", () => {
    for (const text of [
      "Your cloud hosting seems to be down for everyone, our other branches and also our partner on your platform cannot reach their systems",
      "Our IT partner told us your hosted desktop platform is down for every company they manage, us too.",
      "Our email is down. Update: our accountant and the dentist next door, both your clients too, have lost their email as well.",
      "Half the businesses on our street just lost their phones and internet, all of them are on your network, us included.",
    ]) {
      expect(read(text).scope?.value, text).toBe("other customers");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
    }
    // the client's own customers are not the provider's
    expect(read("none of our customers can reach us").scope?.value).not.toBe("other customers");
  });

  it("reads 'no mail in or out' as down", () => {
    expect(read("no mail in or out since 07:45.").state?.value).toBe("down");
    expect(ruledLevel("no mail in or out since 07:45.", "managed-helpdesk")).toBe("P2");
  });

  it("reads what a flow carries for the business as critical, and a team blocked by a flow failing every run as the process blocked", () => {
    for (const text of [
      "Our NetSuite to Salesforce order sync has 2,300 errors since last night. No orders are syncing, and our warehouse picks from Salesforce.",
      "The production flow that sends breakdown jobs to the mechanics' app stopped at 21:00 and every run fails. Stranded members wait.",
      "Our finance team can't close the month: the invoice export to NetSuite fails every time and there's no other way to get them in.",
      "Payroll can't run: the flow that sends hours from our time system to ADP hasn't run since Friday and every retry fails.",
      "Our customers are being charged but their orders never reach our fulfilment system: the payment-to-order flow fails on every run since 3am.",
    ]) {
      expect(read(text).criticality?.value, text).toBe("critical");
      expect(ruledLevel(text, "celigo"), text).toBe("urgent");
    }
    // a team named, where the flow fails now and then, still narrows it
    expect(
      ruledLevel("The invoice export fails now and then for our finance team, they re-run it.", "celigo"),
    ).not.toBe("urgent");
  });
});

describe("batches 411 to 413: the top levels told through what they do to the client", () => {
  it("reads a count fallen to zero beside what it normally is as nothing getting through", () => {
    const zero =
      "Our monitoring shows 0 delivered SMS and 0 answered calls in the last 40 min, normally ~3k and ~400.";
    expect(read(zero).state?.value).toBe("down");
    expect(ruledLevel(zero, "cm-connect-engage")).toBe("P1");
    // a badge that shows 0 where there are some is a wrong result
    expect(read("the inbox shows 0 unread chats but there are new ones").state?.value).not.toBe("down");
  });

  it("reads callers and text channels as Voice and Business Messaging", () => {
    const ivr =
      "Our voice IVR hangs up on every caller after the welcome message since 10:05. Text channels are fine.";
    expect(ruledLevel(ivr, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel(
        "Our shop is effectively unreachable: callers get silence and web chat visitors see 'agent unavailable' even though 12 agents are online. Since 10:40.",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("leaves out a pointer to where to read more", () => {
    const report = "agents cant log in to service cloud. all of them.";
    expect(
      level(
        `${report}\nMore on our side: see <https://status.example.com|our status page>.`,
        "cm-connect-engage",
      ),
    ).toBe(level(report, "cm-connect-engage"));
    // a URL the report is about stays
    expect(
      read("Our webhook https://api.example.com/hook returns 500 for every message").state,
    ).toBeDefined();
  });
});

describe("batches 414 to 416: reports buried in chatter, written in a second language, or corrected", () => {
  it("reads 'not blocking anyone' as no one held up, not everyone affected", () => {
    expect(read("The sync is slow. Not blocking anyone yet but getting worse.").scope?.value).not.toBe(
      "everyone",
    );
    expect(read("the sms have not reached anyone since 9").scope?.value).toBe("everyone");
  });

  it("reads services 'out for us' as down, not a person out for lunch", () => {
    expect(read("Outlook, Teams and the file shares are out for us since 9").state?.value).toBe("down");
    expect(read("she is out for lunch").state).toBeUndefined();
    expect(read("the boss is out since Monday, back next week").state?.value).not.toBe("down");
  });

  it("reads neighbours 'with you too' and 'other offices of your clients' as the provider's other customers", () => {
    for (const text of [
      "our office internet is down and so is the internet at the bakery downstairs, they're with you too.",
      "the server of you is down i think because our office and also 2 other office of your clients near us not have the remote desktop",
    ]) {
      expect(read(text).scope?.value, text).toBe("other customers");
      expect(ruledLevel(text, "managed-helpdesk"), text).toBe("P1");
    }
  });

  it("reads a test environment the client says the issue is not in as production", () => {
    const production =
      "Not a test environment issue: production integrator.io is unreachable for our whole team and no flow has run since 02:00.";
    expect(ruledLevel(production, "celigo")).toBe("urgent");
    expect(
      ruledLevel("This is only in our sandbox, not production: the test flow throws a timeout.", "celigo"),
    ).toBe("low");
    expect(ruledLevel("it's not in production, only the sandbox fails", "celigo")).toBe("low");
  });
});

describe("batches 417 to 419: long emails, a few words, and what the client tried first", () => {
  it("reads the lines a client's customers call as Voice", () => {
    const hospital =
      "We are a hospital. Since 06:20 our appointment reminder SMS are not sent and our patient line doesn't ring through to the agents. Patients can't reach us at all.";
    expect(ruledLevel(hospital, "cm-connect-engage")).toBe("P1");
  });

  it("reads a test sent to ourselves as whom it went to, not a way around it", () => {
    const tested =
      "Called our own numbers, sent ourselves SMS and WhatsApp: nothing. No calls, no messages, nothing at all since 16:45.";
    expect(read(tested).workaround?.value).not.toBe("present");
    expect(read("the export fails, we fix the records ourselves").workaround?.value).toBe("present");
  });

  it("reads half the town as other customers, half the team as some of the client's people", () => {
    expect(read("Mail down since 9. Apparently half the town has the same").scope?.value).toBe(
      "other customers",
    );
    expect(ruledLevel("Mail down since 9. Apparently half the town has the same", "managed-helpdesk")).toBe(
      "P1",
    );
    expect(read("half the team can't log in").scope?.value).toBe("some");
  });
});

describe("batches 420 and 421: executives who say the cost first, and a phone's run-on typing", () => {
  it("reads 'without internet' as down, and 'I want to know why' over a failure as a report, not a question", () => {
    expect(read("we've been without internet since 9").state?.value).toBe("down");
    const ceo =
      "As CEO I want to know why not only our company but also our sister companies in the building, all your clients, have been without internet for two hours.";
    expect(read(ceo).state?.value).toBe("down");
    expect(ruledLevel(ceo, "managed-helpdesk")).toBe("P1");
    // a condition asked about is not a failure
    expect(read("can we test without being charged?").state).toBeUndefined();
  });
});

describe("batches 424 to 427: hedged reports, the cost first, a report that grew, a few words", () => {
  it("reads what fails after 'because' as a failure of its own, not part of what goes unanswered", () => {
    const losing =
      "We're losing every customer contact right now: phones ring out, chats sit unanswered because the desktop won't load, and the WhatsApp number shows offline.";
    expect(ruledLevel(losing, "cm-connect-engage")).toBe("P1");
    // what goes unanswered is still no product failing of its own
    expect(ruledLevel("WhatsApp is down for every agent, chats sit unanswered", "cm-connect-engage")).toBe(
      "P2",
    );
  });

  it("reads Kissflow answering with a server error as the whole of it down, a form's error as less", () => {
    const gateway =
      "From IT: Kissflow returns HTTP 502 for our entire company on web and mobile, no workaround, all processes halted.";
    expect(ruledLevel(gateway, "kissflow")).toBe("critical");
    expect(read("Kissflow returns 502 for everyone").unit?.value).toBe("system");
    expect(read("the leave form shows an error 500 for one user").unit?.value).not.toBe("system");
  });
});

describe("batches 428 to 432: the top level beside the next, pasted errors, anger, a ticket form", () => {
  it("reads files the service deleted as something not working, not what the client removed or asks about", () => {
    const backup =
      "Your backup service seems to have deleted files on every customer's file share overnight, we and two other firms we know are missing folders.";
    expect(ruledLevel(backup, "managed-helpdesk")).toBe("P1");
    expect(read("all the folders on the S drive have been wiped").state?.value).toBe("broken");
    expect(read("I accidentally deleted an email from last week").state).toBeUndefined();
    expect(read("emails older than a year get deleted automatically").state).toBeUndefined();
    expect(read("how long do you keep deleted emails?").state).toBeUndefined();
  });

  it("reads 'no inbound call reaches an agent' as no one's calls, and the chat queue as Service Cloud", () => {
    const standstill =
      "Since the update no inbound call reaches an agent and the chat queue is empty though customers are writing. Service is at a standstill.";
    expect(read(standstill).scope?.value).not.toBe("one");
    expect(ruledLevel(standstill, "cm-connect-engage")).toBe("P1");
    expect(read("an agent can't log in").scope?.value).toBe("one");
  });

  it("reads an error's 'Temporarily Unavailable' as the failure, not a stopgap", () => {
    const pasted =
      "SIP: 480 Temporarily Unavailable on all trunks. Chat widget: 'cannot connect to server'. Both since 13:20 for all our customers and agents.";
    expect(ruledLevel(pasted, "cm-connect-engage")).toBe("P1");
    // a stopgap still names the channel that works, not a second product failing
    const stopgap = "the phones are down for everyone, so we temporarily answer customers on WhatsApp";
    expect(products(stopgap)).toEqual(["Voice"]);
  });
});

describe("batches 433 to 435: typed in a hurry, Connect & Engage's middle levels", () => {
  it("reads 'the hole team' as the whole team, and a hole in a wall as a hole", () => {
    expect(read("Outbound calls fail for the hole team since the update").scope?.value).toBe("everyone");
    expect(analyse("there's a hole in the wall, the whole team saw it").lemmas).toContain(
      "a hole in the wall",
    );
  });

  it("reads 'no impact on voice' as voice working, not a second product failing", () => {
    expect(ruledLevel("SMS are down for everyone. No impact on voice.", "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("SMS are down for everyone. Voice is down too.", "cm-connect-engage")).toBe("P1");
  });
});

describe("batches 436 and 437: several issues in one message, a report asked as 'why …?'", () => {
  it("reads a numbered item after a colon or a sentence's end as an item of a list, not 'since 9.'", () => {
    const listed =
      "A couple of issues: 1. About a quarter of chat transfers fail and agents redo them. 2. The export button in reports is grey for me.";
    expect(level(listed, "cm-connect-engage")).toBe("P3");
    expect(ruledLevel("Our SMS stopped at 9. Nobody can send anything.", "cm-connect-engage")).toBe("P2");
  });

  it("reads 'calls still ring' as voice working", () => {
    const desktop =
      "Why is the agent desktop down for everyone? Nobody can answer chats or emails; calls still ring on the desk phones.";
    expect(ruledLevel(desktop, "cm-connect-engage")).toBe("P2");
  });
});

describe("batches 438 and 439: the top level said quietly, the next level said loudly", () => {
  it("reads 'nobody can log in to anything' as every product out, not one", () => {
    expect(
      ruledLevel("nobody can log in to anything — desktop, portal, reporting", "cm-connect-engage"),
    ).toBe("P1");
    expect(ruledLevel("nobody can get into anything since 8am", "cm-connect-engage")).toBe("P1");
    expect(ruledLevel("nobody can log in to the inbox since 8am", "cm-connect-engage")).toBe("P2");
  });

  it("reads 'Voice, SMS and chat are all working' as those working, not as more products down", () => {
    const whatsApp =
      "WhatsApp is completely down, nothing in or out for any agent. Voice, SMS and chat are all working.";
    expect(ruledLevel(whatsApp, "cm-connect-engage")).toBe("P2");
    expect(products(whatsApp)).toEqual(["Business Messaging"]);
  });

  it("reads every process failing as the whole module, whatever button is named", () => {
    expect(
      ruledLevel(
        'none of our processes can be started, every "New item" button errors. Boards still open.',
        "kissflow",
      ),
    ).toBe("high");
    expect(read("the New item button errors for me in one form").unit?.value).toBe("feature");
  });

  it("reads all modules out as the whole of Kissflow, and 'not to panic anyone' as no one's scope", () => {
    const unavailable =
      'not to panic anyone but Kissflow shows "Service unavailable" for all of us, all modules.';
    expect(read(unavailable).unit?.value).toBe("system");
    expect(read(unavailable).scope?.evidence).toBe("for all of us");
    expect(ruledLevel(unavailable, "kissflow")).toBe("critical");
    expect(read("the export button fails in every module").unit?.value).not.toBe("system");
  });
});

describe("batch 442: Connect & Engage's middle levels", () => {
  it("reads 'every half hour' as how often, not as everyone", () => {
    const loggedOut =
      "Two agents keep getting logged out of the desktop every half hour. Everyone else is fine.";
    expect(read(loggedOut).scope?.value).toBe("some");
    expect(read("the portal logs every agent out").scope?.value).toBe("everyone");
  });

  it("reads the channels an empty inbox does not show as its messages, not as more products down", () => {
    const empty =
      "The inbox is empty for every agent even though customers are writing — no chats, emails or WhatsApps come in since 8:15. Calls still work.";
    expect(products(empty)).toEqual(["Service Cloud"]);
    expect(ruledLevel(empty, "cm-connect-engage")).toBe("P2");
    // without an inbox named, the channels are what fails
    expect(
      ruledLevel("no chats or WhatsApps come in for anyone and voice is down too", "cm-connect-engage"),
    ).toBe("P1");
  });

  it("reads the portal sends are made from as where they come from, not a part that fails", () => {
    const suspended =
      "Nobody can send SMS since 11:20 — every send from the portal and the API returns 'account suspended'. Voice fine.";
    expect(ruledLevel(suspended, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("SMS is down for everyone and the portal is down too", "cm-connect-engage")).toBe("P1");
  });

  it("reads 'a few template messages' as some of the client's items", () => {
    expect(read("a few template messages were rejected").scope?.value).toBe("some cases");
    expect(ruledLevel("a few template messages were rejected", "cm-connect-engage")).toBe("P4");
    expect(read("only a few messages arrive, the rest fail").scope?.value).toBe("most");
  });
});

describe("batch 443: the managed helpdesk's and Kissflow's lower levels", () => {
  it("reads 'it's slowing their bookings' as the work it holds up", () => {
    const calendar =
      "Since Monday the shared calendar takes ages to load for the whole sales team, they wait a minute or two each time and it's slowing their bookings.";
    expect(read(calendar).state?.value).toBe("severely degraded");
    expect(ruledLevel(calendar, "managed-helpdesk")).toBe("P3");
    expect(read("the shared calendar is a bit slow to load").state?.value).not.toBe("severely degraded");
  });
});

describe("batch 444: written to the desk or a team by mention, each contract's top level beside the next", () => {
  it("reads a mention opening the message as whom it is addressed to, as a greeting", () => {
    const spinner =
      "Kissflow won't load at all for anyone in the company — spinner forever on every page, apps, processes, boards, everything";
    expect(ruledLevel(spinner, "kissflow")).toBe("critical");
    expect(ruledLevel(`@Support ${spinner}`, "kissflow")).toBe("critical");
    expect(ruledLevel(`<at>Service Desk</at> ${spinner}`, "kissflow")).toBe("critical");
    expect(ruledLevel(`@U0123ABC, @here: ${spinner}`, "kissflow")).toBe("critical");
    // a list opened after the mention is still a list
    const listed = "<at>SLA Desk</at>\n- SMS: none sending, all fail with 'rejected'\n- everything else OK";
    expect(ruledLevel(listed, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'the rest of the channels work' as the other channels, not a part of the failing one", () => {
    const emailQueue =
      "none of our agents can see the email queue since the update, the rest of the channels work";
    expect(ruledLevel(emailQueue, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel("SMS stopped sending for everyone, all other channels are fine", "cm-connect-engage"),
    ).toBe("P2");
    // the rest of the failing part is that part still working
    expect(
      ruledLevel(
        "none of our agents can see the email queue since the update, the rest of the queue works",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });
});

describe("batch 446: reports asked as questions ('is X down?', 'are you aware …?'), the top level beside the next", () => {
  it("reads 'the practices you look after have no phones' as down, with words between who and what they lack", () => {
    const phones =
      "Is something wrong with the hosted phone system? It's not just us, two other practices you look after have no phones either.";
    expect(read("two other practices you look after have no phones").state?.value).toBe("down");
    expect(ruledLevel(phones, "managed-helpdesk")).toBe("P1");
    // "no phone issues": what they do not have is a problem
    expect(read("the practices you look after have no phone issues").state?.value).not.toBe("down");
  });
});

describe("batch 447: the middle and lower levels of the managed helpdesk, Kissflow and Celigo", () => {
  it("reads a quote for equipment to replace or add as an upgrade asked for, the helpdesk's scheduled level", () => {
    const monitor = "Can you send us a quote for replacing the reception desk's monitor with a bigger one?";
    expect(read(monitor).request?.value).toBe("feature");
    expect(ruledLevel(monitor, "managed-helpdesk")).toBe("P6");
    // a copy of what there is stays a service request
    expect(ruledLevel("Can you send us a copy of the last invoice?", "managed-helpdesk")).toBe("P5");
  });
});

describe("batch 448: the top level told by what it costs, beside the next", () => {
  it("reads 'can't do a thing in Kissflow' as the whole of it, whatever modules are listed after", () => {
    const standstill =
      "Our 600 employees can't do a thing in Kissflow today. Whatever they click, it errors out. Approvals, requests, boards, nothing goes.";
    expect(read(standstill).unit?.value).toBe("system");
    expect(ruledLevel(standstill, "kissflow")).toBe("critical");
    // a module named failing stays a module
    expect(read("the Boards module is down for everyone, nothing goes").unit?.value).toBe("module");
  });
});

describe("batch 449: Connect & Engage between one product out, a breaking issue and a small incident", () => {
  it("reads 'won't let most of our agents in' as kept out, not as a wrong result", () => {
    const kickedBack =
      "hi, Service Cloud won't let most of our agents in this morning, they get kicked back to the login screen. only 3 of 45 managed to get in.";
    expect(read(kickedBack).state?.value).toBe("down");
    expect(ruledLevel(kickedBack, "cm-connect-engage")).toBe("P2");
    // what a field will not let one do is no way in
    expect(read("the form won't let me type in the field").state?.value).toBe("wrong");
  });
});

describe("batch 451: misleading urgency at the lowest levels, the top level in a few words", () => {
  it("reads '4x slower than normal' and 'stock lags hours' as severely degraded", () => {
    const inventory = "inventory sync 4x slower than normal, stock lags hours, we patch bestsellers by hand";
    expect(read("inventory sync 4x slower than normal").state?.value).toBe("severely degraded");
    expect(read("stock lags hours behind the shop").state?.value).toBe("severely degraded");
    expect(ruledLevel(inventory, "celigo")).toBe("high");
    expect(read("the sync is a bit slower than normal").state?.value).toBe("degraded");
  });
});

describe("batches 452 and 453: long reports with their context, the middle and lower levels", () => {
  it("reads 'doesn't change what gets sent' as what the fault does not touch, not as something failing", () => {
    const preview =
      "When our marketers preview an SMS in the campaign editor, the preview phone frame shows an old iPhone model. It's purely visual and doesn't change what gets sent.";
    expect(read(preview).state?.value).toBe("cosmetic");
    expect(ruledLevel(preview, "cm-connect-engage")).toBe("P5");
    expect(read("the campaign editor doesn't send what we scheduled").state?.value).toBe("broken");
  });

  it("reads 'it would be nice if it was fixed' as a defect to put right, not a feature wished for", () => {
    const display =
      "The meeting room display outside room 2 shows the bookings of room 3. People just check the calendar in Outlook instead, no big problem, but it would be nice if it was fixed.";
    expect(read(display).request).toBeUndefined();
    expect(ruledLevel(display, "managed-helpdesk")).toBe("P4");
    expect(read("it would be nice if the display showed the next meeting too").request?.value).toBe(
      "feature",
    );
  });
});

describe("batch 456: Kissflow between a module and a feature, the managed helpdesk's and Celigo's lower levels", () => {
  it("reads 'no item can be created, viewed or approved by anyone' as everyone", () => {
    const contractReview =
      "Our entire Contract Review process stopped working after the last change: no item can be created, viewed or approved by anyone. Other processes are not affected.";
    expect(read(contractReview).scope?.value).toBe("everyone");
    expect(ruledLevel(contractReview, "kissflow")).toBe("high");
    // not where nothing is negated before it
    expect(read("items can be created, viewed or approved by anyone").scope?.value).not.toBe("everyone");
  });

  it("reads 'nobody can use our Recruitment board' as the board, whatever parts of it are listed after", () => {
    const board =
      "Nobody can use our Recruitment board since this morning: it loads empty for everyone, no candidates, no columns. We can't move anyone forward.";
    expect(read(board).unit?.value).toBe("module");
    expect(ruledLevel(board, "kissflow")).toBe("high");
    // any process or board is all of them
    expect(
      ruledLevel("none of our users can open any process or board, everything's blank", "kissflow"),
    ).toBe("critical");
  });
});

describe("batch 457: Connect & Engage between a small incident and a minor bug or a question", () => {
  it("reads 'could it include the date?' as a feature asked for", () => {
    const fileName =
      'The delivery report export file is named "export (1).csv" every time. Could it include the date?';
    expect(read(fileName).request?.value).toBe("feature");
    expect(ruledLevel(fileName, "cm-connect-engage")).toBe("P5");
    expect(read("the export doesn't include the date anymore").request).toBeUndefined();
  });
});

describe("batch 458: the managed helpdesk between an outage and a productivity hit", () => {
  it("reads 'our production line's terminal PCs' as the line's, not one person's", () => {
    expect(
      read("Our production line's terminal PCs can't reach the MES server since 6 am").scope?.value,
    ).not.toBe("one");
    expect(read("Sarah's PC can't reach the MES server").scope?.value).toBe("one");
  });

  it("reads 'logging in takes several minutes' as severely degraded", () => {
    expect(read("logging in takes several minutes from the office").state?.value).toBe("severely degraded");
    expect(read("logging in takes a few seconds longer").state?.value).not.toBe("severely degraded");
  });
});

describe("batch 459: Connect & Engage between one product out and several", () => {
  it("reads 'agents are online in the inbox' and 'agents only see phone calls' as what still works", () => {
    const bot =
      "The chatbot on our website is dead: it doesn't respond to any visitor. Agents are online in the inbox and take over when customers ask for a human.";
    expect(products(bot)).toEqual(["Conversational AI Cloud"]);
    expect(ruledLevel(bot, "cm-connect-engage")).toBe("P2");
    const whatsApp =
      "Customers' WhatsApps to us never arrive since 07:45, not a single one; agents only see phone calls.";
    expect(ruledLevel(whatsApp, "cm-connect-engage")).toBe("P2");
    // both named failing stay both
    expect(
      ruledLevel(
        "The chatbot is dead for every visitor and the agents' inbox won't load either",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });
});

describe("batch 460: in incident-management words (severities, status colours, bridges, blast radius)", () => {
  it("reads 'Major incident for us' as the client's own incident, not other customers'", () => {
    const network =
      "Major incident for us: the entire company network is down since 08:05, core switch unresponsive, all staff offline. No workaround.";
    expect(read(network).scope?.value).not.toBe("other customers");
    expect(ruledLevel(network, "managed-helpdesk")).toBe("P2");
    // the provider's: "you have a major incident"
    expect(read("I think you have a major incident, our WhatsApp is down").scope?.value).toBe(
      "other customers",
    );
  });
});

describe("batch 464: each contract's top level and the next in other words for the whole of it", () => {
  it("reads 'KF tenant offline' and 'apps/processes/boards all unreachable' as the whole of Kissflow", () => {
    const tenant =
      "KF tenant offline for us, all 1,200 users blocked, apps/processes/boards all unreachable.";
    expect(read(tenant).unit?.value).toBe("system");
    expect(ruledLevel(tenant, "kissflow")).toBe("critical");
    expect(read("apps, processes and boards all unreachable for everyone").unit?.value).toBe("system");
    // one kind of module listed stays a module
    expect(read("the Procurement process is unreachable for everyone").unit?.value).toBe("module");
  });
});

describe("batch 465: 'is this maintenance?', 'did you change something?', 'after your release'", () => {
  it("reads 'will the update next week change anything for us?' as a question, not a task to schedule", () => {
    const question = "Will the update next week change anything for us? No rush, just asking.";
    expect(read(question).request?.value).toBe("question");
    expect(ruledLevel(question, "managed-helpdesk")).toBe("P5");
    expect(read("please do the firewall upgrade next week").request?.value).toBe("scheduled");
  });
});

describe("batch 467: Connect & Engage's one product out or a breaking issue, by counts and shares", () => {
  it("reads 'over half of our inbound calls' as most, and 'callers get a busy tone' as calls failing", () => {
    expect(read("Over half of our inbound calls drop within seconds since 16:00").scope?.value).toBe("most");
    expect(read("about half of our inbound calls drop").scope?.value).toBe("some cases");
    expect(read("our callers get a busy tone since 14:00").state).toBeDefined();
  });
});

describe("batch 469: Celigo's critical process blocked, or a process that matters less", () => {
  it("reads 'only used for a weekly overview' and 'it's a nice-to-have' as not critical, not as a feature asked for", () => {
    const report =
      "The internal report flow to Google Sheets stopped completely; no workaround, but it's only used for a weekly management overview.";
    expect(read(report).criticality?.value).toBe("not critical");
    expect(ruledLevel(report, "celigo")).toBe("high");
    const tags =
      "Our nightly sync of marketing tags to Salesforce fails every run since the update; no way around it, but it's a nice-to-have for the sales team.";
    expect(read(tags).request).toBeUndefined();
    expect(ruledLevel(tags, "celigo")).toBe("high");
    expect(read("a dark mode would be a nice-to-have").request?.value).toBe("feature");
  });
});

describe("batch 470: partners, resellers and groups reporting for several clients or for one", () => {
  it("reads 'an IT partner working with you for several small offices' as other customers", () => {
    const partner =
      "We're an IT partner working with you for several small offices; four of them lost email at the same time this morning.";
    expect(read(partner).scope?.value).toBe("other customers");
    expect(ruledLevel(partner, "managed-helpdesk")).toBe("P1");
    expect(
      read("IT partner here, for one of our offices: the whole office lost email").scope?.value,
    ).not.toBe("other customers");
  });

  it("reads 'all five brands on your platform lost voice and WhatsApp' as down", () => {
    const brands =
      "Speaking for our group of companies: all five brands on your platform lost voice and WhatsApp since 10:00, all agents are idle.";
    expect(read(brands).state?.value).toBe("down");
    expect(ruledLevel(brands, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 472: the top level beside the next, across the contracts", () => {
  it("reads 'could someone fix it when they're next in?' as no deadline, not the client's own staff coming in", () => {
    const clock =
      "The clock on the meeting room PC is five minutes fast. Could someone fix it when they're next in?";
    expect(read(clock).noDeadline?.value).toBe("no deadline");
    expect(ruledLevel(clock, "managed-helpdesk")).toBe("P5");
    expect(read("next time one of you is on site, the label printer needs a look").noDeadline).toBeDefined();
    expect(
      read("when the staff came in this morning none of the PCs would start").noDeadline,
    ).toBeUndefined();
  });
});

describe("batch 473: Kissflow's and Celigo's middle levels", () => {
  it("reads a maintenance page nobody announced as down, with its message quoted, and not a notice of one planned", () => {
    const page =
      'Kissflow shows a "We\'ll be back soon" maintenance page to everyone in our org since 07:30. No maintenance was announced.';
    expect(read(page).state?.value).toBe("down");
    expect(ruledLevel(page, "kissflow")).toBe("critical");
    expect(read("we got a planned maintenance message from you for Saturday").state).toBeUndefined();
  });

  it("reads 'no manual path' as no workaround and 'can't close the day' as business-critical", () => {
    const settlement =
      "Our payment settlement flow to NetSuite has been failing completely since last night; finance can't close the day and there's no manual path for 3,000 transactions.";
    expect(read(settlement).workaround?.value).toBe("absent");
    expect(read(settlement).criticality?.value).toBe("critical");
    expect(ruledLevel(settlement, "celigo")).toBe("urgent");
  });
});

describe("batch 477: Connect & Engage's one product out, or part of it", () => {
  it("reads 'nothing else is affected' as the rest still working, not as something failing", () => {
    const header = "The Voice console shows the agent's extension twice in the header.";
    for (const rest of [
      "Nothing else is off.",
      "Nothing else seems to be affected.",
      "No other feature is affected.",
    ]) {
      const found = read(`${header} ${rest}`);
      expect(found.sparedPart?.value, rest).toBe("spared");
      expect(found.state?.value, rest).toBe("wrong");
    }
    expect(read(`${header} nobody else is affected`).scope).toBeUndefined();
    expect(read("I can't log in and nobody else can either").scope?.value).toBe("everyone");
    // "Nothing else." alone still ends the report
    expect(read(`${header} Nothing else.`).sparedPart).toBeUndefined();
    expect(read("all your customers seem to be affected").state).toBeDefined();
  });
});

describe("batch 479: shares, two issues in one message, security, monitoring alerts", () => {
  it("reads 'could the error message name the SKU?' as a feature asked for, and 'could the contact list be exported?' as a question", () => {
    const alert =
      '[Monitoring] Flow "Item sync" completed with 4 errors out of 8,213 records (invalid SKU, our data). Could the error message name the SKU? That would help us.';
    expect(read(alert).request?.value).toBe("feature");
    expect(ruledLevel(alert, "celigo")).toBe("low");
    expect(read("could the contact list be exported to excel?").request?.value).not.toBe("feature");
  });

  it("reads 'not every agent', 'not all agents', 'not everyone', 'the rest of the company doesn't use it' as not everyone", () => {
    expect(read("Not every agent is affected: some of our agents can't hear callers.").scope?.value).toBe(
      "some",
    );
    expect(read("not all agents can log in, about a third are stuck").scope?.value).toBe("some");
    expect(read("not everyone gets the calls").scope?.value).toBe("some");
    // one message of many is a case, not everyone's messages: "not a single SMS arrives" is everyone's
    expect(read("a single SMS to a Belgian number didn't arrive, others did").scope?.value).toBe(
      "some cases",
    );
    expect(
      ruledLevel("a single SMS to a Belgian number didn't arrive, others did", "cm-connect-engage"),
    ).toBe("P4");
    expect(read("not a single SMS has arrived since 9").scope?.value).not.toBe("some cases");
    // the others who do not use it are not who is affected
    expect(
      read(
        "Our two designers can't use Photoshop since the license renewal, it says \"license expired\". The rest of the company doesn't use it.",
      ).scope?.value,
    ).not.toBe("everyone");
    expect(read("it crashes for everyone in the office").scope?.value).toBe("everyone");
    // a count done another way: every payment still fails
    expect(
      read(
        "our payment sync fails for all payments since last night; we can book a few manually but not all 2,000",
      ).scope?.value,
    ).toBe("everyone");
  });
});

describe("batch 480: the top level beside the next, two failures in one line", () => {
  it("reads 'none of our users can open any board' as the Boards module, 'any process or board' as all of Kissflow", () => {
    expect(
      read("None of our users can open any board since the update; processes and forms are fine.").unit
        ?.value,
    ).toBe("module");
    expect(
      ruledLevel(
        "None of our users can open any board since the update; processes and forms are fine.",
        "kissflow",
      ),
    ).toBe("high");
    expect(read("none of our users can open any process or board, everything's blank").unit?.value).toBe(
      "system",
    );
    expect(read("nobody can open the Leave process, other processes work").unit?.value).toBe("module");
  });

  it("reads a duplicate the client's customers get at one in ten or more as a breaking issue, a rare one as small", () => {
    const oneInTen =
      "Since this morning some of our customers get our SMS twice, about 1 in 10 messages is duplicated";
    expect(ruledLevel(oneInTen, "cm-connect-engage")).toBe("P3");
    expect(
      classifyPriority(oneInTen, presetPolicy("cm-connect-engage") as Policy, { wording: false }).reasons,
    ).toContain(`the client's customers get it more than once ("1 in 10")`);
    expect(
      ruledLevel(
        "Marketing Cloud sends the same email twice to about a third of the recipients",
        "cm-connect-engage",
      ),
    ).toBe("P3");
    // rare, said to be small, or one agent's
    expect(
      ruledLevel(
        "Now and then a guest says our WhatsApp reply came twice. Probably 1 in 100.",
        "cm-connect-engage",
      ),
    ).toBe("P4");
    expect(
      ruledLevel(
        "Every now and then, an SMS to a customer arrives twice. Maybe one in a few hundred.",
        "cm-connect-engage",
      ),
    ).toBe("P4");
    expect(ruledLevel("one agent gets every chat notification twice", "cm-connect-engage")).toBe("P4");
  });

  it("asks about a product out beside a login that fails, where the login goes is not said", () => {
    const policy = presetPolicy("cm-connect-engage") as Policy;
    for (const text of [
      "sms api 500s + agents can't log in",
      "platform login fails for everybody and the SMS API returns 503 on every request",
    ]) {
      const suggestion = classifyPriority(text, policy, { wording: false });
      expect(suggestion.priority).toBe("P2");
      expect(suggestion.confidence).toBeLessThan(LOW_CONFIDENCE);
      expect(suggestion.reasons.at(-1)).toMatch(/^a login fails beside Business Messaging/);
    }
    // the login is the product's own: nothing to ask
    const ownLogin = classifyPriority(
      "nobody can log in to WhatsApp Business, it's down for all agents",
      policy,
      {
        wording: false,
      },
    );
    expect(ownLogin.reasons.join(" ")).not.toMatch(/a login fails beside/);
  });
});

describe("batches 481 and 482: Connect & Engage's middle levels; reports written as emails and bug templates", () => {
  it("reads 'no conversations are routed to agents' as down, one chat not assigned to one agent as not", () => {
    expect(
      read("No conversations are routed to agents anymore, they all sit in the queue").state?.value,
    ).toBe("down");
    expect(read("no calls are routed to the queue since 9").state?.value).toBe("down");
    expect(read("no chat is assigned to the agent who was on holiday").state?.value).not.toBe("down");
  });

  it("does not read a feature named only as what still works as the part that fails", () => {
    const found = read("Callers hear silence and the line drops since 9. Our SMS reminders still work fine.");
    expect(found.sparedPart?.evidence).toBe("reminders still work");
    expect(found.unit).toBeUndefined();
    expect(read("the reminder button errors for everyone").unit?.value).toBe("feature");
  });

  it("reads when the trouble began, said first, as no deadline; a new starter's first day stays one", () => {
    const email =
      "Starting today around 09:00, our account has stopped delivering WhatsApp messages altogether. We cannot reach our customers.";
    expect(read(email).criticality).toBeUndefined();
    expect(read(email).state?.value).toBe("down");
    expect(ruledLevel(email, "cm-connect-engage")).toBe("P2");
    expect(read("a new starter has no account yet and starts today").criticality?.value).toBe("critical");
  });
});

describe("batch 483: Slack lines from the people who use it, across the contracts", () => {
  it("reads the link to an app that gives 'not found' as the way to it, not a feature of it", () => {
    const gone =
      "The Employee Onboarding app is gone from everyone's home page since this morning and the link gives 'app not found'. Rest of Kissflow is fine.";
    expect(read(gone).unit?.value).toBe("module");
    expect(ruledLevel(gone, "kissflow")).toBe("high");
    expect(read("the link in the approval email is broken for everyone").unit?.value).toBe("feature");
  });

  it("reads a computer said to be broken, with no one else named, as the writer's", () => {
    expect(read("computer broke. wont turn on at all, tried the plug. cant do any work").scope?.value).toBe(
      "one",
    );
    expect(
      ruledLevel("computer broke. wont turn on at all, tried the plug. cant do any work", "managed-helpdesk"),
    ).toBe("P3");
    expect(read("the computer broke for everyone in accounts after the update").scope?.value).not.toBe("one");
  });
});

describe("batch 484: typos and second-language English across the contracts", () => {
  it("reads 'all computers in the shop' as everyone there", () => {
    const shop =
      "all computer in the shop have blue screen after windows update, we cant use the cash register, shop closed";
    expect(read(shop).scope?.value).toBe("everyone");
    expect(ruledLevel(shop, "managed-helpdesk")).toBe("P2");
    expect(read("every PC in the office shows a certificate warning").scope?.value).toBe("everyone");
    expect(
      read("all computers have the new antivirus, one in the shop shows a warning").scope?.value,
    ).not.toBe("everyone");
  });
});

describe("batch 485: long reports, Teams posts, follow-ups and FYIs", () => {
  it("reads a broken image in what the client's customers receive as a wrong result, in the product's own pages as how it looks", () => {
    const sent =
      "FYI: two customers told us our WhatsApp message had a broken image today. The others got it fine.";
    expect(read(sent).state?.value).toBe("wrong");
    expect(ruledLevel(sent, "cm-connect-engage")).toBe("P4");
    expect(read("the release notes page has a broken image").state?.value).toBe("cosmetic");
    expect(read("the campaign preview shows a broken image").state?.value).toBe("cosmetic");
  });

  it("reads results late by much for everything as a breaking issue, minutes of delay or some of them as small", () => {
    const ce = "cm-connect-engage";
    expect(ruledLevel("the delivery status callbacks for SMS are delayed by over an hour", ce)).toBe("P3");
    expect(ruledLevel("webhooks for incoming messages are delayed by 20 to 30 minutes", ce)).toBe("P3");
    expect(ruledLevel("delivery reports for SMS show up with a 20 minute delay", ce)).toBe("P4");
    expect(ruledLevel("now and then a WhatsApp delivery report arrives an hour late", ce)).toBe("P4");
    expect(ruledLevel("delivery reports for a few French numbers come 90 minutes late", ce)).toBe("P4");
  });

  it("reads a share counted with a thousands separator as the number it is", () => {
    expect(
      ruledLevel("some customers get our SMS twice, maybe 1 in 1,000 messages", "cm-connect-engage"),
    ).toBe("P4");
  });
});

describe("campaigns named bare beside the messages they send", () => {
  it("reads the campaigns as those messages, one product, where no email or marketing is named", () => {
    expect(products("FYI our RCS + SMS sends both fail 100% since 10:20, all campaigns stuck")).toEqual([
      "Business Messaging",
    ]);
    expect(
      ruledLevel(
        "RCS campaign sending is totally broken, zero messages sent today across all campaigns",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });

  it("keeps Marketing Cloud where email or marketing is named, or where the messages are said to work", () => {
    expect(
      products(
        "nothing goes out: no sms, no email campaigns. all marketing and service communication stopped",
      ),
    ).toHaveLength(2);
    expect(
      products(
        "Marketing here: campaigns won't send, SMS bulk sends fail and the WhatsApp broadcasts are stuck too",
      ),
    ).toHaveLength(2);
    expect(
      products(
        "The whole CM portal is down for us, we can't log in and the campaigns we scheduled in it did not go out. Our SMS API integration still sends fine.",
      ),
    ).toContain("Marketing Cloud");
  });
});

describe("the work agents cannot do, said by who cannot do it", () => {
  it("reads 'we can't answer calls or chats' beside an agent desktop that won't load as that one product out", () => {
    expect(
      products(
        "The agent desktop won't load for any of our agents, it stays on the loading screen. We can't answer calls or chats.",
      ),
    ).toEqual(["Service Cloud"]);
    expect(
      products(
        "Service Cloud won't let any dispatcher log in since the update. Our 25 dispatchers can't see or answer any WhatsApp or email from members.",
      ),
    ).toEqual(["Service Cloud"]);
  });

  it("keeps a second failure said as one: 'we can't answer chats either'", () => {
    expect(products("Voice is down for all agents and we can't answer chats either")).toEqual([
      "Voice",
      "Service Cloud",
    ]);
    expect(
      ruledLevel("Voice is down for all agents and nobody can answer chats either", "cm-connect-engage"),
    ).toBe("P1");
  });
});

describe("a copy of what exists, asked for", () => {
  it("reads 'can we get a monthly report of patch compliance?' as a service request, 'can we get a dark mode?' as a feature", () => {
    expect(
      read("Question for when you have time: can we get a monthly report of patch compliance?").request
        ?.value,
    ).toBe("service");
    expect(
      level(
        "Status GREEN. Question for when you have time: can we get a monthly report of patch compliance?",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    expect(read("can we get a dark mode in the app?").request?.value).toBe("feature");
    expect(read("can we get a new button to export the board?").request?.value).toBe("feature");
  });
});

describe("batches 486 to 488", () => {
  it("reads a list of every kind of Kissflow module none opens, 'for any of our users' after it, as all of Kissflow for everyone", () => {
    const found = read("Can't open any process, board or app, for any of our 600 users. Started 10 min ago.");
    expect(found.unit?.value).toBe("system");
    expect(found.scope?.value).toBe("everyone");
    expect(ruledLevel("Can't open any process, board or app, for any of our 600 users.", "kissflow")).toBe(
      "critical",
    );
    // the writer alone, whatever is listed
    expect(ruledLevel("I can't open any process, board or app since this morning.", "kissflow")).toBe(
      "medium",
    );
  });

  it("reads a line opening on a process down for everyone as that module, whatever other processes still work", () => {
    const text =
      'Purchase Order process down for everyone - clicking "Initiate" spins forever. Leave and expenses ok.';
    expect(read(text).unit?.value).toBe("module");
    expect(ruledLevel(text, "kissflow")).toBe("high");
    expect(ruledLevel("Purchase Order process slow for me, leave ok", "kissflow")).toBe("medium");
  });

  it("reads 'no calls or chats can be answered' beside an agent desktop that shows an error as that one product out", () => {
    expect(
      products(
        'Our agent desktop shows "Service unavailable" for every agent since 09:10. No calls or chats can be answered; the SMS API our systems use is working.',
      ),
    ).toEqual(["Service Cloud"]);
    expect(products("Voice is down for all agents. No chats can be answered either.")).toEqual([
      "Voice",
      "Service Cloud",
    ]);
  });
});

describe("batches 489 and 490", () => {
  it("reads a how-to question beside the writer's own time away as a question, work asked for next week as scheduled", () => {
    expect(
      level(
        "can you tell me how to set an out-of-office in outlook? i'm on holiday next week",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    expect(level("how do I set up an out of office reply? I'm away next week", "managed-helpdesk")).toBe(
      "P5",
    );
    expect(read("please set up a laptop for our new colleague next week").request?.value).toBe("scheduled");
  });

  it("keeps one product down beside 'the rest of CM works' at one product out, whatever the words of partial failures", () => {
    expect(
      level(
        "Marketing Cloud sends no emails at all since 9:00, all campaigns sit in 'queued'. The rest of CM works.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });

  it("reads the client's customers unable to call in as the line down, and what is 'coming in' as working", () => {
    const text =
      "Customers can't call us since 11, the number just rings out. Texts and chats are coming in.";
    expect(read(text).state?.value).toBe("down");
    expect(products(text)).toEqual(["Voice"]);
    expect(level(text, "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("Some customers can't call us since 11.", "cm-connect-engage")).toBe("P3");
    // nothing coming in is no part that works
    expect(products("Voice is down and no chats are coming in")).toEqual(["Voice", "Service Cloud"]);
  });
});

describe("batches 491 and 492", () => {
  it("reads what the line tells the client's customers out of date as a wrong result", () => {
    const text =
      "One of our IVR prompts plays the old opening hours. Callers still get through to the right queue.";
    expect(read(text).state?.value).toBe("wrong");
    expect(level(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads 'lost the VPN' as down: beside other customers of the provider, the helpdesk's top level", () => {
    const text =
      "Is it just us? Our whole office and our customers at the other three sites you manage for the group lost the VPN and file server at 11:20.";
    expect(read(text).state?.value).toBe("down");
    expect(level(text, "managed-helpdesk")).toBe("P1");
  });

  it("reads work asked for a date ahead, a weekday and its date or an event on a day of a month, as scheduled", () => {
    expect(
      read(
        "Please move the desk phone of our office manager to the new room on the 2nd floor, she moves on Monday the 14th.",
      ).request?.value,
    ).toBe("scheduled");
    expect(read("Can you set up a guest Wi-Fi for our open day on 20 March?").request?.value).toBe(
      "scheduled",
    );
    // a failure on a day gone by is rated as one, not as work asked for
    expect(
      ruledLevel("The wifi dropped on Monday the 14th and again today for everyone", "managed-helpdesk"),
    ).not.toBe("P6");
  });
});

describe("batches 493 and 494", () => {
  it("reads 'everyone else's apps open' as the others working, not other customers failing", () => {
    const text =
      "Nobody in HR can open the Leave Management app since this morning - it says 'app not found'. Everyone else's apps open.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(level(text, "kissflow")).toBe("high");
    expect(read("our phones are dead, and everyone else's on your platform too").scope?.value).toBe(
      "other customers",
    );
  });

  it("reads no new item in any of the boards as the Boards module out", () => {
    const text =
      "No one can create a new item in any of our boards since this morning - the 'Create' button does nothing. Processes and apps are fine.";
    expect(read(text).unit?.value).toBe("module");
    expect(level(text, "kissflow")).toBe("high");
  });

  it("reads 'CRITICAL ISSUE:' opening a report as the client's label, not a critical process", () => {
    const text =
      "CRITICAL ISSUE: 2 orders from this morning have the wrong shipping method in NetSuite. We corrected them.";
    expect(read(text).criticality).toBeUndefined();
    expect(level(text, "celigo")).toBe("normal");
    expect(read("CRITICAL: the main order flow fails").criticality?.value).toBe("critical");
  });
});

describe("batch 495", () => {
  it("reads most of the client's callers, and only the odd call getting through, as most affected", () => {
    expect(read("Most of our callers get a busy tone since 14:00.").scope?.value).toBe("most");
    expect(read("since 14:00 only the odd call gets through to an agent").scope?.value).toBe("most");
    expect(
      level(
        "Most of our callers get a busy tone since 14:00, only the odd call gets through to an agent.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    // most of them still able to is not most affected
    expect(read("most of our customers can still call us, a few get a busy tone").scope?.value).not.toBe(
      "most",
    );
  });
});

describe("batches 496 and 497", () => {
  it("reads the provider's work on several of its customers at once as other customers affected", () => {
    const text =
      "Your Microsoft 365 tenant migration last night seems to have broken sign-in for all the companies you moved - we're one of them, and the two firms we share an office with are too. Nobody can get into Outlook or Teams.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(level(text, "managed-helpdesk")).toBe("P1");
    expect(
      level(
        "Our Microsoft 365 sign-in is broken for the whole company since your migration last night. Nobody can get into Outlook or Teams.",
        "managed-helpdesk",
      ),
    ).toBe("P2");
  });

  it("reads the client's other clinic being fine as where it is not down, not other customers or a part that works", () => {
    const text =
      "Our Wi-Fi and wired network are both dead at the clinic since 7:00. No one can reach the patient system or email. The other clinic in our group is fine.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).not.toBe("P1");
  });

  it("reads a Kissflow account or workspace gone as all of it, an app gone as that module", () => {
    const text =
      "Our Kissflow account seems to be gone - the URL gives 'workspace does not exist' to everyone. All our processes live there.";
    expect(read(text).unit?.value).toBe("system");
    expect(level(text, "kissflow")).toBe("critical");
    expect(
      level(
        "Our Sales Order app seems to be gone - the app link gives 'does not exist' to everyone. The other apps are there.",
        "kissflow",
      ),
    ).toBe("high");
  });
});

describe("batch 498", () => {
  it("reads 'the rest of your platform works for us' as what works, not the provider's platform failing", () => {
    const text =
      "Voice outage: inbound calls to all our numbers return a fast busy since 16:40. The rest of your platform works for us.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(products(text)).not.toContain("Marketing Cloud");
    expect(level(text, "cm-connect-engage")).toBe("P2");
    expect(read("your platform is down for everyone we know").scope?.value).toBe("other customers");
  });

  it("reads 'nobody uses fax' as no one held up, not everyone affected", () => {
    expect(
      read(
        "One of the 12 fields in our customer sync (the fax number) isn't mapped since the update. Nobody uses fax.",
      ).scope?.value,
    ).not.toBe("everyone");
  });

  it("reads no approvals going through in a process named as that module", () => {
    const text =
      "No approvals are going through in the Travel process for anyone: the approve button errors. Everything else in Kissflow works.";
    expect(read(text).unit?.value).toBe("module");
    expect(level(text, "kissflow")).toBe("high");
  });
});

describe("batch 501", () => {
  it("reads 'which works' after a clause as that clause's channel working: another channel, the failing one out whole", () => {
    expect(
      ruledLevel(
        "Our WhatsApp number shows 'pending' again in the portal and no WhatsApp messages go out or come in. We've switched our reminders to SMS, which works.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 502", () => {
  it("reads a product's possessive ('Service Cloud's email channel') as the product's part, not one person's", () => {
    const text =
      "Service Cloud's email channel stopped receiving at 10:00 - no customer emails arrive in the inbox at all. Chat and WhatsApp in the same inbox still come in.";
    expect(read(text).scope?.value).not.toBe("one");
    expect(read("Sarah's email stopped working this morning").scope?.value).toBe("one");
  });

  it("reads 'the portal's SMS page shows an error' as where the client saw it, not the portal failing", () => {
    expect(
      products(
        "The whole SMS service is down for us: the API gives 'service unavailable' on every request since 12:05 and the portal's SMS page shows an error. Voice and chat are up.",
      ),
    ).toEqual(["Business Messaging"]);
    expect(products("SMS is down and the portal is down too")).toEqual(["Business Messaging", "the portal"]);
  });
});

describe("batch 504", () => {
  it("reads 'those all work' after a list of what was tried as each of them working, back to what fails", () => {
    const text =
      "whatsapp down for all our customers, i tested sms, voice and the bot too — those all work, only whatsapp is dead";
    expect(products(text)).toEqual(["Business Messaging"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    // what fails before the list stays failing
    expect(
      products("Voice is down, Service Cloud won't load either, we tested SMS and WhatsApp; those work"),
    ).toEqual(["Voice", "Service Cloud"]);
    expect(products("we tested voice and the bot, those work too")).toEqual([]);
  });
});

describe("batch 505", () => {
  it("reads a wait of minutes written in words ('ten minutes') as one written in digits", () => {
    expect(read("my laptop takes ten minutes to boot since the update").state?.value).toBe("degraded");
    expect(read("my laptop takes 10 minutes to boot since the update").state?.value).toBe("degraded");
  });

  it("reads a slowdown 'eating their morning' as too slow to work with, a productivity impact", () => {
    const text =
      "A couple of people in marketing say their laptops take ten minutes to boot since the update. They get there in the end, it's just eating their morning.";
    expect(read(text).state?.value).toBe("severely degraded");
    expect(level(text, "managed-helpdesk")).toBe("P3");
    expect(read("my laptop takes ten minutes to boot").state?.value).toBe("degraded");
  });
});

describe("batch 506", () => {
  it("reads 'our agents can only do chats and emails now' as what still works, not a second product failing", () => {
    const text =
      "Outbound calls from our Voice numbers all fail since noon; our agents can only do chats and emails now.";
    expect(products(text)).toEqual(["Voice"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("Voice is down and our agents can't do chats or emails either")).toEqual([
      "Voice",
      "Service Cloud",
    ]);
  });
});

describe("batch 507", () => {
  it("reads 'our all integration flows are failed' as every flow, in second-language English", () => {
    const text =
      "Hi, our all integration flows are failed from today morning, no data going to NetSuite, we have no other option to send orders.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });

  it("reads 'taking very long time' and 'very difficult to work' as too slow to work with", () => {
    expect(
      read("the item sync flow is taking very long time, 4 hours for complete, before it was 20 minutes")
        .state?.value,
    ).toBe("severely degraded");
    expect(
      ruledLevel(
        "Hi, Outlook of 3 persons in accounts is closing itself every few minutes, they lose the email they are writing. Very difficult to work.",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    // a question about how long the provider takes is not a slowdown of the product
    expect(
      read("why does the WhatsApp template approval take so long? We submitted one four days ago.").state
        ?.value,
    ).not.toBe("severely degraded");
  });
});

describe("batch 508", () => {
  it("reads 'before I lose my mind' as the writer's temper, not something lost", () => {
    const text =
      "Before I lose my mind: how do I stop Outlook from marking every email as read when I click on it? Not urgent.";
    expect(read(text).state).toBeUndefined();
    expect(level(text, "managed-helpdesk")).toBe("P5");
    expect(read("the flow loses my changes every time I save").state?.value).toBe("wrong");
  });
});

describe("batch 509", () => {
  it("reads 'half the businesses on your network are offline, us included' as other customers, not half of ours", () => {
    const text =
      "Our IT contact at the council says half the businesses on your network are offline this morning, us included.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(level(text, "managed-helpdesk")).toBe("P1");
    expect(read("half the offices in our building lost the wifi").scope?.value).not.toBe("other customers");
  });
});

describe("batch 504, a clause of what was planned", () => {
  it("reads 'we had planned a Marketing Cloud campaign' as the plan the failure stops, not a second product failing", () => {
    const text =
      "Since the 9:40 deploy on your side our WhatsApp templates are all rejected. We had planned a Marketing Cloud campaign over WhatsApp at noon, that's off now. Nothing gets through to customers on WhatsApp.";
    expect(products(text)).toEqual(["Business Messaging"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("WhatsApp is down and Marketing Cloud won't send the campaign we planned")).toEqual([
      "Business Messaging",
      "Marketing Cloud",
    ]);
  });
});

describe("batch 510", () => {
  it("reads booking an engineer for a day ahead as scheduled work, not an urgent visit", () => {
    expect(
      level(
        "Could we book an engineer to move our server rack to the new room on the 18th?",
        "managed-helpdesk",
      ),
    ).toBe("P6");
    expect(read("please book an engineer to come today, the server is down").request?.value).not.toBe(
      "scheduled",
    );
  });

  it("reads 'our chatbot still answers' as the chatbot working", () => {
    const text =
      "The WhatsApp Business API returns 'internal error' for every send since 11:15. Our chatbot on the website still answers.";
    expect(products(text)).toEqual(["Business Messaging"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads licences that 'show as expired' as the software out of reach", () => {
    expect(read("Our two designers' Adobe licences show as expired this morning.").state?.value).toBe("down");
  });
});

describe("batch 511", () => {
  const helpdesk = () => presetPolicy("managed-helpdesk") as Policy;

  it("asks, at the managed helpdesk, about an outage read as the client's own where other organisations are named", () => {
    const text =
      "Our clinic's phones are dead since 8 and the practices in our health centre are on the same system.";
    const ruled = classifyPriority(text, helpdesk(), { wording: false });
    expect(ruled.priority).toBe("P2");
    expect(ruled.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(ruled.reasons).toContain(
      'other organisations are named ("practices"), so the client is asked whether they are out too',
    );
  });

  it("does not ask where only the client's own people are named, nor where other customers were read already", () => {
    const own = classifyPriority(
      "The whole office lost internet at 9, nobody here can work and we have no backup line.",
      helpdesk(),
    );
    expect(own.priority).toBe("P2");
    expect(own.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    const others = classifyPriority(
      "The shared wifi for all the businesses on our floor is down since 9, nobody here can work.",
      helpdesk(),
    );
    expect(others.priority).toBe("P1");
    expect(others.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it("leaves contracts whose top level is not an outage for many customers alone", () => {
    const text = "Voice is down for all our agents since 9; the practices we serve can't call us.";
    const suggestion = classifyPriority(text, presetPolicy("cm-connect-engage") as Policy, {
      wording: false,
    });
    expect(suggestion.reasons.join(" ")).not.toContain("other organisations are named");
  });
});

describe("batch 512", () => {
  it("reads an error 'on the WhatsApp API' as that API failing, not as the channel something runs on", () => {
    const text =
      'SIP 503 on every inbound call and "Service Unavailable" on the WhatsApp API since 14:10. Customers can\'t call or message us.';
    expect(products(text)).toEqual(["Business Messaging", "Voice"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    // the chatbot that answers on WhatsApp is still one product failing
    expect(products("the chatbot doesn't respond on WhatsApp since 9")).toEqual(["Conversational AI Cloud"]);
  });
});

describe("batch 513", () => {
  it("reads 'none went out' as nothing getting through", () => {
    const text =
      "All our scheduled SMS reminders for today failed to send with 'sender ID not registered' — none went out. Phone and chat are running.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("we sent three reminders, none went out late").state?.value).not.toBe("down");
  });

  it("reads a failure 'for PDFs' or 'for photos over 5 MB' as the items of one kind, not everything", () => {
    expect(
      read(
        "The WhatsApp media preview in the inbox doesn't load for PDFs; agents download them to read them.",
      ).scope?.value,
    ).toBe("some cases");
    expect(read("the photo upload fails for photos over 5 MB").scope?.value).toBe("some cases");
    expect(read("the inbox doesn't load for anyone").scope?.value).not.toBe("some cases");
  });
});

describe("batch 514", () => {
  it("reads a Dutch client's 'werken gewoon door' as what still works, 'werkt niet' as failing", () => {
    const text =
      "Our chatbot (Conversational AI Cloud) gives no answer anymore to any customer since 11:00. Agents in Service Cloud werken gewoon door.";
    expect(products(text)).toEqual(["Conversational AI Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(
      products("Our chatbot gives no answer to any customer since 11:00 and Service Cloud werkt niet."),
    ).toEqual(["Service Cloud", "Conversational AI Cloud"]);
  });
});

describe("batch 515", () => {
  const procurement =
    "Hospital procurement: every purchase request form errors out on submit since this morning ('Something went wrong'). Leave requests and travel claims still go through.";

  it("reads what else still goes through as a part spared, not as a way around what fails", () => {
    expect(read(procurement).sparedPart?.evidence).toBe("travel claims still go through");
    expect(read(procurement).workaround).toBeUndefined();
    // a way around said elsewhere in the message still counts
    expect(
      read(
        "The approval step doesn't send tasks to the approver. Leave requests still go through. We approve from the admin view instead.",
      ).workaround?.value,
    ).toBe("present");
  });

  it("reads every request form of a kind failing, or none that can be submitted, as the whole process", () => {
    expect(read(procurement).unit?.value).toBe("module");
    expect(ruledLevel(procurement, "kissflow")).toBe("high");
    expect(read("Employees can't submit any leave request since the update").unit?.value).toBe("module");
    // one form that fails when opened is a feature of it
    expect(read("the Vendor form errors when we open the form").unit?.value).not.toBe("module");
  });
});

describe("batch 517", () => {
  it("reads 'has lost phones' as the phones out, not a phone someone lost", () => {
    const text =
      "Every company in our shared building that you look after has lost phones since 10:30. I've spoken to four of them.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(read("we lost the phone number of our contact at the bank").state?.value).not.toBe("down");
    expect(read("the CEO lost his phone on the train").state?.value).not.toBe("down");
  });

  it("reads other organisations said not to be affected as the client alone, and does not ask about them", () => {
    const text =
      "Our whole practice has no email since this morning, nothing in or out for any of us. Other practices aren't affected as far as I can tell.";
    expect(read(text).scope?.value).not.toBe("other customers");
    const suggestion = classifyPriority(text, presetPolicy("managed-helpdesk") as Policy);
    expect(suggestion.priority).toBe("P2");
    expect(suggestion.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    // named without saying how they are, they are asked about
    const named = classifyPriority(
      "Our whole practice has no email since this morning, nothing in or out. The practices next door use you too.",
      presetPolicy("managed-helpdesk") as Policy,
      { wording: false },
    );
    expect(named.reasons.join(" ")).toMatch(/other customers affected|other organisations are named/);
  });

  it("reads another organisation's 'theirs is frozen too' as other customers out, not 'theirs works too'", () => {
    expect(
      read("our hosted desktop froze and the firm downstairs says theirs is frozen too").scope?.value,
    ).toBe("other customers");
    expect(
      read("our hosted desktop froze; I rang the architects on the ground floor and theirs works too").scope
        ?.value,
    ).not.toBe("other customers");
  });
});

describe("batch 518", () => {
  it("reads 'other CM channels we use are fine' as the other products working", () => {
    const text =
      "Our SMS two-factor codes stopped arriving for all users of our banking app about 40 minutes ago. Nobody can log in to our app without them. Other CM channels we use are fine.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads 'voice calls still reach the team' as voice working, not a second product failing", () => {
    const text =
      "Nobody in our contact centre can log in to the CM agent desktop (Service Cloud): 'invalid tenant'. Voice calls to our own PBX still reach the team.";
    expect(products(text)).toEqual(["Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("Voice calls don't reach the team and nobody can log in to Service Cloud")).toEqual([
      "Voice",
      "Service Cloud",
    ]);
  });

  it("reads '500 characters' as a count, not a server error", () => {
    expect(read("the call notes field cuts off after 500 characters since the update").state?.value).not.toBe(
      "down",
    );
    expect(read("the portal shows a 500 page for everyone").state?.value).toBe("down");
  });
});

describe("batch 519", () => {
  it("reads the organisations the provider serves as other customers, not the app it hosts for the client", () => {
    const text =
      "Half the practices in the network you support can't open the shared booking system this morning, ours included.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(
      read("The line-of-business app you host for us crashed overnight, none of our users can log in").scope
        ?.value,
    ).not.toBe("other customers");
  });
});

describe("batch 521", () => {
  it("reads an error digest of a few records beside the rest synced as a few cases, the rest working", () => {
    const text =
      "Error digest from integrator.io this morning: 4 errors on the item flow ('invalid category'). The other 1,200 items synced.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(read(text).sparedPart?.evidence).toBe("other 1,200 items synced");
    expect(ruledLevel(text, "celigo")).toBe("normal");
    // errors counted over time are no count of records
    expect(read("the item flow throws errors on every run").scope?.value).not.toBe("some cases");
  });
});

describe("batch 522", () => {
  it("reads 'SMS and WhatsApp campaigns went out' as what works, not a second product failing", () => {
    const text =
      "Every email campaign we sent today bounced for all recipients ('domain not verified'). Customers got nothing. SMS and WhatsApp campaigns went out.";
    expect(products(text)).not.toContain("Business Messaging");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("Email campaigns bounce and no SMS went out")).toContain("Business Messaging");
  });

  it("reads messages sent on a channel that never arrive in the inbox as one product failing", () => {
    const text =
      "Customers who message us on WhatsApp get no answer at all: nothing arrives in the inbox for any agent since 12:15. Phone and email fine.";
    expect(products(text)).toHaveLength(1);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  it("reads the client's customers cut off from it as down, and what the client says is not the provider's as its own", () => {
    const text =
      "Hospital switchboard here. Since 07:40 patients can't reach us by phone and the appointment-reminder SMS aren't going out either.";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("one customer can't reach us by phone").state?.value).not.toBe("down");
    expect(
      ruledLevel(
        "voice and whatsapp both down here, customers can't reach us at all. CRM is fine (not yours)",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads 'no SMS leaves the CM platform' as where they leave from, not every product failing", () => {
    expect(products("no SMS leaves the CM platform since 8, every message sits in 'queued'")).toEqual([
      "Business Messaging",
    ]);
  });
});

describe("batch 523", () => {
  it("reads a handover that 'drops the customer's language' as something left out, not a call dropped", () => {
    const text =
      "The chatbot's handover to Service Cloud drops the customer's language, so every handed-over chat shows in English to Dutch agents. They can still help, it's confusing.";
    expect(read(text).state?.value).not.toBe("broken");
    expect(level(text, "cm-connect-engage")).not.toBe("P1");
    expect(read("the IVR drops the caller after the greeting").state?.value).toBe("broken");
  });
});

describe("batch 524", () => {
  it("reads offices 'all without email' as down, however many are named before it", () => {
    const text =
      "Good morning. Our office and the two sister firms you look after are all without email and the shared drives since 7.";
    expect(read(text).state?.value).toBe("down");
    expect(read(text).scope?.value).toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(read("we are all without a clue how the new report works").state?.value).not.toBe("down");
  });
});

describe("batch 525", () => {
  it("reads 'the phones not ring' as the contact centre's telephony, not one handset", () => {
    const text =
      "Our call centre is completely stop. The phones not ring, and the agents can not open the inbox for chats. Please call me.";
    expect(products(text)).toEqual(["Voice", "Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("my phone did not ring, then the popup disappeared")).not.toContain("Voice");
  });

  it("reads a marketing campaign stuck as Marketing Cloud beside the messaging that fails", () => {
    const text =
      "Hello support, today nothing is working: SMS is not sending, WhatsApp not sending, and marketing campaign also stuck. Is problem on your side?";
    expect(products(text)).toEqual(["Business Messaging", "Marketing Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 527", () => {
  it("reads customers who can't call or text the client as its Voice and Business Messaging failing", () => {
    expect(products("Customers can't call us and can't text us. Both numbers dead since 11.")).toEqual([
      "Business Messaging",
      "Voice",
    ]);
    expect(products("residents can't call us and the webchat on the city website just spins")).toEqual([
      "Voice",
      "Service Cloud",
    ]);
    expect(products("Please call us back, the SMS are down")).toEqual(["Business Messaging"]);
  });

  it("reads 'hasn't received a single order from' as none at all, not one order", () => {
    const text =
      "Our warehouse hasn't received a single order from the webshop since midnight; the integrator.io flows show nothing ran. We ship 2,000 orders a day and there's no way to push them ourselves.";
    expect(read(text).scope?.value).not.toBe("some cases");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    expect(
      read("An order from a new international customer is not getting synced. Other orders sync fine.").scope
        ?.value,
    ).toBe("some cases");
  });
});

describe("batch 529", () => {
  it("reads 'the pharmacy downstairs (you do their IT as well)' as another of the provider's customers", () => {
    const text =
      "Phones are dead here and at our other two offices, and the pharmacy downstairs (you do their IT as well) has no phones either.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P1");
    expect(read("the pharmacy downstairs has its own IT, ours is down").scope?.value).not.toBe(
      "other customers",
    );
  });
});

describe("batch 532", () => {
  it("reads 'doesn't stop anyone working' as how small it is, not as everyone failing", () => {
    for (const saying of [
      "Doesn't stop anyone working.",
      "It doesn't stop anyone from working.",
      "It doesn't keep anyone from working.",
    ]) {
      const found = read(`The date in the contact profile is wrong for some contacts. ${saying}`);
      expect(found.scope?.value, saying).not.toBe("everyone");
      expect(found.state?.value, saying).toBe("wrong");
      expect(found.criticality?.value, saying).toBe("minor");
    }
    // what fails to stop something is still a failure: the away status should stop the assigning
    expect(
      read("the 'away' status doesn't stop chats being assigned, agents on break still get chats").state
        ?.value,
    ).toBe("broken");
    // and nobody able to work is still everyone affected
    expect(read("the VPN is down, it doesn't let anyone work").scope?.value).toBe("everyone");
  });
});

describe("batch 534", () => {
  it("reads agents unable to take calls beside the inbox failing as two products failing", () => {
    expect(
      products("none of our agents can take calls and the Service Cloud inbox is empty for everyone"),
    ).toEqual(["Voice", "Service Cloud"]);
    expect(
      products("the Service Cloud inbox is empty for everyone and none of our agents can take calls"),
    ).toEqual(["Voice", "Service Cloud"]);
    // the work the product's failure stops, said beside it, is not a second product
    expect(products("nobody can handle chats or calls, the Service Cloud agent desktop is stuck")).toEqual([
      "Service Cloud",
    ]);
    expect(
      level(
        "Not sure if it's us or you, but since 10:15 none of our agents can take calls and the Service Cloud inbox is empty for everyone, no chats coming in at all.",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads 'and neither can my 4 colleagues' as everyone, not the writer alone", () => {
    const text =
      "I can't log in to integrator.io, and neither can my 4 colleagues. Our production flows also show as 'paused' in the email alerts. Everything's stopped";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    expect(read("I can't log in, same for the rest of the team").scope?.value).toBe("everyone");
    expect(read("me and two colleagues can't log in").scope?.value).toBe("some");
    for (const others of [
      ", my colleagues neither",
      " and my colleagues can't either",
      ". My colleagues too.",
    ])
      expect(read(`I can't log in to integrator.io${others}`).scope?.value, others).toBe("everyone");
    expect(read("I can't print, my colleagues can print fine").scope?.value).not.toBe("everyone");
    expect(read("Everything's stopped").state?.value).toBe("broken");
  });

  it("reads 'no paper backup' as no way around it", () => {
    expect(read("We can't see patients' records, no paper backup").workaround?.value).toBe("absent");
    expect(read("we switched to the paper backup").workaround?.value).toBe("present");
  });
});

describe("batch 537", () => {
  it("quotes at most twelve of the client's words in a reason, where a message without full stops is one long clause", () => {
    const text =
      "okay so nothing is working the agents cant log into service cloud the phones are dead and whatsapp is not sending either this is everyone in the building";
    const suggestion = classifyPriority(text, presetPolicy("cm-connect-engage") as Policy);
    expect(suggestion.priority).toBe("P1");
    const quotes = suggestion.reasons.flatMap((reason) =>
      [...reason.matchAll(/\("([^"]*)"\)/g)].map((m) => m[1]),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const words = (quote ?? "").replace(/…$/, "").split(/\s+/);
      expect(words.length, quote).toBeLessThanOrEqual(12);
      // the client's own words, from where the evidence starts
      expect(text).toContain(words.join(" "));
    }
    expect(quotes.some((quote) => quote?.endsWith("…"))).toBe(true);
  });
});

describe("batch 539", () => {
  it("reads 'has stopped answering anyone' as everyone, not a cue-less scope", () => {
    const text =
      "the chatbot on our website has stopped answering anyone since 8:15, it just shows the typing dots forever";
    expect(read(text).scope?.value).toBe("everyone");
    expect(read("the printer stopped working for anybody on the second floor").scope?.value).toBe("everyone");
    // stopping no one from working says how small it is
    expect(read("it doesn't stop anyone working").scope?.value).not.toBe("everyone");
    expect(read("we stopped answering emails on Sundays").scope).toBeUndefined();
  });

  it("reads 'everything in our Kissflow is down' as the whole system, whatever kinds of module are listed after", () => {
    const text =
      "everything in our Kissflow is down. Every app, every process, every board errors out for all 400 of our users";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("everything in the Kissflow is down").unit?.value).toBe("system");
    expect(read("every process errors out").unit?.value).toBe("module");
  });
});

describe("batch 540", () => {
  it("does not read 'it's not intermittent anymore' as now and then", () => {
    const text =
      "Since 8:30 all calls drop after a few seconds and every WhatsApp message we send fails. It's not intermittent anymore, it's everything, for every agent";
    expect(read(text).intermittent).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("the calls drop intermittently").intermittent?.value).toBe("intermittent");
  });

  it("reads 'nobody can finish any work' as work stopped, like 'nobody can work'", () => {
    for (const text of ["Nobody can finish any work", "we can't do any work", "no one can get any work done"])
      expect(read(text).criticality?.value, text).toBe("critical");
    expect(read("we can still do our work").criticality?.value).not.toBe("critical");
  });

  it("reads 'nobody else seems to have it' as the writer alone, not everyone", () => {
    const text =
      "My Outlook crashes once every couple of days when I open a calendar invite. I restart it and it's fine. Nobody else seems to have it";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(read("I can't log in and nobody else can either").scope?.value).toBe("everyone");
  });
});

describe("batch 541", () => {
  it("reads 'Two smaller issues:' as a heading, and quotes what fails instead", () => {
    const text =
      "Two smaller issues: the 'due date' filter on the task list doesn't work, people scroll instead. And the email notifications show the wrong logo";
    expect(read(text).state?.evidence).toBe("doesn't work");
    expect(read("A couple of issues: the export is slow").state?.value).toBe("degraded");
    // an issue said as the failure stays one
    expect(read("we have issues with the inbox since 9").state?.value).toBe("broken");
  });

  it("does not read a 'Minor:' heading as the whole message minor where a 'Major:' one follows", () => {
    const text =
      "Two issues. Minor: the dashboard loads slowly. Major: the purchase request process stopped sending items to approvers since the update, for every request.";
    expect(read(text).criticality?.value).not.toBe("minor");
    expect(read("Possibly minor: the 'reply all' adds our own address").criticality?.value).toBe("minor");
  });
});

describe("batch 542", () => {
  it("reads a client's own 'Major incident' label as theirs, not as other customers hit; the provider's major outage still is", () => {
    for (const text of [
      "Major incident MI-4471 declared on our side at 08:52. Impact: inbound voice and WhatsApp unavailable",
      "P1 major incident. Kissflow tenant returning HTTP 500 on every page",
      "MAJOR INCIDENT. Multiple CM services unavailable since 07:58",
    ])
      expect(read(text).scope?.value, text).not.toBe("other customers");
    expect(read("you seem to have a major outage, nothing loads").scope?.value).toBe("other customers");
  });

  it("reads a form's 'Other customers: not known' as no others named", () => {
    const text =
      "Service affected: file server FS01. Status: unreachable since 07:40 for all 35 staff at our site. No workaround. Other customers: not known";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("Other customers: unknown").scope).toBeUndefined();
    expect(read("other customers are affected too").scope?.value).toBe("other customers");
  });

  it("reads what fails before what it costs: 'returns no results. Impact: reduced productivity' is search failing", () => {
    const text =
      "Outlook search returns no results for the sales department since this morning. Impact: reduced productivity";
    expect(read(text).state).toEqual({ value: "broken", evidence: "returns no results" });
    // said alone, what it costs is still how bad it is
    expect(read("the new update really hurts our productivity").state?.value).toBe("severely degraded");
  });
});

describe("batch 543", () => {
  it("reads 'nobody here knows how to set up the screen' as a question, not the setting up failing for everyone", () => {
    const text =
      "No one here knows how to set up the conference room screen for a Teams call. Could you send us a short guide?";
    expect(read(text).state).toBeUndefined();
    expect(level(text, "managed-helpdesk")).toBe("P5");
    expect(read("we don't know how to get it to work").request?.value).toBe("question");
    // what nobody can do still fails
    expect(read("nobody can set up a Teams call in the conference room").state?.value).toBe("broken");
  });

  it("reads 'nobody but me' as the writer alone and 'not all orders are affected' as some of them", () => {
    expect(read("Nobody but me seems to get the duplicate notification sound").scope?.value).toBe("one");
    expect(read("no one except me has it").scope?.value).toBe("one");
    expect(read("Not all orders are affected, but about one in three fails").scope?.value).toBe("some cases");
    expect(read("nobody can log in").scope?.value).toBe("everyone");
  });
});

describe("batch 544", () => {
  it("reads 'all our web chat goes through the bot first' as the route to the failing bot, not web chat failing too", () => {
    const text =
      "Our Conversational AI bot stopped understanding anything since this morning's deployment on your side, it answers 'Sorry, I didn't get that' to every single question. All our web chat goes through the bot first, so customers can't reach anyone there. Phone works";
    expect(products(text)).toEqual(["Conversational AI Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("the bot is down and the web chat doesn't load for any agent")).toEqual([
      "Service Cloud",
      "Conversational AI Cloud",
    ]);
  });
});

describe("batch 545", () => {
  it("reads 'came back after the outage' as when, not as down now", () => {
    const text =
      "Internet came back after the outage, but it's crawling: pages take 30 seconds, video calls are impossible. Everyone in the office is affected";
    expect(read(text).state?.value).toBe("severely degraded");
    expect(read("since yesterday's outage the reports are empty").state?.evidence).not.toBe("outage");
    expect(read("The outage is back and spreading").state?.value).toBe("down");
  });

  it("reads 'the earlier issue is resolved' as put right, not as something failing", () => {
    expect(read("The earlier issue is resolved, thanks").state).toBeUndefined();
    expect(read("the problem has been fixed").state).toBeUndefined();
    expect(read("the issue is back since 9").state?.value).toBe("broken");
  });
});

describe("batch 546", () => {
  it("reads 'nobody can start a new Capex request' and 'nothing in that process gets approved' as the process, a module", () => {
    expect(read("Nobody can start a new Capex request since this morning").unit?.value).toBe("module");
    expect(read("Nothing in that process gets approved").unit?.value).toBe("module");
    expect(read("nobody can start the new onboarding").unit?.value).toBe("module");
  });

  it("reads 'none of our processes, boards or apps can be reached' as the whole of Kissflow", () => {
    const text =
      "Our Kissflow workspace URL gives a 404 since 8:30 for everyone, as if it doesn't exist. None of our processes, boards or apps can be reached. Payroll approval is due today";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("none of our processes can be started").unit?.value).toBe("module");
  });

  it("does not take 'approves urgent ones by email' for the client calling it urgent", () => {
    const text =
      "The Expense Claim process's approval step doesn't trigger anymore since your release: claims are submitted but never reach any approver, for every claim. Nothing in that process gets approved. Other processes fine, month end Thursday. Finance approves urgent ones by email meanwhile";
    const suggestion = classifyPriority(text, presetPolicy("kissflow") as Policy);
    expect(suggestion.reasons.join(" ")).not.toContain("called urgent by the client");
    expect(suggestion.priority).toBe("high");
  });
});

describe("batch 547", () => {
  it("reads 'the practice management server you look after' as the client's system, not other practices", () => {
    const text =
      "Dental practice here. The practice management server you look after is down since 8, so none of the 4 dentists can see today's appointments or patient records. No paper backup";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("the other practices you look after are down too").scope?.value).toBe("other customers");
  });

  it("reads 'we're thinking about upgrading next year' as weighed, not a task to schedule; 'can you recommend' as a question", () => {
    const pricing =
      "What's the difference between the two backup plans you offer? We're thinking about upgrading next year";
    expect(read(pricing).request?.value).toBe("question");
    expect(read("please upgrade our server next year").request?.value).toBe("scheduled");
    expect(
      read("Can you recommend a good headset for people who make a lot of Teams calls?").request?.value,
    ).toBe("question");
  });
});

describe("batch 550", () => {
  it("reads 'nobody can open any Kissflow app or process' as the whole of Kissflow", () => {
    const text =
      "Today is payroll approval day and since 11:00 nobody can open any Kissflow app or process, everything shows 'Service unavailable'. All 800 employees are waiting to be paid";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("nobody can open any board or process").unit?.value).toBe("system");
  });
});

describe("batch 551", () => {
  it("reads 'none of our phone lines or WhatsApp numbers are working' as both failing, not as working", () => {
    expect(products("none of our phone lines or WhatsApp numbers are working")).toEqual([
      "Business Messaging",
      "Voice",
    ]);
    expect(products("none of our WhatsApp numbers are working")).toEqual(["Business Messaging"]);
    expect(products("WhatsApp is down, our phone lines are working")).toEqual(["Business Messaging"]);
  });

  it("reads 'the whole Onboarding board is empty, no cards, no columns' as the board, not a column", () => {
    const text =
      "since this morning the whole Onboarding board is empty for everyone, no cards, no columns. Other boards are fine";
    expect(read(text).unit?.value).toBe("module");
    expect(read("the 'Due date' column on the board is empty").unit?.value).toBe("feature");
  });
});

describe("batch 552", () => {
  it("reads 'broke after your platform update' as the provider's change, not other customers hit", () => {
    expect(read("The connection to our 3PL's SFTP broke after your platform update").scope?.value).not.toBe(
      "other customers",
    );
    expect(read("your platform is down for everyone, our partners too").scope?.value).toBe("other customers");
  });
});

describe("noticed at batch 538", () => {
  it("reads 'there is no paper version' as no way around it, and 'we switched to the paper version' as one", () => {
    expect(read("the records won't load and there is no paper version").workaround?.value).toBe("absent");
    expect(read("we switched to the paper version").workaround?.value).toBe("present");
  });
});

describe("batch 556", () => {
  it("reads 'Nothing in Kissflow loads' as the whole of it, whatever kinds of module are listed after", () => {
    const text =
      "Nothing in Kissflow loads for any of our 1,200 users since 07:50: processes, boards, datasets, portals, all error out.";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
  });

  it("reads 'every item in our Incident Management board is stuck' as the board, a module", () => {
    // the columns the cards cannot move between are where it shows, not a feature that fails
    expect(
      read(
        "Every item in our Incident Management board is stuck, cards can't be moved between columns by anyone since the update",
      ).unit?.value,
    ).toBe("module");
    expect(read("the 'Due date' column on the board is empty").unit?.value).toBe("feature");
  });
});

describe("batch 558", () => {
  it("reads 'I think Kissflow is down' as the whole of it, whatever follows, but not 'whether Kissflow is down'", () => {
    const text =
      "Hi. I think Kissflow is down: nobody at our company can log in, SSO gives an error and also normal password login fails. All our processes stopped";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("not sure whether Kissflow is down, the Leave process won't open").unit?.value).not.toBe(
      "system",
    );
  });

  it("reads 'chat and email are going normal' as working, not as more products failing", () => {
    const calls = "our agents say the incoming calls don't arrive anymore, the line cuts.";
    expect(products(`${calls} Chat and email are going normal`)).toEqual(["Voice"]);
    expect(products(`${calls} Chat and email are going down too`)).toEqual(["Voice", "Service Cloud"]);
  });
});

describe("batch 559", () => {
  it("reads 'The others in the team say the same' after one agent's report as everyone, not one agent", () => {
    const quoted =
      'Quoting one of our agents: "since this morning about a third of the chats I pick up show no history". The others in the team say the same';
    expect(read(quoted).scope?.value).toBe("everyone");
    expect(read("one of our agents sees no history in her chats").scope?.value).toBe("one");
    // not sure of it, or one colleague more, is not everyone
    expect(read("SMS are stuck since 14:00. Not sure if the others have the same").scope?.value).not.toBe(
      "everyone",
    );
    expect(read("one of our agents sees no history, my colleague has the same").scope?.value).not.toBe(
      "everyone",
    );
  });
});

describe("batch 560", () => {
  it("reads 'Nobody can reach us in any way' as every product failing, a top-level report beside one product named", () => {
    const text =
      'Callers get a busy tone on all our numbers and customers on the website see "chat unavailable". Nobody can reach us in any way';
    expect(products(text)).toContain("Service Cloud");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(
      products("Callers get a busy tone on all our numbers. Customers can reach us in any way they like"),
    ).toEqual(["Voice"]);
  });
});

describe("batch 564", () => {
  it("reads 'not one call …, not one chat or WhatsApp' as each of them failing, not one call", () => {
    const silent = "Not one call in the queues, not one chat or WhatsApp in the inbox";
    expect(products(silent)).toEqual(["Business Messaging", "Voice", "Service Cloud"]);
    expect(products("one call in the queue had no audio, WhatsApp is down")).toEqual(["Business Messaging"]);
  });

  it("reads 'all three of us your customers' as other customers hit, 'all three of us' as the client's people", () => {
    expect(
      read("our accountant, our solicitor and us, all three of us your customers, lost phones").scope?.value,
    ).toBe("other customers");
    expect(read("all three of us lost phones and internet").scope?.value).toBe("everyone");
  });

  it("reads 'callers never get an agent' as what the callers miss, not one agent affected", () => {
    expect(read("some callers hear our hold music forever and never get an agent").scope?.value).not.toBe(
      "one",
    );
    expect(read("an agent can't log in to the desktop").scope?.value).toBe("one");
  });
});

describe("batch 565", () => {
  it("reads a quoted 'Reconnecting…' as a word with a prefix, not a misspelt label", () => {
    const text =
      'The agent desktop shows "Reconnecting…" for a few seconds every 10 minutes since the morning';
    expect(read(text).state?.value).not.toBe("cosmetic");
    expect(read("the login page says 'Welcom back'").state?.value).toBe("cosmetic");
  });
});

describe("batch 566", () => {
  it("reads the 'Reject' button as a label, not something rejected", () => {
    const text =
      'The colour of the "Reject" button is very close to the "Approve" one, people sometimes hesitate. Could it be red?';
    expect(read(text).state?.value).not.toBe("broken");
    expect(ruledLevel(text, "kissflow")).toBe("low");
    expect(read("the bank rejects every payment file since Monday").state?.value).toBe("broken");
  });
});

describe("batch 567", () => {
  it("reads a Dutch client's 'telefonie' and 'telefoons' as Voice, failing or working", () => {
    const text =
      "Goedemorgen, we have a big storing: niemand kan inloggen in the inbox and the telefonie also doesn't work. All agents are waiting";
    expect(products(text)).toEqual(["Voice", "Service Cloud"]);
    expect(products("all 25 agents see a white screen in the agent desktop. Telefoons werken wel")).toEqual([
      "Service Cloud",
    ]);
  });
});

describe("batch 570", () => {
  it("reads a sister company under the client's own contract as the client's, not other customers hit", () => {
    const text =
      "Our sister company (same group, same contract with you) and we both lost access to the shared CRM at 11. No one in the group can work in it";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("Our sister company (also your client) lost access too").scope?.value).toBe(
      "other customers",
    );
  });
});

describe("batch 574", () => {
  it("reads 'nothing in production affected' as production fine, so the sandbox issue is Celigo's low", () => {
    const text =
      'In our sandbox account the test flow logs "Mapping error: lookup not found" for every record. Only testing a new mapping there, nothing in production affected';
    expect(ruledLevel(text, "celigo")).toBe("low");
    expect(level("The sandbox flow fails and production is affected too, nothing syncs", "celigo")).not.toBe(
      "low",
    );
  });
});

describe("batch 577", () => {
  it("reads 'an English confirmation page while the mail was in Dutch' as a wrong result", () => {
    const text =
      "Subscribers who click unsubscribe in our newsletter see an English confirmation page while the mail was in Dutch. They do get unsubscribed";
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(
      read("We send the English newsletter while the Dutch one is being translated").state,
    ).toBeUndefined();
  });
});

describe("batch 578", () => {
  it("reads 'Could you tell us?' and 'we'd like to know what it would cost' as questions, whatever date follows", () => {
    expect(
      ruledLevel(
        "Our insurance company asks whether our laptops have disk encryption. Could you tell us? No hurry, the form is due next month",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    expect(
      ruledLevel(
        "Not urgent: we'd like to know what it would cost to replace the reception PC next year",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    expect(ruledLevel("Please replace the reception PC next month", "managed-helpdesk")).toBe("P6");
  });

  it("reads 'takes about a minute per page instead of a few seconds' as slower, not nothing", () => {
    const text =
      "The scanner at the front desk takes about a minute per page since Friday instead of a few seconds. We can still scan, the queue at the desk is just longer";
    expect(read(text).state?.value).toBe("degraded");
    expect(read("the scanner takes a minute to warm up in the morning").state?.value).toBe("degraded");
    expect(read("we print one page per minute on purpose").state).toBeUndefined();
  });
});

describe("batch 580", () => {
  it("reads 'every SMS is stuck' as the product itself failing", () => {
    const text =
      "0 of our 12,000 appointment reminders went out this morning: every SMS is stuck as \"pending\". Calls and the inbox are working, it's only SMS, but that's what all our patients rely on";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    const partly = classifyPriority(
      "our SMS is stuck on the last recipient of the list",
      presetPolicy("cm-connect-engage") as Policy,
      {
        wording: false,
      },
    );
    expect(partly.reasons.join("; ")).not.toMatch(/the product itself fails/);
  });

  it("reads a count of the product's work at zero, set against the usual, as the product out, not a report that fails", () => {
    const calls =
      "Our call statistics show 0 answered calls and 0 chats since 10:15, against 300 an hour normally. The agents say the phone bar is grey and the chat queue never fills. Nobody in the contact centre has had a single contact since";
    expect(ruledLevel(calls, "cm-connect-engage")).toBe("P1");
    const emails =
      "The inbox counter shows 0 new emails since 07:00, while we usually get 200 by now. Chats and calls come in fine, but no email has reached any agent";
    expect(read(emails).partSubject).toBeUndefined();
    expect(ruledLevel(emails, "cm-connect-engage")).toBe("P2");
    // the counts themselves wrong: the wallboard, not the calls
    expect(
      read("The wallboard shows 0 calls waiting while there are people in the queue").partSubject,
    ).toBeDefined();
    expect(
      read("Our call statistics show 0 answered calls for yesterday, but the agents took calls all day")
        .partSubject,
    ).toBeDefined();
  });

  it("reads other tenants said to be online as not hit, and does not ask about them", () => {
    const text =
      "All 22 PCs in our office show \"no internet\" since 8:00. The building's other tenants are online, so it's only us, but not one of us can work";
    const suggestion = classifyPriority(text, presetPolicy("managed-helpdesk") as Policy);
    expect(suggestion.priority).toBe("P2");
    expect(suggestion.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    expect(read("The other tenants in the building are offline too").scope?.value).toBe("other customers");
  });

  it("reads '503 when they open Kissflow' as the whole of it, whatever modules are listed after", () => {
    const text =
      '100 % of our users get "503 Service Unavailable" when they open Kissflow, since 9:30. All work on forms, approvals and boards is stopped';
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("we get a 503 when we open the Leave board").unit?.value).not.toBe("system");
  });
});

describe("batch 581", () => {
  it("reads a wrong result the client calls 'not a problem' as no problem, for one of them", () => {
    const text =
      'The dashboard\'s "last run" time shows UTC instead of our time zone. Not a problem, we know to add an hour';
    expect(ruledLevel(text, "celigo")).toBe("low");
    // said of everyone's work, it is still looked at
    expect(
      ruledLevel(
        "Every order since Monday posts with the wrong tax amount. Not a problem for the shop, but finance is stuck",
        "celigo",
      ),
    ).not.toBe("low");
  });
});

describe("batch 583", () => {
  it("reads a bounce's 'mailbox unavailable' as the recipient's, not the product down", () => {
    const text =
      'Our agency tells us that since Monday about 20 % of our email campaign sends bounce with "mailbox unavailable" on addresses that worked last week. Most still get delivered';
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("the Marketing Cloud editor is unavailable for everyone").state?.value).toBe("down");
  });
});

describe("batch 584", () => {
  it("reads franchisees 'each your customer' as other customers hit", () => {
    const text =
      "All the shops in our franchise group are down: the till system you host for the 9 franchisees (each its own company, each your customer) won't open anywhere since opening time";
    expect(read(text).scope?.value).toBe("other customers");
    expect(level(text, "managed-helpdesk")).toBe("P1");
    expect(read("each of our shops has its own till, all down since opening").scope?.value).not.toBe(
      "other customers",
    );
  });
});

describe("batch 585", () => {
  it("reads 'logs about half our agents out every 20 minutes' as a service that keeps dropping people", () => {
    const text =
      "Since this morning the agent desktop logs about half our agents out every 20 minutes. They log back in and continue, but chats in progress get reassigned and customers wait";
    expect(read(text).state?.value).toMatch(/degraded/);
    // once a day, not every few minutes
    expect(read("it logs me out every evening at 6, as configured").state?.value).not.toMatch(/degraded/);
  });
});

describe("batch 586", () => {
  it("reads 'I lose a good hour a day' as working time lost, the managed helpdesk's productivity impact", () => {
    const text =
      "My laptop takes 15 minutes to boot every morning since the update and Outlook freezes twice an hour. I get my work done, but I lose a good hour a day";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("Outlook freezes twice an hour on my laptop", "managed-helpdesk")).toBe("P4");
  });

  it("reads the date of the client's own planning as no task for later, and a price asked as a question", () => {
    expect(
      ruledLevel(
        "For our planning next year: what's the expected lifetime of the laptops you installed in 2023?",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    const price = classifyPriority(
      "For our budget next year: what would 2 extra voice numbers cost?",
      presetPolicy("cm-connect-engage") as Policy,
    );
    expect(price.reasons.join("; ")).toMatch(/a question/);
    expect(ruledLevel("Please replace the laptops next year", "managed-helpdesk")).toBe("P6");
  });
});

describe("batch 587", () => {
  it("reads 'the complete Employee Onboarding module is down' as the module, whatever parts are listed, and what it stops as no task for later", () => {
    const text =
      "The complete Employee Onboarding module is down for HR since 9 am: no form opens, no task list loads. HR can't onboard the 12 new people starting Monday. Other modules work";
    expect(read(text).unit?.value).toBe("module");
    expect(read(text).request).toBeUndefined();
    expect(ruledLevel(text, "kissflow")).toBe("high");
    expect(read("please onboard our 3 new starters on Monday").request?.value).toBe("scheduled");
  });

  it("reads 'Kissflow is completely inaccessible' as the whole of it", () => {
    const text =
      "Kissflow is completely inaccessible for us since 6 am: DNS doesn't resolve our subdomain from anywhere. All our processes, boards and apps are unreachable for the whole company";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
  });

  it("reads a step that skips the CFO as no business-critical person hit, and a figure worked out as another as a wrong result", () => {
    const skipped =
      "The conditional approval step in our Capex process skips the CFO for amounts over 50k since Tuesday. We catch those items by hand and send them to him";
    expect(read(skipped).criticality).toBeUndefined();
    expect(ruledLevel(skipped, "kissflow")).toBe("medium");
    expect(read("our CFO can't open the Capex process").criticality?.value).toBe("critical");
    const calculated =
      "One formula field in our Leave process calculates half days as full days since the update. HR corrects the balance by hand at the end of the month";
    expect(read(calculated).state?.value).toBe("wrong");
    expect(read(calculated).request).toBeUndefined();
    expect(ruledLevel(calculated, "kissflow")).toBe("medium");
    expect(read("please archive the old items at the end of the month").request?.value).toBe("scheduled");
  });
});

describe("batch 588", () => {
  it("reads 'Nobody downstream was affected' as no one hit, not everyone", () => {
    const text =
      "The weekly price export ran late again this Monday, about an hour after schedule. Nobody downstream was affected";
    expect(read(text).scope).toBeUndefined();
    expect(ruledLevel(text, "celigo")).toBe("normal");
    expect(read("nobody in the office can print since this morning").scope?.value).toBe("everyone");
  });
});

describe("batch 589", () => {
  it("reads a number that says 'this number is not in use', a booking line and a helpline as Voice", () => {
    const text =
      'Right in the middle of our sale: the chat widget on our shop shows "offline" for everyone and our customer service number says "this number is not in use". Our customers can\'t reach us by chat or phone';
    expect(products(text)).toEqual(["Voice", "Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("our booking line rings out for every caller since 7")).toEqual(["Voice"]);
    expect(products("our helpline is down since 8, nobody gets through")).toEqual(["Voice"]);
    expect(products("inbound whatsapp to our customer service number stopped arriving")).not.toContain(
      "Voice",
    );
  });
});

describe("batch 592", () => {
  it("reads a defect the client calls small as the managed helpdesk's defect (P4), the lowest level only without a deadline", () => {
    const text =
      "Two small things: the clock on the meeting room screen is 5 minutes fast, and the label printer cuts labels a bit short. Both still usable";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(ruledLevel("Small thing: the label printer cuts labels a bit short.", "managed-helpdesk")).toBe(
      "P4",
    );
    expect(
      ruledLevel(
        "Small thing when you have time: the label printer cuts labels a bit short.",
        "managed-helpdesk",
      ),
    ).toBe("P5");
    // where a cosmetic defect is the lowest level, a small one is too
    expect(ruledLevel("Small thing: the label printer cuts labels a bit short.", "cm-connect-engage")).toBe(
      "P5",
    );
  });
});

describe("batch 593", () => {
  it("reads products listed before ': all fine' as working, back to the line that says what fails", () => {
    const text =
      "Status:\n- WhatsApp: no messages in or out since 11:20\n- SMS, voice, chat: all fine\n- WhatsApp is how 80 % of our customers reach us";
    expect(products(text)).toEqual(["Business Messaging"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("WhatsApp: down. Voice: down. SMS, chat: all fine")).toEqual([
      "Business Messaging",
      "Voice",
    ]);
  });
});

describe("batch 596", () => {
  it("reads one product out for other customers too, the others said to work, as that product out (Connect & Engage's P2)", () => {
    const text =
      'Your status page shows "degraded performance" for SMS. For us it\'s worse: not a single SMS has been delivered since 11:00. Voice is fine';
    expect(read(text).scope?.value).toBe("other customers");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    // with nothing said to work, other customers hit is the widespread level
    expect(
      ruledLevel(
        "Your status page shows an incident for SMS, and for us not a single SMS has been delivered since 11:00",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });

  it("reads other companies 'on your platform' as where they are, not every product failing", () => {
    expect(
      products(
        "Our SMS are not delivered since 11:00, and two other companies we know on your platform have the same. Voice is fine",
      ),
    ).toEqual(["Business Messaging"]);
    expect(products("Everything on your platform is returning 503")).toHaveLength(5);
  });

  it("reads the work nobody can do as failures of its own where the only other product is said to fail too", () => {
    expect(
      products("None of our agents can take calls or chats since 09:40, and WhatsApp is silent too"),
    ).toEqual(["Business Messaging", "Voice", "Service Cloud"]);
    // a product named failing besides is what stops the work, whatever else fails too
    expect(
      products("The agent desktop is stuck. Nobody can handle chats or calls. The wallboard is frozen too."),
    ).toEqual(["Service Cloud"]);
  });
});

describe("batch 597", () => {
  it("keeps what has not come back as the report: 'hasn't come back up since last night' is no earlier incident put right", () => {
    const policy = presetPolicy("managed-helpdesk") as Policy;
    const reasons = (text: string) => classifyPriority(text, policy, { wording: false }).reasons.join("; ");
    expect(
      reasons(
        "Since the power cut last night the file server hasn't come back up. Nobody in the office can open any document.",
      ),
    ).toContain("hasn't come");
    expect(
      reasons(
        "Since the power cut last night the file server has not been fixed. Nobody in the office can open any document.",
      ),
    ).toContain("has not been fixed");
    // one that came back is set aside: what fails now is the printing
    expect(
      reasons(
        "The file server was down last night, it's back up now. Nobody in the office can print though.",
      ),
    ).not.toContain("down");
  });
});

describe("batch 600", () => {
  it("reads 'Everyone on the main network is fine' as who is not hit, not everyone affected", () => {
    const text =
      "DHCP on the guest VLAN ran out of leases, so visitors and 4 staff on that VLAN can't get an IP. Everyone on the main network is fine. Please extend the scope";
    expect(read(text).scope?.value).toBe("some");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("Everybody on the main network seems fine").scope).toBeUndefined();
    expect(read("everyone on the main network can't get an IP").scope?.value).toBe("everyone");
  });
});

describe("batch 602", () => {
  it("reads a sandbox said to work beside a production flow slowed down as a production issue, not Celigo's non-production low", () => {
    expect(
      ruledLevel(
        "Production: the inventory flow has been running 4 times slower since your release, so stock levels lag hours behind. In our sandbox the same flow is fast",
        "celigo",
      ),
    ).toBe("high");
    expect(ruledLevel("sandbox flow keeps erroring lol, prod is fine", "celigo")).toBe("low");
    expect(
      ruledLevel(
        "Our sandbox was broken last week and is fine now; we'd like to know if the refresh schedule changed.",
        "celigo",
      ),
    ).toBe("low");
  });
});

describe("batch 604", () => {
  it("reads 'I'm losing a lot of time' as working time lost, the managed helpdesk's productivity impact (P3)", () => {
    const text =
      "Since the Windows update my PC takes 15 minutes to start every morning and Excel freezes several times a day. I'm losing a lot of time";
    expect(read(text).criticality?.value).toBe("critical");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("Excel freezes now and then, I can work around it", "managed-helpdesk")).toBe("P4");
  });

  it("reads 'every scan' as how often a device does it, not everyone affected", () => {
    const text = "The scanner adds a blank page at the end of every scan. We delete it";
    expect(read(text).scope).toBeUndefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("every user gets a blank page").scope?.value).toBe("everyone");
  });
});

describe("batch 606", () => {
  it("reads 'all other customers' orders sync normally' as where it works, not other customers hit", () => {
    const text =
      "One customer's orders keep failing with \"invalid tax code\" since they moved to Belgium. All other customers' orders sync normally";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "celigo")).toBe("normal");
    expect(read("other customers' orders don't sync either").scope?.value).toBe("other customers");
  });
});

describe("batch 610", () => {
  it("reads a sentence that only says whom a forward comes from as who passes it on, not one affected", () => {
    const report =
      "The wallboard in the call centre shows the queue count about a minute behind. Calls themselves are fine.";
    for (const relayed of [
      "See below, from one of our team leads. Not urgent.",
      "FYI, from one of our supervisors below.",
      "From our team lead, below.",
      "Please see the message from our supervisor below:",
    ]) {
      expect(read(`${relayed}\n\n> ${report}`).scope, relayed).toBeUndefined();
      expect(analyse(`${relayed}\n\n> ${report}`).lemmas, relayed).not.toMatch(/supervisor|lead/);
    }
    // A sentence that says more than who sent it stays.
    expect(read("From 9 am one of our team leads can't log in.").scope?.value).toBe("one");
  });
});

describe("batch 611", () => {
  it("reads a question followed by who wants the answer and for what as a question, not a task ahead", () => {
    const text =
      "What percentage of our licences are currently unused? Finance wants the number for the budget review next month.";
    expect(read(text).request).toBeUndefined();
    expect(read(text).asking?.value).toBe("asked");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    // work asked for a month ahead is still planned
    expect(ruledLevel("Please upgrade the reception PC next month.", "managed-helpdesk")).toBe("P6");
    // the sentence after a question that says what fails is the report
    expect(ruledLevel("Is Kissflow down? Nobody can log in since 9.", "kissflow")).toBe("critical");
  });
});

describe("batch 612", () => {
  it("reads 'is it normal that …? … annoying' as the annoyance reported, not a question", () => {
    const text =
      "Is it normal that Teams asks me to sign in again every morning? It works after I sign in, just a bit annoying.";
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(ruledLevel("Is it normal that a long SMS is billed as 3 messages?", "cm-connect-engage")).toBe(
      "P5",
    );
    expect(
      ruledLevel("Is there a way to turn off the sign-in prompt? It's annoying.", "managed-helpdesk"),
    ).toBe("P5");
  });
});

describe("batch 613", () => {
  it("reads 'I'm working on a 13-inch screen' as how the writer gets by, not something still working", () => {
    const text =
      "My docking station stopped working, so I'm working on a 13-inch screen without my second monitor.";
    expect(read(text).sparedPart).toBeUndefined();
    expect(read("Teams isn't working on my laptop but it's working on my phone").sparedPart?.value).toBe(
      "spared",
    );
    expect(read("Outlook crashes, but Word is working on my PC").sparedPart?.value).toBe("spared");
  });
});

describe("batch 614", () => {
  it("reads 'Maybe I missed something:' as words leading into the question, not results missing", () => {
    const text =
      "Maybe I missed something: is there a setting to show the full process name in the app list? It cuts off after 20 characters.";
    expect(read(text).asking?.value).toBe("how-to");
    expect(ruledLevel(text, "kissflow")).toBe("low");
    expect(read("Maybe I missed something").state).toBeUndefined();
    expect(read("the report is missing last week's orders").state?.value).toBe("wrong");
  });

  it("reads 'is that not necessary anymore?' as what may no longer be needed, not something that stopped", () => {
    expect(
      read("do we still need to restart our PCs every week or is that not necessary anymore?").state,
    ).toBe(undefined);
    expect(read("the export doesn't work anymore").state?.value).toBe("broken");
  });
});

describe("batch 603", () => {
  it("reads 'can anyone log in to Kissflow? we can't' as the way in out, answered after the question", () => {
    const text = "can anyone log in to Kissflow? we can't, nobody in the company can";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("can anyone log in to Kissflow? we can").state).toBeUndefined();
  });
});

describe("batch 616", () => {
  it("reads 'Follow-up to my question last week: did you find out …?' as a question", () => {
    const text =
      "Follow-up to my question last week: did you find out whether our Microsoft 365 licences renew monthly or yearly?";
    expect(read(text).asking?.value).toBe("asked");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    // a question that comes before the failure it is about still reports the failure
    expect(ruledLevel("did something change? nobody can log in", "managed-helpdesk")).toBe("P2");
  });
});

describe("batch 617", () => {
  it("reads 'Kissflow shows Account suspended for every user' as all of Kissflow, not the module listed after", () => {
    const text =
      "We're locked out: Kissflow shows 'Account suspended' for every user in our company since this morning. None of our processes can be used.";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("None of our processes can be used since the update").unit?.value).toBe("module");
  });
});

describe("batch 618", () => {
  it("reads 'we're moving desks on the 20th' as a move on a day ahead, a task to plan", () => {
    const text =
      "we're moving desks on the 20th – could someone move 6 PCs and phones to the 3rd floor that day?";
    expect(read(text).request?.value).toBe("scheduled");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
    expect(
      read("since we moved desks on the 20th of last month my phone doesn't ring").request,
    ).toBeUndefined();
  });
});

describe("batch 619", () => {
  it("reads 'What would it cost …from January?' as a price asked for, not a task planned ahead", () => {
    const text = "What would it cost us to add 20 more user licences from January?";
    expect(read(text).request?.value).toBe("question");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    expect(ruledLevel("Please add 20 more user licences from January.", "managed-helpdesk")).toBe("P6");
  });
});

describe("batch 620", () => {
  it("reads 'an endless typing indicator' as no answer, not the indicator failing", () => {
    const text =
      "Our chatbot has stopped answering anyone since 12:20: every visitor gets an endless typing indicator. Calls and WhatsApp are unaffected.";
    expect(read(text).partSubject).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("the typing indicator doesn't show for customers").partSubject?.value).toBe("indicator");
  });
});

describe("batch 621", () => {
  it("reads 'Our sister company on the same service is fine' as another customer not hit", () => {
    const text =
      "Our Exchange is down for the whole company since 9:00, no one can send or receive email. Our sister company on the same service is fine.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("Exchange is down for us and our sister company on the same service too").scope?.value).toBe(
      "other customers",
    );
  });
});

describe("batch 622", () => {
  it("reads 'No new items can be created in the … process' as the process, whatever button is named", () => {
    const text =
      "No new items can be created in the Purchase Requisition process for anyone since last night; the button spins forever. Other processes are fine.";
    expect(read(text).unit?.value).toBe("module");
    expect(ruledLevel(text, "kissflow")).toBe("high");
    expect(read("The 'New item' button in the Purchase process spins forever for me").unit?.value).toBe(
      "feature",
    );
  });
});

describe("batch 625", () => {
  it("reads 'We'll do it ourselves next week' as what the client will do, not a task to plan", () => {
    const text =
      "Could you send us the guide for setting up the new tablets for our carers? We'll do it ourselves next week.";
    expect(read(text).request?.value).toBe("service");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    expect(ruledLevel("Could you set up the new tablets for our carers next week?", "managed-helpdesk")).toBe(
      "P6",
    );
  });

  it("reads 'prints every second label blank' as the printer not working", () => {
    expect(read("The label printer prints every second label blank since this morning.").state?.value).toBe(
      "broken",
    );
  });
});

describe("batch 626", () => {
  it("reads 'Is this email a phishing attempt?' as what the client asks, not a security incident", () => {
    const text =
      'Is this email a phishing attempt? Subject "Your mailbox is full - verify now", link to m1crosoft-support.co. I haven\'t clicked it.';
    expect(read(text).state).toBeUndefined();
    expect(level(text, "managed-helpdesk")).not.toBe("P3");
    expect(read("we got a phishing email and two people clicked the link").state?.value).toBe("broken");
  });
});

describe("batch 628", () => {
  it("reads 'could you tell us when our licence expires?' as a question, not the licence expired", () => {
    const text = "No rush: could you tell us when our firewall licence expires?";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    expect(read("our Microsoft 365 licence expired and nobody can open Outlook").state?.value).toBe("down");
  });
});

describe("batch 630", () => {
  it("reads 'webchat all gone' on a line of its own as the web chat down", () => {
    const text = "phones AND whatsapp AND webchat all gone\nnone of the agents can take anything";
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("the webchat error is all gone now").state?.value).not.toBe("down");
  });

  it("reads 'chat and whatsapp queues piling up' as what agents who cannot work leave waiting", () => {
    const text = "the agent desktop won't load for any of our agents\nchat and whatsapp queues piling up";
    expect(products(text)).toEqual(["Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel(
        "the agent desktop won't load for any of our agents\nwhatsapp is down as well",
        "cm-connect-engage",
      ),
    ).toBe("P1");
  });
});

describe("batch 631", () => {
  it("reads a report opening on one agent as that agent's, whatever 'every' follows", () => {
    const text = "One agent in our Lisbon office hears an echo on every call since yesterday.";
    expect(read(text).scope?.value).toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("One user reported that nobody can log in since 9.").scope?.value).toBe("everyone");
    expect(
      read("One user can't approve a purchase request. Update: it's every approver, none can be approved.")
        .scope?.value,
    ).not.toBe("one");
  });
});

describe("batch 632", () => {
  it("reads 'she scrolls down' as a way through a page, not something down", () => {
    expect(
      read("One agent sees the newest chats at the end. She scrolls down for now.").state?.value,
    ).not.toBe("down");
    expect(read("The portal is down for us, she scrolls through a cached copy for now.").state?.value).toBe(
      "down",
    );
  });
});

describe("batch 633", () => {
  it("reads a headset or hold music that keeps cutting out as degraded", () => {
    expect(read("Her headset keeps cutting out during calls.").state?.value).toBe("degraded");
    expect(read("the hold music cuts out for a second every now and then").state?.value).toBe("degraded");
    expect(
      read("We cut out the old IVR menu last week, how do we add it back?").state?.value,
    ).toBeUndefined();
  });

  it("reads 'One of our agents'' as that agent, whatever 'every' follows", () => {
    const found = read("One of our agents' headset keeps cutting out on every call.");
    expect(found.scope?.value).toBe("one");
    expect(found.scope?.evidence).toBe("One of our agents");
  });
});

describe("batch 634", () => {
  it("reads 'Happy to wait till next week' as how long it may wait, not a task planned", () => {
    const text = "Quick one: is there a way to get my emails on my new phone? Happy to wait till next week.";
    expect(read(text).request?.value).toBe("question");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P5");
    expect(ruledLevel("Could you set up my emails on my new phone next week?", "managed-helpdesk")).toBe(
      "P6",
    );
  });

  it("reads 'Entire work is stopped' as the work, not a part that still works", () => {
    expect(
      read("Kissflow is not opening for anyone since 10 AM. Entire work is stopped.").sparedPart,
    ).toBeUndefined();
    expect(read("Kissflow is not opening for anyone since 10 AM. Email still works.").sparedPart?.value).toBe(
      "spared",
    );
  });
});

describe("batch 635", () => {
  it("reads 'This message has been scanned for viruses' as the mail's footer, not a failure", () => {
    const text =
      "Please set up a mailbox and laptop for our new colleague starting 3 March.\n\nRegards,\nHR\n\nThis message has been scanned for viruses and dangerous content by MailGuard and is believed to be clean.";
    expect(read(text).state).toBeUndefined();
    expect(level(text, "managed-helpdesk")).toBe("P6");
    expect(read("Our mail filter scanned this message and says it has a virus in it.").state).toBeDefined();
  });
});

describe("batch 636", () => {
  it("reads 'She's behind on the month-end work' as the work, not a part that still works", () => {
    expect(
      read("Her laptop freezes every hour. She's behind on the month-end work because of it.").sparedPart,
    ).toBe(undefined);
    expect(read("Her laptop freezes every hour. Her phone works.").sparedPart?.value).toBe("spared");
  });

  it("reads 'We've tried switching it off and on again' as what the client tried, not now and then", () => {
    expect(
      read("The server is down. We've tried switching it off and on again.").intermittent,
    ).toBeUndefined();
    expect(read("The wifi has been going off and on all morning.").intermittent?.value).toBe("intermittent");
  });
});

describe("batch 638", () => {
  it("reads 'The vendor onboarding process won't let anyone past step 2' as the process", () => {
    const text =
      'The vendor onboarding process won\'t let anyone past step 2 since this morning, "Field validation failed" on every submit.';
    expect(read(text).unit?.value).toBe("module");
    expect(ruledLevel(text, "kissflow")).toBe("high");
    expect(read('The "Add row" button in the expense form won\'t let anyone add a line.').unit?.value).toBe(
      "feature",
    );
  });

  it("reads 'before it stops working' as what may come, not a failure", () => {
    expect(read("Should we change something before it stops working?").state).toBeUndefined();
    expect(read("The sync stopped working at 9.").state?.value).toBe("broken");
  });
});

describe("batch 639", () => {
  it("reads 'it worked on the second try' as the way around it, not over already", () => {
    const text =
      "The search in the contact history returned nothing for a couple of customers, it worked on the second try.";
    expect(read(text).workaround?.value).toBe("present");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(ruledLevel("The 2am order sync failed and succeeded on the next run.", "celigo")).toBe("low");
  });
});

describe("batch 640", () => {
  it("reads 'I need the laptop for all client work' as what the laptop is for, not who is affected", () => {
    const found = read("My email has stopped syncing on my laptop. I need the laptop for all client work.");
    expect(found.scope?.value).toBe("one");
    expect(read("your backup service failed for all clients").scope?.value).toBe("other customers");
    expect(read("the VPN fails for all our staff").scope?.value).toBe("everyone");
  });
});

describe("batch 643", () => {
  it("reads 'our users in all regions' as the client's own people, not other customers", () => {
    expect(read("The login page times out for all 300 of our users in all regions.").scope?.value).toBe(
      "everyone",
    );
    expect(read("Your status page shows red for all regions.").scope?.value).toBe("other customers");
  });
});

describe("batch 644", () => {
  it("reads Slack's emoji codes as one word each, not words of the report", () => {
    const found = read(":no_entry: nobody can submit purchase requests :no_entry: other processes ok");
    expect(found.state?.evidence).toBe("nobody can submit");
    expect(analyse(":rotating_light: all channels down").raw).toContain("rotatinglight");
    expect(analyse("calls dropped at 10:15:30, error:timeout:").raw).toContain("10:15:30, error:timeout:");
  });
});

describe("batch 645", () => {
  it("reads 'I need old emails for my case work' as the work, not a part that still works", () => {
    expect(
      read("Outlook search has stopped finding old emails, I need them for my case work.").sparedPart,
    ).toBe(undefined);
    expect(
      read("Outlook search has stopped finding old emails, my phone's search works.").sparedPart?.value,
    ).toBe("spared");
  });
});

describe("batch 646", () => {
  it("reads 'The other services work normally' beside one product failing as the other products working", () => {
    const text =
      "The SMS are not sent anymore since this morning, all our SMS stay pending. The other services work normally.";
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(
      ruledLevel(
        "The SMS are not sent anymore since this morning for most numbers. The other numbers work normally.",
        "cm-connect-engage",
      ),
    ).not.toBe("P2");
  });
});

describe("batch 647", () => {
  it("reads 'Our voice and WhatsApp checks are green' as those products working", () => {
    const text =
      'Pingdom: "CM SMS API" is DOWN since 09:12 (HTTP 503). Our voice and WhatsApp checks are green.';
    expect(products(text)).toEqual(["Business Messaging"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("SMS API is DOWN since 09:12. Our voice checks are red too.").length).toBe(2);
  });
});

describe("batch 648", () => {
  it("reads a message opening 'Q:' as a question announced, not a report", () => {
    expect(read("Q: max file size for WhatsApp media?").asking?.value).toBe("announced");
    expect(ruledLevel("Q: max file size for WhatsApp media?", "cm-connect-engage")).toBe("P5");
    expect(read("QA: the WhatsApp media upload fails for big files").asking).toBe(undefined);
  });
});

describe("batch 649", () => {
  it("reads 'nobody's held up' and 'no one is blocked' as no one troubled, not everyone affected", () => {
    const text =
      "Their scan-to-email shows the wrong sender name on the mails. Scanning works otherwise and nobody's held up.";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("The scanner shows the wrong sender name. No one is blocked.").scope?.value).not.toBe(
      "everyone",
    );
    expect(read("Nobody can scan since this morning, we're all held up").scope?.value).toBe("everyone");
  });

  it("reads 'Question from us as reseller, for a client: …' as a question announced", () => {
    const text = "Question from us as reseller, for a client: can SMS sender IDs be alphanumeric in Germany?";
    expect(read(text).asking?.value).toBe("announced");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
  });
});

describe("batch 650", () => {
  it("reads each item of a list announced and said in one sentence on its own, and takes the worst", () => {
    expect(
      ruledLevel(
        "Three problems today: chat transfers fail for about a third of our agents, the emoji picker is missing, and one agent's headset crackles.",
        "cm-connect-engage",
      ),
    ).toBe("P3");
    expect(
      ruledLevel(
        "Some feedback after a week of use: one agent's notification sound sometimes doesn't play, the dark theme has low contrast on buttons, and it would be nice to pin conversations.",
        "cm-connect-engage",
      ),
    ).toBe("P4");
    // one report with a comma in it is not a list
    expect(
      ruledLevel(
        "Since 09:10, all agents get 'Unauthorized' in the agent desktop, nobody can log in.",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("batch 654", () => {
  it("leaves out an apology for when the message is written ('Late email, sorry:'), not a report of something late", () => {
    expect(
      ruledLevel(
        "Late email, sorry: please plan the switch replacement in the server room for a Saturday in January. No rush.",
        "managed-helpdesk",
      ),
    ).toBe("P6");
    expect(read("Sorry for the 2am message: the night shift can't log in.").state?.value).toBe("down");
    expect(read("Sorry for the late email: invoices arrive late in Outlook since Monday.").state?.value).toBe(
      "wrong",
    );
  });
});

describe("batch 655", () => {
  it("keeps a critical process's wrong results in one part a part failing where the contract ranks by extent (Kissflow)", () => {
    expect(
      ruledLevel(
        "Payroll cut-off is Friday. The timesheet approval emails arrive a day late, but approvers can still approve in the app.",
        "kissflow",
      ),
    ).toBe("medium");
    expect(
      ruledLevel(
        "Board pack due Thursday: the report export to PDF cuts off the last column. Export to Excel works, so we use that for now.",
        "kissflow",
      ),
    ).toBe("medium");
    // a whole module with wrong results, or another contract's critical process, is still ranked higher
    expect(
      ruledLevel(
        "The whole Payroll process calculates wrong amounts for everyone since the update.",
        "kissflow",
      ),
    ).toBe("high");
    expect(
      ruledLevel("Payroll cut-off is Friday. The payroll flow posts the amounts a day late.", "celigo"),
    ).toBe("high");
  });
});

describe("batch 657", () => {
  it("reads 'only 6 of the 500 are still stuck' as the few that fail, not the few that work", () => {
    const text =
      'After the fix most orders went through, only 6 of the 500 from this morning are still stuck with "duplicate key".';
    expect(read(text).scope?.value).toBe("some cases");
    expect(read("only 2 of our 60 agents can log in").scope?.value).toBe("most");
  });

  it("reads 'working again for everyone but our sales team' as the team, not everyone", () => {
    expect(
      read("Email is working again for everyone but our sales team (5 people), who still can't send.").scope
        ?.value,
    ).toBe("some");
    expect(
      read("Teams works again for everyone except our reception PC, which still can't make calls").scope,
    ).toBe(undefined);
    expect(read("WhatsApp is back for most customers, but some messages still fail").scope?.value).not.toBe(
      "most",
    );
    expect(read("our company email stopped working for everyone after your change").scope?.value).toBe(
      "everyone",
    );
  });
});

describe("batch 658", () => {
  it("reads 'The remaining recordings can be accessed as usual' as part of it still working", () => {
    expect(read("The remaining recordings can be accessed as usual.").sparedPart?.value).toBe("spared");
    expect(read("All remaining records were processed successfully.").sparedPart?.value).toBe("spared");
    expect(read("The remaining recordings are lost.").sparedPart).toBe(undefined);
  });

  it("reads a formal request that work 'be scheduled for' a later date as a scheduled task, and 'request information on whether' as a question", () => {
    expect(
      read(
        "We would like to request that the migration of our file server to SharePoint be scheduled for the second half of January.",
      ).request?.value,
    ).toBe("scheduled");
    expect(read("The campaign that was scheduled for 9:00 never went out.").request).toBe(undefined);
    expect(
      ruledLevel(
        "We kindly request information on whether the WhatsApp Business API supports interactive list messages.",
        "cm-connect-engage",
      ),
    ).toBe("P5");
  });
});

describe("batch 659", () => {
  it("reads a wait given as a range in words ('takes 40 to 60 seconds') as a wait of that long", () => {
    expect(read("today it takes 40 to 60 seconds for every chat").state?.value).toBe("severely degraded");
    expect(read("it takes 5 to 8 seconds to open").state?.value).toBe("degraded");
    expect(read("it takes 40-60 seconds for every chat").state?.value).toBe("severely degraded");
  });
});

describe("batch 660", () => {
  it("reads 'Everything works, it's just noise' as an annoyance", () => {
    const text =
      'Windows Defender on my PC pops up a warning about a "potentially unwanted app" every morning. Everything works, it\'s just noise.';
    expect(read(text).annoyance?.value).toBe("annoyance");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("The line is just noise, callers hear nothing else").annoyance).toBe(undefined);
  });
});

describe("batch 661", () => {
  it("reads 'in-app chat' and 'call centre lines' as the chat and the phone lines", () => {
    const text =
      "Our mobile app's in-app calls and in-app chat both stopped working at 15:30 for every user, and our call centre lines are dead too. Nothing connects.";
    expect(products(text)).toEqual(["Voice", "Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("our call centre lines are dead")).toEqual(["Voice"]);
    // an alias with a hyphen names the product written either way
    const chat = presetPolicy("cm-connect-engage")?.products.find(
      (product) => product.name === "Service Cloud",
    );
    expect(["in-app chat", "inapp chat", "In-App chats"].map((words) => chat?.named.test(words))).toEqual([
      true,
      true,
      true,
    ]);
    expect(chat?.named.test("in app chat")).toBe(false);
  });

  it("reads 'I can check the calendar on my laptop' as a way around it", () => {
    expect(
      read("My iPhone stopped syncing the calendar. I can check the calendar on my laptop.").workaround
        ?.value,
    ).toBe("present");
    expect(
      read("My laptop won't start, and I can't check the calendar on my phone either.").workaround?.value,
    ).not.toBe("present");
  });
});

describe("batch 663", () => {
  it("reads 'the other 150 refunds did' and 'The other 220 posted correctly' as the rest still working", () => {
    expect(
      read(
        "Two customer refunds from Shopify didn't create credit memos in NetSuite yesterday; the other 150 refunds did.",
      ).sparedPart?.value,
    ).toBe("spared");
    expect(
      read("The deposit flow skipped 4 deposits last night. The other 220 posted correctly.").sparedPart
        ?.value,
    ).toBe("spared");
    expect(read("The other 150 refunds did not go through either.").sparedPart).toBe(undefined);
  });
});

describe("batch 665", () => {
  it("reads 'during the half-term break' as a quiet time ahead, not something broken", () => {
    const text =
      "The school would like all 40 classroom laptops re-imaged during the half-term break, please plan it for then.";
    expect(read(text).request?.value).toBe("scheduled");
    expect(read(text).state).toBe(undefined);
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
  });
});

describe("the cues' hyphens", () => {
  it("match a message's hyphenated words, which are read joined ('two-factor' is 'twofactor')", () => {
    const text =
      "Please reset the two-factor authentication for our colleague Jan de Vries, he has a new phone.";
    expect(analyse(text).raw).toContain("twofactor");
    expect(read(text).request?.value).toBe("service");
    expect(read("Please reset the twofactor authentication for Jan.").request?.value).toBe("service");
  });
});

describe("batch 667", () => {
  it("reads '5 more orders out of 600 failed' as a few cases among many", () => {
    expect(read("Yay, 5 more orders out of 600 failed on the tax code overnight.").scope?.value).toBe(
      "some cases",
    );
    expect(read("12 invoices out of 40,000 had the wrong name").scope?.value).toBe("some cases");
    expect(read("30 orders out of 40 failed").scope?.value).not.toBe("some cases");
  });
});

describe("batch 668", () => {
  it("reads 'can't read chat messages any more' as since when, not as anyone", () => {
    expect(
      read("Our agents can't read incoming chat messages any more since this morning's update.").scope,
    ).toBe(undefined);
    expect(read("The bot won't answer any chats since 9.").scope?.value).toBe("everyone");
  });

  it("reads 'chats are being answered' as what the product is for still done", () => {
    expect(read("It slows the whole team down but chats are being answered.").sparedPart?.value).toBe(
      "spared",
    );
    expect(read("chats are not being answered").sparedPart).toBe(undefined);
  });

  it("reads 'everyone has to use the mouse' as the other way to the same screen", () => {
    expect(read("Since the update everyone has to use the mouse.").workaround?.value).toBe("present");
    expect(read("The mouse doesn't work, we can't use the keyboard either.").workaround).toBe(undefined);
  });

  it("reads 'colour-blind users struggle to see it' as how it looks, not as too slow to work with", () => {
    expect(read("our colour-blind users struggle to see it.").state).toBe(undefined);
    expect(read("our agents struggle with the slow inbox.").state?.value).toBe("severely degraded");
    expect(
      ruledLevel(
        "The colour contrast of the grey 'Submit' button in Kissflow forms is very low, our colour-blind users struggle to see it. They can still submit.",
        "kissflow",
      ),
    ).toBe("low");
  });
});

describe("batch 669", () => {
  it("reads the items of a lettered or roman-numbered list each on its own, the worst taken", () => {
    const lettered =
      "a) the 'Export to Excel' button on the Purchase Request report gives a blank file, we copy-paste instead; b) can we change the report's default sort?";
    expect(ruledLevel(lettered, "kissflow")).toBe("medium");
    expect(ruledLevel(lettered.replace("a)", "(a)").replace("b)", "(b)"), "kissflow")).toBe("medium");
    expect(ruledLevel(lettered.replace("a)", "(i)").replace("b)", "(ii)"), "kissflow")).toBe("medium");
    expect(ruledLevel("can we change the report's default sort?", "kissflow")).toBe("low");
  });
});

describe("batch 671", () => {
  it("reads 'it's now every agent' after a recap of one agent's problem as everyone", () => {
    const text =
      "Re SD-2231 (you marked it P4, one agent's chat not loading): it's now every agent. Chat doesn't load for anyone since 13:00. Voice OK.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("It has spread to the whole floor.").scope?.value).toBe("everyone");
    expect(read("It is now all fine again.").scope).toBe(undefined);
  });
});

describe("batch 672", () => {
  it("reads 'we moved our inbound line to your platform' as background, not the whole platform failing", () => {
    expect(
      products(
        "Some background first: we moved our inbound line to your platform in March and it has been great. Today is different: since 09:40 no inbound calls reach any of our agents.",
      ),
    ).toEqual(["Voice"]);
    expect(products("We can't connect to your platform at all, nothing loads.")).toHaveLength(5);
  });
});

describe("batch 675", () => {
  it("reads a director who complains, or a CFO who writes ('CFO here.'), as the one telling, not the one affected", () => {
    expect(
      read("Our HR Director complains that the leave calendar in Kissflow shows approved leave a day late.")
        .criticality,
    ).toBe(undefined);
    expect(read("CFO here. Two invoices didn't sync.").criticality).toBe(undefined);
    expect(read("Our sales director's phone isn't getting email.").criticality?.value).toBe("critical");
    expect(read("The CFO can't open the payroll report.").criticality?.value).toBe("critical");
  });
});

describe("batch 678", () => {
  it("reads 'with half the team on leave' as who is away, not who is affected", () => {
    const text =
      "With half the team on leave, our only payroll clerk can't open the payroll software since this morning (licence error).";
    expect(read(text).scope).toBe(undefined);
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    expect(read("Half the team can't log in.").scope?.value).toBe("some");
    expect(read("half the orders failed").scope?.value).toBe("some cases");
  });
});

describe("batch 680", () => {
  it("reads 'Nobody works on it day to day' as no one troubled, not everyone", () => {
    const text =
      "The test laptop we use for trying updates shows a 'Windows not activated' watermark. Nobody works on it day to day.";
    expect(read(text).scope).toBe(undefined);
    expect(level(text, "managed-helpdesk")).toBe("P4");
    expect(read("Nobody can work on it since 9.").scope?.value).toBe("everyone");
  });
});

describe("batch 686", () => {
  it("reads 'Nobody can answer chats, emails or calls through it' as the desktop's work, one list, not Voice failing", () => {
    expect(
      products(
        "The agent desktop is down for every agent since 08:50: a white screen after login. Nobody can answer chats, emails or calls through it.",
      ),
    ).toEqual(["Service Cloud"]);
    expect(products("WhatsApp, SMS and calls are all down.")).toEqual(["Business Messaging", "Voice"]);
  });

  it("reads 'Nobody's work depends on it' as no one troubled, not everyone", () => {
    expect(
      read("The office coffee machine's Wi-Fi app doesn't connect. Nobody's work depends on it.").scope,
    ).toBe(undefined);
    expect(read("Nobody can work since 9.").scope?.value).toBe("everyone");
  });
});

describe("batch 687", () => {
  it("reads 'telling customers to come back tomorrow' as customers sent away, not a way around it", () => {
    const text =
      "The whole Store Refund Approval process is stuck: every refund request since this morning sits at 'pending' and no approver sees it in their inbox. Stores are telling customers to come back tomorrow.";
    expect(read(text).workaround).toBe(undefined);
    expect(level(text, "kissflow")).toBe("high");
    expect(
      read("Approvals are stuck; we tell customers to pay by bank transfer for now.").workaround?.value,
    ).toBe("present");
  });
});

describe("batch 692", () => {
  it("reads 'not routed to agents' as not working (the model's lemma is 'rout')", () => {
    expect(read("~20% of inbound chats not routed to agents since 9").state?.value).toBe("broken");
    expect(read("About 20% of inbound chats are not routing to agents.").state?.value).toBe("broken");
    expect(read("Inbound chats are routed to agents as usual.").state).toBe(undefined);
  });
});

describe("batch 696", () => {
  it("reads '0 of 85 agents working' as nobody working, not part of it still working", () => {
    expect(read("Voice and SMS are down. 0 of 85 agents working.").sparedPart).toBe(undefined);
    expect(read("Chat is dead, none of our agents working.").sparedPart).toBe(undefined);
    expect(read("Voice is down, zero agents working.").sparedPart).toBe(undefined);
    expect(read("Voice is down in Leeds, the other agents working.").sparedPart?.value).toBe("spared");
  });

  it("reads 'your other clients unaffected' as the others spared, not other customers affected", () => {
    const text =
      "all 40 laptops at our Leeds site lost network after your firewall push last night. no one there can work. other sites and your other clients unaffected as far as we can tell.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).not.toBe("P1");
    expect(read("Our site lost network, other clients down too.").scope?.value).toBe("other customers");
  });
});

describe("batch 698", () => {
  it("reads 'will not open for a single person' as nobody, not one person", () => {
    const text =
      "Kissflow will not open for a single person at the airline this morning - ops, finance, HR all stuck on the loading screen.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(level(text, "kissflow")).toBe("critical");
    expect(read("The app doesn't work for a single user in the office.").scope?.value).toBe("everyone");
    expect(read("Kissflow won't open for one person in finance.").scope?.value).toBe("one");
    expect(read("A single user can't open Kissflow.").scope?.value).toBe("one");
  });

  it("reads 'the estate agents on our street (all with you)' as other customers of the provider", () => {
    const text =
      "Half the estate agents on our street (all with you) have no email and no internet since noon; we're one of them. Nobody has a workaround.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(level(text, "managed-helpdesk")).toBe("P1");
    expect(read("The two shops next door, also with you, lost internet too.").scope?.value).toBe(
      "other customers",
    );
    expect(read("We have been with you for ten years and our internet is down.").scope?.value).not.toBe(
      "other customers",
    );
  });
});

describe("batch 701", () => {
  it("reads 'Calls are failing, and so are the chats' as two products failing, 'and so does SMS' after a working one as working", () => {
    expect(
      products("Calls are failing, and so are the chats. Not one of our 120 agents can help a customer."),
    ).toEqual(["Voice", "Service Cloud"]);
    expect(products("Voice is down and so is WhatsApp.")).toEqual(["Business Messaging", "Voice"]);
    expect(products("Outbound calls work, and so does SMS. WhatsApp is down for everyone.")).toEqual([
      "Business Messaging",
    ]);
    expect(products("Voice is down. Outbound calls work, and so does SMS.")).toEqual(["Voice"]);
  });
});

describe("batch 702", () => {
  it("reads 'the chatbot is not answering anyone on our website or WhatsApp' as the bot failing where it answers", () => {
    expect(
      products(
        "The chatbot is not answering anyone on our website or WhatsApp since noon - every visitor gets 'something went wrong'. Agents and calls are fine.",
      ),
    ).toEqual(["Conversational AI Cloud"]);
    expect(products("The chatbot is not answering anyone on our website, and WhatsApp is down too.")).toEqual(
      ["Business Messaging", "Conversational AI Cloud"],
    );
  });
});

describe("batch 705", () => {
  it("reads 'The other practices in our building, also your customers, are fine' as others spared", () => {
    const text =
      "Our file server you host is down: none of us can open any files. The other practices in our building, also your customers, are fine. No workaround.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).not.toBe("P1");
    expect(
      read("Our server is down, and so is the other practice in our building, also your customer.").scope
        ?.value,
    ).toBe("other customers");
    expect(read("The dentist next door (also your client) says theirs is down too.").scope?.value).toBe(
      "other customers",
    );
  });
});

describe("batch 706", () => {
  it("reads 'Every page of Kissflow returns an error' as the whole system, whatever modules are listed after", () => {
    const text =
      "Every page of Kissflow returns 'Internal error' since the release - home, processes, boards, reports. Nobody can use it.";
    expect(read(text).unit?.value).toBe("system");
    expect(level(text, "kissflow")).toBe("critical");
    expect(read("Every page of the Onboarding board is blank for everyone.").unit?.value).toBe("module");
  });
});

describe("batch 707", () => {
  it("reads a UAT environment failing before go-live as non-production, 'go-live' and 'isn't live yet' not production affected", () => {
    const text =
      "URGENT - go-live is tomorrow and our UAT environment's flows all fail with a 401. Production isn't live yet, nothing customer-facing is affected.";
    expect(level(text, "celigo")).toBe("low");
    expect(level("Our UAT flows fail with a 401, and production is down too.", "celigo")).not.toBe("low");
  });

  it("reads a 'connection lost' banner as the connection failing, not a look lost", () => {
    const text =
      "Two of our 50 agents get a 'connection lost' banner in the agent desktop a few times a day; it reconnects by itself.";
    expect(read(text).state?.value).not.toBe("cosmetic");
    expect(level(text, "cm-connect-engage")).toBe("P4");
    expect(read("Everyone's email signature lost the company logo.").state?.value).toBe("cosmetic");
  });
});

describe("batch 708", () => {
  it("reads 'when we relocate on the 20th' as work for a date ahead", () => {
    expect(
      level(
        "Please move our office printer to the new floor when we relocate on the 20th.",
        "managed-helpdesk",
      ),
    ).toBe("P6");
    expect(read("We relocate on the 20th.").request?.value).toBe("scheduled");
    expect(
      level("Since we relocated on the 2nd, the office printer doesn't print.", "managed-helpdesk"),
    ).not.toBe("P6");
  });
});

describe("batch 709", () => {
  it("reads 'text alerts' as Business Messaging and 'no customer call reaches an agent' as Voice", () => {
    expect(
      products(
        "The IVR hangs up on every caller and our outbound text alerts have stopped too. None of our customers can reach us or hear from us today.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(
      products(
        "No campaign SMS has gone out this morning and no customer call reaches an agent either. Both down since 06:00 for the whole company.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("Our text alerts work fine; the IVR hangs up on every caller.")).toEqual(["Voice"]);
  });
});

describe("batch 709 (one item)", () => {
  it("reads 'One WhatsApp image failed to send' as one item, not the channel", () => {
    const text = "One WhatsApp image this morning failed to send; resending worked.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("WhatsApp images fail to send for all agents.").scope?.value).toBe("everyone");
  });
});

describe("batch 712", () => {
  it("reads 'Our sister company runs its own IT' as no other customer of the provider", () => {
    const text =
      "Our sister company runs its own IT; ours is with you and our email has been down since 10 for everyone here. No workaround.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).not.toBe("P1");
    expect(read("Our sister company has the same problem.").scope?.value).toBe("other customers");
  });

  it("reads 'our new starter asks which browser we recommend' as a question, not a new starter to set up", () => {
    const text = "Whenever you get a chance: our new starter asks which browser we recommend. No deadline.";
    expect(read(text).request?.value).not.toBe("scheduled");
    expect(level(text, "managed-helpdesk")).toBe("P5");
    expect(read("Please set up a laptop for our new starter.").request?.value).toBe("scheduled");
  });
});

describe("batch 714", () => {
  it("reads 'nobody can take calls or answer WhatsApp' as one list of work naming two products", () => {
    expect(
      products(
        "We've been told by our supervisors that nobody can take calls or answer WhatsApp since 10. The whole floor is idle.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(
      products(
        "The agent desktop is down for every agent since 08:50. Nobody can answer chats, emails or calls through it.",
      ),
    ).toEqual(["Service Cloud"]);
  });
});

describe("batch 716", () => {
  it("reads 'Every travel agency on your hosted booking terminals' as other customers of the provider", () => {
    const text =
      "Every travel agency on your hosted booking terminals has lost access since 10 - us and at least four others in the consortium. Nobody can book. No workaround.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(level(text, "managed-helpdesk")).toBe("P1");
    expect(
      read("All the GP surgeries on your hosted clinical system are locked out since 07:45.").scope?.value,
    ).toBe("other customers");
    expect(read("Every travel agency in our group has lost access since 10.").scope?.value).not.toBe(
      "other customers",
    );
  });
});

describe("batch 718", () => {
  it("reads 'The whole of Kissflow has stopped working' as the whole system, whatever modules are listed after", () => {
    const text =
      "The whole of Kissflow has stopped working for us - every app, every process. All 400 users affected.";
    expect(read(text).unit?.value).toBe("system");
    expect(level(text, "kissflow")).toBe("critical");
    expect(read("The whole of the Onboarding process has stopped for everyone.").unit?.value).toBe("module");
  });
});

describe("batch 720", () => {
  it("reads emails that stopped landing in the agent inbox as the inbox failing, beside calls failing", () => {
    expect(
      products(
        "Calls won't connect and emails have stopped landing in the agent inbox, for everybody. 45 agents twiddling thumbs.",
      ),
    ).toEqual(["Voice", "Service Cloud"]);
    expect(products("Calls fail and WhatsApp messages don't land in the inbox.")).toEqual([
      "Business Messaging",
      "Voice",
    ]);
  });
});

describe("batch 721", () => {
  it("reads a list in brackets as one clause: 'Everything else (chatbot, calls) works' names nothing failing", () => {
    expect(
      products(
        "SMS campaigns aren't sending to any of our customers since 8am. Everything else (chatbot, calls) works.",
      ),
    ).toEqual(["Marketing Cloud"]);
    expect(products("Two of our channels (SMS, calls) are down for everyone.")).toEqual([
      "Business Messaging",
      "Voice",
    ]);
  });

  it("reads a big outage 'on our side' as the client's own, and others '(also with you)' said fine as spared", () => {
    expect(read("Big outage on our side: SMS campaigns aren't sending.").scope?.value).not.toBe(
      "other customers",
    );
    expect(read("Big outage: every business on the street is offline.").scope?.value).toBe("other customers");
    const spared =
      "Our file server you host is down since 8 - nobody in our office can open a single file. The architects downstairs (also with you) are fine, it's just us.";
    expect(read(spared).scope?.value).not.toBe("other customers");
    expect(level(spared, "managed-helpdesk")).toBe("P2");
    expect(read("The estate agents on our street (all with you) are down too.").scope?.value).toBe(
      "other customers",
    );
  });
});

describe("batch 723", () => {
  it("reads 'The dentist next door (not your customer) is fine' as no other customer hit", () => {
    const text =
      "Our whole office has had no internet since 07:30. Nobody can get on the network at all - wired or wifi.\n\nThe dentist next door (not your customer) is fine.";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).not.toBe("P1");
    expect(read("The dentist next door is fine, it's just us.").scope?.value).not.toBe("other customers");
    expect(read("The firm next door (also your client) is down too.").scope?.value).toBe("other customers");
  });
});

describe("batch 728", () => {
  it("reads 'neither our phones nor our WhatsApp are working' as both failing, and 'neither … nor … is affected' as both spared", () => {
    expect(
      products(
        "Neither our phones nor our WhatsApp are working for any agent - we've been unreachable for two hours.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("SMS is down, but neither voice nor chat is affected.")).toEqual(["Business Messaging"]);
  });

  it("reads callers who hear silence as Voice failing", () => {
    const text =
      "Customers ring us and hear silence, and the texts we send them bounce straight back. That's been the case for everyone since 9:40.";
    expect(products(text)).toEqual(["Business Messaging", "Voice"]);
    expect(level(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 729", () => {
  it("reads a number that rings out and drivers who can't call customers as Voice failing", () => {
    const ringsOut =
      "Our customers are posting on social media that they can't reach us: the number just rings out and their WhatsApps show one grey tick. Every agent's screen is quiet.";
    expect(products(ringsOut)).toEqual(["Business Messaging", "Voice"]);
    expect(level(ringsOut, "cm-connect-engage")).toBe("P1");
    expect(
      products(
        "Our delivery drivers can't call customers and the customers aren't getting their SMS updates. Both stopped at 7am for every driver and every customer.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("The SMS updates to our customers aren't going out. Please call us back.")).toEqual([
      "Business Messaging",
    ]);
  });

  it("reads 'the same at all 12 clinics' as everyone, and others 'all on your service like us' as other customers", () => {
    expect(read("The booking line plays an error. It's the same at all 12 clinics.").scope?.value).toBe(
      "everyone",
    );
    const others =
      "People are coming over from the other offices in our building asking if our internet is down too - it is, and they're all on your service like us. Nobody can work.";
    expect(read(others).scope?.value).toBe("other customers");
    expect(level(others, "managed-helpdesk")).toBe("P1");
    expect(read("We have 40 agents and they're all on your platform. Nobody can log in.").scope?.value).toBe(
      "everyone",
    );
  });
});

describe("batch 730", () => {
  it("reads businesses 'each with their own contract with you' as other customers", () => {
    const text =
      "Everyone in the medical centre - the GPs, the dentist and the pharmacy, each with their own contract with you - has lost the network since 8. No one can see patients' records.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(level(text, "managed-helpdesk")).toBe("P1");
    expect(
      read("Our sister company (same group, same contract with you) has lost the network too.").scope?.value,
    ).not.toBe("other customers");
  });
});

describe("batch 731", () => {
  // Seen failing in the batch's held-out part (two levels below the top, not asked): fixed once it had been
  // counted, and said so in the batch's paragraph.
  it("reads 'a fast busy' as Voice failing, and replies to the client's WhatsApp messages as WhatsApp failing", () => {
    expect(products("Customers calling our number get a fast busy since 9.")).toEqual(["Voice"]);
    expect(products("Replies to our WhatsApp messages don't arrive and calls fail.")).toEqual([
      "Business Messaging",
      "Voice",
    ]);
    expect(products("The chatbot stopped responding to all customer messages and calls fail.")).toEqual([
      "Voice",
      "Conversational AI Cloud",
    ]);
  });
});

describe("batch 732", () => {
  it("reads members' emails to support as the agents' inbox failing", () => {
    const text =
      "Our members' emails to support bounce back, and when they phone the helpline it cuts off after the greeting. It's happening to every member who tries.";
    expect(products(text)).toEqual(["Voice", "Service Cloud"]);
    expect(level(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 733", () => {
  it("reads others named with 'all on your managed network' beside them as other customers", () => {
    const text =
      "The library, the leisure centre and the council offices - all on your managed network - lost their connection at the same time as us. No one can serve the public.";
    expect(read(text).scope?.value).toBe("other customers");
    expect(level(text, "managed-helpdesk")).toBe("P1");
    expect(read("Our staff - all on your network - are locked out.").scope?.value).not.toBe(
      "other customers",
    );
    expect(read("The shops next door (all on your network) are fine.").scope?.value).not.toBe(
      "other customers",
    );
  });
});

describe("batch 734", () => {
  it("reads a line people call, whatever it is named for, as Voice", () => {
    expect(
      products(
        "Passengers aren't getting our rebooking texts, and the ones who call the rebooking line get cut off after one ring.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(
      products("The ticket office line gives an error tone and our match-day SMS didn't reach anyone."),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(
      products("Our drivers can't receive the delivery texts and customers can't ring the depot since 7."),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("SMS aren't sending. The bottom line is we lose orders.")).toEqual([
      "Business Messaging",
    ]);
  });

  it("reads one-time codes by SMS that don't arrive as SMS failing beside another product", () => {
    expect(
      products(
        "Bank customers can't get the fraud line and the one-time codes by SMS don't arrive either. Every customer trying since 8.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("The chatbot doesn't respond on the website or on WhatsApp.")).toEqual([
      "Conversational AI Cloud",
    ]);
  });
});

describe("batch 735", () => {
  it("reads 'since half eight' as a time, not half of those affected", () => {
    const text =
      "Anyone phoning the surgery gets a dead line, and patients who reply to our SMS reminders get an error back. All patients, since half eight.";
    expect(read(text).scope?.value).not.toBe("some cases");
    expect(read("Since half past 9 half of our orders fail.").scope?.value).toBe("some cases");
  });

  it("reads a call the client's customers cannot make as Voice, and what is sent by SMS as SMS failing", () => {
    expect(
      products(
        "Our gym members can't call the front desk and the class reminder texts didn't go out this morning. Every member at every club.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(
      products(
        "Patients can't ring the hospital switchboard and the appointment letters we send by SMS aren't arriving. Every patient since 8.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("The SMS aren't arriving. We can't call the customers back one by one.")).toEqual([
      "Business Messaging",
    ]);
    expect(products("The chatbot doesn't respond on the website or on WhatsApp.")).toEqual([
      "Conversational AI Cloud",
    ]);
  });
});

describe("batch 736", () => {
  it("reads a call that fails, told by who makes it, as Voice failing", () => {
    expect(
      products(
        "Residents calling about bin collections can't get through and the council's SMS updates aren't being delivered. Every resident since Monday morning.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(
      products(
        'Customers waiting for their parcel get no "out for delivery" SMS and when they ring the customer service number it just goes dead. All customers, since 7.',
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("Customers calling us say their texts get dropped.")).toEqual(["Business Messaging"]);
    expect(products("The upload of the contact list gets cut off halfway and no SMS go out.")).toEqual([
      "Business Messaging",
    ]);
    expect(products("Our API calls get dropped and no SMS are sent.")).toEqual(["Business Messaging"]);
  });

  it("reads alerts by SMS that never came as SMS failing, not a feature of it", () => {
    const text =
      "Passengers ringing to rebook get disconnected after the first menu and the delay alerts by SMS never came. Every passenger since 6am.";
    expect(read(text).partSubject).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("No email notifications for new chats reach any agent.").partSubject?.value).toBe("feature");
  });

  it("reads who is hit, said on its own after the report, as everyone", () => {
    const text =
      "Customers calling the booking number get cut off after a couple of seconds. All callers since 10:15. Chat and SMS are fine.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(read("All customers, since 7.").scope?.value).toBe("everyone");
    expect(
      read("Calls to the Dutch number drop. All callers who press 2 hear silence.").scope,
    ).toBeUndefined();
  });

  it("reads the emails customers send that don't land in the inbox as the inbox's own channel failing", () => {
    expect(
      products(
        "Subscribers phoning about their renewals can't get through, and the emails they send to customer service aren't landing in the inbox. Everyone since Friday.",
      ),
    ).toEqual(["Voice", "Service Cloud"]);
    expect(products("WhatsApp messages customers send us aren't landing in the inbox.")).toEqual([
      "Business Messaging",
    ]);
  });
});

describe("batch 737", () => {
  it("reads a call that fails, told the other way round, as Voice failing", () => {
    expect(
      products(
        "our members can't get through when they call the helpdesk, it rings once and hangs up, and nobody has received the renewal WhatsApps sent this morning. all members",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("We can't get through when we call your support desk, and our SMS are down.")).toEqual([
      "Business Messaging",
    ]);
    expect(products("The bell rings once and stops, and our SMS are down.")).toEqual(["Business Messaging"]);
  });

  it("reads whoever is hit, said on its own, as everyone, and not a time or a verdict", () => {
    expect(
      read(
        'Callers to the lost-card line hear "your call cannot be connected" and the card-blocked confirmation texts aren\'t arriving. All cardholders since 4am.',
      ).scope?.value,
    ).toBe("everyone");
    expect(read("The number is not recognised. All of them since 8.").scope?.value).toBe("everyone");
    expect(read("All good since 9.").scope).toBeUndefined();
    expect(read("Every time.").scope).toBeUndefined();
  });

  it("reads Kissflow showing an error for all of us as the whole system, beside a module named", () => {
    const text =
      "None of our staff can submit expense claims or approve anything since this morning, Kissflow just shows an error for all of us, and payroll closes today.";
    expect(read(text).unit?.value).not.toBe("module");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("None of our staff can submit expense claims since this morning.").unit?.value).toBe(
      "module",
    );
  });

  it("reads callers cut off as the call dropped, not something shortened", () => {
    const text =
      "Since 9 our voters ringing the election helpline get cut off after the greeting. It's every caller. The SMS reminders are going out fine.";
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("The long SMS get cut off after 160 characters.").state?.value).toBe("wrong");
  });
});

describe("batch 738", () => {
  it("reads a message left on one grey tick and a chat that gets 'connection lost' as not working", () => {
    const text =
      'Customers who WhatsApp us to reschedule see one grey tick and nothing more, and those who try the live chat on our site get "connection lost". All customers since 8.';
    expect(read(text).state?.value).toBe("broken");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("WhatsApp shows two grey ticks, not blue ones, for a few customers.").state).toBeUndefined();
  });

  it("reads 'get no text' as texts not arriving", () => {
    expect(
      products(
        'Buyers waiting for their delivery slot get no text and the live chat on the checkout page shows "offline" for all of them. Every buyer since this morning.',
      ),
    ).toEqual(["Business Messaging", "Service Cloud"]);
    expect(
      products("The live chat on the checkout page won't open, the text on its button is cut off."),
    ).toEqual(["Service Cloud"]);
  });

  it("reads another way that fails too as no way around, and the call made that way as Voice", () => {
    const text =
      "Patients replying YES to confirm their appointment get an error text back, and when they phone the surgery instead they're cut off after the first ring. All patients at all surgeries.";
    expect(read(text).workaround).toBeUndefined();
    expect(read(text).scope?.value).toBe("everyone");
    expect(products(text)).toEqual(["Voice"]);
    expect(read("The SMS are down, we send emails instead.").workaround?.value).toBe("present");
  });
});

describe("batch 739", () => {
  it("reads hearing nothing when they ring, and no getting through on a number, as Voice failing", () => {
    expect(
      products(
        "Fans buying tickets can't get through on the box office number and the e-tickets we send by WhatsApp aren't delivered. Everyone since 10.",
      ),
    ).toEqual(["Business Messaging", "Voice"]);
    expect(products("Our members hear nothing when they ring us and the SMS don't arrive.")).toEqual([
      "Business Messaging",
      "Voice",
    ]);
    expect(products("We hear nothing when we call your support desk, and our SMS are down.")).toEqual([
      "Business Messaging",
    ]);
  });

  it("reads emails sent from the inbox that bounce as the inbox's own channel failing", () => {
    expect(
      products(
        "Our members hear nothing when they ring us and the renewal emails our agents send from the inbox bounce. Everyone since yesterday afternoon.",
      ),
    ).toEqual(["Voice", "Service Cloud"]);
    expect(products("The SMS we send from the inbox fail.")).toEqual(["Business Messaging"]);
  });
});

describe("batch 740", () => {
  it("reads a recorded message that we're closed, met by the people calling, as the line failing", () => {
    const text =
      "Customers who ring to book get a recorded message that we're closed. All customers since 9. The SMS reminders went out normally this morning.";
    expect(read(text).state?.value).toBe("broken");
    expect(products(text)).toEqual(["Voice"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(
      read("Callers get a recorded message that we're closed on Sundays, can we change it to Saturdays too?")
        .state,
    ).toBeUndefined();
  });

  it("reads what went out normally as working", () => {
    expect(products("The SMS reminders went out normally this morning.")).toEqual([]);
    expect(products("The SMS reminders went out with the wrong date this morning.")).toEqual([
      "Business Messaging",
    ]);
  });

  it("reads everyone named after the one person first hit as everyone", () => {
    const text =
      "Our receptionist can't make or receive calls and nor can anyone else in our office since 8. Nobody else seems affected.";
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P2");
    expect(read("Our receptionist can't make calls since 8.").scope?.value).toBe("one");
  });
});

describe("a farewell", () => {
  it("reads 'All the best' as a farewell, not everyone affected", () => {
    const text = "SMS are failing for a few customers since 9. All the best, Anna";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("SMS are failing for all the customers since 9.").scope?.value).toBe("everyone");
  });
});

describe("batch 742", () => {
  it("reads the chat named by where customers meet it as the live chat, and beside a bot as the bot's", () => {
    const text =
      'Anyone who texts our booking number gets nothing back, and people who message us on the website chat just see "we\'ll be with you shortly" forever. Every customer since 9am.';
    expect(products(text)).toEqual(["Business Messaging", "Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("The chatbot is down and our website chat shows nothing at all.")).toEqual([
      "Conversational AI Cloud",
    ]);
    expect(products("Our virtual assistant is down and the help chat shows nothing.")).toEqual([
      "Conversational AI Cloud",
    ]);
  });

  it("reads messages that do not reach the agents beside a chat as the chat's", () => {
    const text =
      "The chat on our website is not working for all visitors since 1 hour, messages are not arriving to agents. Calls and mail are ok.";
    expect(products(text)).toEqual(["Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("Messages are not arriving to agents.")).toEqual(["Business Messaging"]);
  });

  it("reads what comes back to people who write as their channel failing", () => {
    const text =
      'When customers text our reminders number they get an "undeliverable" reply. Every one of them since lunchtime. Email and chat are fine.';
    expect(read(text).state).toEqual({ value: "broken", evidence: 'get an "undeliverable"' });
    expect(read(text).unit?.value).not.toBe("feature");
    expect(products(text)).toEqual(["Business Messaging"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("Customers who email our support address get a 'delivery failed' bounce.")).toEqual([
      "Service Cloud",
    ]);
    const two =
      "People who WhatsApp us get nothing back and anything they email to support bounces straight back. All customers.";
    expect(products(two)).toEqual(["Business Messaging", "Service Cloud"]);
    expect(ruledLevel(two, "cm-connect-engage")).toBe("P1");
    // the client writing to someone, what writers only tell of, and what is sent out
    expect(read("We emailed your support about it and got nothing back.").state).toBeUndefined();
    expect(products("Customers texting us say the app is down.")).toEqual([]);
    expect(read('Our newsletter emails get an "undeliverable" reply.').state).toBeUndefined();
  });
});

describe("batch 743", () => {
  it("reads 'not one customer can' as everyone", () => {
    const text =
      'Customers who answer our survey texts get a "message failed" notice, and callers to our helpline hear an error tone. Not one customer can get through to us since 9.';
    expect(read(text).scope?.value).toBe("everyone");
    expect(products(text)).toEqual(["Business Messaging", "Voice"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("Not one customer has complained so far.").scope).toBeUndefined();
  });

  it("reads email among the channels whoever writes on, what comes back told after the list", () => {
    const text =
      "whoever writes to us right now, sms, whatsapp or email, gets an error back. all customers, since 10:30.";
    expect(products(text)).toEqual(["Business Messaging", "Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("whoever writes to us right now by sms or whatsapp gets an error back.")).toEqual([
      "Business Messaging",
    ]);
  });
});

describe("batch 744", () => {
  it("reads agents answering chats and calls normally as those working", () => {
    const text =
      'Every customer who asks our bot about their parcel gets "I\'m having trouble right now". Our agents are answering chats and calls normally.';
    expect(products(text)).toEqual(["Conversational AI Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(products("Our agents are answering chats and calls with errors.")).toEqual([
      "Voice",
      "Service Cloud",
    ]);
  });

  it("reads 'That's all customers', said on its own, as everyone", () => {
    const text =
      'Customers who write to the bot get kicked out of the conversation, and anyone who emails support gets an "undeliverable". That\'s all customers since the release.';
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("That's all customers who chose English.").scope).toBeUndefined();
  });
});

describe("batch 745", () => {
  it("reads 'Nobody's work is affected' as no one troubled, not everyone and not a failure", () => {
    const text =
      "The clock on the meeting room screen is an hour off since the time change. Nobody's work is affected.";
    expect(read(text).scope).toBeUndefined();
    expect(read(text).state?.value).toBe("wrong");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("Nobody's work is getting done since the server went down.").scope?.value).toBe("everyone");
  });
});

describe("batch 746", () => {
  it("reads the channel people reply on as failing, not what they answer", () => {
    const text =
      'Patients replying to their reminder SMS get an error, and people who try the booking bot get "service unavailable". No patient can confirm or rebook since 9.';
    expect(products(text)).toEqual(["Business Messaging", "Conversational AI Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("whoever writes to us right now, sms, whatsapp or email, gets an error back.")).toEqual([
      "Business Messaging",
      "Service Cloud",
    ]);
  });

  it("reads the chat on the client's app as the live chat, not the app it runs on", () => {
    const text =
      'Passengers who text the delay line get nothing back and the ones who try our chat on the app just see "reconnecting" forever. Every passenger since 5am.';
    expect(products(text)).toEqual(["Business Messaging", "Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("The chatbot on the app is down.")).toEqual(["Conversational AI Cloud"]);
  });

  it("reads something different asked for those the client serves as a feature request", () => {
    const text =
      "No rush: could customers who WhatsApp us after hours get a different auto-reply than during the day?";
    expect(read(text).request?.value).toBe("feature");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(read("Could customers get a different error now? Nothing works.").state?.value).toBe("down");
  });
});

describe("batch 747", () => {
  it("reads two products named with '&' between them as two", () => {
    const text = "voice & chat both down for every1 since 7. agents idle, customers cant get thru at all";
    expect(products(text)).toEqual(["Voice", "Service Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(products("Our R&D team can't log into the voice portal.")).toEqual(["Voice"]);
  });
});

describe("batch 750", () => {
  it("reads a question announced about an error, then the error told, as the report of it", () => {
    const text =
      'Hello Celigo support, a question about a single error: one NetSuite sales order (SO-10442) failed yesterday with "Invalid item reference". All other orders went fine. Do we need to fix the item in NetSuite and retry? Best, Tom';
    expect(ruledLevel(text, "celigo")).toBe("normal");
    expect(level("A question about an error: what does 'Invalid item reference' mean?", "celigo")).toBe(
      "low",
    );
    expect(level("Quick question about failed orders: how do I retry them?", "celigo")).toBe("low");
  });
});

describe("batch 753", () => {
  it("reads most of the items counted failing as most, not the part said to work", () => {
    const text =
      "9 out of 10 calls to our support number drop after the first ring since 8am. texts and chat are unaffected";
    expect(read(text).scope?.value).toBe("most");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    expect(read("90% of calls drop since the update").scope?.value).toBe("most");
    expect(read("9 out of 10 calls drop, texts work fine").scope?.value).toBe("most");
    expect(read("9 out of 10 texts are not delivered").scope?.value).toBe("most");
    expect(read("45 of 50 orders went through fine, the others failed").scope?.value).not.toBe("most");
    expect(read("12 of 40,000 emails had the wrong name").scope?.value).toBe("some cases");
  });
});

describe("batch 754", () => {
  it("reads another customer of the provider who says theirs works as not hit", () => {
    const text =
      "is it just us? we can't reach any website from the office since lunch, the whole team is stuck. my neighbour in the next building who is also with you says theirs works";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(ruledLevel(text, "managed-helpdesk")).not.toBe("P1");
    expect(
      read("no website loads at the office, my neighbour who is also with you says theirs is down too").scope
        ?.value,
    ).toBe("other customers");
  });
});

describe("batch 755", () => {
  it("reads a manual way tried and said impossible at the client's volume as no workaround", () => {
    const text =
      "the order flow to NetSuite has been failing since 5am and our team tried entering orders by hand but at 3,000 orders a day that's impossible. warehouse is idle";
    expect(read(text).workaround?.value).toBe("absent");
    expect(ruledLevel(text, "celigo")).toBe("urgent");
    expect(
      read("the order flow fails. we enter orders by hand for now, at 30 a day that's fine").workaround
        ?.value,
    ).toBe("present");
  });

  it("reads a neighbour on a different provider as no other customer of the provider", () => {
    const text =
      "our practice has had no internet since 7, patients can't check in. the clinic next door on a different provider is fine";
    expect(read(text).scope?.value).not.toBe("other customers");
    expect(
      read("our practice has had no internet since 7, the clinic next door has the same").scope?.value,
    ).toBe("other customers");
  });
});

describe("batch 757", () => {
  it("reads no process, board or app opening as the whole of Kissflow, not one module", () => {
    const text =
      "Our Kissflow URL shows 'site can't be reached' for everyone in the company since 8am, from every network we've tried. No process, board or app can be opened.";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("No leave request can be approved, the leave process errors for everyone").unit?.value).toBe(
      "module",
    );
  });

  it("reads no one waiting as no one troubled, not everyone affected", () => {
    const text =
      "Nothing is blocked and no one is waiting: 2 orders out of yesterday's 1,200 failed with 'duplicate external id'. Could you check why?";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "celigo")).toBe("normal");
    expect(read("since 9 no one can log in, customers are waiting").scope?.value).toBe("everyone");
  });
});

describe("batch 758", () => {
  it("reads the journeys that keep running fine as part of the campaigns' product still working", () => {
    const text =
      "Black Friday prep: nobody on the team can save changes to any journey in the journey builder, the live journeys keep running fine. We have until Thursday.";
    expect(products(text)).toEqual(["Marketing Cloud"]);
    expect(read(text).sparedPart?.evidence).toBe("journeys keep running fine");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
    expect(read("the page keeps loading forever for everyone").sparedPart).toBeUndefined();
  });
});

describe("batch 760", () => {
  it("sets aside an outage from this morning said to be resolved, not one that has lasted since this morning", () => {
    const text =
      "The WhatsApp outage from this morning is resolved on our side, thanks. Will there be a post-incident report?";
    expect(read(text).state).toBeUndefined();
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(ruledLevel("Since this morning nobody can send SMS. Is it fixed yet?", "cm-connect-engage")).toBe(
      "P2",
    );
  });

  it("reads an earlier outage said to be over, and nothing after it, as over already", () => {
    expect(ruledLevel("The inventory flow was down yesterday, it's running again now.", "celigo")).toBe(
      "low",
    );
  });
});

describe("batch 761", () => {
  it("reads a small share of the webhooks as some cases, and most of them as most", () => {
    const text =
      "About 0.5% of our delivery-report webhooks never arrive, so those messages stay 'pending' in our system.";
    expect(read(text).scope?.value).toBe("some cases");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
    expect(read("95% of our delivery-report webhooks never arrive").scope?.value).toBe("most");
  });
});

describe("batch 768", () => {
  it("reads Kissflow named down after 'and' as the whole of it, not the module named next", () => {
    const text =
      "Payday is tomorrow and Kissflow is down for the whole company: nobody can open the payroll approval process or anything else since 8am.";
    expect(read(text).unit).toEqual({ value: "system", evidence: "Kissflow is down" });
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(
      read(
        "Payday is tomorrow and the payroll process is down for the whole company, the rest of Kissflow works.",
      ).unit?.value,
    ).toBe("module");
  });
});

describe("batch 769", () => {
  it("reads nobody who will be working as no failure, and servers patched this Saturday night as scheduled", () => {
    const text = "Please patch the servers this Saturday night as planned; nobody will be working.";
    expect(read(text).state).toBeUndefined();
    expect(read(text).request?.value).toBe("scheduled");
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P6");
    expect(read("since the update nobody is working").state?.value).toBe("broken");
    expect(ruledLevel("After the patch on Monday night nobody can log in.", "managed-helpdesk")).toBe("P2");
  });
});

describe("batch 771", () => {
  it("reads no urgency, a walk down the stairs and what the provider may not do as no failure", () => {
    expect(
      read("No urgency at all, but could you tell us how to set up an out-of-office reply?").state,
    ).toBeUndefined();
    expect(read("No problem at all, just letting you know.").state).toBeUndefined();
    expect(read("It doesn't work at all.").state?.value).toBe("down");
    expect(read("they walk down to the second floor printer for now").state).toBeUndefined();
    expect(read("the server went down at 9").state?.value).toBe("down");
    const hedged =
      "Probably nothing you can do quickly, but every production flow in our account has stopped with an authentication error after the password rotation.";
    expect(read(hedged).state?.evidence).not.toContain("nothing you can do");
    expect(ruledLevel(hedged, "celigo")).toBe("urgent");
    expect(read("there is nothing we can do").workaround?.value).toBe("absent");
  });
});

describe("batch 772", () => {
  it("reads those affected said to be most of the client's base or business as most", () => {
    const text =
      "Our customers in Germany, Austria and Switzerland, which is most of our base, get no SMS and our DACH call centre cannot place or receive calls since 10:00.";
    expect(read(text).scope).toEqual({ value: "most", evidence: "which is most of our base" });
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
    expect(read("those regions are most of our business").scope?.value).toBe("most");
    expect(read("Email is most of our business, SMS is failing.").scope).toBeUndefined();
  });

  it("reads buttons that are not translated as how the screen reads, not a failure", () => {
    const text =
      "Our Dutch agents see the Service Cloud interface half in English since yesterday's update (menus are fine, some buttons aren't translated). They can work normally.";
    expect(read(text).state).toEqual({ value: "cosmetic", evidence: "buttons aren't translated" });
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P5");
    expect(read("the chatbot doesn't translate the messages any more").state?.value).toBe("broken");
  });
});

describe("batch 773", () => {
  it("reads 'not holding anyone up' as the client calling it minor, not as everyone affected", () => {
    const text =
      "Following up on last week's ticket: the scanner on the second floor still saves files with the date in the wrong format. Not holding anyone up.";
    expect(read(text).scope?.value).not.toBe("everyone");
    expect(read(text).criticality).toEqual({ value: "minor", evidence: "Not holding anyone up" });
    expect(ruledLevel(text, "managed-helpdesk")).toBe("P4");
    expect(read("nobody can log in, it's holding everyone up").scope?.value).toBe("everyone");
  });
});

describe("batch 774", () => {
  it("reads nobody getting into Kissflow, all apps and all processes, as the whole of it", () => {
    const text =
      "It started with the Sales team this morning and now no one anywhere in the company can get into Kissflow; all apps, all processes, all users.";
    expect(read(text).unit?.value).toBe("system");
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read("all processes and all boards are stuck").unit?.value).toBe("system");
    expect(read("all processes are stuck").unit?.value).toBe("module");
  });
});

describe("batch 775", () => {
  it("reads a module that shows a spinning wheel for everyone as down, not a spinner for a second", () => {
    const text =
      "Attached: screen recording of the Travel Requests module. The whole module shows a spinning wheel for everyone since the morning; the other apps are fine.";
    expect(read(text).state).toEqual({ value: "down", evidence: "shows a spinning wheel" });
    expect(ruledLevel(text, "kissflow")).toBe("high");
    expect(
      read("a few agents see a loading spinner for a second when switching chats").state,
    ).toBeUndefined();
    expect(read("it shows a spinning wheel for a couple of seconds, then it opens").state).toBeUndefined();
  });
});

describe("batch 776", () => {
  it("reads a printer down the hall as where it stands, not as down", () => {
    const text =
      "Guten Morgen, the printer in the Buchhaltung (4 people) prints only empty pages since yesterday, they use the other printer down the hall for now. Danke!";
    expect(read(text).state?.evidence).not.toBe("down");
    expect(read("they use the other printer down the hall for now").state).toBeUndefined();
    expect(read("the server is down the whole day").state?.value).toBe("down");
    expect(read("the printer prints a grey stripe down every page").state?.value).toBe("cosmetic");
  });

  it("reads a printer printing only empty pages as wrong results, as one printing blank pages", () => {
    expect(read("the printer prints only empty pages since yesterday").state).toEqual({
      value: "wrong",
      evidence: "prints only empty pages",
    });
  });

  it("reads campaigns named in a Dutch client's words as the campaigns' product", () => {
    const text =
      "Urgent!! Campagnes en de chatbot liggen er allebei uit since 9, for all our customers nothing goes out and nobody gets an answer.";
    expect(products(text)).toEqual(["Marketing Cloud", "Conversational AI Cloud"]);
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });
});

describe("batch 778", () => {
  it("reads not knowing what the product is called as no failure", () => {
    const text =
      "Hi, I'm new here so not sure what it's called, but the thing we use to send the text messages to customers hasn't sent anything since this morning, for anyone.";
    expect(read(text).state).toEqual({ value: "broken", evidence: "hasn't sent" });
    expect(read("I don't know what it is called").state).toBeUndefined();
    expect(read("the calls are not called back").state?.value).toBe("broken");
  });
});
