// The options the server's Node process runs with, wherever it is started: `npm start`, the
// Dockerfile, the systemd unit, the benchmarks and the tests that start it as a process
// (test/deploy.test.ts checks that each says the same).
//
// A young generation of 4 MB rather than V8's default of up to 16 MB per semi-space: what one
// request allocates dies within it, and a small young generation stays in the CPU's caches, so
// each allocation and each scavenge touches memory that is already there. It made a form page
// answer about 20 % cheaper (34 to 27 µs of CPU) and a lookup 10-15 % (bench/http-notes.md).
//
// No background GC threads (--single-threaded-gc): the server's heap is small (about 15 MB; the
// listed index's arrays live outside it), so V8's helper threads have little to do, and on a
// machine of few cores shared with other work, handing them that little cost more than it
// saved: a form page and a lookup took 10-15 % less CPU without them, and the longest
// collection pause stayed the same (about 15 ms, incremental marking on the main thread).
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--single-threaded-gc'];
