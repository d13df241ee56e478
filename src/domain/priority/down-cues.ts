import { type Cue, cue } from "./cues.js";

/**
 * Verbs that, negated, say the service does not do its job: "isn't loading", "won't sync", "can't log in".
 * The model reads "routed" and "routing" as "rout".
 */
export const FUNCTION_VERBS =
  "(draganddrop|work|load|open|run|respond|reply|answer|connect|sync|send|deliver|arrive|process|start|boot|print|receive|submit|save|upload|log|login|access|reach|get|see|place|make|use|go|come|function|import|export|authenticate|sign|dial|ring|call|do|fire|trigger|install|render|route|rout|transfer|forward|generate|download|create|hear|pay|book|add|transcribe|record|translate|recognise|recognize|understand|post|publish|assign|pass|convert|store|accept|advance|progress|move|unsubscribe|subscribe|remove|delete|cancel|approve|reject|merge|notify|charge|attach|communicate|talk|speak|serve|schedule|scan|fax|charge|apply|request|claim|file|enter)(ing|ed|d)?";

/**
 * The client's customers, not one or a few of them, who cannot do what they do with the client: "patients
 * can't reach us by phone", "residents can't call us".
 */
const CUSTOMERS_CANNOT =
  "(?<!(?<![\\w:])(one|a|single|some|few|two|three|\\d+) )(customer|caller|patient|client|resident|visitor|guest|member|traveller|passenger|citizen)s? (tell us (they )?|say (they )?)?can not ";

/** Shown for a moment, not out: "'not responding' for a few seconds", "shows the 'we're offline' text for a second". */
const SHOWN_FOR_A_MOMENT =
  "(?<!(show|say|display|read) ([\\w']+ ){0,3}(offline|unavailable|down)(?= (text |message |banner |notice |status )?for a (second|moment|split second|few second|couple of second)))";

/**
 * Out of service altogether: "down", "offline", "nothing arrives", "not in service". Read before the
 * failures, whose words these share.
 */
export const OUT_OF_SERVICE: Cue<"down"> = cue(
  "down",
  // down, not "shows me as offline" (a status shown wrongly)
  // not what may happen to the client's own things: "when a truck breaks down"
  // not a way through a page: "she scrolls down for now"; nor through a building: "they walk down to the
  // second floor printer", "the other printer down the hall"; nor a line "down every page"
  `!(down(?<!upside down)(?<!(walk|head|pop|nip|climb|step|wander|hop) down)(?<!(when|if|whenever|in case) (\\w+ ){1,3}break down)(?<!slow (\\w+ ){0,3}down)(?<!run (\\w+ ){1,3}down)(?<!(write|note|jot|put) (\\w+ ){1,3}down)(?<!(can|could|would|to|please) (\\w+ ){0,3}break down(?= (the|our|your|it|them|this|that|by|per|into|each|usage|cost)))(?<!up and down)(?<!(scroll|swipe|drag|page|arrow|tab) (\\w+ ){0,2}down)(?! (the|every|each) (page|middle|side|left|right|length|edge|screen|sheet|list|hall|hallway|corridor|stair|stairs|street|road|aisle))|offline(?<!who be offline)|dead(?! end)|outage(?<!(will there be|be there go to be|expect|plan|planned|schedule|scheduled|announce|announced) (any |an |a )?(\\w+ )?outage)(?<!(power|electricity|gas|water|grid) outage)(?<!prepare for (\\w+ )?outage)(?<!(after|since|following|before|during) (the |this |that |our |your |last |yesterday 's |this morning 's )?(\\w+ )?outage)(?! (map|message|alert|sms|team|line|queue|report|notification|repair|page|text|warning|form)s?(?![\\w']))|unavailable(?<!(mailbox|recipient|subscriber|addressee|destination) (be )?unavailable)|inaccessible|unreachable|unusable|unresponsive)(?<!(show|appear|display|mark|list) (\\w+ )?as (down|offline|dead|unavailable))(?<!status (\\w+ ){0,4}(show|appear|display|say) (\\w+ )?offline)${SHOWN_FOR_A_MOMENT}`,
  "~use ~any ~of ~(your|the) ~(service|product|system|tool|channel)",
  // the way in asked about, then answered: "can anyone log in to Kissflow? we can't"
  "(can|could|be) (anyone|anybody|someone|somebody|you|any of you) (else )?(able to )?(log in|login|sign in|access|get into|get in|reach|open|load|connect to|use)( ~?[\\w.]+){0,4} \\| (we|i) (can|be) not(?= \\||$)",
  // kept out: "Service Cloud won't let most of our agents in"; not "won't let me type in the field"
  "(will|do|can|would|be) not ~let (~(me|us|them|him|her|anyone|anybody|everyone|everybody|people|user|agent|staff|employee|colleague|member|most|many|all|half|some|any|of|our|the|\\d+)s? ){1,5}~(in|into|through)(?![\\w'])",
  // the words for out of use: "out of service", "kaput", "inoperable", "not operational", "at a standstill"
  "!(kaput|inoperable|inoperative|nonfunctional|non-functional)",
  "(be|go|have be) (completely |totally |entirely )?out of (service|action|commission)",
  // "Kissflow has gone dark for our entire company"; not "dark mode", nor "the camera image is dark"
  "(go|have go) (completely |totally |all )?dark(?! (mode|theme|background|colou?r|grey|gray|blue|green|red))",
  "not ~operational",
  "(be|come|grind|ground) (to |at )?a (complete |total )?(standstill|halt)",
  "(be|go|stuck|stay|sit) in maintenance mode",
  "(have|experience|see|be) (a |an )?(major |complete |full |total )?(service )?(interruption|disruption)(?! (of|in|to) (a few|some|\\d+) (second|minute))",
  "zero (\\w+ )?(call|message|order|email|sms|chat|conversation|lead|traffic)s?(?! (drop|fail|error))",
  // "no messages in or out since this morning"
  "no (\\w+ )?(message|call|sms|email|e-mail|mail|chat|text|fax)s? (in or out|in and out|coming in or going out)",
  // "no inbound WhatsApp messages have arrived since 11": nothing gets through
  "no (inbound |outbound |incoming |outgoing )?(\\w+ )?(call|message|sms|email|chat|order|campaign|newsletter|mailing|reminder)s? (have |has )?(arrive|come in|come through|go out|go through|be deliver|be import|get through|reach)",
  // a count fallen to nothing beside what it normally is: "0 delivered SMS and 0 answered calls in the last
  // 40 min, normally ~3k"; not a badge that shows 0 where there are some
  "(0|zero) (\\w+ ){0,2}(call|message|sms|chat|conversation|order|email|lead|text|booking)s?(?= [^]{0,80}\\b(normally|usually|typically|on a normal day)\\b)",
  // "have been without internet for two hours", "the whole office is without phones"
  "(be|have be|sit|leave|left) (all |both |now |still )?(completely |totally |entirely )?without (any )?(internet|network|connection|connectivity|email|e-mail|mail|phone|phones|telephone|wifi|wi-fi|power|access|service|system)s?(?![\\w'])",
  // "Outlook, Teams and the file shares are out for us"; not "out for lunch", "out of office"
  "(be|go|have be) (all |completely |totally )?out (for (us|everyone|everybody|all of us|the whole)|everywhere|across)(?![\\w'])",
  // "whatsapp: 0 delivered today"
  "(^|\\| )(\\w+ )?(0|zero) (deliver|send|receive|process|answer|arrive|go through)(?! (and|but))",
  // not "it's slowing us all down"
  // not "how do I retry all failed records?": which records, not what happened
  "!(all|both) (fail|failed|failing|down|dead|stop|stopped|break|broken|stuck|stick)(?<!slow (\\w+ ){0,2}all down)(?! (record|message|order|item|job|run|flow|payment|sms|call|invoice|transaction|email|attempt)s?(?![\\w']))",
  // "our WhatsApp channel doesn't send or receive anything"
  "~(send|receive) ~or ~(send|receive) ~anything",
  // a maintenance page nobody announced: "all our users see a maintenance page", "it shows a 'We'll be back
  // soon' maintenance page"; not a notice of one planned
  "(see|get|show|display|stuck on) (a |the )?((?!planned|scheduled|upcoming|next|announced)\\w+ ){0,6}maintenance (page|screen|message|mode)",
  // "nothing moves", "nothing syncs"
  "nothing ~?(move|run|sync|go through|get through|come through|land|arrive|come in)(?![\\w'])",
  // "inbound calls to our customer service number are not being connected": none of them is
  "(inbound|incoming|outbound|all|our) (\\w+ )?call … be not (~be |~being )?~(connect|put ~through)",
  // "the messages are not send, all is blocked": everything is
  "(^|\\| )(all|everything) be (completely |totally )?(block|blocked|stuck|stick|stop|stopped|down|dead)(?![\\w'])",
  // "phone, whatsapp, chat all not working"
  "(all|both) (be )?not ~(work|load|respond|function|connect)",
  "neither … ~nor … ~(work|load|run|respond|connect|function|come|go)",
  // "the other 40% got nothing": the part counted that nothing reached
  "(customer|caller|user|we|they|recipient|subscriber|contact|the (other|remaining) \\d+|the rest) (get|receive|see|hear) nothing",
  // "our WhatsApp inbox receives nothing since 2 hours"
  "(inbox|webhook|number|line|queue|channel|account|endpoint|server|app|system|mailbox) (\\w+ ){0,2}(receive|get) (absolutely )?nothing",
  // "we're getting no service on anything you host", "callers get a 'number not in service' message"
  "no service(?! (desk|request|level|agreement|provider|contract))",
  "not in service",
  // what a number that is gone plays: "callers hear 'this number is not in use'"
  "(number|line|extension) be (not|no longer) ~in ~use",
  // "SMS and voice traffic are both at zero"
  "(traffic|throughput|volume|delivery|deliveries|send|sending|call|message)s? (be |is |are )?(both |all )?(at|down to|drop to|fall to|go to) (zero|0|nothing)(?![\\w'])",
  // "IVR not picking up calls since 10": what answers the calls answers none
  "(ivr|line|number|hotline|switchboard|trunk|phone system)s? (\\w+ )?(be |do |have |has )?(not|no longer|stop) ~?(pick ~?up|answer|accept|take|route) (~any |~the |~our |~incoming |~inbound )?~?(call|phone)s?",
  // "the gateway went dark", "the phones went silent", "the whole thing fell over", "the API is toast"
  "(go|gone) (completely |totally |all )?(dark|silent|quiet)(?! (on|about|for) (us|me|the|this|that|it|our))",
  "(fall|fell) over(?! (the|a|an|my|our|his|her|their|some) )",
  "(be|seem) (completely |totally )?toast",
  "flatline(d)?",
  // "our WhatsApp Business account seems suspended, nothing can be sent"
  "(account|number|channel|tenant|sender|workspace) (\\w+ ){0,2}(suspend|suspended|deactivate|deactivated|disable|disabled|restrict|restricted)(?! (for|after) (one|a|the) (user|agent))",
  "nothing ~can ~be ~(send|deliver|receive|process|sync)",
  // "nothing on the network works"
  "nothing ~(on|in) ~(the|our) ~(network|office|system|server|platform|computer|pc)s? ~work",
  // "our customers' messages aren't reaching us": nothing gets through to the client
  "(be|do) not ~(reach|get ~to) ~us(?![\\w'])",
  // "Customers can't call us since 11": the client's customers as a whole, calling in, reach no one
  "(^|\\| )(our |the )?(customer|caller|client|patient|member|guest|people)s? (can|could) not ~(call|phone|ring) ~us(?![\\w'])",
  // "our IVR is completely silent"
  "(completely|totally|entirely) (silent|dead)",
  // "we have no SMS delivery, no WhatsApp delivery and our voice menu is silent"
  "no (inbound |outbound )?(sms|whatsapp|rcs|email|voice|call|chat|message) (delivery|traffic|service)",
  "(menu|ivr|line|phone|voice|call) be (completely |totally |just )?silent",
  // what a line plays when it is out: "goes straight to 'technical difficulties, please call later'"
  "(go (straight |directly )?to|play|say|hear|get) (a |the )?(message )?(technical difficulty|technical problem|out of order|out of service)",
  // "the hosted desktops are gone for us", "WhatsApp gone, phones gone": a service no longer there; not
  // "the error is gone", nor "is going well" (the lemma of both is "go")
  "(?<!(shortcut|icon|link|path|bookmark) to (the |our |my )?(\\w+ )?)(desktop|server|site|website|system|service|app|backup|drive|platform|portal|mailbox|email|everything|widget|whatsapp|phone|telephony|sms|(web|live)?chat)s? ((be|have) )?(all |just |completely |suddenly )?(go|vanish|disappear)(?= (for|since|from|\\|))",
  // "our account has stopped delivering WhatsApp messages altogether"
  "stop (\\w+ ){1,4}altogether",
  // "No conversations are routed to agents anymore": what reaches the agents reaches none of them
  "(^|\\| )no (~(incoming|inbound|new) )?~(call|chat|conversation|message|ticket)s? (~be |~get )?~(rout|forward|assign|distribute|deliver|pass|put ~through)(ed)? ~to ((~our |~any )?~(agent|operator)|(~the |~our |~any )?~(queue|team))s?(?![\\w'])",
  "nothing ~in ~or ~out",
  "(total|complete|full) (failure|outage|breakdown|blackout|disruption|interruption)",
  "no ~(sms|call|message|email|order|chat|whatsapp) (~have |~has )?~(go|come|get) ~(out|in|through)",
  // "all our SMS reminders failed to send — none went out"
  "none (of (them|those|these|it) )?(have |has )?(go|get|come|make it) (out|through|in)(?! (late|twice|double|with|without))",
  // "inbound calls are not coming through"
  "(call|message|sms|email|chat|order)s? (be |do )?not ~(come|go|get) ~(through|thru)",
  // "no campaign emails are being sent"
  "no (~\\w+ )?~(sms|call|message|email|order|chat|whatsapp|invoice|payment)s? ~be (~being )?~(send|sent|deliver|delivered|process|processed|receive|received)",
  "(show|display|say|stick on) (a |the )?maintenance",
  "(completely|totally|entirely) out(?! of)",
  // "our voice line is out of order", "the hotline is out of order"
  "\\w+ (be |go |have be )?(completely |totally )?out of order",
  "(service|telephony|voice|phone|line|internet|power|network|wifi|email|system|server)s? be (\\w+ )?out(?! of)",
  // "'bind failed' on all 4 connections, zero throughput": nothing passes at all
  "(zero|0|no) (throughput|traffic)(?! (problem|issue|change|limit))",
  "(throughput|traffic) (be |drop |drop to |go to |fall to |at )?(zero|0|nil)",
  // "patients can't reach us by phone", "residents can't call us": the client's customers, all of them,
  // cut off from it (not "one customer can't reach us")
  `${CUSTOMERS_CANNOT}~(reach|call|phone|ring|contact|get ~through) (~to )?~us(?![\\w'])`,
  `${CUSTOMERS_CANNOT}~get ~through ~(by|on|to) ~(phone|us|our)`,
  // "our customers could not reach us in any way": by no way at all
  "~\\w+ (~\\w+ ){0,2}~(in|by) ~any ~(way|mean|means|channel|route)",
  // "we can't send a single message": none at all
  "~\\w+ ~a ~single",
  "not ~a ~single",
  // a status board's shorthand: "no SMS out, no WhatsApp out"
  "(^|\\| )no (inbound |outbound )?(sms|whatsapp|rcs|message|call|email|mail|text)s? (in|out)(?= \\|)",
  // "not one has gone out", "not one order comes from our webshop into NetSuite": none at all
  "(^|\\| )not ~one (~have |~has )?~(go|get|come) ~(out|through|in)",
  "not ~one ~(order|message|sms|call|email|mail|chat|record|invoice|payment|newsletter|campaign|mailing|reminder|confirmation|code|notification) (~have |~has |~be )?~(come|arrive|go|get|reach|land|sync|import|offer|route|deliver|connect|put)",
  "(phone|line)s? (be |go )?(silent|dead)",
  // not when it will: "could you tell us when our firewall licence expires?"
  "(?<!when (\\w+ ){0,3})(account|instance|tenant|workspace|subscription|license|licence) (have |has )?(be |get |been |show as )?(suspend|suspended|deactivate|deactivated|disable|disabled|expire|expired)",
  "bad gateway",
  "connection (refuse|refused)",
  "!(ransomware|hack|hacked|breach(?<!\\bsla breach)|compromise|compromised)",
  "data (leak|breach)",
  // not the people: "chats are assigned to agents who are offline"
  `!be (completely |totally |all )?(down|offline|dead)(?<!who be (completely |totally |all )?(down|offline|dead))${SHOWN_FOR_A_MOMENT}`,
  "not ~available",
  // a page that will not load, not a printer printing a blank page
  // nor a scanner or copier turning out blank pages
  "(error|blank|white|empty) (page|screen)(?<!(print|add|insert|produce|include|scan|copy|fax|output|spit out) (a |an |one |an extra |extra |only |just )?(error|blank|white|empty) page)",
  // a count, not a status code: "3 of the 500 records", "500 orders", "500ms"
  "!(50[0234]|40[13])(?! error for one)(?<!(of|of the|out of|of our) (50[0234]|40[13]))(?! (record|row|order|message|item|contact|customer|user|agent|sku|product|invoice|line|email|sms|call|people|employee|ms|millisecond|second|minute|euro|dollar|character|char|word|byte|kb|mb|file|document|ticket|request|account)s?(?![\\w']))",
  // not a pause: "'not responding' for a few seconds"
  "~(work|load|run|respond|function) (for|at all)(?! ~?(a|one|two|three|\\d+|several|the ~?last|the ~?past) ~?(day|week|night|month)s?(?![\\w']))(?! ~?(a ~?few|a ~?couple ~?of|some|several|\\d+) ~?(second|sec))",
  // "not urgent at all", "no urgency at all" say how it ranks, not that nothing works; "I am not technical
  // at all" who writes
  "~\\w+ (~\\w+ ){0,2}~at ~all(?<!(urgent|urgency|critical|important|pressing|pressure|serious|rush|hurry|problem|technical|techy|tech-savvy|an expert|expert|sure) ~at ~all)",
  "stop (entirely|completely)",
  // "both SMS and Voice stopped for all our users"
  "both (\\w+ ){1,3}and (\\w+ ){1,3}(have )?!(stop|die|crash)",
  // "we cannot send or receive anything": nothing goes in or out
  "can not ~?(send|receive|make|place|take)( ~?or ~?(send|receive|make|place|take))? ~anything",
  // "nothing of our marketing goes out"
  "nothing (~of ~(our|my|the|your) ~\\w+ )?(~be |~get |~have )?~(work|run|load|process|sync|go|come|happen|deliver|send|arrive)",
  // "nothing out", "nothing in or out": nothing went out
  "nothing ~out(?! ~of)",
  // "not one alert went out"
  "not ~(one|a ~single) (~\\w+ )?~go ~(out|through)",
  // "nothing gets out of our monitoring centre"
  "nothing ~(get|go|come) ~out(?! ~of ~(the )?~(ordinary|usual|place))",
  `~${FUNCTION_VERBS} ~for ~(anyone|anybody|everyone)`,
  "not ~(accessible|available|reachable|responsive|usable)",
  "(we|i|they|user|people|staff|agent|one|body) (can |could )?(not )?~do ~anything",
  "!(completely|totally|entirely|fully) (broken|break|fail|failing|stop|dead)",
  // not a login too late for a code that arrives late: "customers can't log in to our app in time"
  "~(get|log|login|sign) ~(into|in|on)(?! (~\\w+ ){0,5}~in ~time)",
  "unable to (log|get|access|sign|connect|login)",
  "redirect in a loop",
  "!only (\\d+|one|two|three|a few|a handful) (of|out of) … can",
  "(spin|load|loading) forever",
  // "SMS delivery is at 0%", "all messages expire"
  "(delivery|success|answer|pickup|connect|connection) (rate )?(be |drop to |go to |at ){1,2}(0|zero)(?! ~?(\\w+ )?(minute|second|hour|day|and))",
  // "our SMS, WhatsApp and voice traffic all dropped to zero"
  "(traffic|volume|throughput) (all )?(drop|fall|go|be down) to (0|zero|nothing)",
  "all (\\w+ )?(message|sms|call|email|order)s? (expire|bounce|drop)",
  "!(unauthorized|unauthorised)(?! for one)",
  "lose access",
  // "a total loss of service across Voice, SMS and the chatbot"
  "(total|complete|full|entire) loss of (service|connectivity|connection|telephony|messaging|internet|power|all service)s?",
  // "the whole business park lost internet", "all tenants lost their phone lines", "has lost phones"
  "lose (all |our |the |their |its )?(\\w+ and )?(internet|connection|network|wifi|vpn|power|phone line|phones|phone(?! (number|call|record|contact|setting|list|app|book))|line|connectivity)(?! (drive|folder|share|printer|path))(?! (\\w+ ){0,4}every (\\d+ |few |couple of )?(second|minute|min|hour|hr))",
  "(we|i) (have )?lose (all |our |the )?(sms|voice|phone(?! (number|call|record|contact|setting|list|app|book))|phones|internet|connection|service|email|inbox|whatsapp|chat|call|network|wifi|power|everything|messaging|telephony|text|texting|calling)(?! (i|we|she|he|they|that|which) )",
  // "all five brands on your platform lost voice and WhatsApp"
  "(brand|company|client|account|office|site|location|store|shop|branch)s? (\\w+ ){0,3}(have )?lose (all |our |the |their )?(sms|voice|phone|phones|whatsapp|chat|messaging|telephony|email|calling|internet)(?! (i|we|she|he|they|that|which) )",
  // "they lost the patient system and phones": what they work on, not data in it
  "lose (all |our |the |their |its )?(\\w+ )?(system|server|software|erp|crm|phone system)s?(?! (data|record|file|setting|history|log|password|configuration|connection to))",
  // "the accounting server crashed": the machine others work from is down, not one app that crashed
  "(?<!(sometimes|occasionally|often|keep|now and then) (the |our )?(\\w+ )?)(server|host|database|domain controller|firewall|router|nas|hypervisor|terminal server)s? (have |be )?(crash|die|dead|fall over)(?! (every|each|now and then|sometimes|occasionally|once|twice|again and again))",
  // a first day with nothing to work with: "a new starter has no account yet and starts today"
  "have no ~?(account|login|laptop|computer|pc|access|email|password)s?(?=.*(start|begin|join|arrive) (today|this morning))",
  // "all the firms on your network lost email at 9": the service, not an email lost
  "lose (all |our |their |its )?(email|e-mail|mail)(?! (\\w+ )?(i|we|she|he|they|that|which|from|about))",
  "!(only|just) spin",
  // "the whole module shows a spinning wheel for everyone": it never loads, as "just spins"; not a wait of
  // seconds ("a spinner for a few seconds, then it opens")
  "(show|display|get|see|stay on|stick on|sit on|hang on)s? (only |just )?(a |an |the )?(spinning|loading|endless|eternal|never-ending) (wheel|circle|icon|spinner|animation)(?! (for|of) (a |one |a few |a couple of |some |several |\\d+ )?(second|sec|moment))(?! (\\w+ ){0,3}then)",
  "no ~internet",
  // "the fibre was cut by roadworks"
  "(fibre|fiber|cable|line) (be |have be |get )?(cut|sever|severed|dig up)(?! off)",
  // ransomware locks everything it reaches: "all the PCs show a ransom message"
  "ransom (message|note|screen|demand)",
  "(hit|attack|infect|encrypt)(ed)? by (a )?ransomware",
  "ransomware (attack|infection)",
  // "the whole surgery has no phones"
  "(we|they|everyone|everybody|office|surgery|site|building|shop|store|practice|clinic|company|branch|warehouse) (\\w+ ){0,3}(have|has) no (phone|phones|phone line|phone lines|network|wifi|email|power|connection|dial tone|connectivity|card payment|card payments|payment|payments|signal)(?! (issue|problem|trouble))",
  "everything 's blank",
  "gone blank",
  "(be|go) blank",
  "none ~of ~(your|our|the) ~\\w+ ~(work|run|open|load|be ~work)",
  "none ~of ~our ~\\w+ ~(have|be) ~\\w+",
);
