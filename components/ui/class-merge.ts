import { createTailwindMerge, fromTheme, validators } from "tailwind-merge";

// tailwind-merge with only the class groups this console's components use, copied from its default
// config (tailwind-merge 3.7): the whole default config is ~6 KB gzip on every page, the engine ~2 KB.
// class-merge.test.ts checks that this merges every pair of classes in components/ and app/ exactly
// as the default twMerge does; a class it does not know makes that test fail, not a page.

const { isAny, isAnyNonArbitrary, isArbitraryFamilyName, isArbitraryLength, isArbitraryShadow, isArbitraryValue, isArbitraryVariable, isArbitraryVariableFamilyName, isArbitraryVariableLength, isArbitraryVariableShadow, isArbitraryVariableWeight, isArbitraryWeight, isFraction, isInteger, isNumber, isTshirtSize } = validators;

const themeColor = fromTheme("color");
const themeFont = fromTheme("font");
const themeText = fromTheme("text");
const themeFontWeight = fromTheme("font-weight");
const themeTracking = fromTheme("tracking");
const themeBreakpoint = fromTheme("breakpoint");
const themeContainer = fromTheme("container");
const themeSpacing = fromTheme("spacing");
const themeRadius = fromTheme("radius");
const themeShadow = fromTheme("shadow");
const themeEase = fromTheme("ease");
const themeAnimate = fromTheme("animate");

const scaleOverflow = () => ["auto", "hidden", "clip", "visible", "scroll"];
const scaleUnambiguousSpacing = () => [isArbitraryVariable, isArbitraryValue, themeSpacing];
const scaleInset = () => [isFraction, "full", "auto", ...scaleUnambiguousSpacing()];
const scaleAlignPrimaryAxis = () => ["start", "end", "center", "between", "around", "evenly", "stretch", "baseline", "center-safe", "end-safe"];
const scaleAlignSecondaryAxis = () => ["start", "end", "center", "stretch", "center-safe", "end-safe"];
const scaleMargin = () => ["auto", ...scaleUnambiguousSpacing()];
const scaleSizing = () => [isFraction, "auto", "full", "dvw", "dvh", "lvw", "lvh", "svw", "svh", "min", "max", "fit", ...scaleUnambiguousSpacing()];
const scaleColor = () => [themeColor, isArbitraryVariable, isArbitraryValue];
const scaleRadius = () => ["", "none", "full", themeRadius, isArbitraryVariable, isArbitraryValue];
const scaleBorderWidth = () => ["", isNumber, isArbitraryVariableLength, isArbitraryLength];

/** twMerge for the console's classes: a later Tailwind class wins over a conflicting earlier one. */
export const mergeClasses = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {
    animate: ["spin", "ping", "pulse", "bounce"],
    breakpoint: [isTshirtSize],
    color: [isAny],
    container: [isTshirtSize],
    ease: ["in", "out", "in-out"],
    font: [isAnyNonArbitrary],
    "font-weight": ["thin", "extralight", "light", "normal", "medium", "semibold", "bold", "extrabold", "black"],
    radius: [isTshirtSize],
    shadow: [isTshirtSize],
    spacing: ["px", isNumber],
    text: [isTshirtSize],
    tracking: ["tighter", "tight", "normal", "wide", "wider", "widest"],
  },
  // In the default config's order: where two groups share a prefix (text-sm, text-zinc-500), the first that matches wins.
  classGroups: {
    container: ["container"],
    display: ["block", "inline-block", "inline", "flex", "inline-flex", "table", "inline-table", "table-caption", "table-cell", "table-column", "table-column-group", "table-footer-group", "table-header-group", "table-row-group", "table-row", "flow-root", "grid", "inline-grid", "contents", "list-item", "hidden"],
    sr: ["sr-only", "not-sr-only"],
    overflow: [{ overflow: scaleOverflow() }],
    "overflow-x": [{ "overflow-x": scaleOverflow() }],
    "overflow-y": [{ "overflow-y": scaleOverflow() }],
    position: ["static", "fixed", "absolute", "relative", "sticky"],
    inset: [{ inset: scaleInset() }],
    "inset-y": [{ "inset-y": scaleInset() }],
    top: [{ top: scaleInset() }],
    right: [{ right: scaleInset() }],
    visibility: ["visible", "invisible", "collapse"],
    z: [{ z: [isInteger, "auto", isArbitraryVariable, isArbitraryValue] }],
    "flex-direction": [{ flex: ["row", "row-reverse", "col", "col-reverse"] }],
    "flex-wrap": [{ flex: ["nowrap", "wrap", "wrap-reverse"] }],
    flex: [{ flex: [isNumber, isFraction, "auto", "initial", "none", isArbitraryValue] }],
    shrink: [{ shrink: ["", isNumber, isArbitraryVariable, isArbitraryValue] }],
    "grid-cols": [{ "grid-cols": [isInteger, "none", "subgrid", isArbitraryVariable, isArbitraryValue] }],
    gap: [{ gap: scaleUnambiguousSpacing() }],
    "gap-x": [{ "gap-x": scaleUnambiguousSpacing() }],
    "gap-y": [{ "gap-y": scaleUnambiguousSpacing() }],
    "justify-content": [{ justify: [...scaleAlignPrimaryAxis(), "normal"] }],
    "align-items": [{ items: [...scaleAlignSecondaryAxis(), { baseline: ["", "last"] }] }],
    p: [{ p: scaleUnambiguousSpacing() }],
    px: [{ px: scaleUnambiguousSpacing() }],
    py: [{ py: scaleUnambiguousSpacing() }],
    pt: [{ pt: scaleUnambiguousSpacing() }],
    pr: [{ pr: scaleUnambiguousSpacing() }],
    pb: [{ pb: scaleUnambiguousSpacing() }],
    pl: [{ pl: scaleUnambiguousSpacing() }],
    m: [{ m: scaleMargin() }],
    mt: [{ mt: scaleMargin() }],
    mr: [{ mr: scaleMargin() }],
    mb: [{ mb: scaleMargin() }],
    ml: [{ ml: scaleMargin() }],
    "space-y": [{ "space-y": scaleUnambiguousSpacing() }],
    size: [{ size: scaleSizing() }],
    w: [{ w: [themeContainer, "screen", ...scaleSizing()] }],
    "min-w": [{ "min-w": [themeContainer, "screen", "none", ...scaleSizing()] }],
    "max-w": [{ "max-w": [themeContainer, "screen", "none", "prose", { screen: [themeBreakpoint] }, ...scaleSizing()] }],
    h: [{ h: ["screen", "lh", ...scaleSizing()] }],
    "min-h": [{ "min-h": ["screen", "lh", "none", ...scaleSizing()] }],
    "max-h": [{ "max-h": ["screen", "lh", "none", ...scaleSizing()] }],
    "font-size": [{ text: ["base", themeText, isArbitraryVariableLength, isArbitraryLength] }],
    "font-style": ["italic", "not-italic"],
    "font-weight": [{ font: [themeFontWeight, isArbitraryVariableWeight, isArbitraryWeight] }],
    "font-family": [{ font: [isArbitraryVariableFamilyName, isArbitraryFamilyName, themeFont] }],
    "fvn-spacing": ["proportional-nums", "tabular-nums"],
    tracking: [{ tracking: [themeTracking, isArbitraryVariable, isArbitraryValue] }],
    "list-style-type": [{ list: ["disc", "decimal", "none", isArbitraryVariable, isArbitraryValue] }],
    "text-alignment": [{ text: ["left", "center", "right", "justify", "start", "end"] }],
    "text-color": [{ text: scaleColor() }],
    "text-decoration": ["underline", "overline", "line-through", "no-underline"],
    "underline-offset": [{ "underline-offset": [isNumber, "auto", isArbitraryVariable, isArbitraryValue] }],
    "text-transform": ["uppercase", "lowercase", "capitalize", "normal-case"],
    "text-overflow": ["truncate", "text-ellipsis", "text-clip"],
    "vertical-align": [{ align: ["baseline", "top", "middle", "bottom", "text-top", "text-bottom", "sub", "super", isArbitraryVariable, isArbitraryValue] }],
    whitespace: [{ whitespace: ["normal", "nowrap", "pre", "pre-line", "pre-wrap", "break-spaces"] }],
    break: [{ break: ["normal", "words", "all", "keep"] }],
    "bg-color": [{ bg: scaleColor() }],
    rounded: [{ rounded: scaleRadius() }],
    "border-w": [{ border: scaleBorderWidth() }],
    "border-w-t": [{ "border-t": scaleBorderWidth() }],
    "border-w-r": [{ "border-r": scaleBorderWidth() }],
    "border-w-b": [{ "border-b": scaleBorderWidth() }],
    "border-w-l": [{ "border-l": scaleBorderWidth() }],
    "divide-y": [{ "divide-y": scaleBorderWidth() }],
    "border-style": [{ border: ["solid", "dashed", "dotted", "double", "hidden", "none"] }],
    "border-color": [{ border: scaleColor() }],
    "divide-color": [{ divide: scaleColor() }],
    "outline-style": [{ outline: ["solid", "dashed", "dotted", "double", "none", "hidden"] }],
    shadow: [{ shadow: ["", "inner", "none", themeShadow, isArbitraryVariableShadow, isArbitraryShadow] }],
    "ring-w": [{ ring: scaleBorderWidth() }],
    "ring-color": [{ ring: scaleColor() }],
    opacity: [{ opacity: [isNumber, isArbitraryVariable, isArbitraryValue] }],
    filter: [{ filter: ["", "none", isArbitraryVariable, isArbitraryValue] }],
    "table-layout": [{ table: ["auto", "fixed"] }],
    transition: [{ transition: ["", "all", "colors", "opacity", "shadow", "transform", "none", isArbitraryVariable, isArbitraryValue] }],
    ease: [{ ease: ["linear", "initial", themeEase, isArbitraryVariable, isArbitraryValue] }],
    animate: [{ animate: ["none", themeAnimate, isArbitraryVariable, isArbitraryValue] }],
    rotate: [{ rotate: ["none", isNumber, isArbitraryVariable, isArbitraryValue] }],
    transform: [{ transform: [isArbitraryVariable, isArbitraryValue, "", "none", "gpu", "cpu"] }],
    accent: [{ accent: scaleColor() }],
    cursor: [{ cursor: ["auto", "default", "pointer", "wait", "text", "move", "help", "not-allowed", "none", "context-menu", "progress", "cell", "crosshair", "vertical-text", "alias", "copy", "no-drop", "grab", "grabbing", "all-scroll", "col-resize", "row-resize", "n-resize", "e-resize", "s-resize", "w-resize", "ne-resize", "nw-resize", "se-resize", "sw-resize", "ew-resize", "ns-resize", "nesw-resize", "nwse-resize", "zoom-in", "zoom-out", isArbitraryVariable, isArbitraryValue] }],
  },
  conflictingClassGroups: {
    overflow: ["overflow-x", "overflow-y"],
    flex: ["shrink"],
    inset: ["inset-y", "top", "right"],
    "inset-y": ["top"],
    gap: ["gap-x", "gap-y"],
    p: ["px", "py", "pt", "pr", "pb", "pl"],
    px: ["pr", "pl"],
    py: ["pt", "pb"],
    m: ["mt", "mr", "mb", "ml"],
    size: ["w", "h"],
    "border-w": ["border-w-t", "border-w-r", "border-w-b", "border-w-l"],
  },
  conflictingClassGroupModifiers: {},
  orderSensitiveModifiers: ["*", "**", "after", "backdrop", "before", "details-content", "file", "first-letter", "first-line", "marker", "placeholder", "selection"],
}));
