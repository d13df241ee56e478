import { describe, expect, it } from "vitest";
import { level, read, ruledLevel } from "./readings.js";

/**
 * The words clients use for the same thing, each read the same way: an audit of the vocabulary, not of
 * phrasings the labelled set happens to hold. Each list was written from a thesaurus of support tickets,
 * then run against the classifier; the words it missed were added to the cues. The levels are the rules'
 * (the wording layer, trained on whole messages, weighs in on real reports, not on these one-line probes).
 */
describe("the vocabulary of a report", () => {
  const OUT_OF_USE = [
    "is down",
    "is out of service",
    "is offline",
    "is unavailable",
    "is unreachable",
    "is dead",
    "is kaput",
    "is at a standstill",
    "is inaccessible",
    "is not reachable",
    "has an outage",
    "has a disruption",
    "has an interruption",
    "is completely unusable",
    "is unresponsive",
    "is not operational",
    "is inoperable",
    "is non-functional",
    "is in maintenance mode",
    "is out of order",
  ];

  it.each(OUT_OF_USE)("reads a channel that %s for all users as down, a product out", (words) => {
    const text = `the WhatsApp channel ${words} for all our users`;
    expect(read(text).state?.value).toBe("down");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  const NOT_WORKING = [
    "is not functioning",
    "is not working",
    "is broken",
    "has crashed",
    "quit working",
    "stopped working",
    "is malfunctioning",
    "is erroring",
    "is throwing errors",
    "is totally borked",
    "is busted",
    "is hosed",
    "is bricked",
    "is fried",
    "is acting up",
    "bombs out",
    "is failing",
    "is stuck",
    "is frozen",
    "is refused",
  ];

  it.each(NOT_WORKING)(
    "reads a channel that %s for all users as not working, and the product out",
    (words) => {
      const text = `the WhatsApp channel ${words} for all our users`;
      expect(["down", "broken"]).toContain(read(text).state?.value);
      expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
    },
  );

  const ONE_PERSON = [
    "for one agent",
    "for a single user",
    "for just me",
    "only for me",
    "for one of our agents",
    "for my colleague Sam",
    "for our receptionist",
    "for one person",
    "for one of us",
    "for just one user",
    "for one of the supervisors",
    "for one team member",
    "for a single agent",
  ];

  it.each(ONE_PERSON)("reads an inbox that won't load %s as one person's", (words) => {
    const text = `the inbox won't load ${words}`;
    expect(read(text).scope?.value).toBe("one");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  const EVERYONE = [
    "for everyone",
    "for all agents",
    "for every agent",
    "for each agent",
    "for all of us",
    "for the whole team",
    "for all 40 agents",
    "for everybody",
    "across the board",
    "company-wide",
    "organisation-wide",
    "for every single user",
    "for the whole company",
    "for the entire contact centre",
    "for all colleagues",
    "for any agent",
  ];

  it.each(EVERYONE)("reads wrong names in the inbox %s as everyone's: a breaking issue", (words) => {
    const text = `the inbox shows the wrong customer names ${words}`;
    expect(read(text).scope?.value).toBe("everyone");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  const WORKED_AROUND = [
    "we are entering the orders by hand for now",
    "as a workaround we upload a CSV",
    "we switched to manual entry for now",
    "temporarily we export and import the file by hand",
    "we have a temporary fix in place",
    "we bypass it with a script",
    "we process them in NetSuite directly",
    "we're doing it manually in the meantime",
  ];

  it.each(WORKED_AROUND)(
    "reads a critical flow failing where '%s' as worked around: Celigo's high",
    (words) => {
      const text = `our critical order flow fails completely since 6am, ${words}`;
      expect(read(text).workaround?.value).toBe("present");
      expect(ruledLevel(text, "celigo")).toBe("high");
    },
  );

  const NO_WAY_AROUND = [
    "there's no workaround",
    "we have no alternative",
    "there is no other way to get orders in",
    "no way around it",
    "there is nothing we can do",
    "we can't do it manually",
    "entering them by hand is impossible",
  ];

  it.each(NO_WAY_AROUND)("reads a critical flow failing where '%s' as blocked: Celigo's urgent", (words) => {
    const text = `our critical order flow fails completely since 6am, ${words}`;
    expect(ruledLevel(text, "celigo")).toBe("urgent");
  });

  const ASKED_FOR = [
    "Is it possible to export conversations to PDF?",
    "We were wondering whether you offer a Slack integration",
    "Any plans to support Instagram?",
    "We would appreciate an option to hide closed conversations",
    "Can someone walk me through creating a new queue?",
    "It'd be handy if agents could pin conversations",
    "Suggestion: show the customer's timezone in the chat",
    "Kindly share the list of supported countries for RCS",
    "Can we get an extra 5 agent licences?",
  ];

  it.each(ASKED_FOR)("reads '%s' as a question or a request, Connect & Engage's P5", (text) => {
    expect(level(text, "cm-connect-engage")).toBe("P5");
  });

  const KISSFLOW_PARTS: readonly (readonly [string, string])[] = [
    ["critical", "the whole Kissflow app is down for us"],
    ["critical", "Kissflow is not reachable for anyone"],
    ["critical", "the kissflow login is broken for everyone"],
    ["critical", "Kissflow is out of service for our whole organisation"],
    ["high", "the Boards module is down for everyone"],
    ["high", "the Process section won't load for anyone"],
    ["high", "none of our apps open, boards are fine"],
    ["high", "all our integrations stopped running"],
    ["high", "no process can be started by anyone"],
    ["medium", "the approve button in the leave process fails"],
    ["medium", "the 'reassign' action in the purchase process errors"],
    ["medium", "the attachment field in the onboarding form rejects PDFs"],
    ["medium", "the email step in our approval workflow doesn't send"],
  ];

  it.each(KISSFLOW_PARTS)(
    "reads Kissflow's system, a module and a feature as the contract ranks them: %s, '%s'",
    (want, text) => {
      expect(ruledLevel(text, "kissflow")).toBe(want);
    },
  );

  const DEADLINES = [
    "I have a client meeting in an hour",
    "I need to submit payroll today",
    "I'm presenting to a customer at 11",
    "the auditors are here today",
    "our tender is due at noon",
    "I have a deadline at 5pm",
    "I'm running the webinar at 2",
    "I have a job interview to run in 20 minutes",
    "I'm the only one who can approve payments",
  ];

  it.each(DEADLINES)(
    "reads one person's laptop failing where '%s' as work that cannot wait: the helpdesk's P3",
    (words) => {
      const text = `my laptop won't start and ${words}`;
      expect(read(text).criticality?.value).toBe("critical");
      expect(ruledLevel(text, "managed-helpdesk")).toBe("P3");
    },
  );

  const TWO_PRODUCTS: readonly (readonly [string, string])[] = [
    ["SMS", "the agent desktop"],
    ["voice", "the agent desktop"],
    ["the inbox", "journeys"],
    ["the agent desktop", "email sends"],
    ["email marketing", "our virtual assistant"],
    ["our phone lines", "WhatsApp"],
    ["the IVR", "live chat"],
    ["our newsletters", "RCS"],
  ];

  it.each(TWO_PRODUCTS)(
    "reads %s and %s both down as two of Connect & Engage's products: P1",
    (first, second) => {
      expect(ruledLevel(`${first} and ${second} are both down for everyone`, "cm-connect-engage")).toBe("P1");
    },
  );

  it("reads two names for one product down as that product: P2", () => {
    expect(ruledLevel("SMS and WhatsApp are both down for everyone", "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("journeys and our newsletters are both down for everyone", "cm-connect-engage")).toBe(
      "P2",
    );
  });

  // One product named with the channel it runs on, or with the messages it carries: still one product.
  const ONE_PRODUCT_WITH_ITS_CHANNEL = [
    "the inbox doesn't show any new messages for anyone",
    "the voice bot hangs up on every caller",
    "our WhatsApp bot doesn't answer anyone anymore",
    "our voice campaigns don't dial out at all",
    "our bot's messages aren't sent to anyone",
    "every agent gets an error when sending messages from the inbox",
    "messages sent from the inbox fail for everyone",
    "Marketing Cloud doesn't send any messages for anyone",
    "the chatbot does not answer messages from any customer",
    "the IVR plays silence to every caller and the calls end",
  ];

  it.each(ONE_PRODUCT_WITH_ITS_CHANNEL)("reads '%s' as one product out: P2", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  // Messages named beside another product, as a product of their own: two products.
  const MESSAGES_AND_ANOTHER = [
    "messages and calls both fail for everyone",
    "no messages and no calls get through for anyone",
    "neither messages nor calls work for anybody",
    "our messages don't go out and calls fail for all of us",
    "the chatbot and messages are down for all our customers",
    "messages, calls and the inbox are all down",
    "the inbox and the phones are both down for everyone",
  ];

  it.each(MESSAGES_AND_ANOTHER)("reads '%s' as two products out: P1", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P1");
  });

  // Connect & Engage's P3 is a breaking issue within a product that most users can work around: a feature
  // failing for everyone. Its P2 is the product itself failing for most users.
  const FEATURES_FAILING_FOR_ALL = [
    "the call transfer doesn't work for anyone",
    "call recording stopped for all our numbers",
    "the hold music doesn't play for any caller",
    "the queue callback option fails for every caller",
    "the voicemail greeting is gone for all numbers",
    "the caller ID shows as anonymous on all outbound calls",
    "conference calls fail for everyone, normal calls work",
    "nobody can use the canned responses in the inbox",
    "the inbox search returns nothing for any agent",
    "tags can't be added to conversations by anyone",
    "the internal notes are not saved for anybody",
    "the SLA timers in the inbox are gone for all agents",
    "chat routing to the right skill group is broken for all chats",
    "the chat transcript email isn't sent to any customer",
    "WhatsApp template messages fail for all our numbers, normal replies work",
    "delivery reports are missing for every SMS",
    "the unsubscribe link in our emails doesn't work for anyone",
    "A/B tests in Marketing Cloud don't pick a winner for any campaign",
    "the segment builder shows zero contacts for every filter",
    "the campaign scheduler ignores the send time for all campaigns",
    "the chatbot's handover to an agent fails for every conversation",
    "the bot doesn't recognise the 'track my order' intent for anyone, other questions work",
    "the bot's answers about opening hours are wrong for everyone",
    "contact import fails for all files",
    "the opt-in keyword STOP doesn't unsubscribe anyone",
  ];

  it.each(FEATURES_FAILING_FOR_ALL)("reads '%s' as a feature failing for everyone: P3", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  const PRODUCT_FAILING_FOR_ALL = [
    "no calls can be made or received by anyone",
    "the inbox doesn't load for any agent",
    "the chatbot doesn't answer any customer",
    "no SMS is delivered to anyone",
    "Marketing Cloud won't open for any of us",
    "no campaign goes out at all",
    "every inbound call fails",
    "none of our agents can answer chats",
    "WhatsApp messages don't arrive for anyone",
    "the softphone can't connect for any agent",
  ];

  it.each(PRODUCT_FAILING_FOR_ALL)("reads '%s' as the product failing for everyone: P2", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  // Who cannot log in, under Connect & Engage: most of the agents is the product out (P2), some of them a
  // breaking issue most can work through (P3), one person a small incident (P4).
  const MOST_AGENTS = [
    "most of our agents can't log in to the inbox",
    "the majority of our agents can't log in to the inbox",
    "80% of our agents can't log in to the inbox",
    "all but two of our agents can't log in to the inbox",
    "only a handful of agents can log in to the inbox",
    "only 2 of our 60 agents can log in to the inbox",
    "almost nobody can log in to the inbox",
    "hardly anyone can log in to the inbox",
    "nearly all agents can't log in to the inbox",
    "virtually everyone is unable to log in to the inbox",
    "pretty much the whole team can't log in to the inbox",
    "none of the agents on either shift can log in to the inbox",
    "not one agent can log in to the inbox",
    "not a single agent can log in to the inbox",
    "agents across all our teams can't log in to the inbox",
  ];

  it.each(MOST_AGENTS)("reads '%s' as most users: P2", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  const SOME_AGENTS = [
    "a few agents can't log in to the inbox",
    "some of our agents can't log in to the inbox",
    "about a third of the agents can't log in to the inbox",
    "the night shift can't log in to the inbox",
    "our agents in the Antwerp office can't log in to the inbox, Rotterdam is fine",
    "5 of our 40 agents can't log in to the inbox",
    "several agents can't log in to the inbox",
    "a couple of agents can't log in to the inbox",
  ];

  it.each(SOME_AGENTS)("reads '%s' as some users: P3", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  const ONE_AGENT = [
    "Sanne can't log in to the inbox",
    "I can't log in to the inbox, my colleagues can",
    "one agent can't log in to the inbox",
    "just me, I can't log in to the inbox",
    "our new hire can't log in to the inbox yet",
    "a single agent is unable to log in to the inbox",
    "only my account can't log in to the inbox",
    "j.devries@acme.nl can't log in to the inbox",
    "my colleague Pieter can't log in to the inbox",
    "our team lead can't log in to the inbox",
  ];

  it.each(ONE_AGENT)("reads '%s' as one user: P4", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  it("reads a first name as a person only when the English model does not know it as a word", () => {
    expect(read("Sanne can't log in to the inbox").scope?.value).toBe("one");
    expect(read("Nobody can log in to the inbox").scope?.value).toBe("everyone");
    expect(read("Voice can't connect any calls").scope?.value).not.toBe("one");
  });

  // Connect & Engage's P3 and P4: a breaking issue most users work through, or a small incident that
  // does not halt anything.
  const BREAKING_WITHIN_A_PRODUCT = [
    "scheduled reports are no longer emailed to anyone",
    "nobody can upload a contact list since the update",
    "the auto-reply outside office hours isn't sent anymore",
    "the satisfaction survey after a chat doesn't appear for customers anymore",
    "incoming WhatsApp images don't load in the inbox for any agent",
    "the queue overflow to voicemail stopped working",
    "the IVR announces the wrong waiting time to every caller",
    "all SMS to Vodafone numbers in Germany fail, other networks are fine",
    "the chatbot answers every question about delivery times wrong",
    "our Service Cloud team in Madrid can't log in, the Amsterdam team can",
    "about 20 percent of our outbound calls fail with a busy tone",
    "MMS with a picture fail for all recipients, plain SMS is fine",
  ];

  it.each(BREAKING_WITHIN_A_PRODUCT)("reads '%s' as a breaking issue within a product: P3", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  const SMALL_INCIDENT = [
    "the inbox search is slow, it takes about 10 seconds",
    "every now and then a chat doesn't get assigned and we assign it by hand",
    "the delivery report for a few SMS comes in late",
    "one of our agents can't change her status to 'away'",
    "the export puts the dates in US format",
    "the campaign editor sometimes loses the last change when we save quickly",
    "when I filter on 'closed' I also see a few open chats",
    "the dashboard total is off by one or two chats per day",
    "the softphone volume resets to 50 % after each call",
    "the inbox takes a few seconds longer to load in the morning",
    "once a week or so a call drops for no reason",
    "the notification for new chats sometimes comes twice",
    "the report of last month shows 3 calls too many",
    "a customer's WhatsApp message came in twice yesterday",
    "the agent's signature is sometimes missing in outgoing emails",
  ];

  it.each(SMALL_INCIDENT)("reads '%s' as a small incident: P4", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  // With no one named, the client's report is the client's: a product that fails is out for them (P2),
  // a part of it that fails is a breaking issue within it (P3).
  const PRODUCT_FAILING = [
    "WhatsApp is not working",
    "our calls are failing",
    "SMS are not being delivered",
    "the inbox is down",
    "Marketing Cloud is not loading",
    "the chatbot stopped working",
    "voice is broken since this morning",
    "we can't send any SMS",
    "we can't make calls",
    "we can't receive WhatsApp messages",
    "the SIP trunk is down",
    "our IVR is dead",
    "the softphone won't connect",
    "inbound calls don't come through",
    "the SMS API returns errors on every call",
    "campaigns are not sending",
    "the bot gives an error to everyone",
  ];

  it.each(PRODUCT_FAILING)("reads '%s' as the product out: P2", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  const PART_FAILING = [
    "WhatsApp templates are not working",
    "call transfers are failing",
    "SMS delivery reports are not coming in",
    "the inbox search is down",
    "the campaign scheduler is not working",
    "the chatbot's handover to agents stopped working",
    "voicemail is broken since this morning",
    "we can't send SMS to Belgium",
    "we can't make calls to mobile numbers",
    "we can't receive images on WhatsApp",
    "call recording is down",
    "our IVR menu option 2 is dead",
    "the reporting module in Service Cloud keeps crashing",
    "conference calls don't work",
  ];

  it.each(PART_FAILING)("reads '%s' as a part of a product failing: P3", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P3");
  });

  // The parts of a contact-centre and messaging platform, each failing for everyone: a breaking issue
  // within a product (P3), whether or not a cue knows the part, as long as what the product is for goes on.
  const PARTS_OF_THE_PLATFORM = [
    "the chat routing rules",
    "the auto-assignment",
    "the queue statistics",
    "the agent status switch",
    "the wrap-up codes",
    "the after-call work timer",
    "the call-back request",
    "the hold button",
    "the mute button",
    "the dial pad",
    "the call history",
    "the speed dial",
    "the blind transfer",
    "the warm transfer",
    "the music on hold",
    "the voicemail to email",
    "the IVR time conditions",
    "the holiday schedule",
    "the business hours check",
    "the number masking",
    "the click-to-call",
    "the keyword replies",
    "the opt-out handling",
    "the link shortener",
    "the delivery receipts",
    "the sender ID",
    "the message templates",
    "the quick replies",
    "the interactive buttons",
    "the chatbot's fallback answer",
    "the intent recognition",
    "the knowledge base answers",
    "the handover to an agent",
    "the language detection",
    "the segment builder",
    "the audience import",
    "the A/B test",
    "the unsubscribe page",
    "the email editor",
    "the landing pages",
    "the web push",
    "the journey builder",
    "the contact merge",
    "the custom fields",
    "the conversation tags",
    "the saved replies",
    "the SLA timer",
    "the supervisor dashboard",
    "the wallboard",
    "the CSAT survey",
    "the transcript download",
    "the CRM sync",
    "the Salesforce integration",
    "the Zendesk integration",
    "the webhook retries",
    "the API keys page",
    "the user management",
    "the single sign-on",
    "the audit log",
    "the data export",
    "the invoice download",
    "the billing page",
  ];

  it.each(PARTS_OF_THE_PLATFORM)("reads '%s doesn't work for anyone' as a part failing: P3", (part) => {
    expect(ruledLevel(`${part} doesn't work for anyone`, "cm-connect-engage")).toBe("P3");
  });

  it("reads what the client calls its own ('our checkout') as what it runs on the products, not a part", () => {
    expect(ruledLevel("Our checkout is down for all users", "cm-connect-engage")).toBe("P2");
  });

  // A part named first, and what the product is for failing with it: the product out (P2).
  const PART_NAMED_PRODUCT_OUT = [
    "our SMS route is failing for every message",
    "the WhatsApp connection keeps failing, no message goes out",
    "our voice routing is broken, no call reaches any agent",
    "the SMS sender is blocked, nothing can be sent",
    "our WhatsApp sender is rejected, we can't send any message",
    "the inbox login fails for every agent",
    "our call flow is broken, every caller gets disconnected",
    "our SMS throughput is zero, nothing is sent",
    "the voice service is down for all of us",
    "our phone system is dead",
    "our calling is completely down",
    "the WhatsApp integration stopped, nothing comes in or goes out",
    "our SIP registration keeps failing, no calls at all",
    "the chatbot engine doesn't respond to anyone",
    "our bot flow doesn't answer any customer",
    "our email sending is broken, nothing goes out",
    "the Service Cloud login page doesn't load for anyone",
    "our agents' softphones don't register, nobody can call",
    "our voice numbers don't answer, callers hear nothing",
    "the messaging webhook stopped, we get no inbound messages at all",
    "our message queue is stuck, no SMS goes out",
    "the WhatsApp API token expired and can't be renewed, nothing goes out",
    "our inbound routing doesn't work, no chat reaches any agent",
  ];

  it.each(PART_NAMED_PRODUCT_OUT)("reads '%s' as the product out: P2", (text) => {
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P2");
  });

  // What clients ask of the desk with nothing failing: a request or a question, Connect & Engage's P5.
  const ASKED_OF_THE_DESK = [
    "please add a new agent, Mark de Vries, to the support team",
    "can you create an extra API key for our test environment?",
    "we need a second WhatsApp number for our Belgian shop",
    "could you change the routing so that Belgian calls go to the Antwerp team?",
    "please remove the old number 020 765 4321 from our account",
    "we'd like to increase our SMS limit to 50,000 a day",
    "kindly update our billing address to Keizersgracht 1, Amsterdam",
    "can you reset the password of our admin account? he's on holiday and we need to log in",
    "we want to add two more seats to Service Cloud",
    "please activate RCS for our account",
    "I would like to book a training for our new agents",
    "can you tell me which agents handled the most chats last month?",
    "we need the call recordings of 12 March for a complaint, could you send them?",
    "could you whitelist our new office IP?",
    "our marketing manager needs admin rights in Marketing Cloud",
    "can you move our account to the new data centre?",
    "please enable two-factor login for everyone in our company",
    "we'd like a copy of all chats with customer 4711 for a GDPR request",
    "please delete all data of customer J. Jansen, he invoked his right to be forgotten",
    "how do we connect our Salesforce to Service Cloud?",
    "can a chatbot answer questions from our product catalogue?",
    "would it be possible to add a field 'order number' to the chat form?",
    "what are your support hours at Christmas?",
    "who is our account manager?",
    "can we port our existing phone numbers to CM?",
  ];

  it.each(ASKED_OF_THE_DESK)("reads '%s' as a request or a question: P5", (text) => {
    expect(level(text, "cm-connect-engage")).toBe("P5");
  });

  // The same reports in a non-native writer's English: "is not function", "not arrive", "we not can".
  const NON_NATIVE = [
    ["P2", "the whatsapp is not function since this morning, nobody can send"],
    ["P2", "is not possible to make calls, all the agents have this problem"],
    ["P2", "the inbox not open for anybody, give error"],
    ["P2", "the chatbot not answer to any client since 9"],
    ["P2", "we are not able to login in service cloud, all users"],
    ["P2", "the calls not coming in, no one call arrive since one hour"],
    ["P2", "marketing cloud not working for all of us, we cannot do nothing"],
    ["P2", "the messages are not send, all is blocked"],
    ["P2", "voice not functioning, we not can call out or in"],
    ["P3", "the recording of calls not working since monday, the calls itself OK"],
    ["P3", "the automatic answer not send anymore when we are closed"],
    ["P3", "the transfer of call to other team is not possible, normal call works"],
    ["P3", "the pictures from clients not arrive in inbox, text arrive good"],
    ["P3", "the report of delivery not come anymore, the sms itself arrive"],
    ["P4", "one agent have problem with the headset, the others good"],
    ["P4", "sometimes the chat of one customer appear two times"],
    ["P4", "the search of contacts is little bit slow"],
    ["P4", "for me the inbox close itself sometimes, colleagues not have it"],
    ["P5", "is possible to change the language of portal?"],
    ["P5", "how we can change the waiting music?"],
    ["P5", "we want know how many sms we send in october"],
    ["P5", "please can you make new user for colleague Ahmed"],
  ] as const;

  it.each(NON_NATIVE)("reads a non-native writer's report at %s: '%s'", (expected, text) => {
    expect(level(text, "cm-connect-engage")).toBe(expected);
  });

  const NOW_AND_THEN = [
    "every now and then",
    "from time to time",
    "sporadically",
    "randomly",
    "intermittently",
    "on and off",
    "every so often",
    "now and again",
    "occasionally",
    "once in a while",
    "every few days",
    "a couple of times a week",
  ];

  it.each(NOW_AND_THEN)("reads a search that fails %s as now and then: a small incident", (words) => {
    const text = `the inbox search fails ${words}`;
    expect(read(text).intermittent?.value).toBe("intermittent");
    expect(ruledLevel(text, "cm-connect-engage")).toBe("P4");
  });

  const NOT_PRODUCTION = [
    "in our sandbox",
    "on staging",
    "in our dev account",
    "in UAT",
    "in the QA environment",
    "in our test flows",
    "in preprod",
    "in the pre-production integration",
    "in our trial account",
    "in the acceptance environment",
  ];

  it.each(NOT_PRODUCTION)(
    "reads every flow failing %s, however urgent, as Celigo's low: not production",
    (words) => {
      expect(ruledLevel(`URGENT: all flows are failing ${words}, nothing syncs`, "celigo")).toBe("low");
    },
  );

  const OFFICE_SCOPES: readonly (readonly [string, string])[] = [
    ["P2", "for the whole office"],
    ["P2", "in the entire building"],
    ["P2", "for all 25 of us"],
    ["P2", "at both offices"],
    ["P2", "for the entire firm"],
    ["P3", "for the accounts team"],
    ["P3", "for our two remote workers"],
    ["P4", "on my laptop"],
    ["P4", "on Sarah's PC"],
    ["P4", "on the reception PC"],
    ["P4", "on one workstation"],
  ];

  it.each(OFFICE_SCOPES)("reads the internet down (the helpdesk's %s) %s", (want, words) => {
    expect(ruledLevel(`the internet is down ${words}`, "managed-helpdesk")).toBe(want);
  });
});
