/** A table's header row: its text columns first, then its numeric ones (right-aligned). */
export function TableHead({ text, numeric }: { text: string[]; numeric: string[] }) {
  return (
    <thead>
      <tr>
        {text.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
        {numeric.map((c) => (
          <th key={c} scope="col" className="num">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
