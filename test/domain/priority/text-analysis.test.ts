import { describe, expect, it } from "vitest";
import { cue } from "../../../src/domain/priority/cues.js";
import { dimensionsOf } from "../../../src/domain/priority/dimensions.js";
import { isKnownWord, unknownWordIdsKept } from "../../../src/domain/priority/language-model.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";

/** A word no dictionary holds, different for every number: "zqb", "zqbc", ... */
const madeUpWord = (index: number) =>
  `zq${index.toString(26).replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)] ?? "a")}`;

describe("reading messages for months", () => {
  it("keeps the words the language model did not know bounded, and reads as before after letting them go", () => {
    const before = analyse("nobody can log in since this morning, there is no other way");
    let peak = 0;
    // 300 messages of 400 made-up words each: 120,000 words the model does not know, past the bound
    for (let message = 0; message < 300; message += 1) {
      const words = Array.from({ length: 400 }, (_, word) => madeUpWord(message * 400 + word));
      analyse(words.join(" "));
      peak = Math.max(peak, unknownWordIdsKept());
    }
    expect(peak).toBeLessThanOrEqual(100_000 + 2 * 400);
    // it did let them go: fewer are kept now than were read
    expect(unknownWordIdsKept()).toBeLessThan(120_000);
    expect(analyse("nobody can log in since this morning, there is no other way")).toEqual(before);
  });

  it("reads a message the same whatever messages were read before it", () => {
    const payments = "the token app stopped working, I can't approve today's payments";
    const first = analyse(payments);
    expect(first.lemmas).toContain("~today ~'s ~payment");
    // the model met "today's" whole at a sentence's end: it must not read it whole from now on
    analyse("the field uses yesterday's rate instead of today's.");
    analyse("we're at the customer's site, the customer's login works");
    expect(analyse(payments)).toEqual(first);
  });

  it("tells a word the model knows from one it does not", () => {
    expect(isKnownWord("welcome")).toBe(true);
    expect(isKnownWord("welcom")).toBe(false);
    expect(isKnownWord("export")).toBe(true);
    expect(isKnownWord("exprot")).toBe(false);
  });
});

describe("reading contractions", () => {
  it('reads "I\'m" as "I am", as the model reads "we\'re" as "we are", and quotes it as written', () => {
    const text = analyse("Hi, I'm locked out and we're stuck");
    expect(text.lemmas).toContain("i be lock out");
    expect(text.lemmas).toContain("we be stick");
    expect(analyse("I'm not able to log in").lemmas).toBe("i be not ~able ~to ~log ~in |");
  });

  it('reads chat shorthand opening a clause the same way: "im stuck", "its down", "theres no way"', () => {
    expect(analyse("sorry, im stuck").lemmas).toBe("sorry | i be stick |");
    // a greeting before it is not read at all
    expect(analyse("hi, im stuck").lemmas).toBe("i be stick |");
    expect(analyse("its down since 9").lemmas).toBe("it be down since 9 |");
    expect(analyse("theres no way to log in").lemmas).toContain("there be no ~way");
    // inside a clause it is a word of its own: the IM window
    expect(analyse("the IM window is slow").lemmas).toBe("the im window be slow |");
  });
});

describe("reading a negation's scope", () => {
  it("ends it where a new subject opens a clause written without punctuation, but not out of 'nothing' or 'none'", () => {
    const runOn = analyse(
      "the reminders are not being sent approvers forget items we remind them by hand",
    ).lemmas;
    expect(runOn).toContain("~send");
    expect(runOn).toContain("we remind them by hand");
    // a relative clause after "nothing" or "none" leaves what is not done negated
    expect(analyse("nothing we send is delivered").lemmas).toContain("~deliver");
    expect(analyse("none of the apps we built open").lemmas).toContain("~open");
    // "it" is as often the object: "we can't get it to work"
    expect(analyse("we can't get it to work").lemmas).toContain("~work");
  });
});

describe("reading words the model would respell", () => {
  it('keeps "through", "data", "media" and "app" as written, where the model would read "thru", "datum", "medium", "application"', () => {
    expect(analyse("emails come through fine").lemmas).toBe("email come through fine |");
    expect(analyse("calls go thru").lemmas).toBe("call go through |");
    expect(analyse("we lost data").lemmas).toBe("we lose data |");
    expect(analyse("social media posts").lemmas).toContain("media");
    expect(analyse("the mobile app and the apps").lemmas).toBe("the mobile app and the app |");
  });

  it('ends a sentence at "in." and "no.", which the model would read as abbreviations, but keeps "no. 5"', () => {
    expect(analyse("we can't log in. They can still chat").lemmas).toContain("| they can still chat");
    expect(analyse("Is it down? No. The calls work").lemmas).toContain("| the call work");
    expect(analyse("ticket no. 5 is open").lemmas).not.toContain("no |");
  });
});

describe("reading a report word typed with a slip of the fingers", () => {
  it("reads a word one swapped, dropped, doubled or neighbouring letter away from a report word as that word", () => {
    expect(analyse("Noboyd can log in").lemmas).toBe("nobody ~can ~log ~in |");
    expect(analyse("down for eevry user").lemmas).toContain("every user");
    expect(analyse("us and 3 otehr clienst").lemmas).toContain("other client");
    expect(analyse("Eveyrthing is down").lemmas).toBe("everything be down |");
    expect(analyse("the wohle office").lemmas).toContain("whole office");
    expect(analyse("nothing is wprking").lemmas).toContain("work");
  });

  it("reads a negation with two characters swapped as the negation: 'dosen't', 'cna't', 'does'nt'", () => {
    expect(analyse("it dosen't load").lemmas).toBe(analyse("it doesn't load").lemmas);
    expect(analyse("we cna't log in").lemmas).toBe(analyse("we can't log in").lemmas);
    expect(analyse("It does'nt work").lemmas).toBe(analyse("It doesn't work").lemmas);
    // another negation, or a possessive, stays as written
    expect(analyse("don't worry, the client's app works").lemmas).toContain("client 's app");
  });

  it("keeps a slip that is a word of its own, a name, a quoted label and a short word as written", () => {
    // "form" is one swap from "from", "ever" one letter from "every", "teams" one from "team"
    expect(analyse("the form from the office").lemmas).toContain("form from");
    expect(analyse("nobody ever called").lemmas).toContain("ever");
    expect(analyse("the button says 'Availabel'").raw).toContain("'availabel'");
    expect(analyse("calls to Anna drop").lemmas).toContain("anna");
    expect(analyse("teams calls drop for the sales people").lemmas).toContain("team call drop");
  });
});

describe("building cues", () => {
  it("reads a cue's words wherever the lemma line has them, negated or not", () => {
    const { pattern } = cue("down", "stop work");
    expect(pattern.test(analyse("the inbox stopped working").lemmas)).toBe(true);
    expect(pattern.test(analyse("the inbox didn't stop working").lemmas)).toBe(true);
    expect(pattern.test(analyse("the inbox stopped workflows").lemmas)).toBe(false);
  });

  it("matches only from a word's start, also where the pattern opens on a look-behind", () => {
    const { pattern } = cue("one", "(?<!(more than|over) )one of (our|the) (user|account)");
    expect(pattern.test(analyse("one of our accounts is locked").lemmas)).toBe(true);
    expect(pattern.test(analyse("the time zone of our account is wrong").lemmas)).toBe(false);
    expect(dimensionsOf(analyse("the ringtone of our users is too quiet")).scope).toBeUndefined();
  });

  it("refuses a pattern ending in a space, which could never match", () => {
    expect(() => cue("most", "only a few of ")).toThrow(/ends in a space/);
  });

  it("refuses '!' right after a repeat count, where it would be a literal character", () => {
    expect(() => cue("spared", "be send (\\w+ ){0,3}!correctly")).toThrow(/after a repeat count/);
  });

  it("matches a list of alternatives, each a pattern of its own, as one pattern: the leftmost, the first listed at a tie", () => {
    const sources = ["slow", ...Array.from({ length: 40 }, (_, i) => `zz${i}`), "slow down", "dead"];
    const { pattern } = cue("down", ...sources);
    expect(pattern.exec("it is dead and slow")?.[0]).toBe("dead");
    expect(pattern.exec("it is slow down now")?.[0]).toBe("slow");
    expect(pattern.test("nothing here")).toBe(false);
    expect("it went dead".search(pattern)).toBe(8);
  });

  it("refuses a suffix group after a character class, whose '|' would split the pattern", () => {
    expect(() => cue("feature", "personali[sz](e|ed)")).toThrow(/after a character class/);
    expect(cue("feature", "personali(ze|zed)").pattern.test("the personalized name")).toBe(true);
  });
});
