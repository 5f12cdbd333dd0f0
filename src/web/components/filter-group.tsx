/**
 * One filter of a list page: a disclosure holding a checkbox per value (uncontrolled, read by the
 * form on submit), with the number chosen on its toggle; Escape closes it and returns to the toggle.
 */
export function FilterGroup(props: {
  /** The form field's name (the query parameter). */
  field: string;
  legend: string;
  /** Disclosures that share a name open one at a time. */
  group: string;
  options: { value: string; label: string }[];
  chosen: ReadonlySet<string>;
}) {
  const { field, legend, options, chosen } = props;
  return (
    <details
      className="filter-group"
      name={props.group}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        const d = e.currentTarget;
        d.open = false;
        d.querySelector('summary')?.focus();
      }}
    >
      <summary className="filter-group__summary">
        {legend}
        {chosen.size > 0 ? <span className="filter-group__count"> ({chosen.size} selected)</span> : null}
      </summary>
      <fieldset className="filter-group__panel">
        <legend className="visually-hidden">{legend}</legend>
        {options.map((o) => {
          const id = `f-${field}-${o.value}`;
          return (
            <div className="checkbox checkbox--small" key={o.value}>
              <input
                className="checkbox__input"
                type="checkbox"
                id={id}
                name={field}
                value={o.value}
                defaultChecked={chosen.has(o.value)}
              />
              <label className="checkbox__label" htmlFor={id}>
                {o.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
