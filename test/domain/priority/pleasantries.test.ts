import { describe, expect, it } from "vitest";
import { classifyPriority, LOW_CONFIDENCE } from "../../../src/domain/priority/classify.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";
import type { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { LABELLED_LINES } from "../../support/labelled-messages.js";
import { level, read, ruledLevel } from "./readings.js";

// What clients write around a report, not about it. "We like your platform" had read as the platform
// down for other customers (every product out, P1 for a missing alert), "the whole team" in a wish or a
// sign-off as everyone affected.
const OPENINGS = [
  "Happy new year to the whole team!",
  "Hope you are all well!",
  "Hi team, hope this finds you well.",
  "We really like your platform, simple and easy.",
  "Merry Christmas to you all!",
  "Hi all 👋",
  "Hello everyone,",
  "Following up on my call with Tom this morning:",
  "All our 120 employees work from home on Fridays.",
  "Our customers mostly reach us by WhatsApp.",
  "Subject: issue\n",
  "Hi Sarah,",
  "Hello support team,\n",
  "Dear CM team,\n",
  "Yesterday SMS was down for an hour (thanks for fixing). Today:",
  "Last week we had an issue with voice, that was fixed. New issue:",
  // what the client does, and since when
  "We send about 10,000 SMS a day.",
  "Context: we run a webshop with 50k orders a month.",
  "Background: all our stores use Kissflow for purchasing.",
  "We migrated to your platform last year.",
  // how it was written: "voice" had read as the Voice product failing too
  "Sorry for the voice typing.",
  "Dictated on my phone, sorry for typos:",
  "Voice memo transcript:",
];
const CLOSINGS = [
  "Have a nice weekend everyone!",
  "Thanks for your great support as always.",
  "Cheers, the whole team at Bakkerij De Vries",
  "Kind regards from the entire team at Van Dijk Logistics",
  "Our whole company depends on this system.",
  "Thanks in advance, all the best from everyone at Northwind",
  "Everyone is asking me about it.",
  "We already checked the status page.",
  "I am working from home today.",
  "Can you please look into it and let me know?",
  "Let me know if you need more info.",
  "Let me know what you need from us.",
  "With kind regards,\nJ. de Vries",
  "\nSent via the customer portal",
  "Sorry for the typos, dictated on my phone.",
  "--\nThis email and any attachments are confidential and intended solely for the addressee.",
  // asked beside the report, not reported: each had moved a quarter to two thirds of the sample
  "Please let us know when it is working again.",
  "Are other customers affected?",
  "Is there a status page where we can see outages?",
  "Is there a workaround we can use in the meantime?",
  "Would a restart help?",
  "What is the status?",
  "What is the ETA for a fix?",
  "I have attached a screenshot of the error.",
  "What should we do if it happens again?",
  // a contact offered, the client's own status page
  "My colleague Anna can also help, she is in the office until 5.",
  "More on our side: see <https://status.example.com|our status page>.",
  // a bug report's template
  "Steps to reproduce: log in, open the inbox, click a conversation.",
  "Expected: it works. Actual: see above.",
  // when it last worked ("It was working fine until this morning." tells a question it broke: see below)
  "No idea why, it always worked.",
  "Last month everything was fine.",
  // who waits for the answer, and how they feel
  "Everyone here is frustrated.",
  "The whole team is waiting for your answer.",
  "My manager is asking for an update.",
  "Our CEO noticed it.",
  "I am the only one who uses it.",
  "Same problem as ticket #4521.",
  // how often, not who
  "Every single time.",
  // "all" that counts no one
  "That is all for now.",
  "Thanks for all your help.",
  "I checked all the settings.",
  "We followed all the steps in your guide.",
  // about the support, not the service
  "No one has answered my ticket yet.",
  "None of your colleagues could help.",
  "No one from your team called back.",
  "I could not find anything in your docs.",
  "Your chatbot could not help me.",
  "Nobody told us about any maintenance.",
];

describe("words around a report", () => {
  it("change no suggestion: a wish, a compliment or a sign-off around every 50th development message", () => {
    const sample = LABELLED_LINES.filter((line) => line.split === "dev").filter((_, i) => i % 50 === 0);
    expect(sample.length).toBeGreaterThan(100);
    const moved: string[] = [];
    for (const line of sample) {
      const policy = presetPolicy(line.policy) as Policy;
      const plain = classifyPriority(line.text, policy);
      const variants = [
        ...OPENINGS.map((opening) => `${opening} ${line.text}`),
        ...CLOSINGS.map((closing) => `${line.text}\n${closing}`),
      ];
      for (const variant of variants) {
        const suggestion = classifyPriority(variant, policy);
        if (suggestion.priority !== plain.priority)
          moved.push(`${plain.priority} -> ${suggestion.priority}: ${variant}`);
      }
    }
    expect(moved).toEqual([]);
  });

  it("reads the team in a wish or a sign-off as nobody affected", () => {
    expect(
      read("Happy new year to the whole team! the wallboard clock is two minutes behind").scope,
    ).toBeUndefined();
    expect(
      read("the wallboard clock is two minutes behind\nCheers, the whole team at Bakkerij De Vries").scope,
    ).toBeUndefined();
    // the whole team named in the report still is
    expect(read("the whole team can't log in since 9").scope?.value).toBe("everyone");
  });

  it("cuts a compliment at its clause: the report after it is read", () => {
    const text = "we love your service, but today nothing works for anyone";
    expect(analyse(text).lemmas).not.toMatch(/\blove\b/);
    expect(read(text).scope?.value).toBe("everyone");
    expect(
      level(
        "Hello, we like your platform. When a customer sends a photo the agent gets no alert.",
        "cm-connect-engage",
      ),
    ).not.toBe("P1");
  });

  it("reads everyone in a sign-off as nobody affected", () => {
    const report = "the shared calendar shows some events twice";
    expect(
      level(`${report}\nThanks in advance, all the best from everyone at Northwind`, "managed-helpdesk"),
    ).toBe(level(report, "managed-helpdesk"));
  });

  it("reads a subject line that only says there is an issue as nothing failing", () => {
    expect(level("Subject: issue\nis there a keyboard shortcut to approve an item?", "kissflow")).toBe("low");
    expect(level("Re: problem\nthe avatar of our admin is cut off in the top bar", "kissflow")).toBe("low");
    // a subject that says what fails is read
    expect(level("Subject: login broken\nnobody can get in since 9", "kissflow")).toBe("critical");
  });

  it("reads what the client uses the product for as no one affected", () => {
    expect(
      read("We use your platform for all our customer contact. The wallboard clock is behind").scope,
    ).toBeUndefined();
    expect(read("the SMS don't reach any of our customers").scope?.value).toBe("everyone");
  });
});

describe("a remark added after a report", () => {
  it("does not name a second product failing, nor the feature that fails", () => {
    const report = "none of our outbound SMS are delivered since 10.";
    const remark = "Also, the logo on the portal looks a bit blurry.";
    expect(level(`${report} ${remark}`, "cm-connect-engage")).toBe(level(report, "cm-connect-engage"));
    expect(level(`${report} ${remark}`, "cm-connect-engage")).toBe("P2");
    const locked = "sso login to kissflow fails for all employees, nobody can get in.";
    expect(level(`${locked} P.S. the logo looks blurry`, "kissflow")).toBe("critical");
    expect(level(`${locked} By the way, can you send me last month's invoice?`, "kissflow")).toBe("critical");
  });

  it("keeps a remark as bad as the report: a second product down is two products down", () => {
    expect(
      level("SMS are down for everyone since 9. Also the voice lines are dead.", "cm-connect-engage"),
    ).toBe("P1");
  });

  it("reads the bigger report when the small one comes first", () => {
    expect(
      level(
        "the logo on the portal looks a bit blurry. Also, nobody can send SMS since 10!",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });
});

describe("a sentence saying what the client uses", () => {
  it("names neither who is affected nor which products fail, when nothing fails in it", () => {
    const report = "the wallboard clock is two minutes behind";
    for (const context of [
      "We run Kissflow for our whole company (800 users).",
      "We use Voice, SMS and WhatsApp from you.",
    ]) {
      expect(read(`${context} ${report}`).scope).toBeUndefined();
    }
    expect(level(`We use Voice, SMS and WhatsApp from you. ${report}`, "cm-connect-engage")).toBe(
      level(report, "cm-connect-engage"),
    );
  });

  it("names nobody affected when it says how the client works or what they rely on", () => {
    const report = "one of our agents gets logged out of service cloud every hour";
    for (const context of [
      "All our 120 employees work from home on Fridays.",
      "Our whole team of 40 agents works out of the Leeds office.",
      "Our 25 agents work in two shifts.",
      "Everyone here relies on it daily.",
      "I work in the finance team.",
    ]) {
      expect(level(`${context} ${report}`, "cm-connect-engage")).toBe("P4");
    }
    // written after the report, without a full stop before it
    expect(level(`${report} Our whole company depends on this system.`, "cm-connect-engage")).toBe("P4");
    expect(level(`${report}. Everyone in our team uses it every day.`, "cm-connect-engage")).toBe("P4");
  });

  it("does not leave the rest of the report working, nor name a second channel failing", () => {
    const locked = "we are completely locked out of kissflow, SSO login fails for every user";
    expect(level(`All our 120 employees work from home on Fridays. ${locked}`, "kissflow")).toBe("critical");
    const inbox = "hi team, the inbox is completely empty for all agents and new chats don't come in at all";
    expect(level(`Our customers mostly reach us by WhatsApp. ${inbox}`, "cm-connect-engage")).toBe(
      level(inbox, "cm-connect-engage"),
    );
  });

  it("is read when something fails in it", () => {
    expect(analyse("Our customers call us but get a busy tone.").lemmas).toMatch(/\bbusy\b/);
    expect(
      read("We run all our support on your Service Cloud and nobody can log in since 8.").scope?.value,
    ).toBe("everyone");
  });
});

describe("a client who says it is not urgent", () => {
  it("lowers an issue that does not impact productivity to the level without a deadline", () => {
    expect(level("the shared calendar shows some events twice. Not urgent.", "managed-helpdesk")).toBe("P5");
  });

  it("keeps an issue that impacts productivity where it is", () => {
    const slow =
      "The VPN is very slow for everyone working from home today, file opens take minutes. We can work, but barely.";
    expect(level(`${slow} Not urgent.`, "managed-helpdesk")).toBe(level(slow, "managed-helpdesk"));
    expect(level(`${slow} Not urgent.`, "managed-helpdesk")).toBe("P3");
  });
});

describe("a question announced or asked around a report", () => {
  it("reads the report after 'Quick question:'", () => {
    const module = "datasets module throws an error when anyone opens it";
    expect(level(`Quick question: ${module}`, "kissflow")).toBe(level(module, "kissflow"));
    expect(level(`Quick question: ${module}`, "kissflow")).toBe("high");
    // announced, but nothing asked and nothing read as failing: the client is asked how it affects them
    const total = "the calculated field 'Total' in our expense form shows 0";
    expect(
      classifyPriority(`Quick question: ${total}`, presetPolicy("kissflow") as Policy).confidence,
    ).toBeLessThan(LOW_CONFIDENCE);
  });

  it("keeps a question announced and asked a question", () => {
    expect(level("Quick question: is there a keyboard shortcut to approve an item?", "kissflow")).toBe("low");
    expect(level("invoice question: why were we charged twice this month?", "cm-connect-engage")).toBe("P5");
    expect(level("Is there a template for onboarding new staff?", "kissflow")).toBe("low");
  });

  it("reads asking when the fix comes as part of the report", () => {
    const printer = "the printer on floor 3 prints everything slightly pink";
    expect(level(`${printer}. Is there an ETA for a fix?`, "managed-helpdesk")).toBe(
      level(printer, "managed-helpdesk"),
    );
  });

  it("reads 'I have a problem:' and 'is this a known issue?' as nothing failing of their own", () => {
    const avatar = "the avatar of our admin is cut off in the top bar";
    expect(level(`I have a problem: ${avatar}`, "kissflow")).toBe("low");
    expect(level(`${avatar}. Is this a known issue?`, "kissflow")).toBe("low");
    // a problem named as what happens is read
    expect(read("we have a problem with every login since 9").state?.value).toBe("broken");
  });

  it("does not take 'I' in a question for a sentence about the client", () => {
    expect(analyse("Quick question: can I use my own headset with the softphone?").lemmas).toMatch(/headset/);
  });
});

describe("what a client asks for or adds about the report itself", () => {
  it("reads 'can we get a call today?' as help with the report, not a feature or a question", () => {
    const module = "datasets module throws an error when anyone opens it.";
    expect(level(`${module} Can we get a call today?`, "kissflow")).toBe(level(module, "kissflow"));
    const calendar = "the shared calendar shows some events twice.";
    expect(level(`${calendar} Can we get a call today?`, "managed-helpdesk")).toBe(
      level(calendar, "managed-helpdesk"),
    );
    // a feature asked for is still one
    expect(read("can you add a dark mode to the agent app?").request?.value).toBe("feature");
  });

  it("reads 'we are losing money' as what the issue costs, not as something lost", () => {
    const question = "could you tell me how to set a signature in Outlook on the web?";
    expect(level(`${question} We are losing money.`, "managed-helpdesk")).toBe("P5");
    expect(read("the printer prints everything slightly pink. We are losing money.").state).toBeUndefined();
    expect(read("the webhook loses orders since the update").state?.value).toBe("wrong");
  });

  it("reads a CEO who is furious as nobody affected", () => {
    const calendar = "the shared calendar shows some events twice.";
    expect(level(`${calendar} Our CEO is furious.`, "managed-helpdesk")).toBe(
      level(calendar, "managed-helpdesk"),
    );
    expect(read("the CEO's phone isn't getting email").criticality?.value).toBe("critical");
  });
});

describe("a report passed on by someone", () => {
  it("reads who passes it on as no one affected: what follows says who is", () => {
    const outage =
      "we've had zero inbound calls for the last hour, our numbers just ring out. normally 100s per hour";
    for (const relayed of [
      "A colleague reports:",
      "One of our agents noticed that",
      "Forwarding from our team lead:",
    ]) {
      expect(level(`${relayed} ${outage}`, "cm-connect-engage")).toBe(level(outage, "cm-connect-engage"));
    }
    const locked = "We cannot access kissflow at all, neither web nor mobile app";
    expect(level(`A colleague reports that ${locked}`, "kissflow")).toBe("critical");
  });

  it("reads a forward's own wording as who passes it on: 'FW from …:', 'From our new hire, forwarded:'", () => {
    const question = '"How do I set up my email signature in Outlook?" No rush.';
    expect(level(question, "managed-helpdesk")).toBe("P5");
    for (const forwarded of [
      "From our new hire, forwarded:",
      "Forwarding a question from our new hire:",
      "FW from our new hire:",
      "Our new hire asked me to forward this:",
      "Our new hire sent us this via chat:",
    ]) {
      expect(level(`${forwarded} ${question}`, "managed-helpdesk"), forwarded).toBe("P5");
      expect(analyse(`${forwarded} ${question}`).lemmas, forwarded).not.toMatch(/hire/);
    }
    // What someone wrote about the issue itself is the report.
    expect(analyse("our manager wrote this is the worst outage: nothing works").lemmas).toMatch(/outage/);
    // Without the forward the new hire is someone to set up.
    expect(
      level("Please set up an Outlook signature for our new hire starting Monday", "managed-helpdesk"),
    ).toBe("P6");
  });

  it("keeps the one who passes it on when the report is about them", () => {
    expect(read("A colleague reports: she can't log in to Outlook since 9").scope?.value).toBe("one");
    // one colleague is one person; several are not
    expect(read("My colleague can't log in to Outlook since 9").scope?.value).toBe("one");
    expect(read("My colleagues can't log in to Outlook since 9").scope?.value).not.toBe("one");
  });
});

describe("an earlier mail quoted below the report", () => {
  it("is not read: what the support team wrote back is not the report", () => {
    const locked = "we are completely locked out of kissflow, SSO login fails for every user";
    const quoted = `${locked}\n\n-----Original Message-----\nFrom: support\nSent: Monday\nSubject: RE: ticket 4411\nIs everything working again?`;
    expect(level(quoted, "kissflow")).toBe(level(locked, "kissflow"));
    const replied = `${locked}\n\nOn Mon 30 Nov, Support wrote:\n> Thanks, we have closed this ticket as resolved.`;
    expect(analyse(replied).lemmas).not.toMatch(/resolve/);
  });

  it("keeps a forwarded mail: the report is below its header", () => {
    const locked = "we are completely locked out of kissflow, SSO login fails for every user";
    for (const forward of [
      "---------- Forwarded message ---------\nFrom: John Smith <john@acme.com>\nDate: Mon, 30 Nov 2026\nSubject: help\n\n",
      "Please see below.\n\n---------- Forwarded message ---------\nFrom: John Smith\nDate: Mon, 30 Nov 2026\n\n",
      "FYI, this came in from our office manager:\n\nFrom: Anna\nSent: Monday\nSubject: problem\n\n",
    ]) {
      expect(level(`${forward}${locked}`, "kissflow")).toBe(level(locked, "kissflow"));
    }
  });
});

describe("the provider's status page named around a report", () => {
  it("says nothing of other customers when the client only checked it", () => {
    const locked = "We cannot access kissflow at all, neither web nor mobile app.";
    expect(read(`${locked} We already checked the status page.`).scope?.value).not.toBe("other customers");
    const inbox = "some agents see an empty inbox while others see the conversations normally.";
    expect(level(`${inbox} We already checked the status page.`, "cm-connect-engage")).toBe(
      level(inbox, "cm-connect-engage"),
    );
  });

  it("names other customers hit when it shows an incident", () => {
    const sms = "SMS are not delivered since 9.";
    expect(read(`${sms} We checked your status page, it shows an incident for SMS.`).scope?.value).toBe(
      "other customers",
    );
    expect(read(`${sms} Your status page shows an incident for SMS.`).scope?.value).toBe("other customers");
  });
});

describe("a greeting by name, where the writer works, and the help asked for", () => {
  it("reads the part a report opens on after the greeting as its subject", () => {
    const report =
      "the chatbot's handover to agents fails for every Facebook Messenger conversation, WhatsApp handover works";
    const plain = ruledLevel(report, "cm-connect-engage");
    expect(plain).toBe("P3");
    for (const greeting of ["Hi,", "Hi Sarah,", "Hello support team,", "Dear Sir or Madam,"])
      expect(ruledLevel(`${greeting} ${report}`, "cm-connect-engage")).toBe(plain);
    // a lower-case word after "hi" is the report, not a name
    expect(read("hi outlook is down for everyone, nobody can send mail").scope?.value).toBe("everyone");
  });

  it("does not read where the writer works as something still working", () => {
    const report = "Kissflow is down, every page errors out for all users";
    for (const closing of [
      "I am working from home today.",
      "I'm working from home today",
      "We are all remote this week.",
    ])
      expect(read(`${report} ${closing}`).sparedPart).toBeUndefined();
    expect(level(`${report} I am working from home today.`, "kissflow")).toBe("critical");
    // what still works is read
    expect(read("SMS is down for everyone, voice is still working").sparedPart?.value).toBe("spared");
    // and working from home stays part of a report that depends on it
    expect(read("I'm working from home and the VPN won't connect").state?.value).toBeDefined();
  });

  it("does not read the help asked for as a question", () => {
    const report = "when I paste text into the email editor the font changes, I fix it by hand";
    const plain = level(report, "cm-connect-engage");
    for (const closing of [
      " Can you please look into it and let me know?",
      ". Could someone have a look at this please?",
      " Please investigate asap.",
      " Let me know if you need more info.",
    ])
      expect(level(`${report}${closing}`, "cm-connect-engage")).toBe(plain);
    // help with something named is what the client asks: "can you check the invoice for March?"
    expect(analyse("Can you check the invoice for March?").lemmas).toMatch(/\bcheck the invoice\b/);
    expect(analyse("Can you look into it and let me know?").lemmas).not.toMatch(/\blook\b/);
  });
});

describe("what the mail program adds", () => {
  it("does not read a footer naming the portal, or a confidentiality notice, as part of the report", () => {
    const report = "the inbox is completely empty for all agents and new chats don't come in at all";
    const plain = ruledLevel(report, "cm-connect-engage");
    expect(plain).toBe("P2");
    expect(ruledLevel(`${report}\n\nSent via the customer portal`, "cm-connect-engage")).toBe(plain);
    expect(
      ruledLevel(
        `${report}\n--\nJohn Smith | Acme\nThis email is confidential. If you received it in error, notify the portal team.`,
        "cm-connect-engage",
      ),
    ).toBe(plain);
    // a report that says the portal is down still does
    expect(ruledLevel(`${report}. The portal is down too`, "cm-connect-engage")).not.toBe(plain);
  });

  it("ends a clause at a line break: what works on one line is not what fails on the next", () => {
    const report =
      "the chatbot's handover to agents fails for every Facebook Messenger conversation, WhatsApp handover works";
    expect(ruledLevel(`${report}\nWith kind regards,\nJ. de Vries`, "cm-connect-engage")).toBe(
      ruledLevel(report, "cm-connect-engage"),
    );
  });
});

describe("an earlier incident told as fixed", () => {
  it("is not read: what failed then is not what fails now", () => {
    const report = "can a board card have more than one assignee?";
    expect(
      level(`Yesterday SMS was down for an hour (thanks for fixing). Today: ${report}`, "kissflow"),
    ).toBe(level(report, "kissflow"));
    // on its own, it is the report
    expect(
      analyse("FYI the status page still says 'investigating' for yesterday's fixed incident").lemmas,
    ).toMatch(/status page/);
  });

  it("is not read when told as back or running again, in its sentence or the next", () => {
    const leftover =
      "One leftover: the approval reminders on the Invoice process didn't go out since, approvers check their inbox instead.";
    expect(level(`Kissflow was down yesterday for everyone, it's back up. ${leftover}`, "kissflow")).toBe(
      "medium",
    );
    const missing =
      "only 3 orders from that window are still missing in NetSuite, we'll re-run them if you confirm that's safe.";
    expect(
      ruledLevel(`The flows were all stuck yesterday (your incident). They run again; ${missing}`, "celigo"),
    ).toBe("normal");
    // what follows a "but" is today's report
    const ivr =
      "Since your fix last night, incoming calls work again but the IVR skips the language choice for every caller.";
    expect(read(ivr).state?.evidence).toBe("skips");
    // the problem back again is no recovery
    expect(ruledLevel("Yesterday the error came back and now nobody can log in", "cm-connect-engage")).toBe(
      "P2",
    );
  });
});

describe("how it was earlier, before a narrower report of how it is now", () => {
  it("reads what is reported now", () => {
    expect(
      ruledLevel(
        "Yesterday nobody could log in to the inbox. Today it's only one agent who still can't, the rest are fine.",
        "cm-connect-engage",
      ),
    ).toBe("P4");
  });

  it("keeps the earlier state where it still holds, or where it is when it started", () => {
    // "too": the earlier failure is still there
    expect(read("This morning nobody could log in to Voice, now only the inbox fails too").scope?.value).toBe(
      "everyone",
    );
    // "since yesterday" is how long, not how it was
    expect(
      read("Since yesterday nobody can log in. Now only the admins can, after a reset").scope?.value,
    ).toBe("everyone");
    // a wider report now is not cut: "every single order" is the report, the earlier "a few" no part of it
    expect(
      read("Earlier only a few orders failed, now every single order import to NetSuite fails").scope?.value,
    ).toBe("everyone");
  });
});

describe("a smaller issue or a question beside the report", () => {
  const report = "the datasets module throws an error when anyone opens it";

  it("reads the listed items of a message on their own, and keeps the worst", () => {
    const plain = level(report, "kissflow");
    expect(level(`Two things. 1) ${report} 2) Where can I download last month's invoice?`, "kissflow")).toBe(
      plain,
    );
    // a number ending a sentence is not an item: "since 9. Nobody can log in" is one report
    expect(level("SMS sending has been down since 9. Nobody can send anything", "cm-connect-engage")).toBe(
      "P2",
    );
  });

  it("reads where the client says the report that matters starts", () => {
    expect(
      level(
        `Small thing first: the logo on the portal looks a bit blurry. More importantly: ${report}`,
        "kissflow",
      ),
    ).toBe(level(report, "kissflow"));
  });

  it("reads a question added without a full stop as a remark", () => {
    expect(level(`${report} Oh and one more question: how do I change my password?`, "kissflow")).toBe(
      level(report, "kissflow"),
    );
  });
});

describe("how something looks, said beside a report", () => {
  it("is set aside when the report is surely worse", () => {
    const report = "the inbox is completely empty for all agents and new chats don't come in at all";
    expect(level(`The logo on the portal looks a bit blurry. ${report}`, "cm-connect-engage")).toBe(
      level(report, "cm-connect-engage"),
    );
  });

  it("stays where it says how small the report is", () => {
    expect(
      level(
        "The 'last seen' column in the contacts list shows times in UTC instead of our local time. Just a display thing.",
        "cm-connect-engage",
      ),
    ).toBe("P5");
  });
});

describe("what a client asks beside a report", () => {
  it("does not read others wondered about as others affected", () => {
    expect(read("SMS fails for some numbers. Are other customers affected?").scope).toBeUndefined();
    expect(read("SMS fails for some numbers. Is this affecting other customers too?").scope).toBeUndefined();
    expect(read("SMS fails for some numbers. Other customers have the same.").scope?.value).toBe(
      "other customers",
    );
    expect(read("Is there a status page? SMS fails for some numbers.").scope).toBeUndefined();
  });

  it("does not read a way around asked for as one the client has", () => {
    expect(
      read("We cannot access kissflow at all. Is there a workaround we can use in the meantime?").workaround,
    ).toBe(undefined);
    expect(read("We cannot access kissflow at all. Would a restart help?").workaround).toBeUndefined();
    expect(read("We do them by hand for now, but how long will this take?").workaround?.value).toBe(
      "present",
    );
    expect(read("the app froze, a restart helps").workaround?.value).toBe("present");
  });

  it("does not read working again wished for as over", () => {
    const text = "Kissflow is down for everyone. Please let us know when it is working again.";
    expect(ruledLevel(text, "kissflow")).toBe("critical");
    expect(read(text).sparedPart).toBeUndefined();
    expect(ruledLevel("Kissflow was down for an hour, it is working again now.", "kissflow")).toBe("low");
  });

  it("does not read a failure supposed in a request for information", () => {
    expect(read("Please tell us what to do in case of an outage.").state).toBeUndefined();
    expect(read("We'd like to know what happens to queued messages if your platform goes down.").state).toBe(
      undefined,
    );
    // what the client says after a colon is the report
    expect(
      ruledLevel(
        "Please let us know when this is resolved: datasets module throws an error when anyone opens it",
        "kissflow",
      ),
    ).toBe("high");
  });

  it("leaves out what comes attached, and reads a list of labels as the products it names", () => {
    expect(read("The logo looks blurry. I have attached a screenshot of the error.").state?.value).toBe(
      "cosmetic",
    );
    const labels = "SMS API: 503. Voice API: 503. Portal: 503. Everything is down for us.";
    expect(ruledLevel(labels, "cm-connect-engage")).toBe("P1");
    expect(ruledLevel(`Screenshots attached. ${labels}`, "cm-connect-engage")).toBe("P1");
  });

  it("reads who waits for the answer as no one affected, and still reads who is", () => {
    expect(
      read("one agent gets logged out every hour. The whole team is waiting for your answer.").scope?.value,
    ).toBe("one");
    expect(read("Kissflow is down for everyone. My manager is asking for an update.").scope?.value).toBe(
      "everyone",
    );
    expect(read("The whole team is waiting, nobody can log in.").scope?.value).toBe("everyone");
  });

  it("reads when it last worked as nothing still working", () => {
    const text =
      "We cannot access kissflow at all, neither web nor mobile app. It was working fine until this morning.";
    expect(read(text).sparedPart).toBeUndefined();
    expect(level(text, "kissflow")).toBe("critical");
  });

  it("reads the report written below a long pasted log", () => {
    const log = Array.from(
      { length: 60 },
      (_, i) => `2026-12-03T14:02:${String(i).padStart(2, "0")}Z INFO request id=${i} status=200 took=12ms`,
    ).join("\n");
    const report = "Nobody can log in to the agent workspace since 9.";
    expect(level(`\`\`\`\n${log}\n\`\`\`\n${report}`, "cm-connect-engage")).toBe(
      level(report, "cm-connect-engage"),
    );
    // what the code says is still read
    expect(read("SMS fail:\n```\nError: 503 Service Unavailable\n```").state?.value).toBe("down");
  });

  it("ends a clause at a line break, as at a full stop", () => {
    expect(analyse("neither web nor app\nwe tried again this morning").lemmas).toBe(
      "neither ~web ~nor ~app | we try again this morning |",
    );
  });
});

describe("what a client adds after the report", () => {
  it("leaves out a sign-off, a question whether a workaround or a restart would do, and 'that is all'", () => {
    const report = "SMS down since 9 for all our customers.";
    for (const after of [
      "\nWith kind regards,\nJ. de Vries",
      "\nThanks,\nAnna from Acme Logistics",
      "\nIs there a workaround we can use in the meantime?",
      "\nWould a restart help?",
      "\nThat is all for now.",
    ])
      expect(analyse(`${report}${after}`).lemmas, after).toBe(analyse(report).lemmas);
    // on its own, the question is the message
    expect(analyse("Would a restart help?").lemmas).toContain("restart");
    expect(analyse("Is there a workaround for the slow export?").lemmas).toContain("export");
  });
});
