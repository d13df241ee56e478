import { describe, expect, it } from "vitest";
import { classifyPriority, LOW_CONFIDENCE } from "../../../src/domain/priority/classify.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";
import { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { presetWithout, read, ruledLevel, ruledLevelUnder } from "./readings.js";

describe("reading a message: negation", () => {
  it.each([
    "the dashboard isn't loading",
    "the dashboard is not loading",
    "the dashboard won't load",
    "the dashboard doesn't load anymore",
  ])("%j: the same failing state, whatever the form of the negation", (text) => {
    expect(read(text).state).toMatchObject({ value: "broken" });
  });

  it("marks the words a negation covers, up to the end of the clause", () => {
    expect(analyse("there is no manual way, but voice is fine").lemmas).toBe(
      "there be no ~manual ~way | but voice be fine |",
    );
    expect(analyse("nobody can get in").lemmas).toBe("nobody ~can ~get ~in |");
  });

  it("reads a negated workaround as none, and a present one as one", () => {
    expect(read("there is no manual way to send them").workaround?.value).toBe("absent");
    expect(read("we can't push them by hand").workaround?.value).toBe("absent");
    expect(read("no workaround").workaround?.value).toBe("absent");
    expect(read("we push them by hand for now").workaround?.value).toBe("present");
    expect(read("we upload the file manually").workaround?.value).toBe("present");
  });

  it("quotes a negated workaround with its negation", () => {
    expect(read("the flow fails and there is no manual way to push the orders").workaround).toEqual({
      value: "absent",
      evidence: "no manual way",
    });
    expect(read("the flow fails and there is no way to push the orders").workaround).toEqual({
      value: "absent",
      evidence: "no way",
    });
  });

  it('reads "everyone can, except me" as one person with a failure', () => {
    const found = read("anyone in the office can log in except me");
    expect(found.scope).toEqual({ value: "one", evidence: "except me" });
    expect(found.state?.value).toBe("broken");
    expect(ruledLevel("anyone in the office can log in except me", "managed-helpdesk")).toBe("P4");
  });

  it('does not read "instead of" as a workaround', () => {
    expect(read("orders go to the old warehouse instead of the new one").workaround).toBeUndefined();
  });

  it('reads "not critical" as not critical, and "critical" as critical', () => {
    expect(read("the nightly sync fails, it is not a critical one").criticality?.value).toBe("not critical");
    expect(read("the payroll export fails and it is critical").criticality?.value).toBe("critical");
  });

  it('reads "anyone ... can" as no statement of scope, and "not ... for anyone" as everyone', () => {
    expect(read("anyone here can log in except me").scope?.value).not.toBe("everyone");
    expect(read("the portal is not responding for anyone").scope?.value).toBe("everyone");
  });

  it('a product "fine btw" is not a second product down', () => {
    expect(ruledLevel("voice is down for everyone, messaging is fine btw", "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("voice and messaging are down for everyone", "cm-connect-engage")).toBe("P1");
  });
});

describe("reading a message: the dimensions and their evidence", () => {
  it('scope: one person, some, most ("2 of 60" can work), everyone, other customers', () => {
    expect(read("one user can't log in").scope).toEqual({ value: "one", evidence: "one user" });
    expect(read("half our staff cannot print").scope?.value).toBe("some");
    expect(read("only 2 of 60 people can get in").scope?.value).toBe("most");
    expect(read("nobody in the office can send mail").scope).toEqual({
      value: "everyone",
      evidence: "nobody",
    });
    expect(read("other customers on the forum report it too").scope?.value).toBe("other customers");
  });

  it("service state: down, broken, degraded (severely or not), wrong results, cosmetic", () => {
    expect(read("the platform is down").state).toEqual({ value: "down", evidence: "is down" });
    expect(read("the export fails every night").state?.value).toBe("broken");
    expect(read("every click takes 20 seconds").state?.value).toBe("severely degraded");
    expect(read("charts load a bit slower than they used to").state?.value).toBe("degraded");
    expect(read("the report shows the wrong totals").state?.value).toBe("wrong");
    expect(read("the header is misspelled").state?.value).toBe("cosmetic");
  });

  it("request type: a question, a feature request, a scheduled task", () => {
    expect(read("how do I set up an out of office reply?").request?.value).toBe("question");
    expect(read("would be great if we could export to csv").request?.value).toBe("feature");
    expect(read("please schedule the upgrade for next month").request?.value).toBe("scheduled");
  });

  it("a message put as a question: announced, or asked in every sentence; not a report worded as one", () => {
    expect(read("is there an API endpoint to fetch the call recordings?").asking?.value).toBe("asked");
    expect(read("question about billing: are failed SMS charged?").asking?.value).toBe("announced");
    expect(read("is the system down? none of us can get past the login screen").asking).toBeUndefined();
    expect(read("why does the nightly sync fail?").asking).toBeUndefined();
    expect(read("can someone call me back?").asking).toBeUndefined();
    expect(ruledLevel("what are your SMS throughput limits per second?", "cm-connect-engage")).toBe("P5");
    expect(ruledLevel("question about billing: are failed SMS charged?", "cm-connect-engage")).toBe("P5");
    expect(ruledLevel("are SMS failing for everyone right now?", "cm-connect-engage")).not.toBe("P5");
  });

  it("what still works narrows a failure; a word that only looks like it does not", () => {
    expect(read("the sync stopped working").sparedPart).toBeUndefined();
    expect(read("the sync stopped working, the rest works").sparedPart?.evidence).toBe("the rest works");
    expect(read("delivery reports are missing, the messages are delivered though").sparedPart).toBeDefined();
    // Another product being fine says how many products are down, not that this one partly works.
    expect(ruledLevel("voice is down for everyone, messaging is fine btw", "cm-connect-engage")).toBe("P2");
  });

  it("a button that does nothing is a broken feature, not everyone locked out", () => {
    const button = read("the 'Reassign' button on tasks doesn't do anything");
    expect(button.state?.value).toBe("broken");
    expect(button.scope).toBeUndefined();
    expect(read("we can't do anything, the app is frozen").state?.value).toBe("down");
  });

  it("an error page for everyone is down, a crash for the whole company is a failure for everyone", () => {
    expect(ruledLevel("All our users see 'Something went wrong' on every page", "kissflow")).toBe("critical");
    expect(ruledLevel("Kissflow crashed for the whole company an hour ago", "kissflow")).toBe("critical");
    expect(read("the app keeps crashing").state?.value).toBe("severely degraded");
  });

  it('"every integration" is all of them; "every time" is how often', () => {
    expect(read("every integration stopped running overnight").scope?.value).toBe("everyone");
    expect(read("the filter resets every time I open the board").scope).toBeUndefined();
    expect(read("the filter resets every time I open the board").state?.value).toBe("wrong");
  });

  it("a named app or section is a module; the app is the system", () => {
    expect(read("the complete Travel Request app errors out").unit?.value).toBe("module");
    expect(read("the integrations section just errors").unit?.value).toBe("module");
    expect(read("the app is down").unit?.value).toBe("system");
  });

  it("text cut off is cosmetic; output cut off is a wrong result", () => {
    expect(read("the text in the side menu is slightly cut off").state?.value).toBe("cosmetic");
    expect(read("the tooltip label is cut off").state?.value).toBe("cosmetic");
    expect(read("printing a request to PDF cuts off the last section").state?.value).toBe("wrong");
  });

  it('"questions about" inside a report is not the client asking one', () => {
    const looping = "the bot gets stuck in a loop for questions about delivery times";
    expect(read(looping).asking).toBeUndefined();
    expect(read(looping).request).toBeUndefined();
    expect(ruledLevel(looping, "cm-connect-engage")).not.toBe("P5");
  });

  it("something that stopped working: no longer, not anymore, calls that drop, a suspended account", () => {
    expect(read("the A/B tests don't pick a winner anymore").state?.value).toBe("broken");
    expect(read("the scheduler no longer sends reminders").state?.value).toBe("broken");
    expect(read("calls forwarded to mobile phones drop after a few seconds").state?.value).toBe("broken");
    expect(read("our account shows 'account suspended' to everyone").state?.value).toBe("down");
    expect(read("chat, calls and the bot all fail").state?.value).toBe("down");
  });

  it("a named process or app is a module; the whole app is the system", () => {
    expect(read("The Purchase Order process is completely broken").unit?.value).toBe("module");
    expect(read("The whole app shows a 503 for all our users").unit?.value).toBe("system");
    expect(read("new requests fail on submit. Other processes run.").sparedPart).toBeDefined();
  });

  it("a different font or an odd look is cosmetic; figures that look off by some percent are not", () => {
    expect(read("the column headers are a different font than the rest").state?.value).toBe("cosmetic");
    expect(read("campaign statistics look off by a few percent").state?.value).not.toBe("cosmetic");
  });

  it("wrong results for everyone are a breaking issue where the contract's levels count who can work or what hurts productivity", () => {
    const wrongStatus = "the delivery reports show the wrong status for all our messages";
    expect(read(wrongStatus).scope?.value).toBe("everyone");
    expect(read(wrongStatus).state?.value).toBe("wrong");
    expect(ruledLevel(wrongStatus, "cm-connect-engage")).toBe("P3");
    expect(ruledLevel(wrongStatus, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel(wrongStatus, "kissflow")).toBe("medium");
    expect(ruledLevel("the unread counter is wrong, shows 3 when there are none", "cm-connect-engage")).toBe(
      "P4",
    );
    expect(read("the counter shows 3 when there are none").scope).toBeUndefined();
  });

  it("routing to the wrong place is a failure; an agent of ours is one person; a bit sluggish is not severe", () => {
    expect(read("callers end up in sales instead of support").state?.value).toBe("broken");
    expect(read("an agent of ours can't upload a profile picture").scope?.value).toBe("one");
    expect(read("the inbox feels a bit sluggish").state?.value).toBe("degraded");
    expect(read("the messages themselves are on time").workaround).toBeUndefined();
  });

  it("a word's endings count in every alternative: slower, transcribed", () => {
    expect(read("the app is slower than usual").state?.value).toBe("degraded");
    expect(read("voicemails are not transcribed since the weekend").state?.value).toBe("broken");
  });

  it("now and then, with the main thing still going, is a small incident", () => {
    const timer = "every now and then the call timer freezes, the call itself continues";
    expect(read(timer).sparedPart).toBeDefined();
    expect(ruledLevel(timer, "cm-connect-engage")).toBe("P4");
  });

  it("an administrative change asked of the provider is a service request, not an incident", () => {
    const rename = "can you switch our invoices to be addressed to our new company name?";
    expect(read(rename).request?.value).toBe("service");
    expect(ruledLevel(rename, "cm-connect-engage")).toBe("P5");
    // Without a date it is an issue with no deadline (the managed helpdesk's P5), not a scheduled task.
    const channel = "when you have a minute, could you rename the 'Projects' Teams channel?";
    expect(ruledLevel(channel, "managed-helpdesk")).toBe("P5");
    expect(ruledLevel("please schedule the firmware update for saturday night", "managed-helpdesk")).toBe(
      "P6",
    );
  });

  it("every company on a hosted service, or partners too, is other customers", () => {
    const hosted = "your hosted phone system seems down for every company on it, our partners too";
    expect(read(hosted).scope?.value).toBe("other customers");
    expect(ruledLevel(hosted, "managed-helpdesk")).toBe("P1");
  });

  it("words inside a negation still name the module", () => {
    const invoices = "no approvals can be done in the Invoice process since the update";
    expect(read(invoices).unit?.value).toBe("module");
  });

  it("a reminder sent to the wrong person is a wrong result, a wrong accent cosmetic, 'could it show' a wish", () => {
    expect(read("the approval reminder goes to the wrong approver").state?.value).toBe("wrong");
    expect(read("the Spanish translation of 'Send' has a wrong accent").state?.value).toBe("cosmetic");
    expect(read("could it show initials instead?").request?.value).toBe("feature");
    expect(read("the opt-out link doesn't unsubscribe anyone").state?.value).toBe("broken");
  });

  it("zero calls is none at all; a broken image is cosmetic, a broken link in a notification is not", () => {
    expect(read("we've had zero inbound calls for the last hour").state?.value).toBe("down");
    expect(read("the release notes page has a broken image").state?.value).toBe("cosmetic");
    expect(read("the email notification has a broken link").state?.value).toBe("broken");
  });

  it("agents on a break are not a failure; a list that is useless is; a retry that gets through is a way round", () => {
    expect(read("a couple of chats a day go to agents who are on break").state).toBeUndefined();
    expect(read("so the callback list is useless").state?.value).toBe("broken");
    const retried = read("every so often an outbound call needs a second try before it connects");
    expect(retried.intermittent?.value).toBe("intermittent");
    expect(retried.workaround?.value).toBe("present");
  });

  it("a wait of seconds is a slowdown, of twenty or more a severe one", () => {
    expect(read("search is slow, it takes 15 seconds").state?.value).toBe("degraded");
    expect(read("every click takes 20 seconds").state?.value).toBe("severely degraded");
  });

  it("'a few of our agents' is some; 'hand over to an agent' says nothing of who is affected", () => {
    expect(read("the button does nothing for a few of our agents").scope?.value).toBe("some");
    expect(read("the bot doesn't hand over to an agent anymore").scope).toBeUndefined();
    expect(read("an agent can't log in").scope?.value).toBe("one");
  });

  it("an icon the wrong way round or a layout that resets is cosmetic; a setting not remembered an annoyance", () => {
    expect(read("the sort arrow icon points the wrong way").state?.value).toBe("cosmetic");
    expect(read("column widths reset every time I open the report").state?.value).toBe("cosmetic");
    expect(read("the list doesn't remember my sort order").annoyance?.value).toBe("annoyance");
  });

  it("neither this nor that works, or customers get nothing, is down; a recording that stops after ten minutes fails", () => {
    expect(read("neither our WhatsApp nor our voice lines work").state?.value).toBe("down");
    expect(read("customers get nothing since this morning").state?.value).toBe("down");
    expect(read("call recordings stop after 10 minutes").state?.value).toBe("broken");
    expect(read("the audience filter returns zero contacts").state?.value).toBe("broken");
  });

  it("a document asked for again is a question, not a search that finds nothing", () => {
    const invoice = read("pls send us the invoice for november again, can't find it");
    expect(invoice.request?.value).toBe("question");
    expect(invoice.state).toBeUndefined();
    expect(read("search can't find contacts by email").state?.value).toBe("wrong");
  });

  it("one of our team leads is one person; the whole platform is the system, whatever parts are listed", () => {
    expect(read("one of our team leads can't export the report").scope?.value).toBe("one");
    expect(read("the whole platform is down, none of our boards or datasets load").unit?.value).toBe(
      "system",
    );
  });

  it("not a single message is none at all; a board that is gone fails, one gone blank is down", () => {
    expect(read("we can't send a single message").state?.value).toBe("down");
    expect(read("our whole IT Helpdesk board is gone").state?.value).toBe("broken");
    expect(read("all our boards are gone blank").state?.value).toBe("down");
  });

  it("some people (a team, a few agents) are told apart from some cases (a handful of orders)", () => {
    expect(read("the accounting team can't open the shared drive").scope?.value).toBe("some");
    expect(read("half of our agents can't accept chats").scope?.value).toBe("some");
    expect(read("it fails for a handful of orders").scope?.value).toBe("some cases");
    expect(read("we re-enter those few by hand").scope?.value).toBe("some cases");
    // one run among many, as a few records are; a larger share of the flows stays some
    expect(read("1 of our 14 flows failed last night").scope?.value).toBe("some cases");
    expect(read("3 of our 5 flows fail since this morning").scope?.value).toBe("some");
  });

  it("'broke' fails and 'concatenation' is not 'on break'; nothing delivered is down; a send that stopped fails", () => {
    expect(read("SMS concatenation broke").state?.value).toBe("broken");
    expect(read("whatsapp: nothing gets delivered").state?.value).toBe("down");
    const stopped = read("the campaign sent to only 30% of the list and stopped");
    expect(stopped.state?.value).toBe("broken");
    expect(stopped.scope?.value).toBe("some cases");
    expect(read("replies don't show up in the inbox").state?.value).toBe("broken");
  });

  it("uneven spacing is cosmetic; my keyboard is one person's", () => {
    expect(read("the spacing between the form sections looks uneven").state?.value).toBe("cosmetic");
    expect(read("my keyboard's 'e' key sticks sometimes").scope?.value).toBe("one");
  });

  it("completely out, nothing in or out, a search that returns nothing; waiting too long is a slowdown", () => {
    expect(read("Telephony is completely out").state?.value).toBe("down");
    expect(read("the internet is out at head office").state?.value).toBe("down");
    expect(read("since 10 min nothing in or out").state?.value).toBe("down");
    expect(read("Outlook search returns nothing").state?.value).toBe("broken");
    expect(read("the typing indicator stays on a bit too long").state?.value).toBe("degraded");
  });

  it("'can't export any other way' is no workaround, not everyone; Paul's status is one person's; 'anywhere' is not other customers", () => {
    const export_ = read("the export fails and we can't export any other way");
    expect(export_.scope).toBeUndefined();
    expect(export_.workaround?.value).toBe("absent");
    expect(read("Paul's Teams status is stuck on 'away'").scope?.value).toBe("one");
    expect(read("nothing arrives anywhere").scope?.value).not.toBe("other customers");
  });

  it("we lost SMS is down, a widget that only spins is down, an SLA breach is no security breach", () => {
    expect(read("we lost SMS, voice and the inbox at the same time").state?.value).toBe("down");
    expect(read("our chatbot answers nobody, the widget only spins").state?.value).toBe("down");
    expect(read("the SLA breach email on our board isn't sent").state?.value).toBe("broken");
    expect(read("we had a data breach").state?.value).toBe("down");
  });

  it("a word spelled wrong is cosmetic; a reminder email is a feature", () => {
    expect(read("'Retrieve' is spelled 'Retreive' on the export page").state?.value).toBe("cosmetic");
    expect(read("the reminder email isn't sent").unit?.value).toBe("feature");
  });

  it("hours late is severe; not a single one delivered is down; numbering that restarts at 1 is wrong", () => {
    expect(read("SMS to Austrian numbers get delivered hours late").state?.value).toBe("severely degraded");
    expect(read("not a single delivered").state?.value).toBe("down");
    expect(read("the auto-numbering restarted at 1").state?.value).toBe("wrong");
  });

  it("'how do I reset' and 'what does error X mean' are questions, not symptoms", () => {
    const reset = read("How do I reset my 2FA?");
    expect(reset.state).toBeUndefined();
    expect(reset.request?.value).toBe("question");
    const meaning = read("what does error 'E_THROTTLED' mean in the API docs?");
    expect(meaning.state).toBeUndefined();
    expect(meaning.request?.value).toBe("question");
    expect(read("the counter resets every night").state?.value).toBe("wrong");
  });

  it("an action or option is a feature, option 2 of a menu is not; WhatsApp buttons are a kind of message", () => {
    expect(read("the 'reject' action doesn't notify the submitter").unit?.value).toBe("feature");
    expect(read("the IVR plays the wrong prompt for option 2").unit).toBeUndefined();
    expect(read("list messages fail, buttons and text are ok").unit).toBeUndefined();
  });

  it("a word written wrong is cosmetic; a nice-to-have is a wish; losing bullet points on save is a wrong result", () => {
    expect(read("the word 'Queue' is written 'Queu' in the title").state?.value).toBe("cosmetic");
    expect(read("nice-to-have: let agents pick their own sound").request?.value).toBe("feature");
    expect(read("the rich text field loses bullet points on save").state?.value).toBe("wrong");
  });

  it("an empty inbox and a button that creates nothing fail; a choppy animation or missing shades are small", () => {
    expect(read("the whole inbox is empty for every agent").state?.value).toBe("broken");
    expect(read("the callback button creates no callbacks").state?.value).toBe("broken");
    expect(read("the loading animation is a bit choppy").annoyance?.value).toBe("look");
    expect(read("the colour picker is missing a few shades").state?.value).toBe("cosmetic");
  });

  it("'not a huge problem' is no failure; my colleague Tom is one person, my colleagues are not", () => {
    expect(read("charts load a bit slower, not a huge problem").state?.value).toBe("degraded");
    expect(read("my colleague Tom doesn't get the notification").scope?.value).toBe("one");
    expect(read("neither can my colleagues").scope?.value).not.toBe("one");
  });

  it("no SMS gone out and a maintenance page are down; a connector that stopped creating cases fails", () => {
    expect(read("no SMS have gone out since noon").state?.value).toBe("down");
    expect(read("the app shows 'maintenance' for everyone").state?.value).toBe("down");
    expect(read("the connector stopped creating cases from chats").state?.value).toBe("broken");
    expect(read("our WhatsApp inbox stays empty").state?.value).toBe("broken");
    expect(read("the filter includes closed cards").state?.value).toBe("wrong");
  });

  it("all customers affected is everyone; 'question:' announces a question; a link is a feature", () => {
    expect(read("All customers affected").scope?.value).toBe("everyone");
    expect(read("question: do you store messages in the EU?").asking?.value).toBe("announced");
    expect(read("the 'Approve' link opens an error page").unit?.value).toBe("feature");
  });

  it("minutes of waiting are a slowdown, hours a severe one; 'cosmetic' said outright is cosmetic", () => {
    expect(read("SMS delivery reports take about 3 minutes today").state?.value).toBe("degraded");
    expect(read("the sync takes 3 hours instead of 10 min").state?.value).toBe("severely degraded");
    expect(read("the signature says 'Team' twice, cosmetic").state?.value).toBe("cosmetic");
  });

  it("'doesn't respond to any keyword' is everyone; our team lead is one person, our supervisors are not", () => {
    expect(read("the keyword service doesn't respond to any incoming keyword").scope?.value).toBe("everyone");
    expect(read("our team lead can't export the report").scope?.value).toBe("one");
    expect(read("our supervisors can't listen in").scope?.value).not.toBe("one");
    expect(read("the wallboard tile occasionally freezes").unit?.value).toBe("feature");
    expect(read("the scheduled trigger didn't run").unit?.value).toBe("feature");
  });

  it("zero opens for all campaigns is wrong for everyone; silent recordings fail; 'can you confirm' asks", () => {
    const opens = read("our campaign dashboard shows zero opens for all campaigns");
    expect(opens.state?.value).toBe("wrong");
    expect(opens.scope?.value).toBe("everyone");
    expect(read("call recordings are silent").state?.value).toBe("broken");
    expect(read("can you confirm our data is backed up daily?").request?.value).toBe("question");
  });

  it("the customer service team's headsets are a team's, not one person's", () => {
    expect(read("the customer service team's headsets all stopped working").scope?.value).toBe("some");
    expect(read("the whole support team can't work").scope?.value).not.toBe("some");
  });

  it("a total failure is down; an option that drops the caller, recordings that can't be played and a bot that doesn't understand fail", () => {
    expect(read("we see a total failure of messaging and voice").state?.value).toBe("down");
    expect(read("the option drops the caller instead").state?.value).toBe("broken");
    expect(read("call recordings can't be played in the portal").state?.value).toBe("broken");
    expect(read("the bot doesn't understand German questions").state?.value).toBe("broken");
  });

  it("'every other company' is other customers, not now and then; two other CM customers are other customers", () => {
    const google = read("Gmail and Drive fail for us and for every other company here");
    expect(google.intermittent).toBeUndefined();
    expect(google.scope?.value).toBe("other customers");
    expect(read("it fails every other day").intermittent?.value).toBe("intermittent");
    expect(read("for us and for two other CM customers we know").scope?.value).toBe("other customers");
    expect(read("Anna's Teams notifications don't make a sound").scope?.value).toBe("one");
  });

  it("a send that stopped at 8k and transfers that lose their recording fail; our Madrid team is some people", () => {
    expect(read("our campaign to 20k contacts stopped at 8k").state?.value).toBe("broken");
    expect(read("calls transferred between queues lose their recording").state?.value).toBe("broken");
    expect(read("agents in our Madrid team can't log in").scope?.value).toBe("some");
  });

  it("every customer (the client's own) is everyone; every customer we talk to is other customers", () => {
    expect(read("the bot stopped answering every customer").scope?.value).toBe("everyone");
    expect(read("every customer we talk to is down").scope?.value).toBe("other customers");
    expect(read("the gateway rejects 100% of our messages").scope?.value).toBe("everyone");
  });

  it("all your customers we know, or your whole hosting platform, is other customers; a warning clicked through is a wrong result", () => {
    expect(read("all your customers we know are offline").scope?.value).toBe("other customers");
    expect(read("your whole hosting platform seems down").scope?.value).toBe("other customers");
    expect(read("all our customers are offline").scope?.value).not.toBe("other customers");
    const warning = read(
      "I get a certificate warning when I open the intranet, it works after I click continue",
    );
    expect(warning.state?.value).toBe("wrong");
    expect(ruledLevel("I get a certificate warning when I open the intranet", "managed-helpdesk")).toBe("P4");
  });

  it("an odd order and files opening read-only are wrong results, 'always sends variant A' a part broken; read-only access asked for is a question", () => {
    expect(read("the A/B test always sends variant A to everybody").state?.value).toBe("broken");
    expect(ruledLevel("the A/B test always sends variant A to everybody", "cm-connect-engage")).toBe("P3");
    expect(read("sorting gives a slightly odd order for some records").state?.value).toBe("wrong");
    expect(read("my Excel opens files in read-only mode every time").state?.value).toBe("wrong");
    expect(read("the report shows 'INFO' as our sender instead of our brand").state?.value).toBe("wrong");
    expect(ruledLevel("how do I give someone read-only access to a board?", "kissflow")).toBe("low");
  });

  it("'could you show me how' is a question, not a feature; stopped shipping is critical; a few records per run are some cases", () => {
    expect(read("could you show me how to set up a meeting?").request?.value).toBe("question");
    expect(read("could you show the due date on the card?").request?.value).toBe("feature");
    expect(read("the sync is blocked, shipping has stopped").criticality?.value).toBe("critical");
    expect(read("a few records per run fail the item sync").scope?.value).toBe("some cases");
    expect(
      ruledLevel(
        "our order sync is blocked since midnight, no way to push orders manually, shipping has stopped",
        "celigo",
      ),
    ).toBe("urgent");
    expect(ruledLevel("a few records per run fail the item sync, we fix them by hand", "celigo")).toBe(
      "normal",
    );
  });

  it("'not assigned to anyone' names no one affected; 'until a supervisor moves them' is not one person's", () => {
    const unassigned = read(
      "new chats are not assigned to anyone, they sit in the list until a supervisor moves them",
    );
    expect(unassigned.scope).toBeUndefined();
    expect(unassigned.state?.value).toBe("broken");
    expect(read("messages are not delivered to anyone").scope?.value).toBe("everyone");
    expect(read("a supervisor can't log in").scope?.value).toBe("one");
  });

  it("'not urgent at all' sets no deadline and says nothing is down; 'we can live with it for a day' does not make it non-critical", () => {
    const notUrgent = read("not urgent at all: the desk phone shows the wrong name on the display");
    expect(notUrgent.state?.value).toBe("wrong");
    expect(notUrgent.noDeadline?.value).toBe("no deadline");
    expect(read("nothing loads at all").state?.value).toBe("down");
    const critical = read(
      "our critical order import is extremely slow, we can live with it for a day but not longer",
    );
    expect(critical.criticality?.value).toBe("critical");
    expect(read("the run history is slow, we can live with that").criticality?.value).toBe("minor");
  });

  it("other clients are other customers; 'could you please tell me where I can find' is a question; bills with special characters are some cases", () => {
    expect(read("the other clients we share the building with lost connection too").scope?.value).toBe(
      "other customers",
    );
    expect(read("could you please tell me where I can find the API key?").request?.value).toBe("question");
    expect(read("the flow fails on bills with special characters").scope?.value).toBe("some cases");
  });

  it("one person who cannot work at all is the managed helpdesk's P3 (it impacts productivity), a defect they work around its P4; elsewhere one person stays low", () => {
    expect(ruledLevel("my laptop won't start this morning, I can't work at all", "managed-helpdesk")).toBe(
      "P3",
    );
    expect(ruledLevel("I'm locked out of my account and can't do anything", "managed-helpdesk")).toBe("P3");
    expect(read("Emma can't log in to her PC").scope?.value).toBe("one");
    expect(ruledLevel("my mouse stopped working, I'm using the trackpad meanwhile", "managed-helpdesk")).toBe(
      "P4",
    );
    expect(ruledLevel("Paul's Teams status is stuck on 'away'", "managed-helpdesk")).toBe("P4");
    expect(ruledLevel("one agent can't log in at all", "cm-connect-engage")).toBe("P4");
  });

  it("garbled text is a wrong result, garbled audio a degraded service", () => {
    expect(read("SMS with special characters (ą, ę) arrive garbled for all recipients").state?.value).toBe(
      "wrong",
    );
    expect(read("the subject line of our emails is garbled").state?.value).toBe("wrong");
    expect(read("calls sound garbled for everyone").state?.value).toBe("degraded");
  });

  it("'a secondary process for us' is no one's scope; a handful of failing invoices is not a critical flow; 'we delete and retry them' is a workaround", () => {
    const secondary = read("the contact sync is blocked, no workaround, it's a secondary process for us");
    expect(secondary.scope).toBeUndefined();
    expect(secondary.criticality?.value).toBe("not critical");
    expect(read("it's down for us").scope?.value).toBe("everyone");
    const handful = read(
      "a handful of invoices fail with 'duplicate record' each day, we delete and retry them",
    );
    expect(handful.criticality).toBeUndefined();
    expect(handful.workaround?.value).toBe("present");
    expect(read("our invoice sync fails").criticality?.value).toBe("critical");
    expect(ruledLevel("a handful of invoices fail each day, we delete and retry them", "celigo")).toBe(
      "normal",
    );
    expect(
      ruledLevel("the contact sync is blocked, no workaround, it's a secondary process for us", "celigo"),
    ).toBe("high");
  });

  it("a cut-off avatar is cosmetic; 'when you have time' sets no deadline; 'could you make it remember' is a feature request", () => {
    expect(read("the avatar of our admin is cut off in the top bar").state?.value).toBe("cosmetic");
    expect(read("when you have time, please check my phone's contacts").noDeadline?.value).toBe(
      "no deadline",
    );
    expect(read("could you make the dashboard remember my filters?").request?.value).toBe("feature");
  });

  it("'both stopped answering' and a hotline not picking up are down; customers not picking up are not; a printed blank page is no page that fails to load", () => {
    expect(read("chatbot and live chat both stopped answering").state?.value).toBe("down");
    expect(read("our hotline is not picking up").state?.value).toBe("broken");
    expect(read("customers don't pick up").state?.value).not.toBe("broken");
    expect(
      ruledLevel(
        "chatbot and live chat both stopped answering on every channel, and our hotline is not picking up either",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    const printer = read("the printer in the lobby prints a blank page after every job");
    expect(printer.state?.value).not.toBe("down");
    expect(printer.scope).toBeUndefined();
    expect(read("users get a blank page after login").state?.value).toBe("down");
  });

  it("messages that stay on 'sent' are a wrong result; some WhatsApp messages are some cases", () => {
    const stuck = read(
      "delivery reports of some WhatsApp messages stay on 'sent' even though they were read",
    );
    expect(stuck.state?.value).toBe("wrong");
    expect(stuck.scope?.value).toBe("some cases");
  });

  it("one agent who gets every notification twice is one person; history not passed along fails", () => {
    expect(read("one agent gets every chat notification twice").scope?.value).toBe("one");
    expect(read("every agent gets each notification twice").scope?.value).toBe("everyone");
    expect(read("the conversation history isn't passed along").state?.value).toBe("broken");
  });

  it("one step of a process is a feature; files over a size are some cases; Kissflow's part failing stays medium for those; colours slightly off are cosmetic", () => {
    expect(read("the approval step in the capex process doesn't send the item on").unit?.value).toBe(
      "feature",
    );
    expect(read("the whole HR onboarding flow errors out at every step").unit?.value).not.toBe("feature");
    expect(read("bulk import fails for files over 1000 rows").scope?.value).toBe("some cases");
    expect(ruledLevel("bulk import into the asset dataset fails for files over 1000 rows", "kissflow")).toBe(
      "medium",
    );
    expect(ruledLevel("the asset dataset fails to load for everyone", "kissflow")).toBe("high");
    expect(read("the projector shows colours slightly off").state?.value).toBe("cosmetic");
    expect(ruledLevel("the projector in room B shows colours slightly off", "managed-helpdesk")).toBe("P4");
  });

  it("half sentences are no half of the people; 'wish: a button' is a feature request", () => {
    expect(read("customers get half sentences").scope).toBeUndefined();
    expect(read("half the agents can't log in").scope?.value).toBe("some");
    expect(read("wish: a button to copy a chat transcript").request?.value).toBe("feature");
    expect(read("idea: let supervisors listen in").request?.value).toBe("feature");
  });

  it("emails that never show are lost, not shown wrongly; Outlook showing 'disconnected' on and off for everyone fails", () => {
    expect(
      read("the agent desktop doesn't show incoming emails from Outlook.com addresses").state?.value,
    ).toBe("broken");
    expect(read("the dashboard doesn't show the queue filter").state?.value).toBe("wrong");
    expect(read("everyone's Outlook shows 'disconnected' on and off").state?.value).toBe("broken");
    expect(
      ruledLevel(
        "everyone's Outlook shows 'disconnected' on and off all day, mails come in late",
        "managed-helpdesk",
      ),
    ).toBe("P3");
    expect(ruledLevel("the shared calendar shows some events twice", "managed-helpdesk")).toBe("P4");
  });

  it("a 500 for one user is one person's failure, not one who cannot work; larger lists are some cases; no way to sort is a wish", () => {
    expect(ruledLevel("the report export gives error 500 for one of our users", "managed-helpdesk")).toBe(
      "P4",
    );
    expect(read("she's stuck at the login screen").workaround?.value).toBe("absent");
    expect(read("I can't work").workaround?.value).toBe("absent");
    expect(read("the campaign export fails for larger lists").scope?.value).toBe("some cases");
    expect(
      ruledLevel(
        "the campaign export fails with error 500 for larger lists, small ones export fine",
        "cm-connect-engage",
      ),
    ).toBe("P3");
    expect(read("there's no way to sort boards by due date, would be handy").request?.value).toBe("feature");
    expect(read("there's no manual way to mark a chat as spam").request?.value).toBe("feature");
    expect(read("there's no way to push the orders manually").request).toBeUndefined();
  });

  it("shown as offline is a wrong status, not down; a blank page added to a document is no page that fails; two people are some", () => {
    expect(read("Teams shows me as offline to others even when I'm online").state?.value).toBe("wrong");
    expect(read("Teams is offline for everyone").state?.value).toBe("down");
    const pdf = read("the PDF printer adds a blank page at the end of every document");
    expect(pdf.state?.value).toBe("wrong");
    expect(pdf.scope).toBeUndefined();
    expect(read("two people clicked the link").scope?.value).toBe("some");
    expect(ruledLevel("we got a phishing email and two people clicked the link", "managed-helpdesk")).toBe(
      "P3",
    );
  });

  it("a product named as where another runs is no second product down; assigned to the wrong agent is a routing failure", () => {
    expect(
      ruledLevel(
        "our chatbot doesn't respond at all anymore on the website or on WhatsApp",
        "cm-connect-engage",
      ),
    ).toBe("P2");
    expect(
      ruledLevel(
        "customers can't reach us on WhatsApp or by phone, both down for everyone",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(
      ruledLevel(
        "'service unavailable' on the messaging API and the voice API for all requests",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(read("inbound SMS replies are assigned to the wrong agent").state?.value).toBe("broken");
  });

  it("'most users can keep using it' says the rest works, not that most are affected", () => {
    const most = read("call transfers fail, but most users can keep using it");
    expect(most.scope).toBeUndefined();
    expect(most.sparedPart?.value).toBe("spared");
    expect(read("most users can't log in").scope?.value).toBe("most");
    expect(read("most users can't use it").scope?.value).toBe("most");
    expect(
      ruledLevel(
        "breaking issue in the Voice product, call transfers fail, but most users can keep using it",
        "cm-connect-engage",
      ),
    ).toBe("P3");
  });

  it.each([
    ["how do I retry failed SMS from the portal?", "cm-connect-engage", "P5"],
    ["where can I see why a call was dropped?", "cm-connect-engage", "P5"],
    ["is there a way to get alerted when our campaign sending fails?", "cm-connect-engage", "P5"],
    ["what does the error 'field validation failed' mean when I submit a form?", "kissflow", "low"],
    ["how can I set up an email alert for failed flows?", "celigo", "low"],
  ])("a how-to question about a failure is a question: %j", (text, policy, expected) => {
    expect(read(text).asking?.value).toBe("how-to");
    expect(ruledLevel(text, policy)).toBe(expected);
  });

  it.each([
    ["why are all our calls failing?? nobody can call in since 10", "cm-connect-engage", "P2"],
    ["how do I fix this? our SMS are failing for everyone since 10", "cm-connect-engage", "P2"],
    ["is the inbox down? none of my agents can load it", "cm-connect-engage", "P2"],
  ])("a question that reports a failure is a report: %j", (text, policy, expected) => {
    expect(read(text).asking?.value).not.toBe("how-to");
    expect(ruledLevel(text, policy)).toBe(expected);
  });

  it("several of your customers are other customers; 'the rest of the company can' spares the rest", () => {
    expect(read("several of your customers we talk to are offline too").scope?.value).toBe("other customers");
    expect(
      read("why can't anyone on the sales team open the CRM? the rest of the company can").sparedPart?.value,
    ).toBe("spared");
    expect(read("the rest of the team can't log in either").sparedPart).toBeUndefined();
  });

  it("a failure the client calls minor ('not a big deal') is a small incident; a non-critical process blocked stays Celigo's high", () => {
    const minor = read("not a big deal, but the agent list isn't sorted alphabetically anymore");
    expect(minor.criticality?.value).toBe("minor");
    expect(
      ruledLevel(
        "not a big deal, but the agent list isn't sorted alphabetically anymore",
        "cm-connect-engage",
      ),
    ).toBe("P4");
    expect(read("the nightly sync fails, it is not a critical one").criticality?.value).toBe("not critical");
    expect(
      ruledLevel(
        "the vendor sync (not critical for us) has stopped completely and there's no way to run it manually",
        "celigo",
      ),
    ).toBe("high");
  });

  it("the platform is every product, the voice platform one of them", () => {
    expect(
      ruledLevel("The voice platform is unavailable, none of our users can make calls", "cm-connect-engage"),
    ).toBe("P2");
    expect(ruledLevel("the whole CM platform is offline for us, nothing loads", "cm-connect-engage")).toBe(
      "P1",
    );
    expect(ruledLevel("your platform is down for everyone", "cm-connect-engage")).toBe("P1");
  });

  it("macros that insert an empty text fail", () => {
    expect(read("macros in the inbox insert an empty text instead of the template").state?.value).toBe(
      "broken",
    );
    expect(
      ruledLevel("macros in the inbox insert an empty text instead of the template", "cm-connect-engage"),
    ).toBe("P3");
  });

  it("one agent's softphone is one person's, whatever happens on every call; a run that is fine on retry has a way round", () => {
    expect(read("one agent's softphone rings twice for every call").scope?.value).toBe("one");
    expect(read("a handful of records fail each night and run fine on retry").workaround?.value).toBe(
      "present",
    );
  });

  it("webhooks that stopped firing and calls that ring and drop fail; 'on your side' says whose fault, not who else", () => {
    expect(read("our webhooks stopped firing since the maintenance").state?.value).toBe("broken");
    expect(read("inbound calls from Belgium ring for a second and drop").state?.value).toBe("broken");
    expect(read("our website is down, hosting says it's on your side").scope).toBeUndefined();
  });

  it("the evidence is in the client's own words", () => {
    expect(read("The dashboard isn't loading for anyone").state?.evidence).toBe("isn't loading for");
    // As written, capitals and all, though the words are read in lowercase.
    expect(read("URGENT: Nobody in Sales can open the CRM").scope?.evidence).toBe("Nobody in Sales");
    expect(read("URGENT: Nobody can open the CRM").scope?.evidence).toBe("Nobody");
    expect(read("The İstanbul office: nobody can print").scope?.evidence).toBe("nobody");
  });
});

describe("mapping the dimensions onto each contract's levels", () => {
  const cases: [string, Record<string, string>][] = [
    [
      // Connect & Engage's platform is all its products: "multiple products", P1.
      "the platform is down for everyone, no workaround",
      { celigo: "urgent", "cm-connect-engage": "P1", kissflow: "critical", "managed-helpdesk": "P2" },
    ],
    [
      "the whole onboarding process errors out at every step for everyone",
      { celigo: "urgent", kissflow: "high" },
    ],
    [
      "the order import fails, we upload the file manually for now",
      { celigo: "high", "cm-connect-engage": "P3", "managed-helpdesk": "P3" },
    ],
    [
      "one user's calendar doesn't sync to her phone",
      { "managed-helpdesk": "P4", "cm-connect-engage": "P4" },
    ],
    [
      "the logo is a bit blurry on retina screens",
      { celigo: "low", kissflow: "low", "cm-connect-engage": "P5" },
    ],
    [
      "how do I change the sender ID?",
      { "managed-helpdesk": "P5", "cm-connect-engage": "P5", kissflow: "low" },
    ],
    [
      "would be nice to have keyboard shortcuts",
      { "managed-helpdesk": "P6", celigo: "low", kissflow: "low" },
    ],
    ["is there a global outage? other customers report it too", { "managed-helpdesk": "P1" }],
    ["URGENT: our sandbox is down for everyone", { celigo: "low", "managed-helpdesk": "P2" }],
    ["we were hit by ransomware, nobody in the office can open any file", { "managed-helpdesk": "P2" }],
    [
      "the site is down company-wide, certificate expired",
      { "managed-helpdesk": "P2", kissflow: "critical" },
    ],
    ["the app hangs for just me, a colleague is fine", { "managed-helpdesk": "P4" }],
    // Every product of a contract that has several; not one product "on all our channels".
    ["all channels down, customers can't reach us by phone, sms or whatsapp", { "cm-connect-engage": "P1" }],
    ["the chatbot stopped answering on all our channels", { "cm-connect-engage": "P2" }],
    // Kissflow's medium is "a feature within a module": a failure not shown whole-module or for everyone.
    [
      "reassign in the task inbox fails with an error",
      { kissflow: "medium", "cm-connect-engage": "P3", celigo: "high" },
    ],
    ["the whole Procurement process is broken, no request can be submitted", { kissflow: "high" }],
    // Celigo: a critical process with a bug and a way around is high; a non-critical one blocked is high.
    ["order import errors on about half the orders, we've been keying them in by hand", { celigo: "high" }],
    [
      "the vendor sync (not critical for us) has stopped completely and there's no way to run it manually",
      { celigo: "high" },
    ],
    [
      "Hi, neither our WhatsApp nor our voice lines work. Customers get nothing.",
      { "cm-connect-engage": "P1" },
    ],
    ["the CM platform is unreachable, every agent is idle", { "cm-connect-engage": "P1" }],
    ["all CM channels down for all agents", { "cm-connect-engage": "P1" }],
    // A single feature failing outright is a breaking issue; now and then, a small incident.
    ["the callback request button on our website creates no callbacks", { "cm-connect-engage": "P3" }],
    ["sometimes the notification sound doesn't play", { "cm-connect-engage": "P4" }],
    // Some people blocked with a way around still lose work; some cases with one are a defect.
    [
      "the accounting team can't open the shared drive, others can, they email files meanwhile",
      { "managed-helpdesk": "P3" },
    ],
    ["the refund flow fails for a handful of refunds, we correct those by hand", { celigo: "normal" }],
    // A critical process with a bug and a way round is high, whatever the bug.
    [
      "the payment flow (critical) posts some payments twice, we delete the duplicates by hand for now",
      { celigo: "high" },
    ],
    // A single feature very slow is a small incident.
    [
      "the error emails for flow failures come in hours late, the flows themselves are fine",
      { celigo: "normal" },
    ],
  ];
  it.each(cases)("%j", (text, expected) => {
    for (const [policy, priority] of Object.entries(expected))
      expect(ruledLevel(text, policy), policy).toBe(priority);
  });

  it("says why in the dimensions' terms", () => {
    const suggestion = classifyPriority(
      "nobody can log in, there is no way around it",
      presetPolicy("managed-helpdesk") as Policy,
    );
    expect(suggestion.priority).toBe("P2");
    expect(suggestion.reasons).toEqual([
      'everyone affected ("nobody")',
      'down or unreachable ("nobody can log in")',
      'no workaround ("no way")',
    ]);
  });

  it("asks where the contract's levels follow how much fails and the message does not say", () => {
    const kissflow = presetPolicy("kissflow") as Policy;
    const unsaid = classifyPriority("sign in fails with an error", kissflow);
    expect(unsaid.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(unsaid.reasons).toContain("how much of it fails is not said, so the client is asked");
    const feature = classifyPriority("the export button fails with an error", kissflow);
    expect(feature.priority).toBe("medium");
    expect(feature.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it("asks rather than rates two levels down a failure naming several of the contract's products", () => {
    const suggestion = classifyPriority(
      "SMS sending fails with a gateway error and the voice menu plays the wrong prompt",
      presetPolicy("cm-connect-engage") as Policy,
    );
    expect(suggestion.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(suggestion.reasons).toContain("several products are named in the report, so the client is asked");
  });

  it("rates a cosmetic defect as the managed helpdesk's P4 (a defect), P5 when it has no deadline", () => {
    expect(ruledLevel("my webcam is a bit blurry", "managed-helpdesk")).toBe("P4");
    expect(ruledLevel("no rush: the logo in the signature looks blurry", "managed-helpdesk")).toBe("P5");
    expect(ruledLevel("the logo is a bit blurry", "cm-connect-engage")).toBe("P5");
  });

  it("never rates two levels down, without asking, what reads as down for all it says", () => {
    // Customers calling the client's mobiles instead is what the outage costs, not a way around it.
    const suggestion = classifyPriority(
      "our whole setup is down - phone, whatsapp, email - customers call our mobiles instead",
      presetPolicy("cm-connect-engage") as Policy,
    );
    const asked = suggestion.confidence < LOW_CONFIDENCE;
    expect(asked || ["P1", "P2"].includes(suggestion.priority), suggestion.priority).toBe(true);
    expect(suggestion.reasons.join("; ")).not.toContain("a workaround");
  });

  it("asks rather than rates two levels down a message its client calls urgent", () => {
    const suggestion = classifyPriority(
      "URGENT the export shows the wrong totals",
      presetPolicy("managed-helpdesk") as Policy,
    );
    expect(suggestion.priority).toBe("P4");
    expect(suggestion.confidence).toBeLessThan(LOW_CONFIDENCE);
  });
});

describe("a part every product runs through (classification.sharedParts)", () => {
  it("makes an outage of one product and the portal one of several products, not the portal alone", () => {
    expect(
      ruledLevel("the portal and the messaging API are both down, nothing goes out", "cm-connect-engage"),
    ).toBe("P1");
    expect(
      ruledLevel(
        "Is CM down? Both RCS and WhatsApp sends time out and the portal doesn't load",
        "cm-connect-engage",
      ),
    ).toBe("P1");
    expect(
      ruledLevel("no one can log in to the CM portal, SSO loops back to the login page", "cm-connect-engage"),
    ).toBe("P2");
    // what is managed in the portal is not a second product failing
    expect(
      ruledLevel(
        "We can't log in to the CM portal at all, every user gets an 'invalid session' error - we can't manage our SMS",
        "cm-connect-engage",
      ),
    ).toBe("P2");
  });

  it("is policy data: a contract that lists none reads the portal as nothing more", () => {
    const { document, policy: withoutShared } = presetWithout("cm-connect-engage", "sharedParts");
    expect(ruledLevelUnder("the portal and the messaging API are both down", withoutShared)).toBe("P2");
    expect(() => Policy.fromDocument({ ...document, classification: { sharedParts: [""] } })).toThrow(
      /sharedParts/,
    );
  });
});

describe("what the product keeps about its work failing for everyone", () => {
  it("reads recordings, transcripts or reports failing for every call as a breaking issue, not the product out", () => {
    expect(read("call recordings are empty for all calls").partSubject?.value).toBe("by-product");
    expect(read("voicemail transcripts are missing for every call").partSubject?.value).toBe("by-product");
    expect(read("all our SMS fail for every customer").partSubject).toBeUndefined();
    expect(
      ruledLevel("call recordings are empty (0 seconds) for all calls since Monday", "cm-connect-engage"),
    ).toBe("P3");
    expect(ruledLevel("all our SMS fail for every customer", "cm-connect-engage")).toBe("P2");
  });

  it("reads a single feature failing for everyone as a breaking issue within the product", () => {
    expect(read("the segment builder shows 0 contacts for every segment").partSubject?.value).toBe("feature");
    expect(read("the double opt-in email isn't sent to new subscribers").partSubject?.value).toBe("feature");
    expect(read("the login page is down for everyone").partSubject).toBeUndefined();
    expect(read("everyone gets an error on the unsubscribe page").partSubject).toBeUndefined();
    expect(
      ruledLevel("the unsubscribe page returns an error for everyone who clicks it", "cm-connect-engage"),
    ).toBe("P3");
    expect(ruledLevel("the login page is down for everyone", "cm-connect-engage")).toBe("P2");
    expect(ruledLevel("the chat widget is gone from our website for all visitors", "cm-connect-engage")).toBe(
      "P2",
    );
  });
});

describe("the services a customer's business runs on (classification.coreServices)", () => {
  it("reads another app failing for everyone as a breaking issue unless the client says work stopped", () => {
    expect(
      ruledLevel("the timesheet app fails to submit for all staff, it's due friday", "managed-helpdesk"),
    ).toBe("P3");
    expect(
      ruledLevel("our company email stopped working for everyone after your change", "managed-helpdesk"),
    ).toBe("P2");
    expect(
      ruledLevel(
        "the timesheet app fails to submit for all staff and there is no other way to send hours",
        "managed-helpdesk",
      ),
    ).toBe("P2");
    expect(
      ruledLevel(
        "nobody at the clinic can open the patient system, we're turning patients away",
        "managed-helpdesk",
      ),
    ).toBe("P2");
    expect(
      ruledLevel(
        "no one in the company can open any file on the S: drive, access denied for everyone",
        "managed-helpdesk",
      ),
    ).toBe("P2");
    expect(read("the ERP server won't boot, nobody can work").criticality?.value).toBe("critical");
    expect(read("nobody can see the new work orders").criticality).toBeUndefined();
  });

  it("is policy data: a contract that lists none reads anything failing for everyone as an outage", () => {
    const { document, policy: withoutCore } = presetWithout("managed-helpdesk", "coreServices");
    expect(ruledLevelUnder("the timesheet app fails to submit for all staff", withoutCore)).toBe("P2");
    expect(() => Policy.fromDocument({ ...document, classification: { coreServices: [""] } })).toThrow(
      /coreServices/,
    );
  });
});

describe("a misspelt label, quoted as the product shows it", () => {
  it("reads a quoted label with a word the language model does not know as cosmetic", () => {
    expect(read("the login page says 'Welcom back'").state?.value).toBe("cosmetic");
    expect(read("the export button says 'Exprot'").state?.value).toBe("cosmetic");
    expect(ruledLevel("the login page says 'Welcom back'", "cm-connect-engage")).toBe("P5");
    // spelled right, or a failure quoted: not a typo
    expect(read("the login page says 'Welcome back'").state).toBeUndefined();
    expect(read("the sync shows 'Unknwon error' and fails").state?.value).toBe("broken");
  });

  it("reads an out-of-service notice typed with a slip as the notice, not a typo in a label", () => {
    const notice =
      "the entire kissflow app shows 'maintenanec' for everyone, but no maintenance was announced";
    expect(read(notice).state?.value).not.toBe("cosmetic");
    expect(ruledLevel(notice, "kissflow")).not.toBe("low");
    // a label misspelt beside no such notice stays cosmetic
    expect(read("the header shows 'Welcom back'").state?.value).toBe("cosmetic");
  });
});

describe("a long or hostile message", () => {
  it("is read for its first paragraphs: a pasted log or payload after them changes nothing", () => {
    const report = "the portal is down for everyone, no workaround. ";
    const pasted = `${report}${"trace: at Object.<anonymous> (index.js:1:1) ".repeat(2_000)}typo only`;
    expect(classifyPriority(pasted, presetPolicy("celigo") as Policy)).toEqual(
      classifyPriority(report, presetPolicy("celigo") as Policy),
    );
    const token = `${"x".repeat(100_000)} is down`;
    expect(classifyPriority(token, presetPolicy("celigo") as Policy).priority).toBe("urgent");
  });
});

describe("the client's customers meeting the fault", () => {
  it("reads customers or callers who meet it themselves, not some of them, one of them, or none", () => {
    expect(read("callers hear the closed message during opening hours").customersNotice?.value).toBe(
      "customers",
    );
    expect(read("the bot is wrong, customers get last year's prices").customersNotice?.value).toBe(
      "customers",
    );
    expect(read("some of our customers get our SMS twice").customersNotice).toBeUndefined();
    expect(
      read("a customer's chat history shows messages in the wrong order").customersNotice,
    ).toBeUndefined();
    expect(read("none of our customers are getting the codes").customersNotice).toBeUndefined();
  });

  it("ranks a wrong result every customer meets as Connect & Engage ranks wrong results for everyone", () => {
    const ignored =
      "our IVR business hours setting is ignored, callers hear the closed message during opening hours";
    expect(ruledLevel(ignored, "cm-connect-engage")).toBe("P3");
    // A setting the product does not follow is a breaking issue whoever meets it: every such Connect &
    // Engage development message is its P3 (batch 132's notes); now and then, a small incident.
    expect(ruledLevel("our IVR business hours setting is ignored", "cm-connect-engage")).toBe("P3");
    expect(ruledLevel(`${ignored} now and then`, "cm-connect-engage")).toBe("P4");
  });
});

describe("a step that stopped happening", () => {
  it("reads 'stopped appearing', 'cannot attach' and 'doesn't kick in' as not working", () => {
    expect(read("Messenger conversations stopped appearing in the inbox").state?.value).toBe("broken");
    expect(read("agents cannot attach files to WhatsApp replies").state?.value).toBe("broken");
    expect(read("the queue's overflow to voicemail doesn't kick in").state?.value).toBe("broken");
    expect(read("the tooltip appears a bit late").state?.value).not.toBe("broken");
  });
});

describe("other customers, in the words of a shared building or street", () => {
  it("reads neighbours, the business next door that is also a client, and a whole business park as other customers", () => {
    for (const text of [
      "email down here, and I heard from the dentist next door (also your client) that theirs is down too",
      "internet down, our neighbours have the same",
      "the whole business park lost internet, every company here is affected",
      "all tenants in the building lost their phone lines, you host all of them",
      "seems like a big outage on your side, our phones are dead",
    ])
      expect([text, read(text).scope?.value]).toEqual([text, "other customers"]);
  });

  it("keeps the client's own building, a big problem and a colleague's laptop their own", () => {
    expect(read("our internet is down in the whole building since 7:30").scope?.value).toBe("everyone");
    expect(read("hello we have big problem, the whatsapp not working").scope).toBeUndefined();
    expect(read("my colleague's laptop is broken, theirs is fine").scope?.value).toBe("one");
  });

  it("reads a lost line or connection as down, whoever lost it", () => {
    expect(read("the whole business park lost internet").state?.value).toBe("down");
    expect(read("all tenants lost their phone lines").state?.value).toBe("down");
  });
});

describe("a device out for everyone, and work moved to paper", () => {
  it("reads going back to paper as a workaround, and a paper jam as none", () => {
    expect(read("the CRM is down for everyone, we're noting calls on paper").workaround?.value).toBe(
      "present",
    );
    expect(read("we use the paper version for now").workaround?.value).toBe("present");
    expect(read("paper jam in the printer on floor 2").workaround).toBeUndefined();
  });

  it("ranks printers out for everyone as the productivity issue, unless what the business runs on is down or work stopped", () => {
    expect(ruledLevel("the printers don't work for anyone", "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("nobody in the office can print, the network is down", "managed-helpdesk")).toBe("P2");
    expect(
      ruledLevel(
        "the printers are offline for everyone and we need to print prescriptions, there's no other way",
        "managed-helpdesk",
      ),
    ).toBe("P2");
    expect(ruledLevel("the booking app is down for everyone", "managed-helpdesk")).toBe("P2");
  });
});

describe("a part nobody can use, and webhooks that do not fire", () => {
  it("reads a feature nobody can use, and webhooks, as parts of the product, not the product out", () => {
    expect(read("nobody can use the templates in the inbox").partSubject?.value).toBe("feature");
    expect(ruledLevel("nobody can use the templates in the inbox", "cm-connect-engage")).toBe("P3");
    expect(read("none of our webhooks fire since this morning").partSubject?.value).toBe("by-product");
    expect(ruledLevel("none of our webhooks fire since this morning", "cm-connect-engage")).toBe("P3");
    expect(read("nobody can use the inbox").partSubject).toBeUndefined();
    expect(ruledLevel("nobody can use the inbox", "cm-connect-engage")).toBe("P2");
  });
});

describe("dashboards, imports and template approval as parts of the product", () => {
  it("reads a dashboard down, an import down and template approval stuck as a part failing, not the product out", () => {
    expect(read("the reporting dashboard is down for everyone").partSubject?.value).toBe("by-product");
    expect(read("contact import is down since this morning").partSubject?.value).toBe("feature");
    expect(read("WhatsApp template approval is stuck for all our new templates").partSubject?.value).toBe(
      "feature",
    );
    for (const text of [
      "the reporting dashboard is down for everyone",
      "contact import is down since this morning",
    ])
      expect([text, ruledLevel(text, "cm-connect-engage")]).toEqual([text, "P3"]);
    expect(read("sms sending is down").partSubject).toBeUndefined();
  });
});

describe("everything stopped, in other words", () => {
  it("rates plain-language reports of every product out at the top level", () => {
    expect(ruledLevel("we cannot send or receive anything on any channel", "cm-connect-engage")).toBe("P1");
    expect(ruledLevel("both SMS and Voice stopped for all our users", "cm-connect-engage")).toBe("P1");
    expect(
      ruledLevel("everything hosted by you is offline, and our partners report the same", "managed-helpdesk"),
    ).toBe("P1");
  });

  it("reads 'stopped for all' as not working and 'cannot send anything' as down", () => {
    expect(read("calls stopped on every number").state?.value).toBe("broken");
    expect(read("we cannot send anything").state?.value).toBe("down");
    expect(read("the partner portal shows the same data").scope).toBeUndefined();
  });
});

describe("one team's nobody, one file, nothing else to work on, just checking", () => {
  it("reads 'nobody in the sales team' as the people of one team, and 'nobody' alone as everyone", () => {
    expect(read("nobody in the sales team can log in to the CRM since the password reset").scope?.value).toBe(
      "some",
    );
    expect(ruledLevel("nobody in the sales team can log in to the CRM", "managed-helpdesk")).toBe("P3");
    expect(read("nobody can log in to the CRM").scope?.value).toBe("everyone");
  });

  it("reads one file as one case, not the drive it is on", () => {
    expect(
      read("one Excel file on the shared drive says it's locked by someone who isn't in").scope?.value,
    ).toBe("some cases");
  });

  it("reads 'nothing else to work on' as no workaround", () => {
    expect(read("my laptop won't turn on and I have nothing else to work on").workaround?.value).toBe(
      "absent",
    );
    expect(ruledLevel("my laptop won't turn on and I have nothing else to work on", "managed-helpdesk")).toBe(
      "P3",
    );
  });

  it("reads 'just checking' after a question as a question", () => {
    expect(read("is our backup running every night? just checking").asking?.value).toBe("announced");
    expect(ruledLevel("is our backup running every night? just checking", "managed-helpdesk")).toBe("P5");
  });
});

describe("what customers see, when it was sent, how it looks, what it counts", () => {
  it("reads customers in the plural, or every one of them, as the customers meeting it; one customer is not", () => {
    expect(read("callers hear the closed message").customersNotice?.value).toBe("customers");
    expect(read("every caller hears the closed message").customersNotice?.value).toBe("customers");
    expect(
      read("when I reply with an emoji the customer sees a question mark").customersNotice,
    ).toBeUndefined();
    expect(
      ruledLevel("when I reply with an emoji the customer sees a question mark", "cm-connect-engage"),
    ).toBe("P4");
  });

  it("reads a message sent a day early to all patients as a wrong result for everyone", () => {
    const early = "appointment reminders by SMS went out a day early to all patients this morning";
    expect(read(early).state?.value).toBe("wrong");
    expect(read(early).scope?.value).toBe("everyone");
    expect(ruledLevel(early, "cm-connect-engage")).toBe("P3");
  });

  it("reads a font changed by an update as how it looks, and one that has to be fixed by hand as more", () => {
    expect(
      read("the font in the agent panel changed after the update, looks fine otherwise").state?.value,
    ).toBe("cosmetic");
    expect(
      read("when I paste text into the editor the font changes, I fix it by hand").state?.value,
    ).not.toBe("cosmetic");
  });

  it("reads opens counted as zero, and tracking broken, as what the product keeps about its work", () => {
    const opens = "email campaigns show 0 opens for everyone since Monday, we think tracking is broken";
    expect(read(opens).partSubject?.value).toBe("by-product");
    expect(ruledLevel(opens, "cm-connect-engage")).toBe("P3");
  });

  it("reads the team of one site as some people", () => {
    expect(read("the conversation list stays empty for the team in Brussels").scope?.value).toBe("some");
  });
});

describe("a fallback that fails too, traffic at zero, a late file, an account to close", () => {
  it("reads a fallback that does not kick in as no workaround", () => {
    const rcs = "RCS is down? no RCS message is delivered since 9, fallback to SMS is not kicking in either";
    expect(read(rcs).workaround).toBeUndefined();
    expect(ruledLevel(rcs, "cm-connect-engage")).toBe("P2");
    expect(read("SMS is down, we fall back to WhatsApp").workaround?.value).toBe("present");
  });

  it("reads traffic dropped to zero as down", () => {
    const zero =
      "is everything ok on your side? our SMS, WhatsApp and voice traffic all dropped to zero at 14:02";
    expect(read(zero).state?.value).toBe("down");
    expect(ruledLevel(zero, "cm-connect-engage")).toBe("P1");
  });

  it("reads a file or report hours late as a late result, not the service slowed", () => {
    expect(read("the weekly export to our SFTP arrived 2 hours late today").state?.value).toBe("wrong");
    expect(read("our SMS arrive 2 hours late").state?.value).toBe("severely degraded");
  });

  it("reads an account the client no longer uses, asked to be closed, as a service request", () => {
    const close = "please close our old account ACME-TEST, we don't use it anymore";
    expect(read(close).state).toBeUndefined();
    expect(ruledLevel(close, "cm-connect-engage")).toBe("P5");
  });
});

describe("getting online, and a slow start", () => {
  it("reads nobody getting online, with the router named, as what the business runs on down", () => {
    expect(
      ruledLevel("no one at our site can get online, the router has all red lights", "managed-helpdesk"),
    ).toBe("P2");
  });

  it("reads half a minute to start once a day as a slowdown, and half a minute a click as a severe one", () => {
    expect(read("Teams takes 30 seconds to start in the morning").state?.value).toBe("degraded");
    expect(read("every click takes 30 seconds").state?.value).toBe("severely degraded");
  });
});

describe("credentials given away, and mail gone", () => {
  it("reads a password typed after a suspicious link as a security incident, and a how-to about passwords as a question", () => {
    const phished = "I clicked a link in a weird email and typed my password, what should I do?";
    expect(read(phished).criticality?.value).toBe("critical");
    expect(ruledLevel(phished, "managed-helpdesk")).toBe("P3");
    expect(ruledLevel("how do I type my password on the new login page?", "managed-helpdesk")).toBe("P5");
  });

  it("reads a mailbox missing all of last week's emails as data gone, not a wrong result", () => {
    const gone = "our sales team's shared mailbox is missing all emails from last week";
    expect(read(gone).state?.value).toBe("broken");
    expect(ruledLevel(gone, "managed-helpdesk")).toBe("P3");
  });
});

describe("work stopped beside a part that works, calls that reach no one, a jam, my Outlook", () => {
  it("keeps a failure that stopped everyone's work an outage, whatever part still works", () => {
    const dhcp =
      "our internet provider's line is fine but none of our PCs get an IP address, nobody can work";
    expect(ruledLevel(dhcp, "managed-helpdesk")).toBe("P2");
    expect(ruledLevel("none of our PCs get an IP address, the line is fine", "managed-helpdesk")).toBe("P3");
  });

  it("reads calls that go to 'number not in service' as out of service, and inbound calls as what the business runs on", () => {
    const calls =
      "all incoming calls go to a 'number not in service' message since this morning, we're a sales office";
    expect(read(calls).state?.value).toBe("down");
    expect(ruledLevel(calls, "managed-helpdesk")).toBe("P2");
  });

  it("reads a printer that jams as failing, and my Outlook as one person's", () => {
    expect(read("the printer jams on every colour page").state?.value).toBe("broken");
    expect(read("my Outlook rules stopped working, I sort the mail myself").scope?.value).toBe("one");
    expect(ruledLevel("my Outlook rules stopped working, I sort the mail myself", "managed-helpdesk")).toBe(
      "P4",
    );
  });

  it("reads neighbouring businesses as other customers", () => {
    expect(
      read(
        "Our Office 365 is unreachable and two of our neighbouring businesses on your support contract too",
      ).scope?.value,
    ).toBe("other customers");
  });
});

describe("no customer can call, a busy tone, and who callers think is there", () => {
  it("reads 'no customer can call us' as everyone, and numbers that all give a busy tone as failing", () => {
    const busy = "our voice numbers all give a busy tone since 9, no customer can call us";
    expect(read(busy).scope?.value).toBe("everyone");
    expect(read(busy).state?.value).toBe("broken");
    expect(ruledLevel(busy, "cm-connect-engage")).toBe("P2");
  });

  it("reads callers who think nobody is there as what callers believe, not everyone affected", () => {
    const announcements =
      "the IVR no longer plays our queue position announcements, callers hang up because they think nobody is there";
    expect(read(announcements).scope?.value).not.toBe("everyone");
    expect(ruledLevel(announcements, "cm-connect-engage")).toBe("P3");
  });
});

describe("logged out now and then, and training asked for", () => {
  it("reads 'the portal logs me out every 10 minutes' as one person's, now and then", () => {
    const logout = "the portal logs me out every 10 minutes, annoying but I log back in";
    expect(read(logout).scope?.value).toBe("one");
    expect(read(logout).intermittent?.value).toBe("intermittent");
    expect(ruledLevel(logout, "cm-connect-engage")).toBe("P4");
  });

  it("reads training asked for as a service request", () => {
    expect(read("we would like training for our new agents on the inbox").request?.value).toBe("service");
    expect(ruledLevel("we would like training for our new agents on the inbox", "cm-connect-engage")).toBe(
      "P5",
    );
  });
});
