import { type Cue, cue } from "./cues.js";

// Slow, not failing. The severe kind is read after "down" and before the failures ("keeps crashing" is
// too slow to work with); the mild kind last, once nothing fails.

/**
 * Said of the way around it, how that goes, not the state: "they pick on paper for now, very slow", "we
 * read the routes out by phone, but that takes forever".
 */
const OF_THE_WAY_AROUND =
  "(?<!(by hand|manually|on paper|in excel|by phone|by email|workaround|instead)( \\w+){0,3} \\| (but |and )?(that |this |which |it )?)";

/** Too slow to work with: "takes minutes to load", "messages arrive 30 minutes late", "keeps dropping". */
export const SEVERELY_DEGRADED: Cue<"severely degraded"> = cue(
  "severely degraded",
  `${OF_THE_WAY_AROUND}(very|really|super|extremely|painfully|incredibly|so) (slow|slowly|sluggish|laggy)`,
  // "the dashboard takes minutes to load"
  "take (several |many )?minute to (load|open|respond|start|appear)",
  // "logging in takes several minutes from the office"
  "(log|logging|login|sign|signing) (in |on )?(\\w+ ){0,2}take (several|many|a few|\\d+) minute",
  "hour behind",
  // "replies go missing for a few hours and then show up all at once": late by hours
  "(miss|missing|go missing|disappear|vanish|gone) for (a few |several |many |\\d+ |two |three )?hours? (and )?(then )?(show up|appear|arrive|come in|come through|reappear|turn up)",
  // "takes forever to load the flow builder", not a start-up once a day
  `${OF_THE_WAY_AROUND}take (forever|ages)(?! to (start|boot|shut down|turn on|start up|log on|sign in|wake))`,
  // late by hours, unless what is late is a file or a report ("the weekly export arrived 2 hours late")
  "(\\d+ |several |a few |many |two |three )?hour late(?<!(export|report|backup|statistic|stat|invoice|file|summary|digest|newsletter|notification|alert|reminder|error email|error mail) (\\w+ ){0,6}hour late)",
  // "messages arrive 30-40 minutes late": what customers send or receive a quarter of an hour late or
  // more (reports, statistics and clocks minutes behind are a small incident)
  "(message|sms|chat|whatsapp|otp|text|email|mail|conversation)(?<!(report|receipt|stat|statistic) (for|of|on) (~?\\w+ )?~?\\w+) (\\w+ ){0,5}([2-9]\\d|1[5-9]|\\d{3})(-\\d+)? minute (late|behind|delay)",
  "delay(ed)? by (an|\\d+|several|a few|many) hour",
  "half the speed",
  // "4x slower than normal", "stock lags hours"
  "(\\d+|two|three|four|five|ten) (time|x) slow",
  "lag (by |behind by )?(\\d+ |several |a few |many |two |three )?hour",
  "!slow (them|us|everyone|the team)( all)? down",
  // "it's slowing their bookings": the work it holds up
  "!slow (down )?(their|our) \\w+",
  "(?<!(bit|slightly|somewhat|little) )sluggish",
  "take (about |around |over |nearly )?\\d+(-\\d+)? hour",
  // not a start-up once a day: "Teams takes 30 seconds to start in the morning"
  "take (about |around |over |nearly )?([2-9]\\d|\\d{3,})((-| to )\\d+)? second(?! to (start|boot|launch|shut down|turn on|start up|log on|sign in))",
  "take (about |around )?(a couple of|several|many) hour",
  "keep (crash|drop|freeze|fail|disconnect|time|timing)",
  "keep (crashing|dropping|freezing|failing|disconnecting|timing)",
  "(constantly|keep) (crash|drop|disconnect)",
  "be a mess",
  // "they can barely work", "very difficult to work"
  "can (only )?barely (work|use|do|get)",
  "(very|really|so|extremely) (difficult|hard) to work",
  // "the item sync is taking very long time, 4 hours"
  `${OF_THE_WAY_AROUND}take (a )?(very|really|extremely) long time`,
  "eat (up )?(our|their|my|the|half the|half our) (whole )?(day|morning|afternoon|time)",
  "!(terrible|awful|horrible|unbearable|painful)",
  // audio too bad to talk over: "the phones are crackling badly on every call"
  "(echo|static|choppy|robotic|crackle|crackling|distort|distorted|muffle|muffled|stutter) (\\w+ )?(badly|terribly|constantly|all the time|so bad)",
  "(bad|terrible|awful|constant|heavy) (echo|static|crackle|crackling|distortion)",
  // a voice nobody can follow: "customers sound robotic", "agents sound like a robot"
  "sound (like (a )?)?(robot|robotic|metallic|underwater|chopped up)",
);

/**
 * Too slow to work with, said only by what it costs the client: "it hurts productivity", "we struggle".
 * Read after the failures: "search returns no results. Impact: reduced productivity" is search failing.
 */
export const SEVERELY_DEGRADED_BY_COST: Cue<"severely degraded"> = cue(
  "severely degraded",
  // not what is hard to make out: "colour-blind users struggle to see it" is how it looks
  "!struggle(?! to (see|read|make out|tell|distinguish|notice|spot))",
  "!(hurt|hurting|hamper)",
  "!productivity",
  "!disruptive",
);

/** Slower, or acting up, but working: "a bit slow", "drops every 10 min", "a strange beep". */
export const DEGRADED: Cue<"degraded"> = cue(
  "degraded",
  "!slow(ly|er)?",
  // back each time, then gone again: "the VPN disconnects every few minutes", "drops every 10 min"
  "(disconnect|drop|drop out|cut out|lose (the )?connection|log out|sign out) (\\w+ ){0,4}every (\\d+ |few |couple of )?(second|minute|min|hour|hr)",
  // "the agent desktop logs about half our agents out every 20 minutes"
  "(log|sign|kick|throw) (\\w+ ){1,4}out every (\\d+ |few |couple of )?(second|minute|min|hour|hr)",
  "(a bit|slightly|somewhat|a little) (slow|sluggish|laggy)",
  // sound that breaks off and comes back: "her headset keeps cutting out", "the hold music cuts out"
  "(audio|sound|voice|headset|headphone|mic|microphone|video|call|line|music)s? (keep )?cut out",
  // "p95 latency went from 200ms to 900ms": slower answers, not failures
  "(latency|response time)s? … (go (from|up)|increase|rise|jump|double|triple|spike|be up|be high)",
  // "tags take about a minute to appear", "takes a few seconds longer to load"
  "take (about |around )?(a few|some|a couple of|a|one) (second|minute)s? (longer|to (load|update|appear|show|refresh|wake( up)?|warm up|start( up)?|connect|respond|find))",
  "(a|one) minute before it (show|appear|update)",
  // "the scanner takes about a minute per page since Friday instead of a few seconds"
  "take (about |around |over |nearly |almost )?(a|one|a few|a couple of|\\d+(-\\d+)?) (second|minute)s? (per|a|each|for (each|every)) (page|scan|screen|click|record|item|document|file|print|order|message|call|email|line)(?![\\w'])",
  "(second|minute)s? (\\| )?instead of (a few|a couple of|some|\\d+(-\\d+)?|one|two|three) (second|minute)",
  // "Excel freezes for a few seconds when I open big files"
  "(freeze|hang|lag|pause|stall|stutter) (for )?(a few|a couple of|some|several|\\d+) second",
  "not ~respond ~?for ~?(a ~?few|a ~?couple ~?of|some|several|\\d+) ~?second",
  // a wait before it starts: "callers hear silence for 5s before the greeting", "a 10 second delay before it connects"
  "(silence|nothing|dead air|a (delay|pause|gap|wait)|wait) (of |for )?(about |around |almost |nearly |up to )?(a few|a couple of|some|several|\\d+(-\\d+)?) ?(s|sec|secs|second)s? (\\w+ )?before",
  "(\\d+|a few|several) ?(s|sec|second)s? (of )?(silence|dead air|delay|pause|lag) before",
  // "the wifi signal in the back meeting room is weak"
  "(signal|wifi|wi-fi|connection|reception) (\\w+ ){0,5}(be )?(weak|poor|patchy|spotty)",
  "(weak|poor|patchy|spotty) (signal|wifi|wi-fi|connection|reception)",
  // "a strange beep from the server cupboard every hour"
  "(strange|weird|odd|loud|funny|faint|slight|low) (beep|beeping|noise|sound|smell|click|clicking|buzz|buzzing|hum|humming|hiss|hissing)",
  // a device that sounds wrong but works: "the printer is making a weird noise", "the fan is very loud"
  "make (a |an |this |that |some )?(\\w+ )?(noise|sound|racket)",
  "(fan|printer|laptop|pc|computer|machine|server|ups|projector) (\\w+ ){0,3}(be )?(very |really |so |quite |extremely )?(loud|noisy)",
  // "the wifi in the kitchen area is weak"
  "(wifi|wi-fi|signal|reception|connection|coverage) (\\w+ ){0,4}(be |is )?(weak|patchy|spotty)",
  "take a while",
  // A wait of seconds or minutes is a slowdown; of twenty seconds for a click, or hours, a severe one.
  "take (about |around |over |nearly )?1?\\d((-| to )\\d+)? second",
  "take (about |around |over |nearly )?\\d+(-\\d+)? second to (start|boot|launch|shut down|turn on|start up|log on|sign in)",
  "take (about |around |over |nearly )?(\\d+(-\\d+)?|a couple of|several|many|a few|two|three|four|five|ten|fifteen|twenty|thirty) minute",
  "longer than",
  "!drop",
  "!(flap|flapping)",
  "!lag",
  "take (age|forever)",
  "(take|stay|last|wait) (\\w+ ){0,3}too long",
  "!(echo|static|choppy|robotic|crackle|crackling|distort|distorted|muffle|muffled|stutter)",
  // garbled audio; garbled text is a wrong result
  "!(garble|garbled)(?<!(sms|message|text|character|email|letter|subject|name|arrive)s? … (garble|garbled))",
  // back and gone again: "the internet is up and down every few minutes"
  "up and down",
);
