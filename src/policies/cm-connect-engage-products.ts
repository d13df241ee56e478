import type { PolicyDocument } from "../domain/sla/policy-schema.js";

type ProductNames = NonNullable<NonNullable<PolicyDocument["classification"]>["products"]>;

/**
 * Connect & Engage's product categories (seed 002, section 2) and the words clients name them by. Its P1
 * is several of these failing, its P2 one of them: the classifier counts the products a report names as
 * failing by these words.
 */
export const CONNECT_ENGAGE_PRODUCTS: ProductNames = [
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
      // one text standing for all of them: "buyers waiting for their delivery slot get no text"
      "get no text",
      "gets no text",
      "got no text",
      "receive no text",
      "received no text",
      // what the client sends its customers by text: "our outbound text alerts have stopped too"
      "text alerts",
      "text reminders",
      "text notifications",
      // "Text channels are fine": SMS and WhatsApp beside Voice
      "text channels",
      "messaging channels",
      // "customers can't call us and can't text us": how they reach the client, failing
      "can't text us",
      "cannot text us",
      "can't WhatsApp us",
      "cannot WhatsApp us",
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
      // none of them: "not one call in the queues"
      "no call",
      "no customer call",
      "not one call",
      "not a single call",
      "SIP",
      "telephony",
      "trunk",
      "IVR",
      "by phone",
      "phone line",
      "phone lines",
      // "our call centre lines are dead"
      "call centre lines",
      "call center lines",
      // in a Dutch client's words: "de telefonie werkt niet", "telefoons werken wel"
      "telefonie",
      "telefoon",
      "telefoons",
      "telephone line",
      "telephone lines",
      "hotline",
      // "our inbound numbers give a busy tone": only a phone line answers with one
      "busy tone",
      "busy signal",
      "engaged tone",
      // a North American caller's word for the same: "customers calling the number get a fast busy"
      "fast busy",
      // "our customer service line is down"
      "service line",
      "support line",
      "sales line",
      "booking line",
      "helpline",
      // what only a phone line plays: "our customer service number says 'this number is not in use'"
      "number is not in use",
      "number not in use",
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
      // "phones ring out", "the number just rings out": ringing with no one able to answer
      "phones ring out",
      "rings out",
      "ringing out",
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
      // the client's own calls out: "our drivers can't call customers"
      "can't call customers",
      "cannot call customers",
      "can't call our customers",
      "cannot call our customers",
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
      // what only a call plays: "customers ring us and hear silence"
      "hear silence",
      "hears silence",
      "hearing silence",
      "dead air",
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
      // the email channel agents answer: "our members' emails to support bounce back"
      "emails to support",
      "emails to our support",
      "emails to customer service",
      "emails to our customer service",
      "support emails",
      "ticketing",
      "chats",
      // where chats wait for agents: "the chat queue is empty though customers are writing"
      "chat queue",
      "chat queues",
      "live chat",
      "web chat",
      "webchat",
      // the chat named by where customers meet it: "people who message us on the website chat", "the help chat"
      "website chat",
      "site chat",
      "portal chat",
      "help chat",
      "support chat",
      "chat on our website",
      "chat on our site",
      "chat on the website",
      "chat on our portal",
      "chat in the app",
      "chat on the app",
      "chat in our app",
      "chat on our app",
      "chat widget",
      // the chat built into the client's own app: "our app's in-app chat stopped working"
      "in-app chat",
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
      "not one chat",
      "not a single chat",
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
      // in a Dutch client's words: "campagnes en de chatbot liggen eruit"
      "campagnes",
      // "marketing campaign also stuck": one campaign standing for the product
      "marketing campaign",
      "marketing email",
      "marketing emails",
      "email marketing",
      "newsletter",
      "newsletters",
      // its automated campaigns and what it sends
      "journeys",
      // where the journeys are built: "nobody can save changes in the journey builder"
      "journey builder",
      "email sends",
      "mailings",
    ],
  },
  {
    name: "Conversational AI Cloud",
    aliases: ["Conversational AI", "chatbot", "bot", "virtual assistant", "virtual agent", "voicebot"],
  },
];
