/**
 * Resolves in a task of its own, once the browser has had its turn (input, a frame). A message to
 * itself, not a timer: a background tab's timers are slowed to once a second, and a test's
 * stopped clock would hold a timer back.
 */
export function nextTask(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
