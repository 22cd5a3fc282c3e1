import autocannon from "autocannon";
import { saveSampleDocument } from "./http-load";
const base = process.env.URL!;
const id = await saveSampleDocument(base);
const page = `${base}/d/${id}`;
for (let i = 0; i < 5; i++) await (await fetch(page)).text();
const r = await autocannon({ url: page, connections: 32, duration: Number(process.env.DURATION ?? 8) });
console.log(Math.round(r.requests.average), "req/s p50", r.latency.p50);
