import { type Cue, cue } from "./cues.js";

// What the service gets wrong or how it looks, while it works: wrong or late results, cosmetic defects,
// and annoyances.

/** The languages a client names a screen or a message in: "in English while it is set to Dutch". */
const LANGUAGE = "(english|dutch|german|french|spanish|italian|portuguese|polish|danish|swedish)";

/** "annoying": an annoyance, however it shows. */
export const ANNOYANCE: readonly Cue<"annoyance" | "look">[] = [
  cue(
    "annoyance",
    // not the client's customers annoyed by a fault: "customers are getting annoyed" is them meeting it
    "!(annoying|annoyance|annoy|irritating|irritate|distracting|distract)(?<!(customer|caller|client|visitor|patient|recipient|guest|subscriber|people)s? (\\w+ ){0,2}(annoying|annoyance|annoy|irritating|irritate|distracting|distract))",
    "!keep (come back|pop up|popping up|reappear|show up|appear)",
    // a setting that does not stick: "it doesn't remember my sort order"
    "~remember (my|our|the)",
    // a prompt that keeps coming: "Adobe keeps asking me to sign in", "I keep getting a popup asking to restart"
    // not people asking: "customers keep asking us to repeat ourselves"
    "keep ask(ing)? (me|us|him|her|them) to(?<!(customer|caller|client|people|patient|guest|colleague|staff|they|user) keep ask(ing)? (me|us|him|her|them) to)",
    "keep get(ting)? (a |the |this )?(\\w+ )?(popup|pop-up|prompt|notification|reminder)",
    // asked for what was given already: "Acrobat asks me to activate my licence again"
    "ask (me|us|him|her|them) to (\\w+ ){1,3}again",
    // "Everything is recorded, it's just that wait": a small cost, said as one
    "(it|that) be just (that|the|a|an|one) (\\w+ )?(wait|delay|extra step|extra click)",
    // "Everything works, it's just noise": a warning that keeps coming, said to matter little
    "(it|that|this) be (just |only |mostly )noise",
    // "Visitors can scroll to click it but it's not nice"
    "(it|that|this) be (just )?not (very )?(nice)",
    // "It works, just an extra round trip": it does its job, at a small cost
    "(^|\\| )(it|that|this) (still )?!work (\\| )?(just|only|but) (a |an )?(bit |little )?(extra|more|slower|longer|additional)",
  ),
  // how it moves, not what it does: "the loading animation is a bit choppy" ranks as a cosmetic defect
  cue("look", "(animation|transition) … (choppy|jerky|laggy|stutter|slow)"),
];

/** Wrong or late results and cosmetic defects, read after the failure states. */
export const RESULT_STATES: readonly Cue<"wrong" | "cosmetic">[] = [
  // Figures that look off are wrong results, not a look ("report numbers look a bit off"): read before
  // the cosmetic cues.
  cue(
    "wrong",
    "(number|figure|total|count|stat|statistic|amount|metric|data|kpi)s? (\\w+ )?look (a bit |slightly |kind of )?off",
    // a screen of figures: "the wallboard looks off today, 'calls waiting' shows 0"
    "(wallboard|dashboard|report|chart|graph|counter|statistics|stats) (\\w+ )?look (a bit |slightly |kind of |all )?off",
    // a count that contradicts what is there: "shows 0 while there are people in the queue"
    "(show|say|display) (0|zero|none|nothing|\\d+) (\\| )?(while|although|though|even though|but|when) there be",
    // printed output laid out wrong: "when I print from Chrome the margins are off"
    "(margin|page break|layout)s? (be |look )(a bit |slightly |all |way )?off",
    // a number or an amount written wrong: "shows as +31 0 85 (with the extra zero)"
    "(an |the )?(extra|missing|additional) (zero|digit|plus sign|decimal)",
    // what it tells the client's customers is out of date: "one of our IVR prompts plays the old opening hours"
    "(play|say|give|tell|announce|quote|read) (\\w+ )?(the |an |our )?(old|outdated|previous|out of date|last year 's) (opening (hour|time)|hour|price|rate|address|phone number|number|greeting|menu|promotion|offer|date|time)s?(?![\\w'])",
    // done for some of them only: "'mark all as read' only marks the first 50 conversations"
    "only (\\w+ )?(the )?(first|last) \\d+",
    // a figure worked out as something else: "calculates half days as full days"
    "(calculate|count|compute) (\\w+ ){1,3}as (a |an )?(\\w+ ){0,2}(day|hour|week|month|amount|total|value|unit|item|price|rate)s?(?![\\w'])",
    // what is sent comes out shortened: "all our texts arrive cut off", not a label cut off on screen
    "!truncat(e|ing|ed)",
    "(message|sms|text|email|mail|reply|answer|transcript)s? (\\w+ ){0,2}(arrive|be|get|go out|come in|come through) (\\w+ )?(cut off|shorten|chop)",
    // the language set is not the one shown: "he sees the wallboard in English while his language is set
    // to Dutch"
    `in ${LANGUAGE} (\\| )?(while|although|though|but|even though) (\\w+ ){0,3}(be )?(set|configure|select|choose)`,
    // "show the button text in English while the template is in Dutch"
    `in ${LANGUAGE} (\\| )?(while|although|though|but|even though|whereas) (\\w+ ){0,3}be (all )?in ${LANGUAGE}`,
    // "see an English confirmation page while the mail was in Dutch"
    `${LANGUAGE} (\\w+ ){0,2}(page|screen|text|message|email|mail|version|confirmation|reply|answer|notification)s? (\\| )?(while|although|though|but|even though|whereas) (\\w+ ){0,3}be (all )?in ${LANGUAGE}`,
  ),
  cue(
    "cosmetic",
    "(text|label|title|name|menu|word|heading|button|caption|column|avatar|image|picture|logo|icon|photo) … !cut off",
    // "the field mapping screen cuts off long field names"
    "!cut off (the )?(long|longer|full)? ?(\\w+ )?(text|label|title|name|word|heading|caption|description)s?(?![\\w'])",
    // "my profile picture doesn't show, just my initials": how a person is shown
    "(profile (picture|photo|pic|image)|avatar)s? (\\w+ )?(do |be )?(not ~(show|load|display|appear)|~(show|load|display|appear)|missing|gone|blank)",
    // "the link colour doesn't match our brand colour": how it looks
    "(colour|color|font|shade) … (do |be )?not ~match",
    // "the green of the 'approve' button is very light on some monitors, hard to see"
    "(colour|color|green|red|blue|grey|gray|contrast|font) … be (too |very |a bit |quite |rather )?(light|faint|pale)",
    // "the font in printed forms is very small"
    "(font|text|letter|lettering|icon)s? … be (too |very |a bit |quite |rather |really )?(small|tiny|big|large|huge)(?![\\w'])",
    "(label|text|title|caption|heading|button) !say",
    // "shows the 'Vendor' label in bold, the other labels aren't": how it is written
    "(show|display|appear|be|write|print)s? (\\w+ ){0,4}in (bold|italics?)(?![\\w'])",
    // "a few English leftovers since the update", "two buttons are untranslated": how it reads
    "(english|dutch|german|french|spanish|italian) leftover",
    "!untranslated",
    // "the word 'conversation' is wrong translated": how it reads
    "(wrong|wrongly|badly|incorrectly|poorly) translate",
    "translate (wrong|wrongly|badly|incorrectly)",
    // "everyone's Teams background changed back to default": how it looks, whatever changed it
    "(background|wallpaper|theme|screensaver|lock screen) … (change|reset|switch|revert|go back|be back|disappear)",
    "!(slightly|partly|partially|a bit) cut off",
    // not in what the client sends its customers: "our WhatsApp message had a broken image" reaches them
    "(?<!(message|email|mail|campaign|newsletter|sms|template|mailing)s? ((?!preview|editor|page|portal|list|overview)\\w+ ){0,3})broken (image|icon|picture|logo|thumbnail)",
    "(translation|spelling|wording) … !wrong",
    "wrong (accent|spelling|capitalisation|capitalization|punctuation)",
    "(different|wrong|inconsistent|odd|weird) (font|colour|color|font size|shade|grey|gray|blue|red|green|orange|yellow|purple|black|white)",
    // "the border around the message box looks a little thick", "the hover colour is a bit too light"
    // "our email signature images are missing", "the camera image is dark for everyone"
    "(signature|footer|header) (image|logo|picture|banner|icon)s? … !(miss|missing|broken|break|gone|go)",
    "(image|picture|video|camera) (\\w+ ){0,3}be (too |very |a bit |quite |really )?(dark|grainy|blurry|pixelated)",
    // "the projector has a yellowish tint"
    "(yellow|yellowish|purple|purplish|green|greenish|blue|bluish|red|reddish|pink|pinkish) (tint|tinge|cast)",
    "(border|colour|color|font|line|icon|text|button|margin|padding|spacing|shade) (\\w+ ){0,5}(a bit|a little|slightly|too) (too )?(thick|thin|light|dark|small|big|large|bright|faint|wide|narrow|pale)",
    // how a screen looks: "the screen on the reception phone is very dim"
    "(screen|display|monitor|projector|backlight) (\\w+ ){0,5}(be )?(very |a bit |slightly |too |quite )?(dim|faint|yellowish|bluish|pale)",
    "!look (a bit |slightly |kind of )?(odd|weird|off(?! by)|strange|ugly|funny)",
    "!off ?-?cent(re|er)",
    "(icon|arrow|logo|tooltip) … !(wrong|upside down|backwards)",
    // how it looks changed: "the font in the agent panel changed after the update, looks fine otherwise"
    "(font|colour|color|theme|icon|logo|layout) (\\w+ ){0,4}change(?! (our|the|my|their) (data|setting|number|contact))(?!.*\\b(fix|correct|redo|reformat|by hand|manually)\\b)",
    // The client calling it cosmetic outweighs a word that reads as a wrong result ("twice, cosmetic").
    "!(cosmetic|cosmetically)",
    // the documentation behind: "the changelog page hasn't been updated since September"
    "(changelog|documentation|docs|help article|help page|help text|release note|knowledge base|faq|api reference|api doc)s? (\\w+ ){0,3}(not ~be ~update|not ~update|be outdated|be out of date)",
    // "just a display thing": what it shows, in the client's own words
    "(just|only|purely|merely) (a )?(display|visual|cosmetic) (thing|issue|glitch|bug|problem|error|matter)",
    "!purely visual",
    "!miss(ing)? (a few |some |\\w+ )?(shade|colour|color|font|icon)s?(?! (column|field|code|data|tag|label))",
    // how it is laid out, not what it does: "column widths reset every time I open it"
    "(width|layout|zoom) … !reset",
    // an old picture in a tip or a guide: "shows an old screenshot in the onboarding tip"
    "(old|outdated|wrong|previous) (screenshot|illustration|picture|image)",
    // a hint that is not there: "hover text on the send button is missing"
    "(hover text|tooltip|alt text|placeholder text|placeholder|help text) … !(miss(ing)?|empty|blank)",
    "(double|extra|missing|stray) (space|full stop|period|comma)",
    // a word left from before launch: "the page title of the portal still says 'Beta'"
    "(title|tooltip|label|header|footer|page|banner|text|tab|heading) (\\w+ ){0,5}(still )?(say|show|read) (beta|test|demo|lorem|todo)",
    // the tool's own text in another language: "the hover text on the mute button is in German"; not what
    // callers hear: "the IVR menu in French plays the Dutch recording"
    "(?<!(ivr|voice|phone|audio|call) )(hover text|tooltip|label|button|menu|title|placeholder|help text|heading)s? (\\w+ ){0,5}(be )?in (german|english|dutch|french|spanish|italian|portuguese|polish)",
    // "the help link in the footer points to an old page"
    "(link|page|button|shortcut) (\\w+ ){0,8}point (to )?(an |the )?(old|outdated|wrong|previous)",
    "!out of place",
    "!misalign(ed)?",
    "not ~align",
    // "the icon for the WhatsApp channel is the old logo", "an old set of emojis"
    "be (the |an )?old (logo|icon|one|version of the logo)",
    "(old|outdated) (set|version) of (the )?(emoji|icon|logo)s?",
    "last year (\\'s |s )?(screenshot|picture|image)s?",
    "font (\\w+ ){0,5}(look|be) different",
    // "the help text next to the field is confusing, maybe reword it?"
    "(help text|tooltip|label|wording|text|description|error message) (\\w+ ){0,6}(be )?(confusing|unclear|misleading|hard to understand)",
    // print that looks off but reads: "prints the barcodes a bit faint", "prints a grey line on every page"
    "print (\\w+ ){0,3}(a bit |slightly |too |very |quite )?(faint|faintly|light|lightly|pale|blurry|smudged|streaky|smeared)",
    "print (a |an )?(grey|gray|black|white|faint|dark|thin) (line|streak|stripe|smudge|mark|band)s?",
    // "the label on the router has the old password"
    "(label|sticker|sign|poster) (\\w+ ){0,6}(have|show|say) the old",
    // an old year in the small print: "the footer still says 2023"
    "(copyright|footer) (\\w+ ){0,10}(say|show|be|read) (20\\d\\d)",
    // "sometimes written with a capital and sometimes not"
    "(with|without) a capital",
    // a look lost: "everyone's email signature lost the company logo"; not a banner saying a connection
    // is lost: "a 'connection lost' banner"
    "(?<!(connection|network|signal|session|line|call|sync) )lose (the |its |our |their |my )?(company |brand )?(logo|icon|banner)",
  ),
  cue(
    "wrong",
    "!(wrong|incorrect|duplicate|missing|stale|late|delay|delayed|flicker|inaccurate|mismatch)",
    // what a conversation carries, lost: "the conversation history is gone for the receiving agent"
    "(history|note|transcript|attachment|tag|label|comment|recording|log)s? (\\w+ ){0,2}be (all |completely |just )?(gone|go|empty|blank|lost|lose|wipe|wiped)",
    "show the wrong",
    // what an API gives back: "GET /conversations?status=open returns conversations that were closed"
    "return (\\w+ ){1,3}(that|which) (be|have be) (already )?(close|delete|remove|archive|cancel|resolve)",
    // "the weekly report email arrives on Tuesday instead of Monday"
    // "were sent at 00:00 UTC instead of 09:00 local"
    "(arrive|come|go out|be send|run|fire|trigger|start)s? ([\\w:.]+ ){0,3}instead of",
    // "error messages from the API are in Dutch since yesterday instead of English"
    "(message|error|response|answer|reply|text)s? (\\w+ ){0,4}be in (english|dutch|german|french|spanish|italian|portuguese|polish) (\\w+ ){0,2}instead of",
    // what callers or customers get in the wrong language: "the chatbot answers in English to Dutch questions"
    "(bot|chatbot|ivr|menu|greeting|answer|reply|message|prompt|announcement)s? (\\w+ ){0,4}(in|to) (english|dutch|german|french|spanish|italian|portuguese|polish|swedish|danish|norwegian|finnish|turkish|arabic)(?! (ui|interface|version|translation|setting))",
    "(hear|get|answer|reply|respond|play|speak)s? (\\w+ ){0,3}(the )?(english|dutch|german|french|spanish|italian|portuguese|polish|swedish|danish|norwegian|finnish|turkish|arabic) (ivr |voice |welcome )?(menu|greeting|prompt|message|announcement|answer)",
    // figures a day old: "everyone sees yesterday's numbers on the dashboard"
    "(see|show|display)s? (\\w+ )?(yesterday|last week|old|stale|outdated)( 's)? (number|figure|data|stat|statistic|count)s?",
    // a supply warning on a device that still works: "the printer shows 'toner low' but still prints fine"
    "(show|say|display|warn)s? (\\w+ ){0,2}(toner|ink|paper|battery|cartridge) (be )?(low|empty|out)",
    "(low|empty) (toner|ink|paper|battery|cartridge)(?! \\w)",
    // a choice that does not stick: "the language switcher jumps back to English after logging in"
    "(jump|switch|go|reset|revert|fall)s? back to (english|dutch|german|french|spanish|the default|default)",
    // "customers get our SMS from a random number instead of our brand name"
    "from a (random|strange|unknown|different) (number|sender)",
    // "the chatbot sends the same welcome message three times"
    "the same (\\w+ ){0,2}(message|email|sms|reply|answer|notification)s? (\\w+ ){0,3}(three|four|five|several|multiple|\\d+) time",
    // "recordings are only kept 7 days instead of 90"
    "only (be )?(keep|kept|store|stored|retain|retained|save|saved) (for )?\\d+ (day|week|month)",
    // what a message carries shown as nothing: "location messages show as empty bubbles"
    "(show|show up|appear|display) as (an |a )?(empty|blank) (bubble|box|message)",
    // shown as someone else: "the outbound caller ID shows 'anonymous'"
    "(show|display|appear|come through)s? (up )?(as )?(anonymous|withheld|private number|unknown number)",
    // sent where it should not go: "callers who press 1 land in the voicemail instead of the sales queue"
    "(land|end up|go|be route|get route|be send|get send|be transfer|get transfer) (\\w+ ){0,4}instead of (the |our )?(\\w+ )?(queue|agent|menu|team|line|department|voicemail|number)",
    // opted out and still sent to: "customers who reply STOP still receive our campaign messages"
    "(stop|unsubscribe|unsubscribed|opt ?-?out|opted out) (\\w+ ){0,4}still (receive|get)",
    // delivered with a part left out: "emails land in the inbox without their text"
    "(arrive|land|come in|come through|go out|show up|appear|be deliver|be delivered) (\\w+ ){0,4}without (the |their |its |any |a |an )",
    // figures or times off by a fixed amount: "a day behind", "an hour off", "in UTC instead of our local time"
    "(a|one|an|\\d+) (day|hour|minute|week)s? (behind|off)",
    "in utc instead of",
    // read again: "shows emails as unread again"
    "as unread again",
    "instead of (the )?(newest|latest|newer|correct|right|local|current)",
    "arrive at \\d+ instead of \\d+",
    "(always|only ever) (show|say|display|be)s? (0|zero)",
    "be always (0|zero)",
    "(show|say|display)s? (as )?(undefined|null|nan)(?![\\w])",
    "seem (too )?(short|long|low|high)",
    // an indicator that does not go off: "the typing indicator stays on after the customer has left"
    "(indicator|spinner|status|badge) (\\w+ ){0,3}(stay on|keep spin|keep show|keep spinning|keep showing)",
    "long after (they|he|she|the customer) (stop|leave|left)",
    // a merge field left unfilled: "campaign emails show the raw placeholder {{first_name}}"
    "(raw|empty|unfilled|literal|unreplaced) (placeholder|merge field|merge tag|variable)",
    // printed or shown the wrong way round: "the second page is upside down"
    "(upside down|back to front|mirror|mirrored|inverted)",
    // characters that arrive as something else: "the customer sees a question mark"
    "(see|show|appear|arrive|display|come through) (up )?(as )?(a |an )?(question mark|empty box|square|box|gibberish|garbage)s?",
    // sent at the wrong time: "reminders went out a day early"
    "(go|send|sent|arrive|come|fire|trigger) (\\w+ )?(out )?(a day|an hour|a week|\\d+ (minute|hour|day)s?|hours|days) (too )?(early|late)",
    "!round to",
    // not the client's customers feeling ignored: "customers complain that we ignore them"
    // nor the client's own message to set aside: "ignore my previous message"
    "!ignore(?<!(that|think|feel|say) (we|i|they|you) ignore)(?! (my|our|the) (last|previous|earlier|other|first) (message|ticket|mail|email|request|post|question)(?![\\w']))",
    "!trim",
    "!stick on",
    "(stay|remain)s? ((on|at) )?(\\w+ )?(send|sent|pending|queue|queued|accept|accepted|deliver|delivered|process|processing|buffer|buffered)",
    "!stuck on",
    "~(play|show|populate|update|let|appear|match|pick)",
    // "search can't find contacts", not the client looking for a document: "can't find it"
    "~find(?! ~(it|them)( |$))",
    "!sticky",
    // "the counter resets", not "how do I reset my 2FA"
    "!reset(?<!\\b(to|i|we|you|can|do) reset)",
    "restart (at|from) (\\d+|one|zero|scratch)",
    // not the writer missing something: "Maybe I missed something: is there a setting …?"
    "!miss(ing)?(?! ~?(something|anything)(?![\\w']))",
    "!only (the )?(first|last)",
    "!(twice|double|duplicate|duplicated|skip)",
    "(show|display|report) (zero|0) \\w+",
    "!include (closed|deleted|old|archived|wrong|cancelled|canceled|other)",
    // not what the business loses over it: "we are losing money", "we lose customers every hour"
    "!lose(?! (money|revenue|sale|sales|business|customer|client|deal|time|patience|sleep|faith|trust)s?(?![\\w']))(?! (my|our|his|her|their|your) (mind|temper|patience|cool|sanity|hope)s?(?![\\w']))",
    "!off by(?! (itself|themselves|default))",
    "!(discrepancy|inconsistent|outdated)",
    "out of sync",
    "!cut off",
    // a warning the user clicks through: it shows something it should not, the work goes on
    "(show|get|give|see|throw|display|pop up with) (a |an |the )?(\\w+ )?warning",
    // "always sends variant A": stuck on one answer where it should vary
    "!always (send|show|go|route|pick|return|display|land|default|use|choose|select|assign|put|open|jump|come|play)",
    "(show|display|appear|arrive|come through|go out) … as … instead of",
    // "2 of our agents see the inbox in English instead of Dutch"
    "in (english|dutch|german|french|spanish|italian|portuguese|polish) instead of (english|dutch|german|french|spanish|italian|portuguese|polish)",
    "(odd|weird|strange|random) (order|sort|sequence)",
    "in (alphabetical|random|reverse|the wrong|wrong|a different|a random) order",
    // a setting that changed by itself: "the spell check has switched to English"
    "(switch|switched|change|changed|revert|reverted|reset) (itself |back )?to (english|dutch|german|french|spanish|us|the default|default)",
    "(show|appear|display|mark|list) (\\w+ )?as (offline|online|away|busy|available|unavailable|down)",
    // what the client's customers receive, broken: "our WhatsApp message had a broken image"; not its
    // preview in the editor, which only the client sees
    "(message|email|mail|campaign|newsletter|sms|template|mailing)s? ((?!preview|editor|page|portal|list|overview)\\w+ ){0,3}broken (image|icon|picture|logo|thumbnail)",
    "(print|add|insert|produce|include) (a |an |one |an extra |extra |only |just )?(blank|empty|white) page",
    "!(garble|garbled)",
    "(open|be|become|go|turn|stick) … (readonly|read only)",
  ),
  cue(
    "cosmetic",
    "!(cosmetic|typo|misspell|misspelled|misspelt|misalign|misaligned|favicon|spacing|padding|uneven|blurry|stretch|stretched|overlap|pixelated|visual|contrast|truncate|truncated|ugly)",
    "(wrong|bad|odd) (translation|wording)",
    // "the close button is a few pixels off on mobile"
    "(a few |some |a couple of |\\d+ )?pixels? (off|out|too (high|low|far|wide|narrow|big|small))",
    "(grey|gray|white|black) on (grey|gray|white|black)",
    "(grammar|grammatical|spelling) (mistake|error)",
    "the spelling of",
    "(colour|color|font|logo|icon) (look|be|of)",
    "(colour|color)s? (\\w+ )?off",
    // "the description text wraps strangely on the mobile app": how it is laid out
    "(text|label|title|description|heading|name|word|line)s? … !wrap (strangely|weirdly|oddly|badly|wrong|incorrectly|awkwardly|funny|funnily)",
    // "a page with broken styling": how it looks
    "(broken|break) (styling|style|layout|formatting|css)",
    "change the (colour|color|font|logo)",
    "in (german|french|spanish|dutch|english) for",
    "spell(ing|ed)? (wrong|mistake)",
    "be (spell|spelt|misspell|misspelt)",
    "(word|name|label|title|heading) … be (write|written)",
    // a link to help pages, not to what the product does: "a broken link to the docs"
    "(broken|break|dead|wrong|old|outdated) link (in \\w+ )?(to|for) (the |our |your )?(doc|documentation|help|article|faq|knowledge base|guide|manual|term|privacy|support)",
    // "the column 'Dlvrd' could use a clearer name"
    "(could|should) (use|have|get) a (clear|good|short|nice|more \\w+)(er)? (name|label|title|wording|description)",
  ),
];
