import { type Cue, cue } from "./cues.js";

/**
 * Some of the client's items or cases fail, not some of its people: "a handful of orders", "for products
 * that were deleted", "one Excel file on the shared drive", "on big orders", "about a quarter of our SMS".
 */
export const SOME_CASES: Cue<"some cases"> = cue(
  "some cases",
  // not "it isn't just some orders, it's all of them"
  "(?<!not (just|only) )some (of )?(our )?(\\w+ )?(call|order|record|message|customer|sms|text|email|mail|chat|conversation|notification|refund|payment|invoice|transaction|return|shipment)",
  "a handful",
  // "a few template messages were rejected": a few of the client's items, not a few people
  "(?<!only )a (few|couple of) (\\w+ )?(message|template|sms|text|email|mail|call|chat|conversation|order|record|invoice|payment|transaction|shipment|notification)(?![\\w'])",
  // "it stays at step 2 for some items"
  "for some (\\w+ )?(item|request|case|entry|row|submission|ticket|record|order|invoice|form|document|file|contact|payment)s?(?![\\w'])",
  // "the media preview doesn't load for PDFs": the items of one kind
  "~?(fail|load|open|show|work|display|preview|upload|download|send|sync)s? (~?\\w+ )?~?for (~?(big|large|bigger|larger) )?~?(pdf|image|video|gif|photo|zip file|excel file|word file)s?(?![\\w'])",
  // "doesn't work on some phones, most connect fine": some of the devices
  "on some (\\w+ )?(phone|device|pc|laptop|computer|machine|tablet|ipad|mac|browser)s?(?!\\w)",
  // "one customer says she never gets our SMS": one of the client's own customers, a case
  // not "it has not answered a single customer"
  "!(one|a single|just one|only one) (customer|recipient|contact|caller|phone number|number)(?!\\w)(?<!~\\w+ (one|a single) \\w+)",
  // "one of our two SIP trunks fails to register": one of several the client has (not "calls to one of our
  // numbers fail", a number out, which is a part of Voice failing)
  "one of (our|the) (\\w+ ){0,2}(sender|template|flow|campaign|key|account|trunk|webhook|channel)(?![\\w'])",
  // "our primary SIP trunk is down": one of the trunks a client keeps for Voice, the backup beside it
  "(our |the )?(primary|main|secondary|backup|first|second) (sip )?trunk(?![\\w'])",
  // "one Excel file on the shared drive says it's locked", "One WhatsApp image failed to send": one item,
  // not the drive or the channel
  "!(one|a single|just one|only one) (\\w+ ){0,2}(file|document|folder|spreadsheet|workbook|email|order|invoice|record|report|refund|payment|shipment|transaction|sms|text message|whatsapp message|image|photo|picture|attachment|video|voice note)(?!\\w)",
  // written as a digit: "1 order stuck"; not "1 order flow"
  "(?<![\\w~]|of )1 (file|document|email|order|invoice|record|payment|message|sms|call)(?!\\w)(?! (flow|sync|import|export|process|integration|api|connector|pipeline|queue|inbox|channel)s?(?!\\w))",
  // "4 errors on the item flow": a few of its records, counted by the errors they gave
  "(?<![\\w~]|of |all |the |our )([2-9]|two|three|four|five|six|seven|eight|nine) (error|failure)s? (on|in) (the |our )?(\\w+ )?(flow|sync|import|export|integration)(?![\\w'])",
  // "Two invoices didn't sync last night"
  "(?<![\\w~]|of |all |the |our )(two|three|2|3) (invoice|order|record|payment|transaction)s?(?!\\w)",
  // "one WhatsApp template was rejected": one of many, not "not one message came in"
  "!(one|a single|just one|only one) (\\w+ ){0,2}template(?!\\w)",
  // "one handheld scanner in the warehouse won't charge": one device of several
  "(one|a single|just one|only one) (\\w+ ){0,2}(scanner|printer|handheld|tablet|ipad|terminal|till|card reader|headset|dock|docking station)(?!\\w)(?! (in|on|at|of) (the |our )?(\\w+ )?(office|building|company|site|floor|practice|clinic|shop|store)(?! \\w))",
  // "An order from a new customer is not getting synced": one record, named as the subject
  "(?<![\\w~] )(?<!~)(a|an) (single |new )?(\\w+ ){0,2}(order|invoice|record|shipment) (from|place|create)(?!\\w)",
  // "fails for products that were deleted in Shopify": the items of one kind
  "for (\\w+ )?(product|order|item|record|invoice|customer|contact|sku|payment|transaction)s? (that|which) (be|have) (\\w+ )?(delete|deleted|archive|archived|cancel|cancelled|canceled|refund|refunded|merge|merged|inactive|disable|disabled)",
  // "fails for 3 SKUs": a few items, counted
  // not "completed with 0 records": none of them
  "(for|on|with) ((?!0 )\\d\\d?|two|three|four|five|a few|a couple of) (\\w+ )?(skus|sku|item|order|record|invoice|product|contact|file|row|payment|transaction)(?!\\w)",
  // "hits the governance limit on big orders": the items of one size
  "on (big|bigger|large|larger|long|longer|huge|small|smaller|old|older) (\\w+ )?(order|file|invoice|record|message|call|payment|import|export|attachment)s?(?![\\w'])",
  // "fails for larger lists, small ones export fine"
  "for (larger|bigger|big|large|long|longer|small|smaller|older|old|newer|certain|specific) \\w+",
  // "only a few callers heard it"
  "a (few|couple of) (call|caller|customer|recipient|order|record|message|sms|email|chat|whatsapp|text|item|row|invoice|transaction|contact|file|payment)",
  // "a few of the scheduled SMS went out late"
  "!(a few|a couple|several) of (the|our) (\\w+ )?(call|order|record|message|sms|email|chat|whatsapp|text|item|invoice|contact|payment|campaign|mailing)",
  // "a customer reports she received the same template twice": one of the client's customers says so
  "(a|one) (customer|client|caller|recipient|patient) (report|say|tell|complain|mention|write)",
  // "fails on bills with special characters": the items of one kind, not a conversation the client had
  // ("following up on my call with Tom")
  "(on|for) (?!(my|our|your|the) call with )(\\w+ )?(bill|order|record|message|invoice|item|contact|file|payment|call|number)s? (with|that|which|where|containing|over|above|under|larger|bigger|smaller|longer)",
  // "refunds with a discount code fail", "invoices over 10k don't sync": the items of one kind, as the
  // subject of the failure
  "(^|\\| )(the |our )?(\\w+ )?(refund|order|record|invoice|item|payment|bill|shipment|return|transaction|sku|product|contact)s? (with|containing|over|above|under|without|larger than|bigger than|longer than|smaller than) (?!~?(any|every|all|each)(?![\\w']))~?\\w+",
  "!many (call|message|order|record)",
  // half the agents, not "half sentences", "half the speed", "the last half hour", "half of what we
  // did", a store twice "with half the calls each", "WhatsApp is how half of our members reach us", nor
  // who is away: "with half the team on leave", nor a time: "since half eight"
  "half(?<!be how half)(?! of what)(?! (of )?(our |the )?\\w+ (be |being )?(on (leave|holiday|vacation)|off|away)(?![\\w']))(?! the (speed|time|rate))(?! (of )?(the |their |its )?\\w+ each)(?! (a |the )?(sentence|message|word|text|answer|page|screen|line|image|picture|hour|day|minute|year))(?<!(last|past|first|next) half)(?! (past )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})(?![\\w']))",
  "part of",
  "(those|these) few",
  // "500 for about a quarter of our SMS requests"
  "(a|one) (quarter|fifth|tenth) of",
  // "sent to only 30% of the list" (the analyser drops the "%")
  "only \\d+ (percent )?of the \\w+",
);
