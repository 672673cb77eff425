/** A list of addresses or names, one per line, in a fixed-width font. */
export function MonoList({ values }: { values: string[] }) {
  if (values.length === 0) return "—";
  return (
    <ul className="font-mono text-xs">
      {values.map((value) => (
        <li key={value}>{value}</li>
      ))}
    </ul>
  );
}
