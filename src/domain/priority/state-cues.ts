import { type Cue, cue, type Found, first } from "./cues.js";
import { CREDENTIALS_GIVEN } from "./impact-cues.js";
import { misspeltLabel, RESULT_STATES } from "./result-cues.js";
import { DEGRADED, SEVERELY_DEGRADED } from "./slowdown-cues.js";
import type { AnalysedText } from "./text-analysis.js";

/** In what state the service is, from out of service to cosmetic. */
export type ServiceState = "down" | "broken" | "severely degraded" | "degraded" | "wrong" | "cosmetic";

// Verbs that, negated, say the service does not do its job: "isn't loading", "won't sync", "can't log in".
const FUNCTION_VERBS =
  "(draganddrop|work|load|open|run|respond|reply|answer|connect|sync|send|deliver|arrive|process|start|boot|print|receive|submit|save|upload|log|login|access|reach|get|see|place|make|use|go|come|function|import|export|authenticate|sign|dial|ring|call|do|fire|trigger|install|render|route|transfer|forward|generate|download|create|hear|pay|book|add|transcribe|record|translate|recognise|recognize|understand|post|publish|assign|pass|convert|store|accept|unsubscribe|subscribe|remove|delete|cancel|approve|reject|merge|notify|charge|attach|communicate|talk|speak|serve|schedule|scan|fax|charge)(ing|ed|d)?";

/** Out of service, failing or slow: what the service does not do, from down to a slowdown. */
const FAILURE_STATES: readonly Cue<ServiceState>[] = [
  cue(
    "down",
    // down, not "shows me as offline" (a status shown wrongly)
    "!(down(?<!upside down)(?<!slow (\\w+ ){0,3}down)(?<!run (\\w+ ){1,3}down)(?<!(write|note|jot|put) (\\w+ ){1,3}down)(?<!up and down)(?! the (page|middle|side|left|right|length|edge|screen|sheet|list))|offline(?<!who be offline)|dead(?! end)|outage(?<!(will there be|be there go to be|expect|plan|planned|schedule|scheduled|announce|announced) (any |an |a )?(\\w+ )?outage)|unavailable|inaccessible|unreachable|unusable|unresponsive)(?<!(show|appear|display|mark|list) (\\w+ )?as (down|offline|dead|unavailable))(?<!status (\\w+ ){0,4}(show|appear|display|say) (\\w+ )?offline)",
    "~use ~any ~of ~(your|the) ~(service|product|system|tool|channel)",
    "zero (\\w+ )?(call|message|order|email|sms|chat|conversation|lead)s?(?! (drop|fail|error))",
    // "no messages in or out since this morning"
    "no (\\w+ )?(message|call|sms|email|chat)s? (in or out|in and out|coming in or going out)",
    // "no inbound WhatsApp messages have arrived since 11": nothing gets through
    "no (inbound |outbound |incoming |outgoing )?(\\w+ )?(call|message|sms|email|chat|order)s? (have |has )?(arrive|come in|come through|go out|go through|be deliver|get through|reach)",
    // "whatsapp: 0 delivered today"
    "(^|\\| )(\\w+ )?(0|zero) (deliver|send|receive|process|answer|arrive|go through)(?! (and|but))",
    // not "it's slowing us all down"
    // not "how do I retry all failed records?": which records, not what happened
    "!(all|both) (fail|failed|failing|down|dead|stop|stopped|break|broken|stuck|stick)(?<!slow (\\w+ ){0,2}all down)(?! (record|message|order|item|job|run|flow|payment|sms|call|invoice|transaction|email|attempt)s?(?![\\w']))",
    // "our WhatsApp channel doesn't send or receive anything"
    "~(send|receive) ~or ~(send|receive) ~anything",
    // a maintenance page nobody announced: "all our users see a maintenance page"
    "(see|get|show|display|stuck on) (a |the )?maintenance (page|screen|message|mode)",
    // "nothing moves", "nothing syncs"
    "nothing ~?(move|run|sync|go through|get through|come through)(?![\\w'])",
    // "phone, whatsapp, chat all not working"
    "(all|both) (be )?not ~(work|load|respond|function|connect)",
    "neither … ~nor … ~(work|load|run|respond|connect|function|come|go)",
    "(customer|caller|user|we|they) (get|receive|see|hear) nothing",
    // "we're getting no service on anything you host", "callers get a 'number not in service' message"
    "no service(?! (desk|request|level|agreement|provider|contract))",
    "not in service",
    // "our WhatsApp Business account seems suspended, nothing can be sent"
    "(account|number|channel|tenant|sender|workspace) (\\w+ ){0,2}(suspend|suspended|deactivate|deactivated|disable|disabled)(?! (for|after) (one|a|the) (user|agent))",
    "nothing ~can ~be ~(send|deliver|receive|process|sync)",
    // "nothing on the network works"
    "nothing ~(on|in) ~(the|our) ~(network|office|system|server|platform|computer|pc)s? ~work",
    // "our customers' messages aren't reaching us": nothing gets through to the client
    "(be|do) not ~(reach|get ~to) ~us(?![\\w'])",
    // "our IVR is completely silent"
    "(completely|totally|entirely) (silent|dead)",
    // "we have no SMS delivery, no WhatsApp delivery and our voice menu is silent"
    "no (inbound |outbound )?(sms|whatsapp|rcs|email|voice|call|chat|message) (delivery|traffic|service)",
    "(menu|ivr|line|phone|voice|call) be (completely |totally |just )?silent",
    // what a line plays when it is out: "goes straight to 'technical difficulties, please call later'"
    "(go (straight |directly )?to|play|say|hear|get) (a |the )?(message )?(technical difficulty|technical problem|out of order|out of service)",
    // "the hosted desktops are gone for us": a service no longer there; not "the error is gone", nor "is
    // going well" (the lemma of both is "go")
    "(?<!(shortcut|icon|link|path|bookmark) to (the |our |my )?(\\w+ )?)(desktop|server|site|website|system|service|app|backup|drive|platform|portal|mailbox|email|everything|widget)s? ((be|have) )?(all |just |completely |suddenly )?(go|vanish|disappear)(?= (for|since|from|\\|))",
    "nothing ~in ~or ~out",
    "(total|complete|full) (failure|outage|breakdown|blackout|disruption|interruption)",
    "no ~(sms|call|message|email|order|chat|whatsapp) (~have |~has )?~(go|come|get) ~(out|in|through)",
    // "inbound calls are not coming through"
    "(call|message|sms|email|chat|order)s? (be |do )?not ~(come|go|get) ~(through|thru)",
    // "no campaign emails are being sent"
    "no (~\\w+ )?~(sms|call|message|email|order|chat|whatsapp|invoice|payment)s? ~be (~being )?~(send|sent|deliver|delivered|process|processed|receive|received)",
    "(show|display|say|stick on) (a |the )?maintenance",
    "(completely|totally|entirely) out(?! of)",
    "(service|telephony|voice|phone|line|internet|power|network|wifi|email|system|server)s? be (\\w+ )?out(?! of)",
    // "we can't send a single message": none at all
    "~\\w+ ~a ~single",
    "not ~a ~single",
    "(phone|line)s? (be |go )?(silent|dead)",
    "(account|instance|tenant|workspace|subscription|license|licence) (have |has )?(be |get |been )?(suspend|suspended|deactivate|deactivated|disable|disabled|expire|expired)",
    "bad gateway",
    "connection (refuse|refused)",
    "!(ransomware|hack|hacked|breach(?<!\\bsla breach)|compromise|compromised)",
    "data (leak|breach)",
    // not the people: "chats are assigned to agents who are offline"
    "!be (completely |totally |all )?(down|offline|dead)(?<!who be (completely |totally |all )?(down|offline|dead))",
    "not ~available",
    // a page that will not load, not a printer printing a blank page
    "(error|blank|white|empty) (page|screen)(?<!(print|add|insert|produce|include) (a |an |one |an extra |extra )?(error|blank|white|empty) page)",
    "!(50[0234]|40[13])(?! error for one)",
    // not a pause: "'not responding' for a few seconds"
    "~(work|load|run|respond|function) (for|at all)(?! ~?(a|one|two|three|\\d+|several|the ~?last|the ~?past) ~?(day|week|night|month)s?(?![\\w']))(?! ~?(a ~?few|a ~?couple ~?of|some|several|\\d+) ~?(second|sec))",
    // "not urgent at all" says how it ranks, not that nothing works
    "~\\w+ (~\\w+ ){0,2}~at ~all(?<!(urgent|critical|important|pressing|serious|rush|hurry) ~at ~all)",
    "stop (entirely|completely)",
    // "both SMS and Voice stopped for all our users"
    "both (\\w+ ){1,3}and (\\w+ ){1,3}(have )?!(stop|die|crash)",
    // "we cannot send or receive anything": nothing goes in or out
    "can not ~?(send|receive|make|place|take)( ~?or ~?(send|receive|make|place|take))? ~anything",
    "nothing (~be |~get |~have )?~(work|run|load|process|sync|go|come|happen|deliver|send|arrive)",
    // "nothing out", "nothing in or out": nothing went out
    "nothing ~out(?! ~of)",
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
    // "the whole business park lost internet", "all tenants lost their phone lines"
    "lose (all |our |the |their |its )?(\\w+ and )?(internet|connection|network|wifi|power|phone line|phones|line|connectivity)(?! (drive|folder|share|printer|path))(?! (\\w+ ){0,4}every (\\d+ |few |couple of )?(second|minute|min|hour|hr))",
    "(we|i) (have )?lose (all |our |the )?(sms|voice|phone|phones|internet|connection|service|email|inbox|whatsapp|chat|call|network|wifi|power|everything)(?! (i|we|she|he|they|that|which) )",
    // "all the firms on your network lost email at 9": the service, not an email lost
    "lose (all |our |their |its )?(email|e-mail|mail)(?! (\\w+ )?(i|we|she|he|they|that|which|from|about))",
    "!(only|just) spin",
    "no ~internet",
    // "the fibre was cut by roadworks"
    "(fibre|fiber|cable|line) (be |have be |get )?(cut|sever|severed|dig up)(?! off)",
    // ransomware locks everything it reaches: "all the PCs show a ransom message"
    "ransom (message|note|screen|demand)",
    "(hit|attack|infect|encrypt)(ed)? by (a )?ransomware",
    "ransomware (attack|infection)",
    // "the whole surgery has no phones"
    "(we|they|everyone|everybody|office|surgery|site|building|shop|store|practice|clinic|company|branch|warehouse) (\\w+ )?(have|has) no (phone|phones|phone line|phone lines|network|wifi|email|power|connection|dial tone|connectivity|card payment|card payments|payment|payments|signal)(?! (issue|problem|trouble))",
    "everything 's blank",
    "gone blank",
    "(be|go) blank",
    "none ~of ~(your|our|the) ~\\w+ ~(work|run|open|load|be ~work)",
    "none ~of ~our ~\\w+ ~(have|be) ~\\w+",
  ),
  SEVERELY_DEGRADED,
  cue(
    "broken",
    // "the headset died", "my laptop just died on me"
    "!(die|died)(?! (down|out))",
    "!(fail|failing|broken(?! (styling|style|layout|formatting|css|image|icon|picture|logo|thumbnail|link (in \\w+ )?(to|for) (the |our |your )?(doc|documentation|help|article|faq|knowledge base|guide|manual|term|privacy|support)))|break(?! (styling|style|layout|formatting|css))(?<!\\b(on|the|a|christmas|summer|winter|easter|holiday|lunch|coffee|school|half-term|term) break)|broke|useless|errors|bug(?! (me|us|him|her|them))|crash|stick(?<!\\b(usb|memory|thumb|glue) stick)|stuck|hang(?! (for )?(a few|a couple of|some|several|\\d+) second)|freeze(?! (for )?(a few|a couple of|some|several|\\d+) second)|block|lock|reject|deny|bounce|throttle(?<!_ throttle)|hanging|frozen|glitch|exception)",
    "!can … \\| except (for )?(me|him|her|one|a few)",
    // what the client set up is not followed: "the campaign scheduler ignores the send time", "the routing
    // rules are ignored" (a column an import skips stays a wrong result)
    "(setting|rule|routing|scheduler|schedule|capacity|priority|time ?zone|business hour|opening hour|send time|skill)s? (be |get )?ignore",
    "ignore (the |our |agent |their )?(\\w+ ){0,2}(setting|rule|routing|capacity|priority|send time|time ?zone|schedule|skill|business hour|opening hour)s?(?![\\w])",
    // the same one every time: "the A/B test always sends variant A", "gives all new chats to the same agent"
    "(always|only) (send|go|pick|choose|use)s? (\\w+ ){0,2}variant",
    "(100 ?%? |all |everything |everyone )(\\w+ )?to variant",
    "(give|assign|send|route)s? (all|every) (\\w+ ){0,2}(chat|call|conversation|ticket)s? to the same (agent|person|queue|user)",
    // sent at once where it was to wait: "the 'send later' option sends replies immediately"
    "(send later|scheduled|scheduler) (\\w+ ){0,8}(immediately|right away|straight away|at once)",
    "(immediately|right away|straight away) instead of (at )?the (chosen|scheduled|planned|set) time",
    "access deny",
    // an expired certificate warns visitors off, it does not take the site down
    "(certificate|cert|ssl) (have |has )?(expire|expired)",
    // something wrong for those named, whatever it is: "all your customers seem to be affected"
    "(seem to be|be all|be) affect(?! by (the |your |an |a )?(\\w+ )?(maintenance|update|change|upgrade|migration|price|outage|holiday))",
    "!forbidden",
    "!(virus|malware|phishing)",
    // "everyone got a fake invoice email and accounts paid one"
    "(fake|fraudulent|scam|spoof|spoofed) (invoice|email|mail|payment request|bank detail)s?",
    CREDENTIALS_GIVEN,
    // data gone: "the shared mailbox is missing all emails from last week"
    "miss (all|every|the|our) (\\w+ )?(email|message|file|folder|record|contact|conversation|data|document)s?(?! (field|column|button|icon|label))",
    // "some agents see an empty inbox", "new emails arrive as empty conversations"
    "see (an |a )?(empty|blank) (inbox|screen|page|list|queue|dashboard|conversation)",
    // "Outlook shows all my emails as blank"
    "(show|display) (all )?(my|our|his|her|their) (\\w+ )?(email|mail|message|file|document)s? as (blank|empty)",
    "(arrive|come in|come through|land|show up|appear) as (an |a )?(empty|blank) (conversation|message|email|chat|ticket)",
    // an error named in the client's words: "some of our senders get 'invalid sender'"
    "(get|return|give|throw)s? (an? )?(invalid|unknown|unauthorized|unauthorised|forbidden|rejected) \\w+",
    // the bot giving up: "the chatbot answers with the fallback message to almost every question"
    "(answer|reply|respond)(ing)? with (the |a |its |our )?fallback",
    // "the reply button is greyed out for everyone"
    "(be |stay |get )?(greyed|grayed|grey|gray) out",
    // "email campaigns to Gmail all land in spam"
    "(land|go|end up|arrive|get filter)s? (\\w+ )?in (the )?(spam|junk)",
    // "outlook search has stopped finding anything"
    "stop (find|finding|match|matching)",
    // "the unsubscribe page gives a 404", "the link shortener returns 404 for every link"
    "(give|return|throw|show)s? (a |an )?(404|500|502|503)(?![\\w])",
    // "the label printer prints blank labels half the time"
    "print (only )?(blank|empty) (label|receipt|ticket|sticker|barcode|badge)s?",
    // "printing is impossible for the whole floor"
    "be (completely |totally |just )?impossible(?! to (read|understand|say|tell|know|find out))",
    // "the warehouse PC has no network", "the phone has no dial tone"
    "have no (network|internet|connection|connectivity|wifi|wi-fi|signal|power)",
    // a reader that reads nothing: "the scanner can't read the barcodes"
    "(can not|~can|be unable to|do not|will not|no longer) ~?read ~?(the |any |our )?~?(\\w+ ){0,2}~?(barcode|card|badge|chip|qr|code|label|ticket)s?",
    // "the drive mapping is gone on every PC"
    "(mapping|shortcut|drive|printer|icon|folder|mailbox|calendar)s? (be )?(go|gone) (on|from)",
    // messages delivered empty: "incoming emails land in the inbox without their text"
    "without (the |their |its |any )?(text|content|body|message text)(?! \\w)",
    // calls that reach no one: "go to a dead end", "go nowhere"
    "(go|lead|end|route) (up )?(to )?(nowhere|a dead end)",
    // calls that connect with nothing to hear: "there's no audio either way"
    "no ~(audio|sound)",
    // a device gone: "Jan's laptop got stolen"
    "(get|be|been|was|got) (stolen|stole|steal)",
    "data loss",
    // the sender the recipients see is not the client's: "the sender name is replaced by a random number"
    "sender (name|id) (be )?(replace|show (up )?as|appear as|change to)",
    "show (our |the )?sender (name|id) as",
    "!(vanish|disappear)(ing|ed|s)?",
    "!(corrupt|corrupted)(?! (file|pdf|attachment|image|photo)s? (from|sent by) )",
    // "Anna's laptop blue-screens every couple of hours"
    "(blue ?-?screen|bluescreen|bsod)(s|ed|ing)?",
    "(paper )?(jam|jams|jammed|jamming)(?! (packed|session))",
    // "the board is gone" (read "be go"), not "it's gone blank"
    "be (all )?(gone|go)(?! (blank|white|grey|gray|away|through|down|up|back|to|for|on|out|well|fine|smooth|smoothly|ok|okay|great|according|as plan))",
    "lose (data|record|file)",
    "lost (data|record|file)",
    // "what does error E_THROTTLED mean" asks what it means
    "!error(?! (email|notification|message|alert|report|log))(?<!\\bwhat do error)",
    "!(call|connection|line)s? (keep )?drop",
    "!call … !drop",
    "drop (the |our )?(caller|call|customer|line)",
    "(recording|voicemail)s? … ~play",
    "stop (at|halfway|midway|part way)",
    "lose (their|the|its|our|all) (recording|attachment|history|message|data|file|record)s?",
    // Calls or chats sent to the wrong place: the routing does not work
    "(end up|land|be route|be transfer|be forward|be assign|get route|get transfer|get assign) (in|to|with) (the )?wrong",
    "end up (in|with) \\w+ instead of",
    // "doesn't pick a winner anymore": it used to work and stopped
    // not what the client stopped using: "we don't use it anymore"
    "~\\w+ (~\\w+ ){0,4}~(anymore|any more)(?<!~(use|need|want) (~\\w+ ){0,4}~(anymore|any more))",
    // not what the client stopped using: "the old printer is no longer used"
    "no longer \\w+(?<!no ~longer ~(use|need|want|require))",
    // "phones and internet went off at the same time", "the whole surgery is cut off"
    "(internet|phone|phones|wifi|power|network|line|lines|connection|electricity)( and \\w+)? (\\w+ ){0,2}(go|went) off(?! (like|at me))",
    "(we|us|whole \\w+|entire \\w+|office|surgery|building|site|shop) (be |get )?(completely |totally )?cut off(?! (after|at|mid|half|in the middle))",
    // "three laptops lost their network drives": what they work from, gone
    "lose (their |our |my |his |her |the |all )?(network|shared|mapped|s|h|p) (drive|folder|share)s?",
    // "our chat widget isn't showing on our website": what visitors reach the client through, gone
    "(widget|chat bubble|chatbox|chat box|chat button|launcher) (\\w+ ){0,3}(be |do )?not ~(show|appear|load|display)",
    // "we're getting no service on anything you host"
    // "the chatbot can't look up orders"
    "(can not|be unable to) ~look ~up",
    // "call recording is switched off by itself on all numbers"
    "(switch|turn|shut)(ed)? off by (itself|themselves)",
    // "all our flows have stopped since 6am"
    "(have|has|be) (all )?stop(?= \\||$| since| at| this| today| overnight| \\d)",
    "!time out",
    "!timing out",
    "!stop (work|respond|go|run|sync|send|answer|ring|load|connect|deliver|process|update|record|receive|create|assign|import|export|forward|route|transfer|show|play|open|close|save|fire|trigger|notify|dial|place|appear|arrive|come|attach|accept|hand|add|include|apply|flow|move|post|print|scan)(ing)?",
    // an automatic step that never happens: "the overflow to voicemail doesn't kick in"
    "~kick ~in",
    "!stop (going|running)",
    "!stop \\w+ing",
    "!stopped \\w+ing",
    "(show|say|display|be|go|get) (as )?disconnect(ed)?",
    // messages that never show are lost to the agents, not shown wrongly
    "~show (\\w+ ){0,3}~?(message|email|mail|chat|call|conversation|ticket|voicemail)s?",
    // our phones not answered ("our hotline is not picking up"), not customers who do not pick up
    "(hotline|line|phone|number|queue|switchboard)s? (be )?(not )?~pick ~up",
    // what callers hear instead of us: "all incoming calls go to a 'number not in service' message"
    "(number )?not in service",
    // "our voice numbers all give a busy tone"
    "(number|line|phone|call|hotline)s? (\\w+ ){0,3}(all )?(give|return|play|get|hear) (a |the )?(fast )?(busy|engaged) (tone|signal)",
    "(ring|connect) … and drop",
    "!error out",
    "something go wrong",
    "!oops",
    "!do nothing",
    "~do ~anything",
    "!throw an error",
    // a device that does not come to life: "my PC won't turn on", "the screen stays black"
    "~(turn|switch|power|come) ~on",
    // "the kitchen staff can't clock in"
    "~clock ~(in|out|on|off)",
    "~(power|start) ~up",
    "(screen|monitor|display) (\\w+ ){0,2}(stay|remain|go|be) (completely |totally )?(black|dark)",
    // not what the client chose to stop: "we don't use it anymore"
    // not a pause of seconds: "'not responding' for a few seconds", read as a slowdown
    `~${FUNCTION_VERBS}(?<!(we|i|they) do not ~use)(?<!no ~longer ~(use|used|need|needed))(?! ~?for ~?(a ~?few|a ~?couple ~?of|some|several|\\d+) ~?(second|sec))`,
    "unable to",
    "need (a )?(second|another|2nd|third) (try|attempt|go)",
    "stop after (\\d+|a few|a couple of) (second|minute|hour)",
    // "calls stopped on every number": it stopped, for whom is the scope's to say
    "!stop (for|on) (all|every|everyone|everybody|anyone|anybody)",
    // "sent to 30 % of the list and stopped"
    "(and|then|just) stop(?= \\||$)",
    "~show ~up",
    "(return|show|find|give) (zero|no|0) (result|contact|record|item|row|match)",
    "(recording|audio)s? (be |go )?(silent|empty|blank)",
    "(return|find|give|show|display|load) nothing",
    "(be|stay|remain) (completely |totally |all )?empty",
    "(insert|send|return|produce|create|generate|paste) (an |a )?(empty|blank) (text|message|reply|answer|email|field|template|file)",
    "(create|send|generate|produce|return|place) no \\w+",
    "(no|zero) (call|message|order|email|sms|record)",
    "!(kick|log|sign|throw)(ed|s)? (me |us |them |him |her |everyone )?out",
    "!miss(ing)? (for|from|on|in) (all|every)",
    "!(problem|issue|trouble)",
  ),
  DEGRADED,
];

/**
 * Read before the failures, whose words they share: a dead help link or a label that never goes away is
 * how it looks; a field a flow drops ("drops the shipping address") is a wrong result, not a drop.
 */
const LOOKALIKE_FAILURES: readonly Cue<ServiceState>[] = [
  cue(
    "cosmetic",
    "(help|info|docs|documentation|faq|learn more|manual|guide|privacy|terms)( pdf)? (icon|link|button)(?=.*(no longer exist|404|not found|not ~find|dead|broken|break|~exist))",
    "(label|tag|sticker|ribbon|banner|pop-?up|popup|prompt|notification|reminder) (\\w+ ){0,6}(never ~?(go ~?away|disappear)|stay forever|(will|do) not ~go ~away)",
    // how an icon reads: "the icon for voicemail looks like a cassette, nobody gets it"
    "(icon|logo|symbol|emoji) (\\w+ ){0,4}look like",
  ),
  cue(
    "wrong",
    "drop (the |a |an )?(\\w+ )?(field|address|value|column|line|item|attachment|data|name|email|phone number)s?(?![\\w])",
    // an error waved away, or gone after a restart: "I close it and Excel works", "it prints after restarting"
    "(i|we|they|she|he) (just |simply )?(close|dismiss|ignore|click away|click ok on|click through|click past) (it|that|them|the (\\w+ )?(error|message|popup|pop-up|warning|dialog))",
    "(work|print|open|load|connect|start|run)s? (fine |again |normally )?after (i |we |they )?(click continue|click ok|restart|reboot|close it)",
    // an unhelpful error for a request that fails anyway: "'unknown error' instead of a clear message"
    "instead of (a |an |the )?(clear|helpful|proper|meaningful|useful|readable|specific|real) (error|message|explanation|reason)",
    // in the wrong order, not failing: "the agent list doesn't sort by name anymore"
    "(do |be )?not ~sort(ed)?( ~(by|alphabetically|correctly|properly))?",
  ),
];

/** Ordered: the first state whose cue matches is the message's; failures before results. */
const FAILURES: readonly Cue<ServiceState>[] = [...LOOKALIKE_FAILURES, ...FAILURE_STATES];

/** The service's state: a failure first, then a misspelt label, then wrong results or how it looks. */
export function stateOf(text: AnalysedText): Found<ServiceState> | undefined {
  return first(text, FAILURES) ?? misspeltLabel(text) ?? first(text, RESULT_STATES);
}
