// How a message names what the client's customers write to it: what comes back to them when they write,
// the channel they write on, and what only looks like another product (the chat on the client's website
// beside a bot is the bot's; the messages a chat carries to agents are the chat's). Read by
// contract-terms.ts before it counts the products that fail, and by state-cues.ts.

import type { Cue } from "./cues.js";
import { needingWords } from "./needed-words.js";
import { BOT_NAMED } from "./product-mentions.js";
import type { ServiceState } from "./state-cues.js";

/**
 * The chat named by where customers meet it: "the chat on our website", "our website chat", "our chat on
 * the app": the live chat, not the app it runs on ("texts get nothing back and the chat on the app just
 * spins" are two products). Beside a bot named in the same report ("the chatbot is down and our website
 * chat shows nothing at all") it is where the bot answers, not the live chat agents work in.
 */
export const SITE_CHAT = needingWords(
  /\b(?:(?:web)?site|portal|help|support) chat\b|\bchat (?:window )?(?:on|in) (?:our|the) (?:(?:web)?site|app|portal)\b/gi,
);

/**
 * "the chat on our website is not working, messages are not arriving to agents": bare messages that do not
 * reach the agents are what the channel named beside them carries, not messaging failing as well.
 */
export const MESSAGES_TO_AGENTS = needingWords(
  /\bmessages?\b(?=(?:\s+[\w']+){0,3}?\s+(?:arriving|arrive|arrives|reaching|reach|reaches|getting through|coming through|landing|delivered)\s+(?:(?:to|at|with|in)\s+)?(?:the\s+|our\s+)?(?:agents?|team|inbox|queues?|us)\b)/gi,
);

/** Writing to the client, by whoever writes: "texts", "WhatsApps us", "emailing", "typing in the chat". */
const WRITES =
  "text|texts|texting|texted|message|messages|messaging|messaged|whatsapp|whatsapps|whatsapping|whatsapped|email|emails|emailing|emailed|e-mail|e-mails|e-mailing|write|writes|writing|wrote|reply|replies|replying|replied|chat|chats|chatting|typing|answer|answers|answering|answered";

/** Who writes to the client: its customers, by whatever name, or "they", "anyone who". */
const WRITERS =
  "who|whoever|that|they|customers?|clients?|people|anyone|anybody|everyone|everybody|patients?|members?|guests?|tenants?|residents?|users?|visitors?|buyers?|shoppers?|students?|parents?|staff|drivers?|passengers?|applicants?|subscribers?|recipients?|contacts?|travellers?|travelers?|cardholders?|donors?|voters?|learners?|employees?";

/** What comes back to someone who writes, when the channel fails them. */
const FAILS_THE_WRITER = [
  String.raw`(?:get|gets|getting|got|receive|receives|receiving|received|see|sees|seeing|saw)\s+(?:(?:back|in return)\s+)?(?:nothing|no\s+(?:reply|replies|answer|answers|response|responses)|(?:an?\s+|the\s+)?(?:automatic\s+|automated\s+|auto\s+)?["'“‘]?(?:error|undeliverable|delivery failed|message failed|sending failed|send failed|not delivered|failed|failure|bounce|bounce-back|bounceback|rejection|blank (?:window|screen|page|box)))`,
  String.raw`bounce[sd]?\s+(?:straight\s+|right\s+|immediately\s+)?back`,
  String.raw`(?:get|gets|getting|got|are|is|being)\s+(?:kicked|thrown|logged)\s+out`,
  String.raw`(?:spins?|spinning|waits?|waiting|sits?|sitting|hangs?|hanging|stuck|sees?)\s+(?:[^\s.,;!?]+\s+){0,6}?forever`,
].join("|");

/** Who writes, how, and the words up to what comes back, in one clause. */
const WRITTEN = String.raw`\b(?:${WRITERS})\s+(?:also\s+|still\s+|then\s+|try to\s+|tries to\s+|try and\s+)?(${WRITES})\b(?:\s+(?!(?:say|says|said|saying|tell|tells|told|telling|report|reports|reported|complain|complains|complained|that|because|but|and we|and i)\b)[\w'"“”‘’-]+,?){0,9}?\s+`;
/**
 * What becomes of a message, told by who writes it: "Anyone who texts our booking number gets nothing
 * back", "anything they email to support bounces straight back", "people typing in the help chat get kicked
 * out", "When customers text our reminders number they get an 'undeliverable' reply". A message and how it
 * fails, in one clause, is the channel failing; not the client writing to someone ("we emailed your
 * support and got nothing back"), nor what writers only tell of ("customers texting us say the app is
 * down"), nor what is sent out ("our newsletter emails get no replies").
 */
export const FAILED_WRITING = needingWords(new RegExp(`${WRITTEN}(?:${FAILS_THE_WRITER})`, "gi"));

/**
 * A message that fails its writer: the channel it was written on does not work. The client is shown what
 * came back ("get an 'undeliverable'"), the writing before it read but not quoted.
 */
export const WRITING_FAILED: readonly Cue<ServiceState>[] = [
  {
    value: "broken",
    pattern: needingWords(new RegExp(`(?<=${WRITTEN})(?:${FAILS_THE_WRITER})["'”’]?`, "i")),
  },
];

/**
 * The message with the channel named by the way its writers write: "when customers text our reminders
 * number they get an error" is texts failing; "customers who email us get a bounce" is the inbox's email.
 */
export function withWritingAsChannel(message: string): string {
  return message.replace(FAILED_WRITING, (failed: string, verb: string) => {
    // a bot written to is the bot's channel, whatever it runs on: "customers who WhatsApp the bot get nothing"
    if (BOT_NAMED.test(failed)) return failed;
    const lower = verb.toLowerCase();
    // "Patients replying to their reminder SMS get an error": the channel they write on, not what they answer;
    // "whoever writes to us, sms, whatsapp or email, gets an error back": written to the client, email is the
    // inbox's
    const texts =
      /^(?:text|texts|texting|texted)$/.test(lower) || /\b(?:sms|texts?|whatsapp)\b/i.test(failed);
    const emails = /^e-?mail/.test(lower) || /\be-?mails?\b/i.test(failed);
    return `${failed}${texts ? " texts" : ""}${emails ? " inbox" : ""}`;
  });
}
