// How a message names a product without saying it fails: where messages land, what a part shows, the
// channel something runs on, what another product carries, a verdict on the provider. Read by
// contract-terms.ts before it counts the products that fail.

import { needingWords } from "./needed-words.js";

/** Where messages land or show up: "nothing lands in the inbox", "chats don't show up in Service Cloud",
 * "nothing shows in the inbox". */
export const LANDS_IN = needingWords(
  /\b(?:land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|(?:come|comes|came|coming) (?:in|through)|show(?:s|ed)?(?: up)?|appear(?:s|ed)?|end(?:s|ed)? up)\b[^,;.]{0,20}?\b(?:in|into) (?:the |our )?[\w.-]+(?: [\w.-]+)?/gi,
);

/**
 * Emails that do not land where agents answer them: "emails have stopped landing in the agent inbox", "the
 * emails they send to customer service aren't landing in the inbox" are the inbox's own channel failing,
 * not another product's messages missing from it.
 */
export const EMAILS_LANDING = needingWords(
  /\be-?mails?\b[^,;.]{0,50}?\b(?:land|arriv|come|came|show|appear|end)\w*\b[^,;.]{0,20}?\b(?:in|into) /i,
);

/**
 * Emails sent from where agents answer them: "the renewal emails our agents send from the inbox bounce" is
 * the inbox's own channel failing, not only where they were sent from.
 */
export const EMAILS_SENT_FROM = needingWords(
  /\be-?mails?\b[^,;.]{0,40}?\b(?:sent|send|sends|sending)\b[^,;.]{0,12}? from /i,
);

/** Where calls or messages are made from: "no calls can be made from the agent desktop". */
export const MADE_FROM = needingWords(
  /\b(?:made|placed|dialled|dialed|sent|started|make|place|dial|send|start|call out)\b[^,;.]{0,12}? from (?:the |our |within the |inside the )?[\w.-]+(?: [\w.-]+)?/gi,
);

/** Where messages do not get to: "none of our WhatsApp messages have reached the inbox". */
export const REACHED_DESTINATION = needingWords(
  /\b(?:reach|reaches|reached|reaching|get to|got to|gets to) (?:the |our )?(?:inbox|queue|agent desktop)\b/gi,
);

/** Where nothing landed: "the inbox is empty", "the whole team staring at an empty inbox". */
export const EMPTY_DESTINATION = needingWords(
  /\b(?:the |our )?(?:inbox|queue)s? (?:is|are|stays|remains) (?:completely |totally |still )?empty\b|\b(?:an|the|our) (?:completely |totally )?empty (?:inbox|queue)s?\b/gi,
);

/**
 * What is answered, or not: "responding to all customer messages", "the bot replies to incoming chats".
 * Not the replies themselves, opening a clause or after whose they are: "replies to our WhatsApp messages
 * don't arrive" is WhatsApp failing.
 */
export const ANSWERED = needingWords(
  /(?<!(?:^|[.!?,;:]|\b(?:the|our|their|its|your|customer|customers|customers'|no|any|all|some|and))\s*)\b(?:respond\w*|repl(?:y|ies|ied|ying)|answer\w*) to (?:all |any |every )?(?:of )?(?:our |the |their )?(?:customer |customers' |incoming |inbound |new )?[\w.-]+(?: [\w.-]+)?/gi,
);

/**
 * The channel a campaign goes out on: "SMS campaigns", "WhatsApp campaigns", "no emails or SMS go out from
 * any journey" are the campaigns' product.
 */
export const CAMPAIGN_CHANNEL = needingWords(
  /\b(?:sms|whatsapp|rcs|email|e-mail|voice)(?= campaigns?\b)|\b(?:sms|whatsapp|rcs|emails?|e-mails?|messages?)(?=(?: (?:or|and) (?:sms|whatsapp|rcs|emails?|e-mails?|messages?))? (?:go(?:es)? out|are sent|get sent|leave) (?:from|in|by|through) (?:any|every|the|our|a|all)? ?(?:journeys?|campaigns?|mailings?)\b)/gi,
);

/**
 * Campaigns named bare where the messages they send are the report: "RCS + SMS sends both fail, all
 * campaigns stuck", "no SMS delivered for any of our campaigns or API messages". The campaigns are those
 * messages, not Marketing Cloud beside them; where email or marketing is named ("no SMS, no email
 * campaigns", "Marketing here: campaigns won't send"), they may be.
 */
export const BARE_CAMPAIGNS = needingWords(
  /(?<!\b(?:e-?mail|marketing|newsletter|sms|rcs|whatsapp|voice|mms)\s)\bcampaigns?\b/gi,
);
/** Words of a messaging channel, and of what only email marketing is. */
export const MESSAGING_NAMED = needingWords(/\b(?:sms|rcs|whatsapp|mms|text messages?|texts)\b/i);
export const EMAIL_MARKETING_NAMED = needingWords(
  /\b(?:e-?mails?|e-?mailings?|mailings?|marketing|newsletters?|journeys?|marketing cloud)\b/i,
);

/**
 * Messages as what something shows, sends, answers or owns: "shows no new messages", "the bot's messages".
 * Not what the client cannot send: "we can't send messages or take calls" is messaging failing.
 */
export const CARRIED_MESSAGES = needingWords(
  /(?<!\b(?:we|i|agents|our agents|they) (?:can'?t|cannot|can not|are unable to|are not able to) (?:send|receive|get) (?:any )?)(?<=\b(?:show|shows|showing|shown|load|loads|loading|loaded|send|sends|sending|sent|answer|answers|answering|get|gets|getting|receive|receives|receiving|display|displays|see|sees|open|opens|read|reads|deliver|delivers|to|from|'s) (?:(?:the|our|any|new|all|no|incoming|outgoing|inbound|outbound|customer|customers'|their|its|chats or|chats and|earlier|previous|old|older|past|travellers'|callers'|guests'|patients'|clients') ){0,3})messages?\b/gi,
);

/**
 * The channel a bot answers on: "our WhatsApp bot", "the voice bot", "the chatbot on our website or
 * WhatsApp" are the bot's product.
 */
export const BOT_CHANNEL = needingWords(
  /\b(?:sms|whatsapp|rcs|voice|messenger|web ?chat)(?= ?(?:chat)?bot(?:'?s)?\b)|(?<=\b(?:chat)?bot\b[^,.;]{0,30}\b(?:in|on|via|through) (?:(?:our|the) )?(?:[\w-]+ (?:or|and|&) (?:(?:our|the) )?)?)(?:sms|whatsapp|rcs|messenger|web ?chat)\b/gi,
);
/** A bot named anywhere in the message, by any name: "the chatbot", "our virtual assistant". */
export const BOT_NAMED = needingWords(/\b(?:(?:chat ?)?bot|virtual (?:assistant|agent))\b/i);
/**
 * Where replies go, read as a named bot's channel even in a sentence of its own: "bot dead. no replies on
 * site or whatsapp".
 */
export const REPLIES_ON_CHANNEL = needingWords(
  /\b(?:repl(?:y|ies)|answers?|responses?) (?:in|on|via|through|over) (?:the |our )?(?:[\w-]+ (?:or|and|&|\+) )?(?:sms|whatsapp|rcs|messenger|web ?chat)\b/gi,
);

/**
 * "the account shows 'disconnected' in the portal", "the number went from connected to 'disconnected' in
 * the portal": where the client saw it, not a part that fails.
 */
export const SHOWN_IN_IT = needingWords(
  /\b(?:shows?|shown|showing|says?|saying|displays?|displayed|listed|marked|status|went from|changed (?:from|to)|turned|switched (?:from|to))\b[^,.;]{0,40}\b(?:in|on) (?:the|our|your) [\w.-]+/gi,
);
/**
 * A part that shows what is wrong: "the portal shows all numbers as 'inactive'", "the portal says", "the
 * portal's SMS page shows an error".
 */
export const SHOWS_IT = needingWords(
  /\b(?:the |our |your )?[\w.-]+(?:'s(?: [\w.-]+)? (?:page|screen|view|tab|dashboard|section|overview))? (?:shows|says|lists|displays|reports|marks)\b/gi,
);

/** A channel's chats are its messages, not the live chat: "WhatsApp chats don't come in for anyone". */
export const CHANNEL_CHATS = needingWords(
  /\b(sms|whatsapp|rcs|messenger|instagram|facebook|telegram|viber) chats?\b/gi,
);

/**
 * "our WhatsApp inbox receives nothing", "the WhatsApp business inbox is down": where that channel's
 * messages land, the channel itself.
 */
export const CHANNEL_INBOX = needingWords(
  /\b(sms|whatsapp|rcs|messenger|instagram|facebook|telegram|viber)(?: business)? inbox\b/gi,
);

/**
 * "no agent sees any new chats or WhatsApp messages in the inbox": the messages the inbox shows, whichever
 * channel they came on; the inbox is what fails.
 */
export const CHANNEL_MESSAGES_IN_INBOX = needingWords(
  /\b(?:sms|whatsapp|rcs|messenger|instagram|facebook|telegram|viber) (messages?|chats?)(?= in (?:the |our |their )?inbox\b)/gi,
);

/** Where the client read it, not a part that fails: "banned by Meta according to your portal". */
export const ACCORDING_TO = needingWords(/\baccording to (?:the |your |our )?[\w.-]+/gi);

/**
 * The work agents do in their desktop: handling the queues, serving customers on a channel, taking calls
 * or chats ("take calls or answer WhatsApp": one list of it, each channel named in it).
 */
const WORK_NAMED = String.raw`(?:(?:work|work on|handle|answer|clear|process)(?: the| our| any)? (?:(?:whatsapp|sms|e-?mail|chat|webchat|phone|voice)(?:(?:,| or| and| nor) (?:whatsapp|sms|e-?mail|chat|webchat|phone|voice))* )?queues?\b|(?:help|serve|assist)(?: any| our| the)? (?:customers?|callers?|visitors?|clients?) (?:by|via|on|through|over) (?:chats?|whatsapp|sms|e-?mails?|phones?)(?:(?:,| or| and| nor) (?:chats?|whatsapp|sms|e-?mails?|phones?))*\b|(?:handle|handling|take|taking|answer|answering|pick up|picking up|work on|working on|respond to|responding to|deal with)(?: any| the| new| incoming| our)? (?:chats?|calls?|emails?|conversations?|tickets?|whatsapps?|whatsapp messages|messages)(?:(?:,| or| and| nor) (?:(?:handle|take|answer|reply to|respond to|pick up|work on|deal with) )?(?:any |the |new )?(?:chats?|calls?|emails?|conversations?|tickets?|whatsapps?|whatsapp messages|messages))*\b)|\b(?:agents?|colleagues|we) (?:are |is )?(?:taking over|take over)(?: as many| the| some| all| our)? (?:chats?|calls?|conversations?|messages?)\b`;

/**
 * What agents do in their desktop, named as the work nobody can do: "nobody can handle chats or calls"
 * beside "the Service Cloud agent desktop is stuck" is that product out, not Voice; so is "no one can work
 * the WhatsApp and email queues" beside an inbox nobody can log in to. Not where "and" joins it to another
 * failure: "none of our agents can take calls and the Service Cloud inbox is empty" names two.
 */
export const AGENTS_WORK = needingWords(
  new RegExp(
    String.raw`(?<=(?<!\band )\b(?:nobody|no one|no-one|noone|no agent|none of (?:us|them|the agents|our agents)) (?:can|could|is able to) )(?:` +
      WORK_NAMED +
      String.raw`)(?! and (?:the|our)\b)`,
    "gi",
  ),
);

/** A second failure said as the work nobody can do: "Voice is down and we can't answer chats either". */
export const ALSO_FAILING = needingWords(/\b(?:either|too|as well|also)\b/i);

/**
 * The same work, said by who cannot do it: "We can't answer calls or chats" after "the agent desktop won't
 * load"; or of what goes undone: "No calls or chats can be answered". Read only as a clause of its own:
 * "agents can't take calls and the inbox won't load" names two failures side by side.
 */
export const WORK_WE_CANNOT_DO = needingWords(
  new RegExp(
    String.raw`(?<=\b(?:we|they|agents|dispatchers|operators|our (?:\d+ )?(?:agents|dispatchers|operators|team|staff|colleagues)) (?:can'?t|cannot|can not|couldn'?t|are unable to|aren'?t able to)(?: see or| see and)? )` +
      WORK_NAMED +
      String.raw`|\bno (?:calls?|chats?|e-?mails?|conversations?|tickets?|whatsapps?|messages)(?:(?:,| or| and| nor) (?:calls?|chats?|e-?mails?|conversations?|tickets?|whatsapps?|messages))* (?:can|could) be (?:answered|taken|handled|picked up|worked on|responded to)\b`,
    "gi",
  ),
);

/** What is managed somewhere else, not what fails: "we can't manage our SMS" (in the portal). */
export const MANAGED = needingWords(
  /\b(manage|configure|administer|set up) (the |our |my )?[\w.-]+( [\w.-]+)?/gi,
);

/**
 * A channel named as where something runs or lands: "on WhatsApp", "via SMS", "by phone", "in the inbox",
 * "our chats don't reach the inbox" (but "we can't reach the portal", "the agents cannot log into the inbox":
 * the portal and the inbox fail; "'Service Unavailable' on the WhatsApp API": that API fails; "the one-time
 * codes by SMS don't arrive": what the channel carries fails with it).
 */
export const RUNS_ON = needingWords(
  /\b(?:(?:on(?! (?:the |our )?[\w.-]+ (?:api|apis|endpoint)\b)|(?<!\b(?:codes?|otps?|pins?|reminders?|alerts?|notifications?|updates?|confirmations?|receipts?|letters?|send|sends|sent) )(?:via|over|by)|through) (?:the |our )?|in (?:the|our) |in (?=whatsapp|sms|rcs|messenger|instagram|telegram|viber|apple messages)|(?<!(?:can'?t|cannot|can not|unable to|couldn'?t|not able to) )(?<!\b(?:log|logs|logged|logging|sign|signs|signed|signing|login|get|gets|got|getting) )(?:reach|into) (?:the|our) |(?:sent|send|sending) from (?:the |our )?)[\w.-]+(?: [\w.-]+)?/gi,
);

/**
 * "all channels are down", "any of your services", "nothing of yours works", "the platform", "nobody can
 * log in to anything": every product, not "on all our channels".
 */
export const EVERY_PRODUCT = needingWords(
  /(?<!\b(on|in|across|via|through|over|for) )\b(all|every|each|any) (of )?(our |the |your )?(?!(customer|client) service)(\w+ )?(channel|product|service|endpoint)s?\b(?! (numbers?|lines?|desks?|teams?|levels?|agreements?|hours|providers?)\b)|\bnothing (of yours|from you|of what we use)\b|\b(log|logs|logged|logging|sign|signs|signed|signing) ?in (to|into|on) anything\b|\b(get|gets|got|getting) into anything\b|\baccess anything\b/i,
);
/** "Nobody can reach us in any way": customers reach the client by none of its channels. */
export const REACHED_BY_NO_WAY = needingWords(
  /\b(can'?t|cannot|can not|unable to|not able to|(nobody|no one|noone|none of [a-z]+) can)\b[^,;.]{0,20}\b(reach|contact|get hold of|get through to) (us|them|our (team|company|business|office|contact cent(re|er)))\b[^,;.]{0,20}\b(in|by|through|via) any (way|means|route)\b/i,
);

/** What the client calls the provider when it vents: "useless", "a disaster", "a joke". */
export const VERDICT_WORDS =
  "useless|a disaster|a joke|garbage|rubbish|terrible|awful|a nightmare|unreliable|the worst";
/**
 * A verdict on the provider, not a report: "your platform is useless today", "your platform fails us
 * again" (what fails follows).
 */
export const VERDICT = needingWords(
  new RegExp(
    `\\b(is|are)( (so|just|completely|totally))? (${VERDICT_WORDS})\\b|\\b(fails|failed|lets|let) (us|me)\\b`,
  ),
);

/**
 * A part the client runs for its own customers: "our customer portal"; not "your customer portal" (the
 * provider's, where its customers log in).
 */
export const CLIENTS_OWN = needingWords(
  /\b(our|my) (own )?(\w+ )?(customer|client|patient|member|partner|supplier|dealer|self-service|webshop|web shop)s?$/,
);

/** The provider's own support: "your support line keeps us on hold" is no product of ours failing. */
export const PROVIDERS_SUPPORT = needingWords(
  /\byour (own )?(support|service|help|customer service|customer support) ?(line|desk|hotline|team|number|phone|chat)s?\b/gi,
);

/**
 * "it's the only way customers reach us via WhatsApp", "Manila handles 90% of our calls", "we run a
 * claims line on WhatsApp" (a clause of its own), "the phone line is overloaded" (taking what the
 * failing one does not), "so every WhatsApp conversation is piling up unanswered" (what agents who
 * cannot work leave waiting, as "chat and WhatsApp queues piling up" does), "almost nobody calls us" and
 * "we don't use voice" (how little another is used), "all our web chat goes through the bot first" (the
 * route to the failing one): what a product or a site is to the client, said to weigh the failure, not a
 * product failing.
 */
export const WHAT_IT_IS_TO_US = needingWords(
  /\b(is|are) (now )?(overloaded|swamped|flooded|exploding|overflowing|ringing off the hook)\b|\bunanswered\b|\bqueues? (are |is )?(now )?(piling|stacking|backing|building) up\b|\b(almost|hardly|barely|practically) (nobody|no one|anyone|ever) (calls?|uses?|writes?|texts?|e-?mails?|phones?)\b|\b(we|i) (don'?t|do not|never|no longer) use\b|\b(we|i)('re| are|'m| am) not using\b|\bwaiting for (an? )?(agent|answer|reply|response)s?\b|^\s*we (run|use|operate|have) (an?|our) ([\w-]+ ){0,3}(line|service|desk|hotline|channel|number)s? (on|via|over|through) ([\w-]+ ?){1,3}\s*$|\b(the|our) (only|main|primary) (way|channel|route)\b|\b(are|is|make up|account for) (about |around |roughly |some )?\d+ ?(%|percent) of\b|\b(handles?|carr(y|ies)|takes?) (\d+ ?%|most|the bulk|almost all) of (our|the)\b|\b(goes|go|runs?|comes? in|is routed|are routed) (first )?(through|via) (the |our )?(bot|chatbot|ivr|virtual agent|assistant)( first)?\s*$/,
);

/**
 * The way around it, not a product failing: "we call customers by phone instead", "so we read the codes
 * out by phone". The channel it names is the one that still works. Not an error's wording: "SIP: 480
 * Temporarily Unavailable"; nor another way that fails too: "when they phone instead they're cut off".
 */
export const WAY_AROUND_CLAUSE = needingWords(
  /\b(?:instead(?!\s+(?:[\w']+\s+){0,2}(?:cut off|dropped|disconnected|fails?|failed|errors?|bounces?|bounced|rejected|blocked|dead|can't|cannot|don't|doesn't|won't|isn't|aren't|never|nothing)\b)|for now|for the time being|meanwhile|in the meantime|as a work-?around|temporarily(?! (?:unavailable|down|offline|unreachable|out of service)))\b|^\s*(?:so |and )?(?:we|they|our agents|agents|the team)(?: now| currently| temporarily)? (?:call|phone|ring|read|send|text|email|e-mail|switch(?:ed)? to|fall back|fell back)\b/i,
);

/**
 * "messaging works (for us)", "texts and chats are coming in", "SMS and WhatsApp campaigns went out": a
 * clause that ends saying it works or arrives, not "nothing works", "neither ... nor ... work", "no chats
 * are coming in".
 */
export const WORKS_AT_END = needingWords(
  /^(?!.*\b(nothing|neither|nor|not|never|nobody|none|no)\b)(?!.*n't\b).*\b(works?(?: (?:for us|for me|fine|normally|as usual))?|(?:is|are) (?:still )?coming (?:in|through)|(?:went|go|goes|are going|is going|still go|still goes) (?:out|through)|(?:were|was|are|is|got|get) (?:still )?(?:sent|delivered)(?: fine| normally| as usual)?)\s*$/,
);

/**
 * A clause that says something works: "SMS is fine", "Voice, SMS and chat are all working", "no issues
 * with SMS", "SMS operates normally", "agents are answering chats and calls normally", "chat and email
 * are going normal", "we see the messages in the API logs" (they arrive), "Outbound calls work, and so
 * does SMS", "agents are online in the inbox", "agents only see phone calls", "our agents can only do
 * chats and emails now" (those come through), "our voice and WhatsApp checks are green" (a monitor's word
 * for up), and in a Dutch client's words "werkt wel",
 * "werken gewoon door" (not "werkt niet"); not "nothing is working" (written without commas, the
 * products after it are in the same clause), nor "none of our phone lines or WhatsApp numbers are
 * working", "neither our phones nor our WhatsApp are working"; "neither voice nor chat is affected" is.
 */
export const WORKING_CLAUSE = needingWords(
  /(?<!\b(nothing|none|nobody|neither|none of (it|them|these|those))( really| actually)? )(?<!\b(none|not one|neither|not a single one) of (our|the|your|these|those|my) [^,;.!?]{1,60})(?<!\bnor [^,;.!?]{1,60})\b(is|are|works?|looks?|seems?)( all| both)? (fine|ok|okay|good|working|normal)\b|\bsucceed(s|ing)?\b|\b(ok|okay)( (tho|though|btw|too|as well|so far|for now))?[\s.!]*$|\b(is|are) (still )?(running|up)(?! (late|slow|behind|out|into)\b)|\b(is|are) (still )?(available|online|live|there)\s*$|\b(is|are|stays?|stay|show) (all )?(still )?green\b|\bfine\b|\b(unaffected|unimpacted)\b|(\bnot|n't) (affected|impacted)\b|\bneither\b[^,;.!?]{1,60}\bnor\b[^,;.!?]{1,60}\b(is|are|was|were|been) (affected|impacted|hit)\b|\bno (issues?|problems?|(real |actual )?(impact|effect)) (with|on|for)\b|\bstill (works?|working|runs?|running|comes?|coming|arrives?|arriving|go|goes|going|gets?|operat\w*|rings?|ringing|answers?|answering|responds?|responding|replies|replying|reach(es|ing)?)\b|\b(works?|worked|working|arrives?|arrived|arriving|comes? in|came in|goes out|went out|gone out|runs?|ran|running|operates?|operating|gets? through|got through|go through|went through|behaves?) (as usual|normally|as normal|as expected|fine)\b|\b(answer(s|ing|ed)?|handl(e|es|ed|ing)|tak(e|es|ing)|took|sending|receiv(e|es|ed|ing)|replying|respond(s|ing)?)\b( [\w&'-]+){0,4} (as usual|normally|as normal)\b|\b(goes|going) (normal|normally|smoothly|as usual)\b|\b(we|i) (can )?see (the |all |our )?(messages|chats|calls|them) (come in |arrive |arriving )?in (the |our )?(api |webhook |server )?logs?\b|\bso (does|do|did|is|are) (the |our )?[\w-]+\s*$|\b(agents?|staff|colleagues|we|they) (are|is) (all )?(still )?(online|logged in) (in|on)\b|\b(agents?|we|they)( can)? only (see|get|receive|take|answer|handle|do|use) (the |our )?[\w-]+( [\w-]+| and [\w-]+)?( now| for now)?\s*$|\bwerk(t|en)\b(?!.*\b(niet|geen)\b)/,
);

/** Where the messages of every channel land for agents to answer: the inbox fails, not each channel. */
export const INBOX_NAMED = needingWords(/\b(?:inbox|agent (?:desktop|workspace))\b/);
const CHANNEL =
  "(?:sms|whatsapp|rcs|messenger|instagram|facebook|telegram|viber|e-?mails?|(?:web ?|live )?chats?)";
/**
 * The channels listed as what an inbox no longer shows: "a blank agent inbox … WhatsApp, email, chat,
 * none of it shows up", "the inbox is empty … no chats, emails or WhatsApps come in" (listed: "no
 * chats show up in the inbox" is the inbox failing). Each is the inbox's messages, not a product down of
 * its own.
 */
export const CHANNELS_NOT_SHOWING = needingWords(
  new RegExp(
    String.raw`\b${CHANNEL}(?:\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*${CHANNEL})*[\s,:;—–-]*(?=(?:none|nothing|not one|neither) of (?:it|them|these|those|that|the \w+)\b)|\bno ${CHANNEL}s?(?:\s*(?:,|/|\band\b|\bor\b|\bnor\b)\s*${CHANNEL}s?)+(?= (?:(?:are|is|have|has) )?(?:(?:come|comes|coming|came) (?:in|through)|arriv\w*|land\w*|show(?:s|ing)? up|(?:get|gets|getting) through)\b)`,
    "gi",
  ),
);

/** A failure told of an earlier day, in the past tense: "yesterday voice was down for an hour". */
export const EARLIER_DAY = needingWords(
  /\b(?:yesterday|last (?:night|week|month)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*\b(?:was|were|had)\b|\b(?:was|were|had been) (?:\w+ ){0,3}(?:yesterday|last (?:night|week|month))\b/,
);
export const TODAY = needingWords(/\b(?:today|now|this morning|since this morning)\b/);
