/**
 * Runs `fn` in a task of its own, once the browser has had its turn (input, a frame). A message to
 * itself, not a timer: "later" here means "not in this task", so a paused game clock or a test's
 * stopped clock does not hold it back.
 */
export function nextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
