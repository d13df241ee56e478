import { type Cue, cue, type Found, first } from "./cues.js";
import { FUNCTION_VERBS, OUT_OF_SERVICE } from "./down-cues.js";
import { CREDENTIALS_GIVEN } from "./impact-cues.js";
import { LOOKALIKE_FAILURES } from "./lookalike-failures.js";
import { misspeltLabel } from "./misspelt-label.js";
import { RESULT_STATES } from "./result-cues.js";
import { DEGRADED, SEVERELY_DEGRADED, SEVERELY_DEGRADED_BY_COST } from "./slowdown-cues.js";
import type { AnalysedText } from "./text-analysis.js";
import { WRITING_FAILED } from "./written-mentions.js";

/** In what state the service is, from out of service to cosmetic. */
export type ServiceState = "down" | "broken" | "severely degraded" | "degraded" | "wrong" | "cosmetic";

/** Out of service, failing or slow: what the service does not do, from down to a slowdown. */
const FAILURE_STATES: readonly Cue<ServiceState>[] = [
  OUT_OF_SERVICE,
  SEVERELY_DEGRADED,
  cue(
    "broken",
    // "the headset died", "my laptop just died on me"
    "!(die|died)(?! (down|out))",
    // not what may happen to the client's own things: "a 'delayed' WhatsApp when a truck breaks down"
    "!(fail(?<!(show|appear|display|mark|list|flag|label) (\\w+ ){0,3}as fail)|failing|broken(?! (styling|style|layout|formatting|css|image|icon|picture|logo|thumbnail|link (in \\w+ )?(to|for) (the |our |your )?(doc|documentation|help|article|faq|knowledge base|guide|manual|term|privacy|support)))|break(?! (styling|style|layout|formatting|css|change))(?! down (the|our|your|it|them|this|that|by|per|into|each|usage|cost))(?<!(when|if|whenever|in case) (a|an|one of our) (\\w+ ){0,2}break)(?<!\\b(on|the|a|christmas|summer|winter|easter|holiday|lunch|coffee|school|half-term|term) break)|broke|useless(?<!your (\\w+ )?(platform|system|service|software|product|tool) be (so |just |completely |totally )?useless)|errors|bug(?! (me|us|him|her|them))(?!(?<=(^|\\| )bug)( report)? \\|)(?<!\\b(possibly|maybe|perhaps|probably|might be|could be|be this|be it|a known) (a )?bug)(?<!\\b(whether|if) [^|]*\\bor (a )?bug)|crash|stick(?<!\\b(usb|memory|thumb|glue) stick)|stuck|hang(?! (for )?(a few|a couple of|some|several|\\d+) second)|freeze(?! (for )?(a few|a couple of|some|several|\\d+) second)|block|lock|reject(?<!(approve|accept|pending|open) (and|or) reject)(?! (button|link|option|tab|icon)s?(?![\\w]))|refuse|deny|bounce|malfunction|erroring|borked|busted|hosed|(be|get) hose|bricked|fried|act up|bomb out|bombing out|on the blink|quit work|throttle(?<!_ throttle)|hanging|frozen|glitch|exception)",
    "!can … \\| except (for )?(me|him|her|one|a few)",
    // "inbound calls ring out and are never offered to agents": what comes in never reaches anyone
    "(call|chat|conversation|message|ticket)s? (\\w+ ){0,6}be never ~(offer|route|deliver|connect|answer|assign|put ~through)(?![\\w'])",
    "(call|number|line|phone)s? (\\w+ ){0,4}(just |all )?ring out",
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
    "access deny",
    // "my camera isn't detected in Teams": the device is not seen at all
    "be not ~(detect|detected|recognise|recognize|recognised|recognized)",
    // "when I add a user I get 'limit reached'": a limit the client says they are not at
    "(get|see|receive|hit|show)s? (a |an |the )?(\\w+ )?(limit|quota) (reach|reached|exceed|exceeded)",
    // "she gets 'you need permission' on every link": kept out by the permissions
    "(get|see|show|receive|give)s? (a |an |the )?(message |error )?(saying |that )?(you )?(need|request) (a )?permission",
    // an expired certificate warns visitors off, it does not take the site down
    "(certificate|cert|ssl) (have |has )?(expire|expired)",
    // something wrong for those named, whatever it is: "all your customers seem to be affected"; not
    // "nothing else is affected"
    "(seem to be|be all|be) !affect(?! by (the |your |an |a )?(\\w+ )?(maintenance|update|change|upgrade|migration|price|outage|holiday))",
    "!forbidden",
    // not what the client's own customers take a message for: "some patients think it's phishing"
    // nor what the client asks whether it is: "Is this email a phishing attempt?"
    "!(virus|malware|phishing)(?<!(think|believe|fear|worry|suspect) (it|this|that|they|them) be (a )?\\w+)(?<!mistake (it|this|that|them|us) for \\w+)(?<!(^|\\| )be (this|that|it) ((\\w+ )?(email|mail|message|link|text|sms) )?(a |an )?phishing)",
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
    // a call one side cannot hear: "the agent's audio is one way about half of the time"
    "(one ?-?way (audio|sound|voice|speech)|(audio|sound|voice|speech) (be |is )?(only )?one ?-?way)",
    // "the unsubscribe page gives a 404", "the link shortener returns 404 for every link", "links lead to a 404"
    "((give|return|throw|show)s?|(lead|go|point|redirect)s? to) (a |an )?(404|500|502|503)(?![\\w])",
    // "the label printer prints blank labels half the time", "prints every second label blank"
    "print (only )?(blank|empty) (label|receipt|ticket|sticker|barcode|badge)s?",
    "print (every (second|other|third) |some (of the )?|half (of )?(the |our )?)(label|receipt|ticket|sticker|barcode|badge)s? (blank|empty)",
    // "printing is impossible for the whole floor"
    "be (completely |totally |just )?impossible(?! to (read|understand|say|tell|know|find out))",
    // "the warehouse PC has no network", "the phone has no dial tone"
    "have no (network|internet|connection|connectivity|wifi|wi-fi|signal|power)",
    // a reader that reads nothing: "the scanner can't read the barcodes"
    "(can not|~can|be unable to|do not|will not|no longer) ~?read ~?(the |any |our )?~?(\\w+ ){0,2}~?(barcode|card|badge|chip|qr|code|label|ticket)s?",
    // "the drive mapping is gone on every PC"
    "(mapping|shortcut|drive|printer|icon|folder|mailbox|calendar)s? (be )?(go|gone) (on|from)",
    // messages delivered empty: "incoming emails land in the inbox without their text"
    "without (the |their |its |any )?(text|content|body|message text|image|picture|photo|attachment|media)s?(?! \\w)",
    // calls that reach no one: "go to a dead end", "go nowhere"
    "(go|lead|end|route) (up )?(to )?(nowhere|a dead end)",
    // calls that connect with nothing to hear: "there's no audio either way"
    "no ~(audio|sound)",
    // "the IVR plays silence to every caller", "callers hear nothing but dead air"; not silence where the hold
    // music cut out
    "(play|get) (only |just |nothing but )?(silence|dead air)",
    "hear (only|just|nothing but) (silence|dead air)",
    // "the call connects and the user hears silence", "the OTP calls say nothing": the call itself is empty
    "connect (and|but) (the )?(\\w+ )?hear (only |just |nothing but )?(silence|dead air|nothing)",
    "call (say|play) nothing",
    // a device gone: "Jan's laptop got stolen"
    "(get|be|been|was|got) (stolen|stole|steal)",
    "data loss",
    // what the service itself removed: "your backup deleted files on every customer's share", "folders
    // were wiped"; not what the client asks how to remove or removed itself ("I accidentally deleted an
    // email")
    "(delete|wipe|erase|purge) (\\w+ ){0,3}(file|folder|document|data|mailbox|email|record)s?(?<!(how|to|can|could|i|we|please|pls|want|need|keep|restore|recover|retrieve|back|find|see|store|the|any|our|my|all) (~)?(delete|wipe|erase|purge) (\\w+ ){0,3}\\w+)(?<!(i|we|he|she|they|someone|somebody|colleague|user) ~?\\w+ (~)?(delete|wipe|erase|purge) (\\w+ ){0,3}\\w+)",
    "(file|folder|document|data|mailbox|email|record)s? ((\\w+ ){0,4}(have be|be|get|seem to be|seem to have be) )?(delete|wipe|erase|purge)(?! (automatically|by (me|us|mistake|accident|design|default)|(\\w+ )?(after|when|once|if|every)))",
    "be missing (\\w+ ){0,2}(file|folder|document)s?",
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
    // "the canned responses are gone for all agents" (read "be go for"), not "we're going for the yearly plan"
    "be (all )?(gone|go) for (all|every|everyone|everybody|anyone|anybody|any|the whole|our whole|the entire|our entire)(?![\\w'])(?! 's)",
    "lose (data|record|file)",
    "lost (data|record|file)",
    // "what does error E_THROTTLED mean" asks what it means
    "!error(?! (email|notification|message|alert|report|log))(?<!\\bwhat do error)",
    // not a case a question is about: "call back a motorist whose call dropped"
    "!(call|connection|line)s? (keep )?drop(?<!whose (call|connection|line)s? (keep )?drop)",
    "!call … !drop(?<!whose (call|line|connection) drop)",
    // "about half of the calls transferred from our IVR to the Spanish queue drop": calls lost, counted
    "(half|a third|a quarter|most|many) of (the |our |all )?call (\\w+ ){0,8}drop",
    // not what it leaves out: "the handover drops the customer's language"
    "drop (the |our )?(caller|call|customer|line)(?! 's)",
    "(recording|voicemail)s? … ~play",
    "stop (at|halfway|midway|part way)",
    "lose (their|the|its|our|all) (recording|attachment|history|message|data|file|record)s?",
    // Calls or chats sent to the wrong place: the routing does not work
    "(end up|land|be route|be transfer|be forward|be assign|get route|get transfer|get assign) (in|to|with) (the )?wrong",
    "end up (in|with) \\w+ instead of",
    // "doesn't pick a winner anymore": it used to work and stopped
    // not what the client stopped using: "we don't use it anymore", nor a document the client has lost:
    // "can you send me a copy of our SLA? I can't find it anymore"; nor what may no longer be needed: "or is
    // that not necessary anymore?"
    "~\\w+ (~\\w+ ){0,4}~(anymore|any more)(?<!~(use|need|want) (~\\w+ ){0,4}~(anymore|any more))(?<!~(necessary|needed|required) ~(anymore|any more))(?<!(i|we) (can|do) not ~find ~(it|them) ~(anymore|any more))",
    // not what the client stopped using: "the old printer is no longer used"
    "no longer \\w+(?<!no ~longer ~(use|need|want|require))",
    // "phones and internet went off at the same time", "the whole surgery is cut off"
    "(internet|phone|phones|wifi|power|network|line|lines|connection|electricity)( and \\w+)? (\\w+ ){0,2}(go|went) off(?! (like|at me))",
    // "the whole business park seems cut off"
    "(we|us|whole (\\w+ )?\\w+|entire (\\w+ )?\\w+|office|surgery|building|site|shop|park|branch|store) (be |get |seem |seem to be |have be )?(completely |totally |entirely )?cut off(?! (after|at|mid|half|in the middle))",
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
    "(have|has|be|'s) (all )?stop(?= \\||$| since| at| this| today| overnight| \\d)",
    "!time out",
    // "SIP 408 timeouts on every outbound call"
    "!(timeout|time-out)s? (on|for|with) (every|all|each|any|most|our)",
    "!timing out",
    // not what may come: "Should we change something before it stops working?"
    "!stop(?<!(before|in case) (it|they|this|that) stop) (work|respond|reply|go|run|sync|send|answer|ring|load|connect|deliver|process|update|record|receive|create|assign|import|export|forward|route|transfer|show|play|open|close|save|fire|trigger|notify|dial|place|appear|arrive|come|attach|accept|hand|add|include|apply|flow|move|post|print|scan)(ing)?(?! (me|us) )",
    // a bot that only has its fallback left: "returns the fallback 'I don't understand' to every question"
    "(return|give|send|answer with|reply with|respond with|fall back to|show) (the |a |its |our )?(fallback|default (answer|reply|message|response|intent))",
    // an automatic step that never happens: "the overflow to voicemail doesn't kick in"
    "~kick ~in",
    "!stop (going|running)",
    "!stop \\w+ing",
    "!stopped \\w+ing",
    "(show|say|display|be|go|get) (as )?disconnect(ed)?",
    // "customers who ring to book get a recorded message that we're closed": turned away by the line itself
    "recorded (message|announcement) (\\w+ ){0,2}(that|say) (we|they|it|the \\w+) be close(?![\\w'])(?! (on|at|over|outside|after|before|for|from|until|till|between|every) )",
    // "the live chat on our site gets 'connection lost'"; a message that stays on "one grey tick" never
    // reached the phone it was sent to
    "connection (lose|lost|drop|dropped|fail|failed)",
    "(sit|stay|stick|stuck|remain|see|show|get) (on )?(only )?(one|a single|single) (grey |gray )?tick",
    // messages that never show are lost to the agents, not shown wrongly
    "~show (\\w+ ){0,3}~?(message|email|mail|chat|call|conversation|ticket|voicemail)s?",
    // our phones not answered ("our hotline is not picking up"), not customers who do not pick up
    "(hotline|line|phone|number|queue|switchboard)s? (be )?(not )?~pick ~up",
    // what callers hear instead of us: "all incoming calls go to a 'number not in service' message"
    "(number )?not in service",
    // gone as soon as it opens: "on iPhones the widget opens and closes right away"
    "(open|start|launch|load)s? and (then )?(close|crash|disappear|shut)s? (again |down )?(right away|immediately|at once|straight away|again)",
    // "our voice numbers all give a busy tone"
    "(number|line|phone|call|hotline)s? (\\w+ ){0,3}(all )?(give|return|play|get|hear) (a |the )?(fast )?(busy|engaged) (tone|signal)",
    // "(the line) gives a busy tone to all callers": only a line does
    "(give|return|play)s? (a |the )?(fast )?(busy|engaged) (tone|signal) to",
    // "most of our callers get a busy tone"
    "(caller|customer|people|we|they)s? (\\w+ )?(get|hear|receive) (a |the )?(fast )?(busy|engaged) (tone|signal)",
    // "inbound calls go straight to a fast busy tone"
    "(go|get sent|get put through|be sent|be put through) (straight |directly |right )?to (a |the )?(fast )?(busy|engaged) (tone|signal)",
    "(ring|connect) … and drop",
    "!error out",
    "something go wrong",
    "!oops",
    // "the button does nothing"; not what the client did: "we did nothing on our side", "I did nothing different"
    "!do nothing(?<!(we|i|you|they) (\\w+ )?do nothing)(?! (different|differently|wrong|special|unusual)(?![\\w']))",
    "~do ~anything",
    "!throw an error",
    // a device that does not come to life: "my PC won't turn on", "the screen stays black"
    "~(turn|switch|power|come) ~on",
    // "the kitchen staff can't clock in"
    "~clock ~(in|out|on|off)",
    // "the girls can't check in any guests", "we can't sell anything"
    "~check ~(in|out)(?= ~(any|the|a|our|new|guest|patient|customer|passenger|visitor|student|member|people|anyone|anybody)(?![\\w']))",
    "~sell(?= ~(anything|any|a thing|nothing|at all|our|the)(?![\\w']))",
    "~(power|start) ~up",
    "(screen|monitor|display) (\\w+ ){0,2}(stay|remain|go|be) (completely |totally )?(black|dark)",
    // not what the client chose to stop: "we don't use it anymore"
    // not a pause of seconds: "'not responding' for a few seconds", read as a slowdown
    // not a condition: "can we test without being charged?"
    // not who will be away: "patch the servers on Saturday night; nobody will be working"
    // not what the provider may do: "probably nothing you can do quickly, but every flow has stopped"
    // nor what the writer does not know: "not sure what it's called, but …"
    // not what a fault does not touch: "no impact on our work", "nobody's work is affected", "doesn't change
    // what gets sent"; nor a sign that is not there: "prices without the currency sign"
    `~${FUNCTION_VERBS}(?<!without ~?(being|get|getting|have|having) ~?\\w+)(?!(?<=(nobody|no ~one) ~'s ~work) ~(be|get|seem)( ~be)? ~(affect|impact|hold|block|hinder|touch))(?<!~?(currency|dollar|euro|pound|plus|minus|equal|percent|hash|dollar|pound) ~sign)(?<!(i|we) do not ~understand)(?<!(hardly|barely) ~understand)(?<!(customer|caller|people|they|recipient)s? do not ~(recognise|recognize))(?<!~?(impact|effect|influence|consequence)s? ~on ~(our|my|the|your|their) ~work)(?<!~(stop|keep|prevent) ~(anyone|anybody) (~from )?~\\w+)(?<!not ~(change|affect|alter|impact|touch) ~(what|how|which|whether|who|when|where)( ~?\\w+){1,3})(?<!(we|i|they) do not ~use)(?<!(i|we|they|you|he|she) be not ~assign)(?<!(we|i|they) never ~(call|use|dial|phone|text|send))(?<!not ~know ~(where|how|what) ~to ~\\w+)(?!(?<=(i|we) (can|do) not ~find) ~(it|them)(?![\\w']))(?<!no ~longer ~(use|used|need|needed))(?<!~will ~be ~work)(?<!(nothing|not much|little) ~you ~(can|could) ~do)(?<!(not ~sure|not ~know|no ~idea) ~(what|how|which) (~\\w+ ){0,3}~call)(?! ~?for ~?(a ~?few|a ~?couple ~?of|some|several|\\d+) ~?(second|sec))`,
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
    // not what the client wants done: "is there a way for an admin to log out all agents?"
    "!(kick|log(?<!to log)|sign|throw)(ed|s)? (me |us |them |him |her |everyone )?out",
    "!miss(ing)? (for|from|on|in) (all|every)",
    // not one that was put right: "thanks for fixing the issue yesterday", "the earlier issue is resolved"
    // not a numbered heading: "Problem 1: the chatbot ...", "issue 2 will follow"
    // nor a heading: "Issue: inbound calls not reaching agents", "MAJOR ISSUE: there is a typo …", "Two
    // smaller issues: …"
    // nor a verb: "the task 'Issue laptop'"
    // nor announcing the report or asking about it: "I have a problem: ...", "is this a known issue?",
    // "whether this is a mapping issue on our end or a bug"
    "!(problem|issue|trouble)(?<!known (problem|issue|trouble))(?<!(whether|if) (this|it|that) be (a|an) (\\w+ )?(problem|issue|trouble))(?!(?<=(have|with|got) (a|an|one|this|the following|some|a small|a little|a strange|a weird) (problem|issue|trouble)) \\|)(?! \\d)(?! (a |an |the )?(laptop|phone|invoice|refund|card|badge|key|credit|certificate|licence|license|pass|equipment)(?![\\w']))(?!(?<=(^|\\| )((a couple of|a few|several|multiple|some|two|three|four|2|3|4) )?((very|really|super) )?((major|big|huge|massive|serious|critical|urgent|important|severe|small|minor|little|quick|weird|strange|another|new) )?(problem|issue|trouble)) \\|)(?<!(fix|solve|resolve|sort|close) (\\w+ ){0,2}(problem|issue|trouble))(?! (be|have be|have|get|seem to be|seem to have be) (now |finally |all )?(resolve|fix|solve|sort|close|go|gone|over)(?![\\w']))",
  ),
  SEVERELY_DEGRADED_BY_COST,
  DEGRADED,
];

/** Ordered: the first state whose cue matches is the message's; failures before results. */
const FAILURES: readonly Cue<ServiceState>[] = [...LOOKALIKE_FAILURES, ...FAILURE_STATES];

/**
 * A call cut off, told by the people calling: "voters ringing the election helpline get cut off after the
 * greeting" is the call dropped, not something shortened ("cut off" among the results). Read in the
 * client's words: the lemmas make "ringing" and "callers" one word.
 */
const CALLS_CUT_OFF: readonly Cue<ServiceState>[] = [
  cue(
    "broken",
    "\\b(calling|ringing|phoning|dialling|dialing)\\b( [\\w'-]+){0,6}? (get|gets|are|is|getting|keep getting) cut off\\b",
  ),
];

/** The service's state: a failure first, then a misspelt label, then wrong results or how it looks. */
export function stateOf(text: AnalysedText): Found<ServiceState> | undefined {
  return (
    first(text, FAILURES) ??
    misspeltLabel(text) ??
    first(text, CALLS_CUT_OFF, "raw") ??
    first(text, WRITING_FAILED, "raw") ??
    first(text, RESULT_STATES)
  );
}
