/**
 * Resolves in a later task, after what is already queued has had its turn (pending I/O: an
 * engine's answer, a stream's write, a network read); microtasks would run before it.
 * `setImmediate` in Node; in browsers a message to a fresh channel, which runs after the tasks
 * already queued without a timer's delay.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === "function") {
      setImmediate(resolve);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
