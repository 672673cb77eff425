import { Fragment } from "react";
import { urlParts } from "./url-parts";

/** A URL in a table cell: it wraps only after a slash (<wbr>), so no host or path word is cut in two, and copies whole. */
export function WrappingUrl({ url }: { url: string }) {
  return (
    <span className="font-mono text-xs">
      {urlParts(url).map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
