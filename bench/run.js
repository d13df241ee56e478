// `npm run bench`: prints the numbers the issues set goals for. Benchmarks are not tests: they print.
import { runSlaEngineBench } from "./sla-engine.js";

runSlaEngineBench();
