import { type Cue, cue } from "./cues.js";

const COUNTRIES =
  "germany|france|belgium|netherlands|holland|spain|italy|portugal|uk|united kingdom|britain|england|scotland|ireland|usa|us numbers|united states|america|canada|mexico|brazil|india|china|japan|australia|austria|switzerland|poland|sweden|norway|denmark|finland|greece|turkey|romania|hungary|czechia|czech republic|south africa|nigeria|uae|saudi arabia|luxembourg|abroad|overseas";

const NATIONALITIES =
  "belgian|german|french|dutch|spanish|italian|portuguese|british|irish|american|canadian|mexican|brazilian|indian|polish|swedish|norwegian|danish|finnish|greek|turkish|austrian|swiss|luxembourgish";

/**
 * A count of the product's own work at nothing, set against the usual: "our call statistics show 0
 * answered calls and 0 chats since 10:15, against 300 an hour normally", "the inbox counter shows 0 new
 * emails since 07:00, while we usually get 200". The figures tell of the product out; they are not the
 * subject that fails.
 */
const NO_WORK_AGAINST_THE_USUAL =
  "(?! (\\w+ )?(show |say |read |display |be at |stand at )?(0|zero|no) (\\w+ )?(call|chat|email|message|sms|contact|conversation|order)s? [^.]{0,60}(against|normally|usually|normal day|instead of|compare))";

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
    // not one that stands for no answer: "every visitor gets an endless typing indicator"
    "(?<!(endless|eternal|never ending|neverending|infinite|only|just) (a |an |the )?)typing (\\w+ |\\| )?indicator(?! (forever|for ever|and (nothing|no answer|never)))",
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
    // after a short opening ("again:", "enough is enough:")
    `^((hi|hello|hey) (\\| )?)?((\\w+ ){1,3}\\| )?((the|our|all|every|call|voice|voicemail|chat|campaign|email|sms|whatsapp|message|delivery|read|agent|usage|monthly|daily|weekly|reporting|analytics|supervisor|queue) ){0,3}(recording|transcript|transcription|report|statistic|stat|analytics|receipt|preview|history|log|export|dashboard|wallboard)s? (\\w+ ){0,2}(be|do|have|get|show|stop|come|arrive|go|say|mark|count|miss|fail|empty|blank|break)${NO_WORK_AGAINST_THE_USUAL}`,
    // the counts the product keeps: "email campaigns show 0 opens", "tracking is broken"
    "(show|report|count|say|display|stick at|stuck at|stay at) (0|zero|no) (\\w+ )?(open|click|view|read|delivery|reply|conversion|impression)s?",
    "tracking (be |is |seem )?(~?\\w+ )?(broken|break|down|not ~work|~work)",
    // not "tracking numbers stopped syncing" (what an order carries)
    "(link|click|open|email|campaign) tracking … !stop",
    // "scheduled reports are no longer emailed to anyone"
    "(schedule|scheduled|automatic|automated) (report|summary|digest)s?(?![\\w'])",
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
    "(drop|lose|strip|remove|miss) (the |all |every |its |their )?(image|photo|picture|attachment|media)",
    // "email campaigns are sent without images for all recipients"
    "without (the |their |its |any )?(image|photo|picture|attachment|media)s?(?! \\w)",
    // "pictures in them don't load for anyone"
    "(image|photo|picture|attachment|media|sticker|gif)s? (\\w+ ){0,4}(do |be )?not ~(load|show|open|display|appear|download)",
    // "nobody can upload attachments in the inbox"
    "(can not|~can|be unable to) ~?(upload|download|attach|send|preview) ~?(the |our |any )?~?(attachment|image|picture|photo)s?(?![\\w])",
    // what the product sends on the side: "no one gets the daily email digest"
    "~?(get|receive) ~?(the |our |any )?~?(\\w+ ){0,2}~?(digest|summary|survey|report email|report mail|delivery report|status report|read receipt|delivery receipt)s?(?![\\w])",
    // "no one can export anything from the reporting module"
    "(can not|~can|be unable to) ~?(export|download) ~?(anything|any ~?(\\w+ )?(report|data|list|file)s?)",
    // what the product tells the agents: "no one receives the email notifications for new tickets"
    "(get|receive) (the |any |our )?(email |push |desktop |browser |sound )?(notification|alert)s? (for|about|of|when|on) (a |any |new )?(ticket|chat|conversation|message|call|mention|assignment)",
    // "the email notifications for approvals arrive hours late": what tells people, not the work itself
    "(email |push |desktop |browser |sound )?(notification|alert)s? (for|about|of|on) (a |any |new |the )?(approval|task|ticket|chat|conversation|message|call|mention|assignment|item|request|comment)s?(?![\\w'])",
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
    // what the client calls one feature: "the canned responses feature is broken for all agents"
    // (not "our click-to-call feature is dead for all our customers": the client's own product, what the
    // failure stops)
    "(the|this|that) (\\w+ ){1,3}(feature|functionality)(?! request)(?![\\w])",
    // "some features are greyed out": some of it, not all of it
    "(some|a few|several|certain) (\\w+ )?(feature|function|button|option|menu|setting)s?",
    // how the product was set up to behave, not the product: "the routing rules are ignored", "the A/B test
    // always sends variant A", "'send later' sends immediately"
    "(setting|rule|routing|scheduler|schedule|capacity|priority|time ?zone|business hour|opening hour|send time|skill)s? (be |get )?ignore",
    "ignore (the |our |agent |their )?(\\w+ ){0,2}(setting|rule|routing|capacity|priority|send time|time ?zone|schedule|skill|business hour|opening hour)s?(?![\\w])",
    "(a/b|ab|a b|split) (test|split)",
    // what a message is filled in with: "the personalised first name is empty in every email"
    "personali(ze|zed|zation|se|sed|sation)",
    // which agents get what: "chat routing to the right skill group is broken"
    "skills?( ?-?based)? (group|routing)s?",
    "(routing|route) to the (right|correct|proper)",
    "variant",
    "send later",
    "round ?-?robin",
    // what the IVR tells callers: "the IVR doesn't read out the queue position anymore"
    "(read out|announce|tell|say|play) (~?the |~?our )?~?(queue position|waiting time|wait time|position in ~?(the )?queue|estimated wait)",
    // what callers hear while they wait, not the calls: "the hold music stopped, callers hear dead air"
    "(hold|on ?-?hold|queue|waiting) (music|announcement|message)",
    "music on ?-?hold",
    // the copy of a voicemail sent on, not the calls: "voicemail to email stopped for all numbers"
    "voicemail ~?(to|by|via|per) ~?(e-?mail|mail)",
    // the small parts it runs on: "none of the SMS keywords trigger the auto-reply", "none of the tags are saved"
    "none of (the|our) (\\w+ )?(keyword|tag|label|short link|button|filter|field|rule|macro|trigger|shortcut|quick reply|canned response|saved reply|saved answer|saved response)s?(?![\\w])",
    // the answers agents keep at hand, not the replies: "the update broke the quick replies in the inbox"
    "(quick|canned|saved|stored) (reply|answer|response|text)s?(?![\\w'])",
    // a lookup the product does: "the chatbot can't look up order status anymore"
    "(can not|~can|be unable to|no longer) ~?(look ~?up|check|fetch|retrieve) ~?(the |an |any )?~?(\\w+ )?~?(status|balance|tracking|availability|stock|order|booking|account|appointment)s?(?![\\w'])",
    // an admin task, not the product's work: "no one can add new agents in the admin portal"
    "(can not|~can|be unable to) ~?(add|create|remove|invite) ~?(new |any )?~?(agent|user|contact|team|queue|member)s?(?![\\w'])",
    // the service when the client is closed, not all of it: "the chatbot doesn't hand over outside office hours"
    "((outside|out of) (~?the |~?our )?~?((office|business|opening|working) )?~?hour|after ?-?hour|out ?-?of ?-?hour)",
    // one message of a flow, not the channel: "the opt-in confirmation SMS for new subscribers is not sent"
    "(optin|opt ?-?in) confirmation (sms|email|mail|message|text)",
    // what happens when a queue is full or closed: "the queue overflow to voicemail doesn't work"
    "(the|our) (\\w+ )?(overflow|failover|call forwarding|callback|auto ?-?reply|out of office|away message)s?(?![\\w'])",
    // "the automatic reply when we are closed is not sent anymore"
    "(the|our) automatic (reply|replies|response|answer|message|greeting)s?(?![\\w'])",
    // one kind of message: "WhatsApp messages with buttons all fail"
    "(message|sms|mms|email|template)s? (with|containing) (\\w+ )?(button|image|picture|photo|attachment|emoji|link|media|video|document|file|location|pdf|variable|placeholder|parameter)s?(?![\\w'])",
    // what the product shows about a customer: "the inbox stopped showing customer names"
    "stop (show|display)(ing)? (the )?(customer|caller|contact|client)('s| 's)? (name|number|detail|info|email|history)s?",
    // the subject, not where the error shows: "everyone gets an error on the unsubscribe page"
    "(^|\\| )(the |our |all )?unsubscribe (link|page|button)s?(?![\\w'])",
    // a part of the product nobody can use: "nobody can use the templates in the inbox"
    "(can not|~can|be unable to) ~?(use|open|load|edit|select|find|save|apply|add) ~?(the |our |any )?~?(\\w+ )?~?(template|filter|field|button|setting|survey|scheduler|tag|label|macro|quick ~?reply|canned ~?response|saved ~?reply|signature|emoji|emojis)s?(?![\\w])",
    `^((hi|hello|hey) )?(for (all|every|each|most) (of )?(our |the )?\\w+ )?(the|our) (\\w+ ){0,2}(page|link|builder|editor|form|template|filter|field|button|setting|survey|scheduler|counter|macro|quick reply|canned response|saved reply|(opt ?-?in|optin) (email|mail|keyword))(?<!(login|log in|sign in|signin|home|landing|status) page)s?${NO_WORK_AGAINST_THE_USUAL}`,
    // one thing the product does, not the product: "none of our agents can transfer calls", "nobody can
    // upload contact lists", "links are not shortened anymore"
    // not records an integration carries: "no orders are being transferred" is the flow itself stopped
    "(?<!(no|none of (the |our )?|not a single|not one) ~?(order|record|invoice|item|product|contact|payment|transaction|data|row)s? (~?be |~?get |~?being )*)~(transfer|upload|download|attach|shorten|edit|transcribe|tag|merge|preview)(?! ~?(any|all|a|the|our) ~?(message|call|sms|email|chat|conversation)s?(?![\\w']))",
    // what the product shows about a caller: "the caller info is blank for every call"
    "(caller|customer|contact|client) (info|information|detail|name|data|id) (\\w+ ){0,2}(blank|empty|missing|miss|gone)",
    // the traffic to one country, not the channel: "all SMS to Germany fail"
    `(sms|message|text|call|email)s? (\\w+ )?(to|from) (\\w+ )?(${COUNTRIES})(?![\\w'])`,
    `(sms|message|text|call|email)s? (\\w+ )?(to|from) (${NATIONALITIES}) (number|mobile|phone|customer|recipient|network)s?(?![\\w'])`,
    // what a message goes out without: "every campaign email goes out without the unsubscribe footer"
    "(go|come|arrive|be send|get send) (out |through |in )?without",
    // a panel or a tab nobody sees: "none of the agents see the customer details panel"
    "~(see|find) ~?(the |our |any )?(~?\\w+ ){0,2}~?(panel|tab|sidebar|side panel|column|menu|option|setting|widget)s?(?![\\w'])",
    // the notifications the product sends: "no email notifications for new chats reach any agent"
    // (not alerts listed beside what else fails: "none of our campaigns or alerts go out")
    // (nor the messages themselves: "the SMS alerts don't go out", "the delay alerts by SMS never came")
    "(?<!~?(or|and) )(?<!~?(sms|whatsapp|text|rcs) )~?(email |push |desktop |browser |sound )?~?(notification|alert)s? (?!(by|via|over|through) (\\w+ )?(sms|whatsapp|text|rcs)(?![\\w']))(~?\\w+ ){0,4}~(reach|arrive|come|go|show|pop)",
    // without "the": "contact import is down", "WhatsApp template approval is stuck"
    // and what agents do with a conversation or a call: "tags can't be added by anyone", "the call transfer
    // doesn't work", "the voicemail greeting is gone"
    "^((hi|hello|hey) )?(\\w+ |'s ){0,3}(import|search|builder|editor|scheduler|template approval|template|filter|survey|handover|hand-over|transfer|tag|internal note|note|greeting)s?(?! (service|server|system|platform|gateway))( \\w+){0,3} (be|do|have|get|stop|fail|go|return|show|give)(?! \\w+ (for|on) (all|every|any) (channel|product))",
  ),
];
