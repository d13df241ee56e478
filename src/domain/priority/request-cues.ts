import { type Cue, cue, type Found, first } from "./cues.js";
import { needingWords } from "./needed-words.js";
import { MONTHS, SCHEDULED } from "./scheduled-cues.js";
import type { AnalysedText } from "./text-analysis.js";

/** Help with the report itself, asked for with it: "can we get a call today?", "could we have an update by noon?" */
const HELP_WITH_THE_REPORT = String.raw`(?! (quick |short |phone |teams |zoom |status )?(call|callback|meeting|update|answer|response|reply|technician|engineer|visit|eta|estimate|fix)(?![\w']))`;

/** Someone to be added to a group: "Sarah to the 'management' distribution list", "the new intern to the sales team". */
const SOMEONE_TO_A_GROUP = String.raw`(?!(a|an|some|more|another|extra|support|option|field|column|button|filter|setting|tab|view)(?![\w']))(the |our |my )?(new )?\w+ (\w+ )?to (the |our |my |a |an |this |that )?(\w+ ){0,2}(group|list|team|channel|mailbox|calendar|role|site|folder|distribution list)s?(?![\w'])`;

/** What the client asks for, where it is not an incident. */
/**
 * A question, a feature or enhancement wished for, a task to schedule at a later date, or a service
 * request (an administrative change asked of the provider, with no date).
 */
export type RequestType = "question" | "feature" | "scheduled" | "service";

export const REQUESTS: readonly Cue<RequestType>[] = [
  cue(
    "feature",
    // "it would be good to fix", "it would be nice if it was fixed" ask for a defect to be fixed, not for
    // something new
    "would be (nice|great|good|helpful|useful|cool|awesome|handy|lovely|wonderful|fantastic|brilliant|ideal)(?<!(urgent|rush|hurry|important) (\\| )?but would be \\w+)(?! (to|if (you|someone|somebody) (could|can)) (fix|repair|solve|correct|look|check|sort|have a look))(?! to (have|get) (it|them|this|that) (back|working|fixed))(?! if (it|they|this|that|the \\w+) (be|get|could be|can be) (fix|fixed|repair|repaired|solve|solved|sort|sorted|correct|corrected|resolve|resolved)(?![\\w']))",
    // a capability missing, not a failure: "there's no way to sort boards by due date"
    "there be no (manual |easy |simple )?~?way ~?to ~?(sort|filter|group|tag|mark|label|archive|bookmark|pin|rename|search|customise|customize|reorder|duplicate|clone|hide|colour|color)",
    // "the resolved errors list only keeps 30 days, could that be made longer?"
    "(can|could) (that|it|this|the \\w+) be (made |make )?(long|longer|configurable|optional|adjustable|editable|extended|extend|increased|increase)(?![\\w'])",
    // "is it on your roadmap?", "asks if we can get a connector for Pipedrive"
    "(on|in) (your|the) roadmap",
    "(if|whether) (we|you) (can|could) (get|have|add|build) (a|an) (new )?(connector|integration|feature|option|setting|report|field|button|app|template)(?![\\w'])",
    // not a defect to be put right: "it would be nice to have it back at some point"
    // not how much a failing part matters: "no way around it, but it's a nice-to-have for the sales team"
    "(?<!be (just |only |merely )?(a |an )?)nice ?-?to ?-?have(?! (it|them|this|that) (back|working|fixed))",
    "wish ?-?list",
    "(?<!be (just |only |merely )?(a |an )?)nicetohave",
    // not "can you add the new office address to the signature": a change to what is there
    // nor help with the report: "can we get a call today?"
    // nor a copy of what exists: "can we get a monthly report of patch compliance?"
    `!can (you|we) (add|build|create|develop|make) (a|an|some|support)${HELP_WITH_THE_REPORT}`,
    `!can (you|we) get (a|an|some|support)${HELP_WITH_THE_REPORT}(?! (\\w+ )?(copy|list|overview|summary|breakdown|export|statement|invoice|quote|report) of)`,
    // "can you build us a new intranet page", not "can you get me a new mouse" (a device to order)
    "!can you (build|create|develop|design) (us|me) (a|an|some)",
    `could (you|it|the (\\w+ )?\\w+) (add(?! ${SOMEONE_TO_A_GROUP})|support|build|offer|show(?! (me|us) how)|display|have(?! a look)|make|include|(name|mention|list)(?! (be|to|of|for)(?![\\w'])))`,
    // something new for those the client serves: "could customers who WhatsApp us after hours get a
    // different auto-reply?"
    "could (customer|caller|visitor|user|member|guest|patient|people|they)s? (\\w+ ){0,6}(get|see|receive|have|hear) (a |an |their )?(different|separate|custom|own|second|personal|personalised|personalized)(?![\\w'])",
    // not a form or process of that name: "the Feature request form's 'votes' counter"
    "feature (request|idea|suggestion)(?! ('s |s )?(form|process|app|board|list|flow|workflow|module|counter|page))",
    "enhancement",
    // equipment to buy, priced first: "can you send us a quote for replacing the reception monitor with a bigger one?"
    "(quote|quotation|price|pricing|estimate) (us |me )?(for|on) (\\w+ ){0,2}(replace|new|upgrade|extra|additional|more|another|second|big|bigger|large|larger)(?![\\w'])",
    "would like (a|an|to have|the ability|the (option|possibility|feature|setting) to|to (receive|get|be able))",
    "would you consider (add|adding|support|supporting|build|building|make|making|offer|offering)",
    // "we'd like the call recordings to be kept 180 days"
    "(we|i) (would|'d) like (the|our) \\w+ (\\w+ )?to (be|have|show|use|go|stay)",
    "ability to",
    // "we would appreciate an option to hide closed conversations"
    "(would|'d) (appreciate|welcome|value) (a |an |the )?(option|possibility|way|feature|setting|ability|button|toggle)",
    `please add(?! ${SOMEONE_TO_A_GROUP})`,
    // "add the option to block a phone number": what is missing, asked for
    "!add (a|an|the) (option|possibility|feature|setting|button|toggle|way|ability) to (?!(the|our|my|a|an|this|that|it) )\\w+",
    "wish (list|we could|there be|a|an|for)",
    // "wish: a button to copy the transcript"
    "(wish|idea)(?= \\|)",
    "suggestion",
    // not a copy of something that exists: "could we get a list of all our licences?"
    // nor help with the report: "can we get a call today?", "could we have an update by noon?"
    `could (we|you) (have|get) (a|an|the option)(?! (copy|list|overview|summary|breakdown|export|statement|invoice|quote|report) of)(?! (quick )?look)${HELP_WITH_THE_REPORT}`,
    "dark (mode|theme)",
    "(would|could) it be possible",
    "would love (to|a|an|the)",
    "(we|i) would prefer",
    "(it )?would help (if|to)",
    "would make (it|life|our life|things) easy",
    "!(make|improve) … (more|less|good|clear|easy|fast|descriptive)",
    // "we liked it on top. Can we move it back?": how it was, preferred
    "(we|i) !(like|prefer) (it|them|that|the old (\\w+ )?(one|way|layout|design|version|look)) (better|more|on top|at the top|first|before)",
  ),
  // Information asked for, whatever date the message names: "could you tell me whether we have licences
  // left? A new colleague starts next week."
  cue(
    "question",
    // what the provider's own change will do: "will the update next week change anything for us?"
    "(^|\\| )(will|does|do|would) (the|your|this|that|next week 's) (\\w+ )?(update|release|maintenance|upgrade|migration) (\\w+ ){0,3}(change|affect|impact|mean|require|need|break|cause)",
    "(could|can) you (please )?tell (me|us) (whether|if|how (many|much|to)|which|what)(?! (\\w+ ){0,6}(can|could) (install|set up|schedule|plan|move|upgrade))",
    // asked on its own after what someone wants to know: "Our insurer asks whether … Could you tell us?"
    "(could|can) you (please )?tell (me|us)(?= \\|)",
    // "we'd like to know what it would cost to replace the reception PC next year": a price or a fact
    // asked for, not the fix of what fails ("we'd like to know when it will work again")
    "((we|i|he|she|they) )?(would like|want) to know (whether|if|what|which|how|who)(?! (\\w+ ){0,6}(fix|resolve|solve|back|work again|up again|restore))",
    // "We kindly request information on whether the API supports list messages"
    "request (some |more |further )?information (on|about|regarding) (whether|if|what|which|how)",
    // "What would it cost to add 20 seats from January?": a price asked for, whenever it is for
    "(^|\\| )(what|how much) (would|will|do|does) (it|this|that) cost",
  ),
  SCHEDULED,
  // An administrative change asked of the provider, with no date: a service request, not an incident
  cue(
    "service",
    // "could you add Sarah to the management distribution list?": access for someone, nothing new built
    `(please |pls |kindly |can you |could you )?(add|put) ${SOMEONE_TO_A_GROUP}`,
    "!(can|could) you (please )?(switch|change|update|rename|move|transfer|cancel|upgrade|downgrade) (our|my|the)",
    // "we need a second WhatsApp number for our Belgian shop": more of something, nothing failing
    "(we|i) (need|want|would like|'d like) (a|an) (second|third|new|extra|another|additional) (\\w+ ){0,2}(number|account|seat|licence|license|user|line|key|sender|channel|team|queue)s?(?![\\w'])",
    // "could you send them?", "can you email it to me?"
    "!(can|could) (you|u) (please |pls )?(send|email|forward|share) (them|it|those|these)(?![\\w'])",
    // "can you speed it up?": a request to hurry what is in progress
    "(can|could) you (please )?(speed (it|this|that|them) up|hurry|expedite|chase)",
    "(please|pls|kindly) (enable|disable|activate|deactivate|turn on|turn off|switch on|switch off)(?! ~)",
    // a privacy request: "please delete all data of customer J. Jansen", "a GDPR request"
    "(please|pls|kindly|can you|could you) (please )?(delete|remove|erase|anonymi[sz]e) (all )?(the )?(data|record|recording|contact|conversation|chat|history)s? (of|for|about)",
    "(right to be forgotten|gdpr request|data subject request|subject access request)",
    // "stop sending me marketing emails, take me off the list": an unsubscribe, nothing failing
    "(stop|quit) send (me|us) (your |any |these |those )?(marketing|promotional|newsletter|sales)",
    "take (me|us) off (the|your|this) (\\w+ )?list",
    // "please give our new supervisor Lotte access to the wallboard"
    "(please|pls|kindly|can you|could you) (please )?(give|grant) (\\w+ ){1,4}(access|right|permission|admin right)s? (to|for|on)",
    // "our marketing manager needs admin rights in Marketing Cloud"
    "(need|want|would like|like)s? (\\w+ )?(admin|administrator|edit|editor|read|write|supervisor|manager) (right|permission|access|role)s?",
    // "please set up call recording for our new number": configuring something new, nothing failing
    "(please|pls|kindly|can you|could you) (please )?(set up|setup|configure|activate) (\\w+ ){0,3}(for|on) (our|the|my) (new )?\\w+",
    // "request: please change our account's billing contact", "please rename our account"
    "(^|\\| )(request \\| )?(please|pls|kindly) (switch|change|update|rename|move|transfer) (our|my|the)",
    // "can you remove the old test numbers from our account?"
    "!(can|could) you (please )?(remove|delete|close|cancel|deactivate) (the |our )?(old |test |unused |second )?(\\w+ ){0,3}(number|account|user|sender|licence|license|subscription|folder|mailbox|distribution list|group|share)s?",
    "(invoice|receipt|quote|statement) (pls|please|plz)",
    // "plz reset 2FA for user mark@dewit.nl, he lost his phone": an account chore, nothing failing
    "(please|pls|plz|kindly|can you|could you) (please )?reset (the |my |our |his |her |their )?(2 fa|2fa|mfa|two-factor|two factor|password|pin|authenticator)",
    // a bill queried: "why is my invoice higher this month?", "why were we charged twice?"
    "why (be|do|have|were|was) (we |i )?(my |our |the |this )?(\\w+ )?(invoice|bill|charge|price|cost|rate)",
    // "request: increase the session timeout to 12 hours"
    "^request \\|",
    // "request for a copy of the SLA report for Q3"
    "request for (a |an |the )?(copy|quote|invoice|report|overview|list|statement|credit|refund)",
    // "could we get a list of all the licences we have?"
    "(can|could) (we|i) (please )?(get|have) (a |an |the )?(\\w+ )?(copy|list|overview|summary|breakdown|export|statement|report) of",
    // "she told me you could send an overview of our numbers"
    "you (can|could|would) (send|give|share|provide|email) (me |us )?(a |an |the )?(copy|list|overview|summary|breakdown|export|statement|report|quote|invoice) of",
    "!(can|could) you (please )?(enable|disable|activate|deactivate|turn on|turn off|switch on|switch off)(?! ~)",
    // "we would like training for our new agents"
    "(would like|need|want|request|like to book|book) (a |an |some )?(training|workshop|demo|onboarding session|walkthrough)",
    // "please close our old account ACME-TEST"
    "please (close|cancel|delete|remove|deactivate|terminate) (our|my|the) (old |test |unused |second )?(account|number|user|subscription|licence|license|sender)",
    "please (remove|delete|cancel|close|deactivate) (them|those|these)(?! \\w)",
    // "please confirm the cancellation of our SMS subscription": the contract, nothing failing
    "(confirm|process|arrange) the (cancellation|cancelation|termination|renewal) of (our|my|the) (\\w+ ){0,2}(account|contract|subscription|licence|license|number|plan)",
    // "can u send me the docs for the voice webhook?": something to send, nothing failing
    "!(can|could) (you|u) (please |pls )?(send|email|forward|share) (me |us )?(the|a|an|our|your|some)(?! (message|sms|campaign|email|newsletter|reminder)s?(?![\\w']))",
    // "please send us a reminder two weeks before each maintenance window"
    "(^|\\| )(please|pls|kindly) (send|email) (me|us) (a |an )?(reminder|notification|notice|heads-up|heads up|warning|alert)",
    // "reminder: you promised to send the new price list last week"
    "(you|u) promise (to send|to share|to email|to provide|to forward|us|me)",
  ),
  cue(
    "question",
    "how (do|can|should|would) (i|we|you|one)",
    // where a fix stands: "follow-up on yesterday's ticket: is the fix already live?"
    "be the fix (\\w+ ){0,6}(already |now )?(live|deploy|deployed|release|released|out|in production)",
    // "can you help us set up a journey that sends a birthday SMS?"
    "(can|could) you (please )?help (us|me) (to )?(set up|setup|create|build|configure|make|design|write)",
    // a report filled in like a form: "Type: question. Product: Business Messaging. ..."
    "(^|\\| )(type|category|request type|ticket type|kind|subject|topic) \\| (question|how-to|information request|info request)(?= \\|)",
    // "... shows 161 characters as 2 parts, is that correct?"
    "be (that|this|it) (correct|right|normal|expected|intended|by design)(?= \\||$)",
    "how to",
    // "could you check if our numbers are registered for emergency services?"
    "(could|can|would) you (please )?(check|confirm|verify|tell (me|us)) (if|whether)",
    // "kindly confirm whether the Voice service will be affected by your maintenance"
    "(please|kindly|pls|plz) (check|confirm|verify|tell (me|us)|let (me|us) know) (if|whether)",
    "be there (a|any) way",
    "where (can|do|should) (i|we)",
    "where (i|we) (can|should) (find|get|see)",
    "what be the",
    // a price asked for: "what would 2 extra voice numbers cost?"
    "(what|how much) (would|will|do) (\\w+ ){0,5}cost(?![\\w'])",
    "(whats|wats) the",
    // downtime ahead, asked about: "will there be an outage during your maintenance on Sunday?"
    "will there be (any |an |a )?(\\w+ )?(outage|downtime|disruption|interruption|impact)",
    "(be|will) (we|our \\w+|it) (be )?(affect|impact)(ed)? by (the |your )?(\\w+ )?(maintenance|upgrade|migration|update)",
    "could you (please )?tell",
    "(can|could) you (please )?let (me|us) know",
    "who be (our|the|my) (new )?(contact|account manager|point of contact)",
    "can you tell",
    "be it possible",
    // "Is it normal that a long SMS is billed as 3 messages?"
    "(^|\\| )be (it|this|that) normal (that|for|to|when|if)",
    // "We would like to use our own SIP trunk with your Voice service. Is that supported?"
    "(^|\\| )be (that|this|it) (support|supported|possible|allowed)(?= \\||$)",
    `!can (i|we) (temporarily |also |somehow |still )?(change|set|add|use|get|see|export|configure|make)(?! (a |an )?${HELP_WITH_THE_REPORT.slice(4)}`,
    "!can the \\w+ (\\w+ )?(file|do|support|handle|send|export|show|include|contain|display)",
    "do you (have|support|offer)",
    "wonder(ing)? (if|whether|how)",
    // not where the fix of what the message reports stands: "is there an ETA for a fix?"
    "be there (a|an|any) (?!(eta|fix|estimate|timeline|news|incident|outage|problem|issue|workaround|known)\\b)\\w+ (to|for|that)",
    "what be (your|our)",
    "(can|could) (someone|somebody|you|anyone) explain",
    "explain how",
    "what do … mean",
    "(can|could) you (please )?confirm",
    // "can someone walk me through creating a new queue?"
    "(can|could|would) (you|someone|somebody|anyone) (please )?(walk|talk|take|guide|show) (me|us) (through|how)",
    // "can you recommend a good headset?": advice asked for
    "(can|could|would) (you|someone|somebody|anyone) (please )?(recommend|suggest|advise)(?! (a |an )?(fix|workaround|work around|solution))",
    // A document asked for again: "pls send us the invoice for november again"
    "!(send|resend|forward|email) (us|me) (the|our|a|an|that|this) (\\w+ )?(invoice|receipt|quote|contract|statement|copy|certificate|sla|document|agreement|dpa|price list|rate card)",
    "(can|could) you remind (me|us)",
    "(we|i) (want|would like|'d like) to know",
    // asked on someone's behalf: "our IT director asks if integrator.io supports SSO", "she wants to know
    // whether …"
    "!(ask|wonder) (if|whether)",
    "(want|would like|'d like) to know (if|whether|what|how|when|which)",
    // account administration: "we'd like to change our contract to yearly", "please update our address"
    "(we|i) (want|would like|'d like) to change (our|my) (contract|plan|billing|subscription|invoice)",
    "please update (our|my) (company )?(address|detail|billing|invoice|vat|contact)",
  ),
];

const MONTH_NAMED = needingWords(new RegExp(`\\b(?:in|from|by) (?:${MONTHS})\\b`, "g"));
/** A month named after something done: "we moved in March", "the numbers we cancelled in August". */
const MONTH_PAST = needingWords(
  new RegExp(
    `\\b(?:\\w+ed|was|were|did|went|began|sent|got|came|left|became|made|took|bought|sold|paid) (?:\\w+ ){0,2}(?:in|from|by) (?:${MONTHS})\\b`,
    "g",
  ),
);

/**
 * What the client asks for. A month named reads as work planned for then ("please move the server in
 * March"), unless every month named is when something was done: the lemmas carry no tense ("we moved in
 * March" reads "we move in march"), so the words as written decide.
 */
export function requestOf(text: AnalysedText): Found<RequestType> | undefined {
  const monthsNamed = text.raw.match(MONTH_NAMED)?.length ?? 0;
  const monthsPast = text.raw.match(MONTH_PAST)?.length ?? 0;
  if (monthsNamed === 0 || monthsPast < monthsNamed) return first(text, REQUESTS);
  const lemmas = text.lemmas.replace(MONTH_NAMED, (named) => " ".repeat(named.length));
  return first({ ...text, lemmas }, REQUESTS);
}
