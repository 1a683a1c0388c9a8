// Loaded into the benchmark's private portal only (NODE_OPTIONS=--import, see bench/publishing.ts),
// never into a real one: moves the process's clock forward by BENCH_CLOCK_OFFSET_MS so that
// midnight in China comes a few seconds after the portal has started, and a policy can expire
// for real while the benchmark watches. Every process of that portal (CMS, site, seed) gets the
// same offset, so they agree on the time. Nothing in the portal's code knows about it.
const offset = Number(process.env.BENCH_CLOCK_OFFSET_MS) || 0;
if (offset !== 0) {
  const RealDate = Date;
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
  });
}
