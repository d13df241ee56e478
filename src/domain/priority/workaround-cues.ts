import { type Cue, cue } from "./cues.js";

/** A way to keep working named in the message, or one it says there is not. */
export const WORKAROUNDS: readonly Cue<"present" | "absent">[] = [
  cue(
    "absent",
    "no ~(reasonable )?~work ?~around",
    // "entering them by hand is impossible"
    "(by hand|manually|manual entry|manual work) (be|is) (impossible|not possible|not an option|no option|not feasible)",
    "(impossible|not possible|not feasible) to (\\w+ ){1,3}(by hand|manually)",
    "no ~workaround",
    // what was tried, to no avail: "Reloading, other browsers, incognito — nothing.", "cleared the cache, didn't help"
    "(incognito|browser|reload|refresh|restart|reboot|cache|cookie|reinstall|private window|another (device|computer|pc|laptop|phone|network)|different (device|computer|pc|laptop|phone|network))s? (\\w+ ){0,3}(\\| )?(nothing( ~\\w+)?|no ~luck|no ~change|no ~difference|still the same|same (thing|result|error|problem|issue)|do not ~(help|work|change anything)|not ~help|none of (it|that|this|them) ~?(help|work))(?= \\||$)",
    // a form filled in: "Workaround: none"
    "(workaround|work around|work-around) (\\| )?(none|no|nil|n/a|na|not available|not possible|not known|unknown)(?= \\||$)",
    // "we're completely stuck"
    "(we|i) be (completely |totally |really )?(stuck|stick)(?= \\||$)",
    "no ~way",
    "~way ~to",
    "nothing ~(we|i) ~can ~do",
    "no ~other ~(way|option)",
    // "there's no manual option"
    "no ~manual ~(option|route|alternative|process|fallback|way|path)",
    // "they can pick them manually, but with 300 an hour that's impossible"
    // "we tried entering orders by hand, but at 3,000 orders a day that's impossible"
    "(by hand|manually|manual) (but|\\|)( but)? ([\\w,.]+ ){0,6}(that|this|it) be (impossible|not possible|not feasible|not an option|not doable|unworkable)",
    // "I have nothing else to work on": no spare to turn to
    "nothing else to work (on|with)",
    // "it's the only printer we have"
    "(the )?only (printer|scanner|copier|pc|computer|laptop|phone|line|server|one) (we have|there be|in the (office|building|shop|practice))",
    // "it takes her an hour to do what normally takes ten minutes"
    "to do what (normally|usually) take",
    // one device for the week: "I'm on the road all week visiting customers"
    "(on the road|travel|travelling|abroad|away|at a (trade show|conference|fair|client site)) (all|this|the whole) (week|day)",
    // "she can't answer the switchboard from it": the person whose job is the calls
    "~answer ~the ~(switchboard|main line|main number|reception phone)",
    "no other (laptop|pc|computer|device|machine|phone)",
    // "and he's abroad": away from the office and any other device
    "(he|she|i) be (abroad|travelling|traveling|on the road|at a conference)(?= \\||$)",
    // one person with no mail out, no network, or no way to do the job: "Outlook won't send any emails for me"
    "(will|can|do) not ~send ~any ~(email|mail|message)s?",
    "(pc|laptop|computer|machine) (will|can|do|be) not ~connect ~to ~(the|any) ~(network|internet|wifi) ~at ~all",
    "(she|he|i|we|they) (can not|be unable to) ~(take|make|answer|process|do|handle) (~?any )?~?(booking|appointment|call|order|payment|sale|reservation|work|job)s?(?![\\w'])",
    // "no spare in the office"
    "no ~spare(?! ~(part|key|time|room|capacity))",
    "~(another|other) ~way",
    "~manually",
    "~by ~hand",
    "can not ~do ~anything",
    // "I've been sitting here for an hour doing nothing", "I can't use it at all"
    "sit (here |there )?(\\w+ ){0,4}do nothing",
    "can not ~use ~it ~at ~all",
    // offline altogether: "my laptop won't connect to any network"
    "not ~connect ~to ~any ~(network|wifi|wi-fi|internet)",
    // email out both ways: "I can't send or receive any emails"
    "can not ~(send ~or ~receive|receive ~or ~send) ~(any|anything)",
    // "can't reach any files": nothing to work on
    "can not ~(reach|access|open|get ~to) ~any ~(file|folder|system|drive|document)s?",
    // "she's just sitting there": nothing to work on
    "(she|he|i|they|we) (be )?(just )?(sit|sitting) (there|here|around)(?= \\||$)",
    // a person whose job is the calls: "she can't take any calls"
    "(she|he|i|we) (can not|~can|be unable to) ~(take|make|answer) ~any ~call",
    // "I can't do any work", "we can't get anything done"
    "can not ~(do|get) ~(any|much) ~work",
    // "so slow I can't get through my work"
    "can not ~get ~through ~(my|our|the|her|his|their) (\\w+ )?~work",
    "can not ~get ~anything ~do",
    // locked out of every system: "she can't log in to anything"
    "can not ~(log|sign) (~(in|on) ~to|~into|~onto|~in) ~anything",
    "can not ~(get ~into|access|open|use|save) ~anything",
    // "I can't read any of them"
    "(i|she|he) can not ~(read|open) ~any ~of ~(them|it|my)",
    // no way to keep working at all: "I can't work", "she's stuck at the login screen"
    "can not ~work",
    "(stuck|stick) at the (login|sign ?-?in)",
    // nothing to work on: "I'm locked out of my account"
    "lock(ed)? out (of )?(my|her|his|their|the) (account|laptop|pc|computer|everything|windows)",
    // nothing to work on until it is replaced: "he needs a replacement to work"
    "need (a |the )?replacement",
    // the usual fallback fails too: "webmail is blocked for me"
    "(webmail|web version|browser version|web app|mobile app|phone app) (\\w+ ){0,2}(be )?(also )?(block|blocked|not ~work|down|not ~available)",
    // the way back in fails too: "password reset isn't working"
    "reset (link |email |page )?(be |do )?not ~work",
    "~anything ~we ~can",
    // "no paper fallback", "there's no backup plan": the way around named, and denied
    "no (\\w+ )?~(fall ?back|alternative|plan ~b|backup ~(plan|option|system|line|way|process)|backup(?= \\||$))",
    // "there is no paper version": the usual way around, denied
    "no ~paper ~(version|copy|copies|record|records|list|form|system)(?![\\w'])",
    // "hard to get anything done": so slowed or hindered there is little work left
    "(hard|difficult|impossible) to ~?(get ~?anything ~?do|do (any|my|our|much) (work|job))",
  ),
  cue(
    "present",
    "!work ?around",
    "!workaround",
    // "we found a way around it", "we switched to the desktop app", "we're managing with copy paste"
    "!(find|found|have) a way (a)?round",
    // "the page gives an error the first time, the second time it works": trying again does it
    "(the )?(second|next|2nd|third) (time|try|attempt) (it )?!(work|go through|succeed|load|open)",
    // on another device: "I can check the calendar on my laptop"
    "(we|i|they|she|he) can (still )?(check|see|read|open|view|use|do|access|get|send) (it|them|that|this|(the|my|our|her|his) \\w+) on (my|our|her|his|their|the|a) (laptop|pc|computer|desktop|phone|ipad|tablet|browser|web|website)",
    // "we can still see opt-outs via the API"
    "(we|i|they|agent)s? can still (see|get|find|check|view|access|send|do|reach|open|export|download|read) (\\w+ ){0,3}(via|through|with|using|in|from) (the|our|your|a) \\w+",
    "(we|i|they|she|he|agent|people)s? (have )?(switch|switched|move|moved) to the (\\w+ )?(app|desktop|mobile|web|browser|portal|api|phone|client|version)",
    "(manage|managing|make do|making do|get by|getting by) with",
    "(we|i|they|agent)s? can (still )?use the (\\w+ )?(app|desktop app|mobile app|web version|portal|api|phone|browser)(?! to (see|check|find|confirm))",
    "!manually",
    // "others ok, we do them manual": the failed ones done by hand
    "(we|i|they) (now |just )?do (them|it|these|those|this|that) (manual|by hand)",
    "!by hand",
    // "we just use Postman": another tool for the same
    "(we|i|they) (just|simply) use (?!(it|this|that|them|the same)(?![\\w']))\\w+",
    // a person takes over what the product no longer does: "transferred to an agent. The agents can help them"
    "(the |our )?(agent|colleague|staff|human)s? (can|do) (still )?!help (them|the caller|the customer|the visitor)",
    // an error waved away: "I close it and Excel works"
    "(close|dismiss|ignore|click away|click ok on|click through) (it|that|them|the (\\w+ )?(error|message|popup|pop-up|warning|dialog))( away)? and",
    // "it asks me to activate again, I click through it"
    "(i|we|they|she|he) (just |simply )?(click|tap|press) (through|past|away) (it|that|them)(?! \\w)",
    // the bulk action done item by item: "we close them one by one"
    "(one by one|one at a time)",
    // working from a copy: "sales are calling customers from their phone lists", "pickers work from printed lists"
    "from (their|our|the|a) (\\w+ )?(phone list|paper list|printed list|printout|spreadsheet|notebook|paper)s?(?![\\w])",
    // another way in for the client's customers: "the contact form is down, customers can still call us"
    "(customer|client|caller|patient|guest|people|they) (can|could) still (call|phone|ring|email|reach|contact|book|order) (us|by|in)",
    // wired instead: "people plug in cables"
    "plug in (a |the |network )?cable",
    // done somewhere else: "I print at the office"
    "(i|we|she|he|they) (print|work|scan) (at|from|in) the (office|other \\w+|library)",
    // another way in: "I go through explorer", "we get in via the browser"
    "(i|we|they|she|he) (now |just )?(go|get there|get in) (through|via) (the )?(file )?(explorer|finder|browser|webmail|web version|website|portal|start menu)",
    // the load made smaller: "we split the file"
    "(we|i|they) (split|divide|chop|cut) (it|them|the (\\w+ )?(file|list|import|export|batch|upload|csv))",
    // not a sign-off: "That is all for now.", "bye for now"
    "(?<!(all|bye|enough|thanks|thank you) )for now",
    "in the meantime",
    // found another way: "they look it up in the CRM"
    "(we|i|they|she|he|agent|people)s? (just |simply |then )?(look|search) (it|them|that|the \\w+) up (in|on|via|from|through)",
    // working from somewhere else: "people there moved to the canteen to work"
    "(move|go) to (the |another |a )?\\w+ (room |floor |office )?to work",
    "!meanwhile",
    // back to paper: "we're noting calls on paper", "she uses paper now", "pen and paper"
    "(on|use|with|by) (pen and )?paper(?! (jam|tray|size|feed|stuck|stick))",
    // not "there is no paper version" (read "no ~paper ~version")
    "(?<!no ~?(~?\\w+ )?)paper (version|list|form|copy|copies|record|records|backup|system)",
    // a stopgap, not an error's wording: "service temporarily unavailable"
    "!temporarily(?! (unavailable|down|offline|out|not|unreachable|disable|disabled|block|blocked|suspend|suspended|close|closed))",
    "stopgap",
    // "we're doing them in Word"
    "(we|i|they|she|he) (be )?(do|doing|make|making|write|writing) (them|it|this|these|those) (in|on|with) (word|excel|a spreadsheet|paper|google sheets)",
    // kept by hand: "the manager is writing their times down"
    "(write|note|jot) (\\w+ ){1,3}down(?! (as|the|a) )",
    // another tool that still does the main work: "they can still take calls on the desk phones"
    // not "nobody can call us, we can still call out": the other way of the same calls works
    "(they|we|i|she|he|people|staff|everyone) can still (take|make|answer|use|reach|call|email|phone|print|work)(?! out)",
    // put right by someone before it matters: "which our finance team corrects in NetSuite before invoicing"
    "(we|they|she|he|team|finance|accounting|accounts|someone) (\\w+ )?(correct|fix|adjust|amend|repair)s? (them|it|those|these|that|each|every \\w+ )?(in|by hand|manually|before|afterwards|ourselves|themselves)(?![\\w'])",
    // calls forwarded to another device: "mobile phones still get the forwarded calls"
    "(mobile|cell|mobile phone|cell phone|smartphone)s? (still )?(get|receive|take|ring for) (the )?((forward|divert|redirect)(ed)? )?call",
    // working from another room: "people are moving downstairs to work"
    "(move|go|sit|work)(ing)? (downstairs|upstairs|to (another|the other|a different) (room|floor|office|desk|building))",
    // another way to the same place: "I get to it via the address bar"
    "(i|we|she|he|they) (can )?(still )?(get|go) (to|into|in) (it|them|there) (via|through|from|with|using|by)",
    // "I can still do the work without it, just slower"
    "(do (the |my |our |their |his |her )?(work|job)|work|manage|cope|get by) without ~?(it|them|that|this)",
    // "we have spares", "there's a spare"
    "(we|i|they) have (a |some |plenty of )?(spare|spares|another one|other one|others)(?= \\||$)",
    "there (be|are) (a |some |plenty of |\\w+ )?spares?(?= \\||$)",
    "(use|take|grab) (a |the |one of the )?spares?",
    // "everything runs on the backup line", "we're running on the 4G backup"
    "(run|running|work|working|be) on (the |a |our )?(\\w+ ){0,2}((backup|spare|second|other) (line|connection|server|generator|router|system|link)|(backup|spare)(?= \\||$| but| and))",
    // what still works, taken up: "scan to USB works, we use that"
    "(we|i|they|she|he) (be )?(now |just )?use (that|this|it|those|them)( instead| now| for now)?(?= \\||$)",
    // shown again once asked for: "new emails don't show until you refresh the page"
    "until (you|we|i|they|she|he|the agent|agent|user)s? (\\w+ )?(refresh|reload|restart|reopen|relog|log out|log in again|sign in again)",
    // "they only get through when someone clicks 'refresh'"
    "only (\\w+ ){1,6}(when|after|once|if) (you|we|i|they|she|he|someone|somebody|an agent|the agent|agent|user)s? (\\w+ )?(click|press|hit|do) (on )?('|\"|the )?(refresh|reload|retry|resend)",
    // "we have a temporary fix in place", "we bypass it with a script", "we process them in NetSuite directly"
    "(have|put|apply|use|found) (a |an )?(temporary|interim|quick|manual|provisional) (fix|solution|workaround|process)",
    "(we|i|they) (\\w+ )?(bypass|circumvent|sidestep)",
    "(we|i|they) (\\w+ ){1,2}(them|it|those) (\\w+ ){0,3}directly",
    // done again by hand: "I retyped it", "we re-created the rule"
    "(i|we|she|he|they) (have )?(retype|retyped|recreate|recreated|reenter|reentered|redo|redid|rebuild|rebuilt|readd|readded)",
    "!(another|other|different) browser (work|be fine)",
    "!incognito",
    // "calls are going over the backup trunk fine": the spare the client set up for it carries the load
    "(over|via|through|onto|on|to) (the |our )?(backup|secondary|second|spare|redundant|failover|fallback) (trunk|line|link|route|connection|circuit|isp|internet|server|gateway|number)s?",
    "(backup|secondary|spare|redundant|failover|fallback) (trunk|line|link|route|connection|circuit|isp|internet|server|gateway)s? (\\w+ )?(work|be fine|take over|carry|handle|be up|be working)",
    // another route for the traffic: "failover to the HTTP API works", "we switched 60% of traffic to it"
    "!fail ?-?over (to \\w+ (\\w+ )?)?(work|be (fine|working|ok))",
    "(switch|move|reroute|route|divert|shift)(ed)? (\\d+ (percent |% )?(of )?)?(the |our |all )?(traffic|volume|sending|message|sms)s? (to|over)",
    "(switch|move|reroute|divert|shift)(ed)? \\d+ (percent |% )?of (the |our )?(traffic|volume)",
    "clear (the )?cache (fix|help|solve)",
    "!rerun",
    "(we|i|they) (\\w+ (and|then) )?(retry|resend|resubmit|reprocess)",
    "!re-run",
    // not the client's customers going elsewhere: "customers are calling our stores instead"; nor another
    // way that fails too: "when they phone the surgery instead they're cut off"
    "!instead(?! of)(?<!(customer|caller|client|visitor|patient|people)s? (\\w+ ){0,6}instead)(?! (\\w+ ){0,2}(be |get )?(cut off|drop|disconnect|fail|error|bounce|dead|reject|block|~\\w+))",
    // "log in again and it works": done again, it goes on
    "(log ?in|sign ?in|refresh|reload|restart|reboot|retry|try|reopen|reconnect|rerun|resend|resubmit|reprocess) (it |them )?(again )?and (it|everything|that|they) (\\w+ )?(work|be fine|go through|load)",
    // not "started at 06:30, still going": the outage goes on
    // nor another channel that works: "the chat is down, phone still works" (a product spared)
    "!still (work|run|go(?!( on)? ?(\\||$)))(?<!(phone|telephony|voice|sms|whatsapp|chat|webchat|email|mail)s? (\\w+ )?still \\w+)",
    // not asked whether it would: "Would a restart help?"
    "(?<!(would|will|could|can|should|do|might|may) (a |the |an )?)(refresh|refreshing|restart|reboot|retry|retrying) (the \\w+ )?(fix|solve|help)",
    "!we (fix|correct|merge|paste|push|key|enter|type|re-enter|patch)",
    // "we patched the spec locally"
    "(patch|fix|change|edit|convert|adjust|override) (\\w+ ){0,3}locally",
    // "we fix them ourselves", not "the messages themselves are fine", "journeys paused by themselves" nor
    // "all flows disabled themselves overnight", nor whom a test went to: "sent ourselves SMS", "called myself"
    "!(ourselves|ourself|myself|themselves|themself)(?<!by (themselves|themself))(?<!(send|sent|call|text|message|mail|email|ring|phone|whatsapp|test|try)(ed|ing)? (\\w+ )?(ourselves|ourself|myself))(?<!(disable|pause|stop|turn off|shut down|switch off|reset|delete|remove|restart|reboot|log out|lock|deactivate|cancel|unpublish|update|close|reopen)d? (themselves|themself))(?! be)(?! (still )?(run|work|go|arrive|load|sync|fire|trigger)s?(?![\\w']))",
    "!walk to",
    "need (a )?(second|another|2nd|third) (try|attempt|go)",
    "(fine|work|go through|succeed) on (a |the )?(retry|rerun|re-run|second try|second attempt|2nd try)",
    // "1 order stuck, retried ok", "a retry worked"
    "(retry|retried|retrying|rerun|reran|resend|resent|resubmit|resubmitted|reprocess|reprocessed) (\\w+ )?(ok|okay|fine|work|worked|go through|went through|succeed|succeeded|do the trick|did the trick)(?![\\w'])",
    // "running it again this morning worked": done again, it went through
    "(run|ran|try|tried|do|did|start|started|restart|restarted|trigger|triggered|rerun|resend|resent|resubmit|resubmitted) (it|them|the \\w+) (again|manually|once more|by hand) (\\w+ ){0,3}(work|go through|succeed|be fine|do the trick)",
    // "retries got them through": trying again does it
    "(the |a |our )?(retry|retries|rerun|resend) (\\w+ )?(get|push|bring|put) (them|it|those|these|the \\w+) (through|across)",
    "(have|need) to ask (the |an |our )?\\w+ to",
    "!(webmail|fallback|backup) work",
    // a fallback, unless it fails too: "fallback to SMS is not kicking in either"
    // not the bot's own "fallback message": what it says when it understands nothing
    "fall ?back(?! (\\w+ ){0,3}(be |do )?(~\\w+|not|fail|either))(?! (message|answer|reply|response|intent))(?<!(with|the|a|its) fall ?back)",
    "!pick them up",
    // not sent away to wait: "Stores are telling customers to come back tomorrow"
    "!(ask|tell) (customer|them|user) to(?! (come back|call back|come again|return|wait|try (again )?later|be patient)(?![\\w']))",
    // "everyone has to use the mouse": the other way to the same screen
    "!(use|switch to) (the |a |our )?(web|webmail|phone|app|other|old|backup|mouse|keyboard|trackpad|touchpad)",
    // another service taken up: "we're using WeTransfer", "I'm on my personal hotspot"
    "!(use|using) (our |my |their |a |the )?(wetransfer|dropbox|google drive|gmail|hotmail|whatsapp|personal|hotspot|mobile data|spare|loan|loaner)",
    // a step added: "we have to save them first and open them from the desktop"
    "(we|i|they|she|he) have to (\\w+ ){1,3}first(?! thing)",
    "!everyone else can",
    "!send them right away",
    "!themself be deliver",
  ),
];
