import { type Cue, cue } from "./cues.js";

/**
 * Said before it works to wish it: "let us know when it is working again", "we need it working by 2".
 * Read on the lemma line here and on the message as written where an incident is said to be over.
 */
export const HOPED_FOR_WORDS =
  "when|once|until|till|as soon as|if|whether|hope|hopefully|expect|so that|need|want|wait for|waiting for|make sure|ensure";
const HOPED_FOR = `(${HOPED_FOR_WORDS})`;

/** When it worked, not now: "Last month everything was fine." */
const EARLIER = "(last (week|month|year|time)|yesterday|previously|earlier|in the past)";

/** Someone working on what is left to them, not something that works: "I'm working on a 13-inch screen". */
const GETTING_BY_ON =
  "(?<!(^|[\\s|])(i|we|he|she) be (still )?work(?= on (a|an|my|our|his|her|the|just|only)\\b))";

/** Words that say part of it still works: the failure is not total. */
export const SPARED: readonly Cue<"spared">[] = [
  cue(
    "spared",
    // "nothing else is affected", "nothing else is off", "no other feature is affected"; not "Nobody else
    // seems affected", which says who is hit, not what still works
    "(nothing|none) ~else (\\w+ ){0,3}~(affect|impact|off|wrong|broken|down)",
    "no ~other (\\w+ ){1,2}~(affect|impact)",
    // "the rest works fine", "rest of kissflow ok"
    "(the )?rest (of \\w+ )?(be )?!(work )?(fine|ok|okay|work|unaffected|normal)",
    // "the bot itself answers fine", "the calls themselves work"
    "(itself|themselves|themself) (still )?!(work|answer|run|go|arrive|load|respond|connect)s? (still )?!(fine|ok|okay|normally|as usual)",
    // "The remaining recordings can be accessed as usual", "all remaining records were processed successfully"
    "(the |all )?remaining \\w+ (can )?(still )?(be )?!(access|open|play|process|deliver|send|sync|import|load|use|view|download|arrive|go through) (still )?!(as usual|normally|fine|ok|okay|successfully|correctly)",
    // "the other mailboxes are fine", "floor 1 ok"
    "(the )?other \\w+ (be|look|seem) (still )?!(fine|ok|okay|unaffected|normal)",
    "(floor|site|office|building|branch|room|location|shop|store) \\d+ (be |seem |work )?!(ok|fine|okay|unaffected)",
    // "why can't anyone on the sales team open it? the rest of the company can"
    "(the )?rest (of (the |our )?\\w+ )?(still )?!can(?! not)(?! ~)",
    // "three of us can't log in, the others can"
    "the others (still )?!can(?! not)(?! ~)",
    // "other countries go out", "other refunds sync", "the other 1,200 items synced"
    "other (\\d[\\d,.]* )?\\w+ (still )?!(run|work|load|open|go through|go out|arrive|connect|get through|sync|import|export|save|upload|print|process|post)(?![\\w'])(?! (late|slow|slowly|with|only|partly|partially)\\b)",
    // "Two refunds didn't create credit memos; the other 150 refunds did": the rest did what these did not
    "(the )?other \\d[\\d,.]* (\\w+ )?!do(?= \\||$)",
    // "others get them fine"
    "others (get (it|them|they) )?(be )?(still )?!(fine|ok|okay)",
    // "one backup job gave a warning, the others ran fine"
    "(the )?others (still )?!(run|work|go|sync|print|load|open|arrive|connect|finish|complete) (still )?!(fine|ok|okay|normally|as usual)",
    // "text arrives fine", "emails come through normally", "forms with one account save fine"
    "\\w+ (still )?!(arrive|come (in|through)|go (out|through)|connect|ring|send|load|save|sync|import|upload|open|submit|print) (still )?!(fine|ok|okay|normally|correctly|as usual)",
    // "voicemails are still in the portal but nobody gets the emails": what is kept is there, its copy is not
    "(?<![\\w~])(?!(we|i|you|they|he|she|it|everyone|everybody|people|staff) )\\w+ be still (in|there|on|available|visible|accessible)(?! ~)(?! (the )?(office|building|meeting|call|queue))",
    // "with 'yesterday' it's correct": chosen another way, the same thing comes out right
    "(with|for|in|on) (\\w+ ){1,3}(it|they|that|this) be (still )?!(correct|right)",
    // "new conversations started with templates do arrive": said with weight, the rest still works
    "(?<![\\w~])(?!(nothing|none|no|it) )\\w+ do !(arrive|work|go through|come through|come in|load|connect|deliver|ring)(?= \\||$)",
    // "other countries return the right operator"
    "(the )?other \\w+ (still )?!\\w+ (the )?(right|correct|proper|expected) \\w+",
    // "other countries dial fine", "the other numbers ring normally"
    "(the )?other \\w+ (still )?!\\w+ (still )?!(fine|ok|okay|normally|as usual)",
    // a terse note of what works: "Desktop and Android fine", "SMS and voice fine on our side"
    "(^|\\| )(?!(not|all|everything|nothing|it|that|this|be|and|but|so|otherwise|else|rest|seem|look|sound|probably|maybe|perhaps|likely|hopefully|untested)(?![\\w']))(?!\\d)\\w+ (and \\w+ )?(fine|ok|okay|unaffected)(?=( (on (our|my|the|their) (side|end)|for (us|me|now|them)|here|so far|too|as well|though|tho|btw))?( \\||$))",
    // "we're getting there, but it's frustrating": slow, it still gets done
    "(we|i|they|you) (still )?(get|be get|be getting) there",
    // "no ringtone, only the whisper; calls still connect": what it is for still happens
    "!(call|chat|conversation)s? still !(connect|come in|come through|go through|get through)(?![\\w'])(?! ~)(?! (\\| )?(but|and|though|although) )",
    // "the voicemails themselves are in the portal": what is kept is there, only its copy is not
    "(itself|themselves|themself) be (still )?(all )?(in|there|on|available|visible|fine|ok|okay)(?! ~)",
    // "calls still get answered there", "calls during opening hours are answered normally": what it is for
    // still gets done; "chats are being answered"
    "!(call|chat|message|ticket|conversation|order|everything|everyone)s? ((during|in|outside|within) (\\w+ ){1,3})?(still )?!(get|be) (still )?(being )?!(answer|answered|handle|handled|deliver|delivered|route|routed|pick up|picked up|process|processed)(?! late)",
    // "shorter calls are recorded": those of another size still go through
    "(short|shorter|long|longer|small|smaller|large|larger|old|older|new|newer) (\\w+ )?(call|message|file|email|order|record|document|chat)s? (be|get) (still )?!(record|send|deliver|process|save|store|import|accept|transcribe|fine|ok)(?![\\w'])",
    // "other countries ok"
    "other \\w+ (be )?(still )?!(ok|okay|fine|unaffected)",
    // "customers still get the answers": what the product is for still reaches them
    "(customer|caller|visitor|recipient|client|guest|patient)s? still !(get|receive|see|read) (the |their |our |all )?(answer|reply|message|sms|text|email|mail|notification)s?",
    // "nobody can call us, we can still call out": calls one way still go through
    "can still (call|dial|ring|phone) out",
    // "agents can still chat normally": the main work goes on
    "can still \\w+ (\\w+ )?(normally|as usual|as normal|fine|without (a )?problem)",
    // "they can still chat with the customer but have no history": the main work goes on without one part
    "(they|agent|we|colleague)s? can still (chat|talk|call|answer|reply) (with|to) (the |our |a )?(customer|caller|visitor|client)s?",
    "!everyone !else !can",
    // "plain text goes through"
    "(?<![\\w~])(?!(nothing|none|no) )\\w+ (\\w+ )?(still )?!go through(?= \\||$)",
    "!everyone !else be !fine",
    "!(still|otherwise) !(work|run|fine|go through)",
    // "plain messages are sent": the ordinary kind still goes out
    "(plain|normal|simple|regular|ordinary|text) (\\w+ )?(message|sms|call|email)s? (be |get )?(still )?!(send|deliver|arrive|go through|fine|ok|work)",
    // "printing very slowly today, but it prints": slow, not stopped
    "but (it|they) (still )?!(work|print|run|load|open|send|connect|go through)(?= \\||$)",
    // not what someone is working on: "she loses what she's working on"
    // not what a status page claims: "your status page says everything is fine but for us nothing works"
    // not where someone works: "I am working from home today", "I'm working on a 13-inch screen"
    `(?<!(say|show|claim|report|tell us) (that )?)(?<!${HOPED_FOR} (\\w+ )?)(?<!${EARLIER} )(?<![\\w~])~?\\w+ be (themself |themselves )?(still )?!(work|fine|ok|okay|deliver|unaffected|on time)(?! on( \\||$))(?! (fine |great |perfectly |normally )?(yesterday|until|till|before|up to|last|earlier|this morning|previously|in the past)(?![\\w']))(?! (from|remotely|at home|in the office|out of|overtime|late|night|weekend|shift)s?\\b)(?! on (their|the|his|her|your|its) (side|end))(?<!what (\\w+ ){0,2}be work)${GETTING_BY_ON}`,
    // "the rest works", not "it stopped working"
    // "the cable works", not "two companies we work with"
    // not the work itself: "all our work is on it", "is anyone at CM working on this?", "Entire work is
    // stopped", "She's behind on the month-end work", "I need old emails for my case work"
    // nor taken back: "the team can work, but barely"; nor nobody working: "0 of 85 agents working"
    `(?<!${HOPED_FOR} (\\w+ )?)(?<!((behind|catch up) on|for) (the |our |my |her |his |their )?)(?<!(^|[\\s|])(0|zero|no|none|nil) (of )?([\\d,]+ |the |our |all |my |your )?)(?<![\\w~])(?!(stop|cease|quit|to|our|my|your|their|the|all|of|we|i|you|they|everyone|everybody|people|staff|always|never|previously|normally|usually|entire|whole|complete) )\\w+ !(still )?!work(?! \\| but (only |just )?(barely|hardly|slowly|with difficulty))(?! (late|with|for|at|from|remotely|overtime|be on|on (it|this|that|a (fix|solution)|the (issue|problem|fix|case|ticket)))\\b)(?! on( \\||$))(?! (fine |great |perfectly )?(yesterday|until|till|last|earlier|this morning|before|previously|in the past)(?![\\w']))(?<!what (\\w+ ){0,2}work)${GETTING_BY_ON}`,
    "\\w+ (itself|themselves|themself) (still )?!(continue|work|go on|run|connect|arrive|go out|go through|get through)",
    // "the live journeys keep running fine": what was running goes on; not "the page keeps loading"
    "\\w+ (still )?keep (on )?!(run|work|go out|go through|arrive|send|sync|connect|come in) (fine|ok|okay|normally|as usual|smoothly|without (a )?problem)",
    "most \\w+ be !fine",
    // "traffic itself is not affected", "the primary trunk carries all traffic fine"
    "(itself|themselves|themself) (be )?(still )?(not ~affect|not ~impact|unaffected|!fine|!ok|!okay|!normal)",
    "(carry|carries|handle|handles|take|takes|process|processes) (\\w+ ){0,3}(fine|normally|without (a )?problem)",
    // "it is sent at 9:00 correctly though": what it is for is done right
    "(be|get) (still )?(send|sent|deliver|delivered|process|processed|save|saved|execute|executed) (~?[\\w:.]+ ){0,3}(correctly|properly|normally|fine|on time)",
    // half of it still works: "they can open files but not save them"
    "can (still )?(open|read|see|view|receive|make|take|send|log in|get in) (\\w+ ){0,3}(\\| )?but (not|can not)",
    // "the morning shift had no issue"
    "(other|the) \\w+ (\\w+ )?(have|has|had) no (issue|problem|trouble)",
    "(most|majority) (of )?(our )?(\\w+ )?(can|be able to) (still |keep |continue )?(to )?!(use|work)",
  ),
];
