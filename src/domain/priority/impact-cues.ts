import { type Cue, cue } from "./cues.js";

/** How much of the product a failure covers: all of it, a module, a feature. */
export type Unit = "system" | "module" | "feature";

/**
 * How much it matters to the business: a critical process, one the client calls not critical, or an
 * issue the client calls minor ("not a big deal", "small thing").
 */
export type Criticality = "critical" | "not critical" | "minor";

/** "not a problem, just noticed": a remark, not a complaint. */
const REMARK_WORDS = [
  "not (really )?a (problem|issue|big deal)",
  // "not a problem, just noticed", not "we just noticed the warning emails" (when they saw it)
  "just (notice|noticed|noticing)(?= \\||$)",
  "just (saying|fyi|so you know)",
  // "didn't click anything, just flagging it"
  "just (flag|flagging|letting you know)(?! … (urgent|asap|now))",
  // "small detail: the widget says '1 agents'"
  "(small|tiny|little) (thing|detail|point|nitpick)",
];

/** The client passing a remark, not reporting a fault: a minor matter, and nothing to rate when nothing fails. */
export const REMARK: readonly Cue<"remark">[] = [cue("remark", ...REMARK_WORDS)];

/** Work that has stopped, not merely work that matters: "nobody can work", "the office is at a standstill". */
const WORK_STOPPED_WORDS = [
  "(nobody|no one|noone|we) (~can|can not|be unable to) (~really |~actually |~properly |~even )?~work",
  // "impossible to work"
  "(impossible|not possible|no way) to work",
  "(impossible|not possible) to do (any|our) work",
  // "we're turning patients away"
  "turn (\\w+ )?(patient|customer|client|guest|visitor)s? away",
  // "30 people sitting idle"
  "(sit|sitting|stand|standing) (around |there )?idle",
  // "production ground to a halt"
  "(at a standstill|(grind|ground|come|came) to a (complete |full )?(halt|standstill)|stand still|standing still)",
];

export const WORK_STOPPED: readonly Cue<"stopped">[] = [cue("stopped", ...WORK_STOPPED_WORDS)];

/**
 * Credentials given away: "I clicked a link in a weird email and typed my password". A security incident
 * (business-critical) and a failure both; read forward within the sentence, so it costs one pass.
 */
export const CREDENTIALS_GIVEN =
  "(link|email|mail|popup|pop-up|caller|phishing|scam|suspicious|weird|fake)\\b[^|]*\\b(type|enter|give|put) (in )?(my|our|his|her|their) (password|credential|login|bank detail|pin)";

export const CRITICALITY: readonly Cue<Criticality>[] = [
  cue(
    "minor",
    "~(huge|big|major) ~(problem|deal|issue)",
    // "we can live with it for a day" says how long it may wait, not that the process does not matter
    "can live with(?! (it|this|that) for)",
    ...REMARK_WORDS,
    "!minor (issue|bug|thing|problem)",
  ),
  cue(
    "not critical",
    "~critical",
    "~important",
    "non ?-?critical",
    "secondary (process|flow)",
    "can wait",
    "nothing ~depend",
    "low priority",
  ),
  cue(
    "critical",
    "!critical",
    "month end",
    "close be today",
    "payroll",
    "salary",
    // "salaries need to be paid today"
    "(be pay|pay|paid) today",
    // money going out today: "she needs to pay suppliers today", "I can't approve today's payments"
    "(need|have) to (pay|approve|process|submit|send out|run) (\\w+ ){0,3}today",
    "today ~?'s (payment|payroll|payment run|pay run|banking|wire|transfer)s?",
    "chargebacks?",
    "we ship",
    "can not ~ship",
    "ship (our )?order",
    "shipping (have |be )?(stop|halt|block)",
    "revenue",
    "billing run",
    "black friday",
    "~reach ~any ~customer",
    "board meeting",
    "board (pack|paper|presentation|report)s?",
    // "she's with a client in an hour"
    "(with|meet|meeting|see|visit|visiting) (a |the |our )?(client|customer)s? in (an|one|two|half an|\\d+) (hour|minute|min)",
    // "the investor call is in 30 minutes"
    "investor (call|meeting|presentation|pitch)",
    "verification code",
    "(whole|entire) \\w+ team (be )?(sit )?idle",
    "sit idle",
    "(agent|staff|people|team|employee|user|worker)s? (be |sit |stand )?idle",
    "losing money",
    "lose money",
    "deadline (be )?today",
    // "the VAT return is due today"
    "(be )?due (today|tonight|this (morning|afternoon)|in (an|one|two|\\d) hour)",
    // a security incident, even on one machine: "got a virus warning and files are getting renamed"
    "virus (warning|alert|infection|detect)",
    CREDENTIALS_GIVEN,
    "(be |get )?infect",
    "ransomware",
    "malware",
    "(be|get|been) hack",
    "(be|get|been) compromise",
    // a device out of the firm's hands, with what is on it: "our bookkeeper's laptop got stolen"
    "(get|be|been|was|got) (stolen|stole|steal)",
    // the people who run the client's business: "the CEO's phone isn't getting email"
    "(ceo|cfo|coo|(managing|manage) director|founder|the boss|our boss|the owner)",
    ...WORK_STOPPED_WORDS,
    // work lost each time it fails: "she loses what she's working on"
    "lose (what (she|he|i|we|they) (be )?(work on|type|typing|write|writing)|(her|his|my|our|their) (unsaved )?(work|change|document|file|call)|unsaved work)",
    // the client's own customers held up: "it slows check-in", "the queues at the tills are long"
    "slow (down )?(the )?(patient |customer |guest )?(check ?-?in|checkout|check ?-?out|sale|shipping|picking|production|service)",
    // the client's own customers kept waiting on them
    "(customer|client|patient|guest) (be |sit )?(wait|waiting) (on|for)",
    // a deadline within the day: "I have a client presentation at 2", "I need to finish a report today"
    "(presentation|demo|pitch|exam|interview|meet|meeting|signing|audit|inspection|hearing) (at (\\d+[ap]m|\\d+)|today|this (morning|afternoon)|in an hour)",
    // "the close is tomorrow", "the filing deadline is tomorrow", "payments need to go out today"
    "(deadline|close|closing|filing|submission) (be )?(today|tomorrow|tonight)",
    "need to go out (today|tonight|this (morning|afternoon))",
    "need to (finish|submit|send|sign|file|deliver|print) (\\w+ ){1,3}(today|tonight|by (noon|tonight|\\d+))",
    // "she has 40 invoices to enter today"
    "(have|has) (\\d+ |a lot of |lot of |many |several )?(\\w+ ){0,2}to (enter|process|send|finish|submit|file|pay|sign|print|deliver|post|book) (\\w+ ){0,3}(today|tonight|this (morning|afternoon))",
    "(client|customer) (call|meeting|visit)s? (all |this )?(afternoon|morning|today|at \\d+)",
    // "I have calls all afternoon"
    "(call|meeting)s? all (afternoon|morning|day)",
    // "he presents to the board tomorrow morning"
    "present (\\w+ ){0,2}to the (board|client|customer|investor)s?",
    // the person the business runs through: "she handles all incoming calls and visitors", "she's missing all incoming calls"
    "(she|he|i) (handle|answer|take)s? all (\\w+ )?(call|visitor|order|payment|customer)s?",
    "miss(ing)? all (\\w+ )?(call|order|message|email)s?",
    // "I'm on the phones all day in support"
    "on the phones? all (day|morning|afternoon)",
    // "he's with clients all day": away at work that cannot wait
    "(with|visit|visiting|see|seeing|meet|meeting) (client|customer)s? (all day|all week|all afternoon|all morning|today)",
    "finance be block",
    "(order|payment|invoice)s? (be )?(stick|stuck|pile|block|sit)",
    // an order flow failing, not "a handful of invoices fail"
    "!(order|payment|invoice|shipment|fulfillment|fulfilment) (import|export|sync|flow)? ?(be )?(fail|failing|error|~\\w+)(?<!(handful of|a few|some|couple of|\\d+) (order|payment|invoice|shipment|fulfillment|fulfilment)[^|]*)",
  ),
];

export const UNITS: readonly Cue<Unit>[] = [
  // The whole of it named outright, whatever parts are listed beside it.
  cue(
    "system",
    "(whole|entire|complete) (platform|system|application|app|kissflow)",
    "platform be (down|dead|offline)",
  ),
  cue(
    "feature",
    // "the approval step in the capex process": one step of it, not "errors at every step"
    "step (in|of) (the|our|a|this|that)",
    "(button(?! and text)(?<!with button)|action(?! (\\d|one|two|three))|option(?! (\\d|one|two|three))|field(?<!in the field)|picker|filter|column|counter|timer|trigger|reminder|link|tile|panel|tooltip|label|dropdown|checkbox|icon|logo|header|sound|chart|preview|search|notification|widget(?<!chat widget)|shortcut|signature|character counter|display name|comment)",
    "(in|for) (one|a single) (process|workflow|flow|form|report|board)",
    // one format of an export: "downloading the report as Excel gives an error, CSV works"
    "(export|download|save) (\\w+ ){0,4}(as|to|in) (csv|pdf|excel|xlsx|xls)",
    "(reminder|notification|alert|error|breach|confirmation|welcome|summary|signing|approval) (email|mail)",
  ),
  cue(
    "module",
    "module",
    "section",
    "(entire|whole|complete) \\w+ (\\w+ )?(process|flow|workflow|app|application)",
    "(the|our|this|that) (?!(one|single|whole|entire|complete|mobile|web|new|kissflow) )~?\\w+ (\\w+ )?(process|workflow|app|application)",
    "!board",
    "!dataset",
  ),
  cue(
    "system",
    "(platform|system|application|app|site|portal|account|everything|sso|login|log in|dashboard|every page|server|kissflow|integratorio)",
  ),
];

export type PartSubject = "indicator" | "by-product" | "feature";

/**
 * A report whose subject is a part of the product, not the product: something it keeps or shows about
 * its work (recordings, transcripts, reports, receipts; "call recordings are empty for all calls"), or a
 * single feature ("the segment builder shows 0 contacts", "the unsubscribe page returns an error").
 */
export const PART_SUBJECTS: readonly Cue<PartSubject>[] = [
  // What shows how a conversation or a colleague is doing, not the conversation: "the typing indicator
  // doesn't show", "read receipts are not shown", "the unread badge is off by one".
  cue(
    "indicator",
    "typing (\\w+ |\\| )?indicator",
    "(customer|agent|contact|caller|visitor|user|someone|somebody|client) (be|'s) (typing|type)(?! (in|into|the|a|an|their|his|her|my|our) )",
    "(read|seen) (receipt|status|tick|mark|confirmation)s?",
    "unread (counter|count|badge|number|marker)s?",
    "(inbox|tab|notification|app|icon) badge",
    "emoji (picker|button|menu|panel)",
    "profile (picture|photo|image|pic)s?(?! and)",
    "last (active|seen|login)",
    "(online|presence|availability) (status|indicator|dot)",
    "avatars?",
  ),
  cue(
    "by-product",
    // with or without the verb: "call recordings are empty", "call recordings missing for all calls"
    "^((hi|hello|hey) (\\| )?)?((the|our|all|every|call|voice|voicemail|chat|campaign|email|sms|whatsapp|message|delivery|read|agent|usage|monthly|daily|weekly|reporting|analytics|supervisor|queue) ){0,3}(recording|transcript|transcription|report|statistic|stat|analytics|receipt|preview|history|log|export|dashboard|wallboard)s? (\\w+ ){0,2}(be|do|have|get|show|stop|come|arrive|go|say|mark|count|miss|fail|empty|blank|break)",
    // the counts the product keeps: "email campaigns show 0 opens", "tracking is broken"
    "(show|report|count|say|display) (0|zero|no) (\\w+ )?(open|click|view|read|delivery|reply|conversion|impression)s?",
    "tracking (be |is |seem )?(~?\\w+ )?(broken|break|down|not ~work|~work)",
    "stop (track|tracking|count|counting) (\\w+ )?(click|open|view|conversion|visit)s?",
    // "nobody can see the call recordings in the portal"
    "(can not|~can|be unable to) ~?(see|open|play|listen ~to|find|download|access|hear) ~?(the |our |any )?~?(\\w+ )?~?(recording|transcript|report|statistic|history|log|voicemail)s?(?![\\w])",
    // the product's calls to the client's systems: "none of our webhooks fire since this morning"
    "^(none ~of ~(our|the) |(all|every|our|the) (of )?(our |the )?)?~?(webhook|webhooks|status callback|status callbacks)(?! url)",
  ),
  cue(
    "feature",
    // what a message carries, not the messages: "images customers send us show as broken in the inbox"
    "(image|photo|picture|attachment|media|sticker|gif)s? (\\w+ ){0,6}(show|appear|arrive|be|get|go|come) (through |in |up )?(as )?(broken|break|missing|miss|blank|empty|lost|lose|corrupt)",
    "(drop|lose|strip|remove|miss) (the |all |every )?(image|photo|picture|attachment|media)",
    // "pictures in them don't load for anyone"
    "(image|photo|picture|attachment|media|sticker|gif)s? (\\w+ ){0,4}(do |be )?not ~(load|show|open|display|appear|download)",
    // "nobody can upload attachments in the inbox"
    "(can not|~can|be unable to) ~?(upload|download|attach|send|preview) ~?(the |our |any )?~?(attachment|image|picture|photo)s?(?![\\w])",
    // what the product sends on the side: "no one gets the daily email digest"
    "~?(get|receive) ~?(the |our |any )?~?(\\w+ ){0,2}~?(digest|summary|survey|report email|report mail)s?(?![\\w])",
    // "no one can export anything from the reporting module"
    "(can not|~can|be unable to) ~?(export|download) ~?(anything|any ~?(\\w+ )?(report|data|list|file)s?)",
    // what the product tells the agents: "no one receives the email notifications for new tickets"
    "(get|receive) (the |any |our )?(email |push |desktop |browser |sound )?(notification|alert)s? (for|about|of|when|on) (a |any |new )?(ticket|chat|conversation|message|call|mention|assignment)",
    // the IVR's menu, not the calls: "the menu choices don't route anymore", "sends every caller to the general queue"
    "(menu|ivr) (choice|option|selection|routing)s?",
    "send (every|all) (\\w+ )?(caller|call|chat|conversation)s? to the (general|wrong|same|default|main) (queue|agent|team|line)",
    "(every|all) (\\w+ )?(caller|call|chat|conversation)s? (end up|land|go|get|be send|be route) (in|to|with) the (general|wrong|same|default|main) (queue|agent|team|line)",
    // a calendar or a mailbox people share, not the email: "the shared calendar is gone from everyone's Outlook"
    "shared (\\w+ )?(calendar|mailbox|inbox)",
    // the calendar beside the mail: "Outlook's calendar isn't syncing for anyone"
    "(outlook|teams) ('s )?calendar",
    // what every email carries: "everyone's signatures are gone from Outlook"
    "(email |outlook )?signatures?(?! (pad|device|tablet))",
    // "some features are greyed out": some of it, not all of it
    "(some|a few|several|certain) (\\w+ )?(feature|function|button|option|menu|setting)s?",
    // how the product was set up to behave, not the product: "the routing rules are ignored", "the A/B test
    // always sends variant A", "'send later' sends immediately"
    "(setting|rule|routing|scheduler|schedule|capacity|priority|time ?zone|business hour|opening hour|send time|skill)s? (be |get )?ignore",
    "ignore (the |our |agent |their )?(\\w+ ){0,2}(setting|rule|routing|capacity|priority|send time|time ?zone|schedule|skill|business hour|opening hour)s?(?![\\w])",
    "(a/b|ab|a b|split) (test|split)",
    "variant",
    "send later",
    "round ?-?robin",
    // what the IVR tells callers: "the IVR doesn't read out the queue position anymore"
    "(read out|announce|tell|say|play) (~?the |~?our )?~?(queue position|waiting time|wait time|position in ~?(the )?queue|estimated wait)",
    // the small parts it runs on: "none of the SMS keywords trigger the auto-reply", "none of the tags are saved"
    "none of (the|our) (\\w+ )?(keyword|tag|label|short link|button|filter|field|rule|macro|trigger|shortcut)s?(?![\\w])",
    // a lookup the product does: "the chatbot can't look up order status anymore"
    "(can not|~can|be unable to|no longer) ~?(look ~?up|check|fetch|retrieve) ~?(the |an |any )?~?(\\w+ )?~?(status|balance|tracking|availability|stock)",
    // a part of the product nobody can use: "nobody can use the templates in the inbox"
    "(can not|~can|be unable to) ~?(use|open|load|edit|select|find|save|apply|add) ~?(the |our |any )?~?(\\w+ )?~?(template|filter|field|button|setting|survey|scheduler|tag|label|macro|quick ~?reply|canned ~?response|saved ~?reply|signature|emoji|emojis)s?(?![\\w])",
    "^((hi|hello|hey) )?(for (all|every|each|most) (of )?(our |the )?\\w+ )?(the|our) (\\w+ ){0,2}(page|link|builder|editor|form|template|filter|field|button|setting|survey|scheduler|counter|(opt ?-?in|optin) (email|mail|keyword))(?<!(login|log in|sign in|signin|home|landing|status) page)s?",
    // without "the": "contact import is down", "WhatsApp template approval is stuck"
    "^((hi|hello|hey) )?(\\w+ |'s ){0,3}(import|search|builder|editor|scheduler|template approval|template|filter|survey|handover|hand-over)s? (\\w+ ){0,3}(be|do|have|get|stop|fail|go|return|show|give)(?! \\w+ (for|on) (all|every|any) (channel|product))",
  ),
];

export const INTERMITTENT: readonly Cue<"intermittent">[] = [
  cue(
    "intermittent",
    "sometimes",
    "now and then",
    "occasionally",
    "every other (day|time|run|call|hour|week|attempt|message|minute|login|sync|order|request)",
    "every so often",
    "(on and off|off and on|up and down)",
    "need (a )?(second|another|2nd|third) (try|attempt|go)",
    // "the first attempt always fails", "agents have to log in twice every morning"
    "first (attempt|try|time|login) (always |usually )?(fail|error)",
    "have to (log in|sign in|login|dial|click|send|try) (\\w+ )?twice",
    "intermittent(ly)?",
    "from time to time",
    "some call",
    "(once|twice) a (day|week)",
    // "went blank twice today for a minute, then came back"
    "(then|and) (~come|~came) back",
    // once, and fine since: "Excel crashed once this morning, it's fine now"
    "(crash|freeze|fail|hang|drop|go down|restart|reboot|error) once",
    "(be|seem|work) (fine|ok|okay|normal|normally) (again|now)",
    "(twice|three times|a few times|several times|a couple of times) (today|this morning|this week|yesterday)",
    // "the VPN disconnects every 15 minutes": it fails, comes back, and fails again
    "(drop|disconnect|freeze|crash|restart|reboot|log out|sign out|hang|cut out|go down) (\\w+ ){0,4}every (\\d+|few|couple of)? ?(second|minute|min|hour|hr)",
    // "the wifi drops constantly": it comes back each time
    "(drop|disconnect|freeze|crash|cut out|go down|drop out) (out )?(constantly|all the time|repeatedly|over and over)",
    "(log|sign|kick|throw) (me|us|them|him|her|everyone|agents|people) out (\\w+ )?every (\\d+|few|couple of) (second|minute|hour)",
    // "all staff are getting kicked out of the VPN every 30 minutes"
    "(log|sign|kick|throw) out (of (the |our |their )?\\w+ )?every (\\d+|few|couple of) (second|minute|hour)",
  ),
];

export const NO_DEADLINE: readonly Cue<"no deadline">[] = [
  cue(
    "no deadline",
    "no ~(rush|hurry)",
    "whenever you",
    "~urgent",
    "~important",
    "no ~deadline",
    "when you (have|get) a (moment|chance|minute|sec|second)",
    "when (you|u) have (the |some )?time",
    // "whenever someone is around, the cable under my desk is loose"
    "whenever (someone|somebody|anyone) (be around|have (a moment|time|a minute|a chance)|get a chance)",
    // "whenever convenient", "at your convenience"
    "(whenever|when) (it be |it's )?convenient",
    "at your convenience",
    // "could someone take it away at some point?", not "at some point yesterday it crashed"
    "at some point(?= \\||$)",
    "(whenever|when) (you|u|someone|somebody) get (round|around) to it",
    "no urgency",
    "(whenever|any time|anytime) (be |'s )?(fine|ok|okay|good)",
  ),
];
