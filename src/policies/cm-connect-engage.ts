import type { PolicyDocument } from "../domain/sla/policy-schema.js";

/**
 * CM.com Connect & Engage Service Level Agreement, July 2024 (seed 002).
 *
 * Interpretations:
 * - Business Hours: Monday to Friday 08:30-17:00 Central European (Summer) Time, i.e. Europe/Amsterdam,
 *   "excluding general Dutch holidays": the public holidays date-holidays lists for NL (New Year, Easter
 *   Sunday and Monday, King's Day, Ascension, Whit Sunday and Monday, Christmas and Boxing Day).
 * - "Business day means eight consecutive Business Hours": a "d" is 8 open hours.
 * - Response times (section 5): High (business critical) 1 hour, Normal 8 hours, both in Business Hours.
 *   High covers P1 and P2 (the incident levels that escalate immediately), Normal covers P3-P5.
 * - Incident updates (section 6): P1 every 15 minutes and P2 every 30 minutes around the clock (the
 *   network operations centre is staffed 24/7/365), P3 every 120 minutes of Business Hours, none for P4/P5.
 * - Escalation: P1 and P2 immediately, P3 at Business Hours, P4 and P5 "planned" (no escalation).
 * - Availability is measured per quarter per product category; maintenance, third-party incidents,
 *   client-created issues, force majeure and Beta releases are excluded. The seed names no credit.
 * - Maintenance (section 7): at least two weeks' notice (336 hours), 24 hours for emergency maintenance;
 *   higher-risk work outside Business Hours is a reasonable effort, so a window inside them is a warning.
 */
export const cmConnectEngage: PolicyDocument = {
  id: "cm-connect-engage",
  name: "CM.com Connect & Engage",
  source: "seed 002: Connect & Engage Service Level Agreement, July 2024",
  calendars: {
    business: {
      zone: "Europe/Amsterdam",
      hours: ["mon-fri 08:30-17:00"],
      hoursPerDay: 8,
      holidays: { country: "NL", types: ["public"] },
    },
    always: { zone: "Europe/Amsterdam", hours: "24x7", hoursPerDay: 24 },
  },
  priorities: [
    {
      id: "P1",
      name: "Critical",
      description: "Multiple products where the majority of the users are not able to use the product",
    },
    {
      id: "P2",
      name: "Major",
      description: "Majority of the users of a product are not able to use that product",
    },
    {
      id: "P3",
      name: "Significant",
      description: "Breaking issue within a product, but majority of the users are able to continue using it",
    },
    {
      id: "P4",
      name: "Limited",
      description: "A small incident that impacts use of the product but doesn't bring it to a halt.",
    },
    { id: "P5", name: "Minor", description: "A minor bug or issue that does not impact the product." },
  ],
  targets: [
    {
      metric: "first_response",
      priorities: ["P1", "P2"],
      amount: "1h",
      calendar: "business",
      note: "High: business critical",
    },
    {
      metric: "first_response",
      priorities: ["P3", "P4", "P5"],
      amount: "8h",
      calendar: "business",
      note: "Normal: general inquiry",
    },
    { metric: "update", priorities: ["P1"], amount: "15m", calendar: "always" },
    { metric: "update", priorities: ["P2"], amount: "30m", calendar: "always" },
    { metric: "update", priorities: ["P3"], amount: "120m", calendar: "business" },
  ],
  classification: {
    // P1 is "multiple products", P2 "a product": an outage report naming two product categories is P1.
    severityLevels: {
      widespread_outage: "P1",
      outage: "P2",
      major_impact: "P3",
      minor_impact: "P4",
      trivial: "P5",
      planned: "P5",
    },
    // P3 is "a breaking issue within a product" that most users can work with: wrong results for everyone.
    wrongForEveryone: "major_impact",
    // P4 is "a small incident that impacts use of the product", P5 "does not impact the product": an
    // annoyance gets in the way of the work ("the inbox keeps forgetting my column settings").
    annoyance: "minor_impact",
    // P2 is "majority of the users are not able to use that product": so slow that nobody can work is that.
    unusablySlow: "outage",
    products: [
      {
        name: "Business Messaging",
        // "texts and voice both unavailable" ("WA" would also name "was": a plural is read with its alias)
        aliases: [
          "SMS",
          "MMS",
          "WhatsApp",
          "RCS",
          "messaging",
          "messages",
          "texts",
          "text messages",
          // "Text channels are fine": SMS and WhatsApp beside Voice
          "text channels",
          // "customers can't call us and can't text us": how they reach the client, failing
          "can't text us",
          "cannot text us",
          "can't WhatsApp us",
          "cannot WhatsApp us",
          "messaging channels",
        ],
      },
      {
        name: "Voice",
        aliases: [
          "voice",
          "calls",
          // one call standing for all of them: "no inbound call reaches an agent"
          "inbound call",
          "incoming call",
          "outbound call",
          "outgoing call",
          "SIP",
          "telephony",
          "trunk",
          "IVR",
          "by phone",
          "phone line",
          "phone lines",
          "telephone line",
          "telephone lines",
          "hotline",
          // "our inbound numbers give a busy tone": only a phone line answers with one
          "busy tone",
          "busy signal",
          "engaged tone",
          // "our customer service line is down"
          "service line",
          "support line",
          "sales line",
          "softphone",
          // the outbound campaign dialler places the calls
          "dialler",
          "dialer",
          "no phone",
          // "the phones are dead": a contact centre's phones are its telephony, not one handset; not "the
          // messages never reach the phones" (its customers' phones)
          "our phones",
          "phones are down",
          "phones are dead",
          "phones dead",
          "phones gone",
          "phones down",
          "phones are ok",
          "phones are fine",
          "phones work",
          "phones are working",
          "phones ok",
          "phones went dead",
          // "SMS down, WhatsApp down, and now the phones too"
          "the phones too",
          "phones are silent",
          "phones went silent",
          "phones stopped ringing",
          // "phones ring out": ringing with no one able to answer
          "phones ring out",
          "phones just ring",
          "phones aren't ringing",
          "phones are not ringing",
          // "residents can't call us": the client's lines, not one person's phone ("please call us back")
          "can't call us",
          "cannot call us",
          "can not call us",
          "couldn't call us",
          "can't ring us",
          "can't phone us",
          // "the phones not ring", "agents phones never ring"
          "phones don't ring",
          "phones dont ring",
          "phones do not ring",
          "phones not ring",
          "phones never ring",
          "phones won't ring",
          // "the phone doesn't work, the WhatsApp doesn't work": the line, not one handset ("my phone")
          "the phone doesn't work",
          "the phone does not work",
          "the phone isn't working",
          "the phone is not working",
          "the phone is dead",
          "phones don't work",
          "phones dont work",
          "phones do not work",
          "phones not working",
          "phones aren't working",
          "phones are not working",
          // "phone and chat both dead": the phone beside another channel is the channel, not a handset
          "phone and",
          "phones and",
          "and phone",
          "and the phone",
          "the phone and",
          "the phones and",
          // to telephone: "we can neither telephone nor write WhatsApp"
          "neither telephone",
          "cannot telephone",
          "can't telephone",
          "not telephone",
          "the telephone",
          // the client's own lines: "our emergency line", "our phone numbers stopped working" (not the
          // numbers its SMS go to), "the calling not work"
          "emergency line",
          "helpline",
          "help line",
          "our phone numbers",
          "the calling",
          // the people on the line: "callers hear silence", "we can't hear callers"
          "callers",
          // the lines the client's customers call: "our patient line doesn't ring through to the agents"
          "patient line",
          "booking line",
          "customer line",
          "info line",
          "information line",
          "ring through",
        ],
      },
      {
        name: "Service Cloud",
        aliases: [
          "Service Cloud",
          "inbox",
          "ticketing",
          "chats",
          // where chats wait for agents: "the chat queue is empty though customers are writing"
          "chat queue",
          "chat queues",
          "live chat",
          "web chat",
          "webchat",
          "chat widget",
          "agent desktop",
          // "our agents can't log into the desktop": the agents' desktop, not a computer's
          "the desktop",
          "agent workspace",
          // what clients who are not technical call it: "the chat program is down"
          "chat program",
          "chat tool",
          "chat software",
          "chat system",
          // "phone and chat", "chat and WhatsApp": the chat beside another channel is the live chat, not one
          // conversation
          "chat and",
          "and chat",
          "the chat and",
          "and the chat",
          // "we have no phones and no chat"
          "no chat",
          "chat is working",
          "chat works",
          "chat is fine",
          "chat is ok",
          "chat still works",
        ],
      },
      {
        name: "Marketing Cloud",
        // the emails it sends for the client: "our marketing emails fail for every customer"
        aliases: [
          "Marketing Cloud",
          "campaigns",
          // "marketing campaign also stuck": one campaign standing for the product
          "marketing campaign",
          "marketing email",
          "marketing emails",
          "email marketing",
          "newsletter",
          "newsletters",
          // its automated campaigns and what it sends
          "journeys",
          "email sends",
          "mailings",
        ],
      },
      {
        name: "Conversational AI Cloud",
        aliases: ["Conversational AI", "chatbot", "bot", "virtual assistant", "virtual agent", "voicebot"],
      },
    ],
    // The portal is where every product is managed: down beside a product, more than one product is out.
    sharedParts: ["portal"],
  },
  escalation: [
    { priorities: ["P1", "P2"], timing: "immediately" },
    { priorities: ["P3"], timing: "next_business_hours", calendar: "business" },
    { priorities: ["P4", "P5"], timing: "none" },
  ],
  availability: {
    period: "quarter",
    targets: [
      { component: "Business Messaging", percent: 99.99 },
      { component: "Voice", percent: 99.99 },
      { component: "Service Cloud", percent: 99.9 },
      { component: "Marketing Cloud", percent: 99.9 },
      { component: "Conversational AI Cloud", percent: 99.9 },
    ],
    excludedTime: "removed",
    note: "(minutes in quarter - excluded - unavailable) / (minutes in quarter - excluded)",
  },
  maintenance: {
    noticeHours: 14 * 24,
    emergencyNoticeHours: 24,
    outsideHours: { calendar: "business", binding: "preferred" },
    note: "two weeks' notice (24 hours for emergency maintenance); higher-risk work outside Business Hours",
  },
};
