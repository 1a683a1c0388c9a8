/**
 * A gate letting at most `max` holders through at once; the others wait in line. The returned
 * function waits for a place and answers the function that gives it back (safe to call twice).
 */
export function limiter(max: number): () => Promise<() => void> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async () => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const nextInLine = waiting.shift();
      if (nextInLine) nextInLine();
      else active -= 1;
    };
  };
}
