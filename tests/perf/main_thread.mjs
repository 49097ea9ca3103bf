// The page's main-thread tasks from a Lighthouse trace, each split into the page's own work and
// the time the main thread waited for a commit: on these machines, where Chromium draws WebGL
// in software, a commit after a changed canvas waits while the GPU process draws it and reads
// it back. With a GPU that wait is a few milliseconds; the own work is what a phone pays too.
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';

const BLOCKING = 50;  // ms: a task's length beyond this blocks input (Total Blocking Time)

function waited(task) {
  if (task.event.name === 'Commit') return task.duration;
  return task.children.reduce((sum, c) => sum + waited(c), 0);
}

// From the first contentful paint on, as Total Blocking Time counts: the longest task and the
// blocking time at the preset's slowdown (Lighthouse's mobile preset counts every task at four
// times its length, desktop at one), of everything and of the page's own work, and the commit
// waits in all.
export function splitMainThread(trace, slowdown) {
  const processed = TraceProcessor.processTrace(trace);
  const navigation = TraceProcessor.processNavigation(processed);
  const fcp = navigation.timings.firstContentfulPaint;
  const tasks = MainThreadTasks.getMainThreadTasks(processed.mainThreadEvents, processed.frames, processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin).filter((t) => !t.parent && t.endTime > fcp);
  const out = { longest: 0, longestOwn: 0, blocking: 0, blockingOwn: 0, gpuWait: 0 };
  for (const t of tasks) {
    const wait = waited(t), own = t.duration - wait;
    out.longest = Math.max(out.longest, t.duration * slowdown);
    out.longestOwn = Math.max(out.longestOwn, own * slowdown);
    out.blocking += Math.max(0, t.duration * slowdown - BLOCKING);
    out.blockingOwn += Math.max(0, own * slowdown - BLOCKING);
    out.gpuWait += wait;
  }
  return out;
}
