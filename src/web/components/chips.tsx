/** Words shown as chips: a problem's skills, what a consortium member covers, an enterprise's products. */
export function Chips({ words }: { words: readonly string[] }) {
  return (
    <>
      {words.map((word) => (
        <span key={word} class="chip">
          {word}
        </span>
      ))}
    </>
  );
}
