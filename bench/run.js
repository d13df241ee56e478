// `npm run bench`: prints the numbers the issues set goals for. Benchmarks are not tests: they print.
import { runConversationCoreBench } from "./conversation-core.js";
import { runReminderBench } from "./reminders.js";
import { runSlaEngineBench } from "./sla-engine.js";
import { runSlackAckBench } from "./slack-ack.js";

runSlaEngineBench();
await runConversationCoreBench();
await runReminderBench();
await runSlackAckBench();
