import { type Cue, cue } from "./cues.js";

// When it happens and when it is needed: now and then, and without a deadline.

export const INTERMITTENT: readonly Cue<"intermittent">[] = [
  cue(
    "intermittent",
    "sometimes",
    // "an error the first time, the second time it works": only at the first try
    "(the )?(second|next|2nd) (time|try|attempt) (it )?!(work|go through|succeed|load|open)",
    // "most of our users can't log in on the first try": a second one does
    "(on|at) (the )?(first) (try|attempt|go)",
    "now and then",
    // "not every time", "fails on maybe 1 run in 10", "one sync out of twenty": it works in between
    "not ~every ~(time|run|sync|call|attempt)",
    "(\\d+|one|a) (run|time|try|attempt|sync|execution|job)s? (in|out of) (every )?(\\d+|five|ten|twenty|fifty|a hundred)(?![\\w'])",
    "(\\d+|one) (in|out of) (every )?(\\d+|five|ten|twenty|fifty|a hundred) (run|time|try|attempt|sync|execution|job)s?(?![\\w'])",
    // "the next run picks the orders up": the failure clears itself
    "(the )?(next|second|following|2nd) (run|sync|attempt|try|execution) (\\w+ )?(pick|get|take|bring) (\\w+ ){0,3}(up|through|in)(?![\\w'])",
    "occasionally",
    "every other (day|time|run|call|hour|week|attempt|message|minute|login|sync|order|request)",
    "every so often",
    // (the lemmas break a clause before "while")
    "once in a (\\| )?(while|blue moon)",
    "!(sporadic|sporadically|randomly|at random)",
    "now and again",
    "(a couple of|a few|several|\\d+|two|three) time (a|per|every) (day|week|hour|month)",
    // "only a few per week"
    "(a few|a couple|one or two|a handful) (per|a|each) (day|week|month)",
    // "still 2-3 messages per day not delivered": a few, counted by the day
    "(1|2|3|one|two|three)(-[2-5])? (message|sms|call|email|chat|order|text)s? (per|a|each) (day|week|month)",
    // "every few days", "every couple of hours": it works in between
    "every (few|couple of|2|3|4|5|two|three|four|five) (minute|hour|day|week)s?",
    // not what the client tried: "We've tried switching it off and on again"
    "(on and off|off and on|up and down)(?<!(switch|turn|power|restart) (\\w+ )?(on and off|off and on))",
    "need (a )?(second|another|2nd|third) (try|attempt|go)",
    // "the first attempt always fails", "agents have to log in twice every morning"
    "first (attempt|try|time|login) (always |usually )?(fail|error)",
    "have to (log in|sign in|login|dial|click|send|try) (\\w+ )?twice",
    // not "it's not intermittent anymore, it's everything"
    "!intermittent(ly)?",
    "from time to time",
    "some call",
    "(once|twice) a (day|week)",
    // "went blank twice today for a minute, then came back"
    "(then|and) (~come|~came) back",
    // once, and fine since: "Excel crashed once this morning, it's fine now"
    "(crash|freeze|fail|hang|drop|go down|restart|reboot|error) once",
    "(be|seem|work) (fine|ok|okay|normal|normally) (again|now)",
    "(twice|three times|a few times|several times|a couple of times) (today|this morning|this week|yesterday)",
    // "the VPN disconnects every 15 minutes": it fails, comes back, and fails again; not every few seconds,
    // which leaves no time to work in between ("binds dropped every few seconds, zero throughput")
    "(drop|disconnect|freeze|crash|restart|reboot|log out|sign out|hang|cut out|go down) (\\w+ ){0,4}every (\\d+|few|couple of)? ?(minute|min|hour|hr)",
    // "the wifi keeps dropping": it comes back each time
    "keep (drop|disconnect|freeze|crash|cut out|drop out|go down|kick|log|sign|throw|restart|reboot|lose)",
    // "the wifi drops constantly": it comes back each time
    "(drop|disconnect|freeze|crash|cut out|go down|drop out) (out )?(constantly|all the time|repeatedly|over and over)",
    "(log|sign|kick|throw) (me|us|them|him|her|everyone|agents|people) out (\\w+ )?every (\\d+|few|couple of) (minute|hour)",
    // "all staff are getting kicked out of the VPN every 30 minutes"
    "(log|sign|kick|throw) out (of (the |our |their )?\\w+ )?every (\\d+|few|couple of) (minute|hour)",
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
    // "could someone fix it when they're next in?": on the next visit, whenever that is
    "(when|whenever) (you|u|someone|somebody|one of you|they|your \\w+) (be|come|drop|pop) next (in|on site|onsite|around|by|here|over)",
    "next time (you|u|someone|somebody|one of you|your \\w+) (be|come|drop|pop) (in|on site|onsite|around|by|here|over)",
    "on (your|the) next (visit|site visit|onsite visit)",
  ),
];
